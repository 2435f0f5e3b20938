import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tag, tagSummary } from './helpers.js';

// Anchor: Thursday 20 January 2022 (ISO week 2022-W03).
const PUB = '2022-01-20';
const cases = (rows: [string, string | undefined, string[]][]): void => {
  for (const [text, published, expected] of rows) {
    it(`${text} @${published ?? 'none'}`, () => assert.deepEqual(tagSummary('en', text, published), expected));
  }
};

describe('en timex: absolute dates', () => {
  cases([
    ['On January 16, 2022 the government resigned.', PUB, ['January 16, 2022|DATE|2022-01-16|absolute']],
    ['On 16 January 2022 the government resigned.', PUB, ['16 January 2022|DATE|2022-01-16|absolute']],
    ['The vote took place on 2022-01-16.', PUB, ['2022-01-16|DATE|2022-01-16|absolute']],
    ['The vote took place on 1/16/2022.', PUB, ['1/16/2022|DATE|2022-01-16|absolute']],
    ['In November 1989 the Berlin Wall fell.', PUB, ['November 1989|DATE|1989-11|absolute']],
    ['The law was passed in March 2021.', PUB, ['March 2021|DATE|2021-03|absolute']],
    ['In 2015 the country signed the agreement.', PUB, ['2015|DATE|2015|absolute']],
    ['Monday, January 3, 2022 was the first day of the strike.', PUB, ['Monday, January 3, 2022|DATE|2022-01-03|absolute']],
    ['The economy grew in the 1990s.', PUB, ['1990s|DATE|199|absolute']],
    ['The city changed in the \'90s.', PUB, ["'90s|DATE|199|absolute"]],
    ['Prices rose in the nineties.', PUB, ['nineties|DATE|199|absolute']],
    ['The city doubled in the 20th century.', PUB, ['20th century|DATE|19|absolute']],
    ['The government fell in early 2021.', PUB, ['early 2021|DATE|2021|absolute|mod=START']],
    ['Fires broke out in the summer of 2021.', PUB, ['summer of 2021|DATE|2021-SU|absolute']],
    ['The 2020 election was contested.', PUB, ['2020|DATE|2020|absolute']],
    ['In the second quarter of 2021 GDP grew.', PUB, ['second quarter of 2021|DATE|2021-Q2|absolute']],
    ['The attacks of September 11, 2001 changed everything.', PUB, ['September 11, 2001|DATE|2001-09-11|absolute']],
  ]);
});

describe('en timex: dates without a year take it from the anchor', () => {
  cases([
    ['On January 16 the family left their posts.', PUB, ['January 16|DATE|2022-01-16|published']],
    ['On 16 January the family left their posts.', PUB, ['16 January|DATE|2022-01-16|published']],
    ['The talks resumed on Jan. 16 in Geneva.', PUB, ['Jan. 16|DATE|2022-01-16|published']],
    ['The summit will be held in March.', PUB, ['March|DATE|2022-03|published']],
    ['On June 15 parliament voted.', PUB, ['June 15|DATE|2021-06-15|published']],
    ['The trial starts on January 10.', '2022-12-20', ['January 10|DATE|2023-01-10|published']],
    ['Last May the president resigned.', PUB, ['Last May|DATE|2021-05|published']],
    ['Troops will leave by Christmas.', PUB, ['Christmas|DATE|2021-12-25|published']],
    ['The late January storms hit the coast.', PUB, ['late January|DATE|2022-01|published|mod=END']],
    ['Talks resumed in mid-March.', PUB, ['mid-March|DATE|2022-03|published|mod=MID']],
    ['The vote was held on the 16th of January.', PUB, ['16th of January|DATE|2022-01-16|published']],
    ['The government hopes to cut emissions by the end of the year.', PUB, ['the end of the year|DATE|2022|published|mod=END']],
    ['On January 16 the family left.', undefined, ['January 16|DATE|XXXX-01-16|unanchored']],
    // the whole date after "since" or "until", not the month the preposition rule would take alone
    ['Since June 18 the railway has stopped carrying steel.', '2022-07-20', ['June 18|DATE|2022-06-18|published']],
    ['The junta declared a truce until April 22.', '2022-04-10', ['April 22|DATE|2022-04-22|published']],
  ]);
});

describe('en timex: ranges', () => {
  cases([
    ['He ruled the country from 1989 to 2019.', PUB, ['from 1989 to 2019|DATE|1989|absolute|range=1989/2019']],
    ['Between 2010 and 2012 the debt grew.', PUB, ['Between 2010 and 2012|DATE|2010|absolute|range=2010/2012']],
    ['Protests lasted from 16 to 18 January.', PUB, ['from 16 to 18 January|DATE|2022-01-16|published|range=2022-01-16/2022-01-18']],
    ['Protests lasted January 16-18.', PUB, ['January 16-18|DATE|2022-01-16|published|range=2022-01-16/2022-01-18']],
    ['The plan covers 2019-2021.', PUB, ['2019-2021|DATE|2019|absolute|range=2019/2021']],
    ['Protests lasted from January 16 to February 3, 2022.', PUB, ['from January 16 to February 3, 2022|DATE|2022-01-16|absolute|range=2022-01-16/2022-02-03']],
    ['From January to December 2021 prices rose.', PUB, ['From January to December 2021|DATE|2021|absolute|range=2021-01/2021-12']],
  ]);
});

describe('en timex: relative to the publication date', () => {
  cases([
    ['Today the government voted.', PUB, ['Today|DATE|2022-01-20|published']],
    ['Police arrested three people yesterday.', PUB, ['yesterday|DATE|2022-01-19|published']],
    ['The vote is tomorrow.', PUB, ['tomorrow|DATE|2022-01-21|published']],
    ['He arrived the day before yesterday.', PUB, ['the day before yesterday|DATE|2022-01-18|published']],
    ['The strike began three days ago.', PUB, ['three days ago|DATE|2022-01-17|published']],
    ['The minister resigned a year ago.', PUB, ['a year ago|DATE|2021|published']],
    ['Last week the government announced new measures.', PUB, ['Last week|DATE|2022-W02|published']],
    ['Police arrested the mayor last month.', PUB, ['last month|DATE|2021-12|published']],
    ['Inflation rose last year.', PUB, ['last year|DATE|2021|published']],
    ['Elections will be held next year.', PUB, ['next year|DATE|2023|published']],
    ['The harvest was poor this year.', PUB, ['this year|DATE|2022|published']],
    ['The minister spoke on Monday.', PUB, ['Monday|DATE|2022-01-17|published']],
    ['The council will meet next Monday.', PUB, ['next Monday|DATE|2022-01-24|published']],
    // the anchor's own weekday is the anchor day ("said on Thursday" in Thursday's paper)
    ['Officials said on Thursday that talks would resume.', PUB, ['Thursday|DATE|2022-01-20|published']],
    ['The council met last Thursday.', PUB, ['last Thursday|DATE|2022-01-13|published']],
    ['Protests spread last weekend.', PUB, ['last weekend|DATE|2022-W02-WE|published']],
    ['This morning the president signed the decree.', PUB, ['This morning|TIME|2022-01-20TMO|published']],
    // the named moments of the day: dawn is a morning, noon and midnight are clock times
    ['Police cleared the square at dawn.', PUB, ['dawn|TIME|2022-01-20TMO|published']],
    ['Late on Tuesday a man was stabbed.', PUB, ['Late on Tuesday|TIME|2022-01-18TEV|published']],
    ['Early on Friday armed men stormed the barracks.', PUB, ['Early on Friday|TIME|2022-01-14TMO|published']],
    ['On the night of January 11 troops moved in.', PUB, ['the night of January 11|TIME|2022-01-11TNI|published']],
    ['On Tuesday at dawn troops entered the town.', PUB, ['Tuesday at dawn|TIME|2022-01-18TMO|published']],
    ['The curfew starts at midnight.', PUB, ['midnight|TIME|2022-01-20T24:00|published']],
    ['Golden Dawn was banned as a criminal group.', PUB, []],
    ['Clashes broke out last night.', PUB, ['last night|TIME|2022-01-19TNI|published']],
    ['Yesterday evening there were clashes.', PUB, ['Yesterday evening|TIME|2022-01-19TEV|published']],
    ['These days tension is high.', PUB, ['These days|DATE|PRESENT_REF|published']],
    ['In recent days tension has risen.', PUB, ['In recent days|DATE|PRESENT_REF|published']],
    // adverbs of the present moment are no time expressions (neither gold set annotates them: docs/decisions.md)
    ['The country is currently in crisis.', PUB, []],
    ['There are no casualties at the moment.', PUB, []],
    ['Now the government must decide.', PUB, []],
    ['Police arrested three people yesterday.', undefined, ['yesterday|DATE|XXXX-XX-XX|unanchored']],
    ['Last week the government fell.', undefined, ['Last week|DATE|XXXX-WXX|unanchored']],
  ]);
});

describe('en timex: relative to the previous date in the text', () => {
  cases([
    [
      'Protests began on January 5, 2022. A few days later the government resigned.',
      PUB,
      ['January 5, 2022|DATE|2022-01-05|absolute', 'A few days|DURATION|PXD|absolute'],
    ],
    [
      'Protests began on January 5, 2022. Two days later the government resigned.',
      PUB,
      ['January 5, 2022|DATE|2022-01-05|absolute', 'Two days|DURATION|P2D|absolute'],
    ],
    [
      'Protests began on January 5, 2022. The next day police intervened.',
      PUB,
      ['January 5, 2022|DATE|2022-01-05|absolute', 'next day|DATE|2022-01-06|previous'],
    ],
    [
      'Protests began on January 5, 2022 and ended the following week.',
      PUB,
      ['January 5, 2022|DATE|2022-01-05|absolute', 'following week|DATE|2022-W02|previous'],
    ],
    [
      'He was elected in 2015. Three years later he resigned.',
      PUB,
      ['2015|DATE|2015|absolute', 'Three years|DURATION|P3Y|absolute'],
    ],
    ['A few days later the government fell.', PUB, ['A few days|DURATION|PXD|absolute']],
  ]);
});

describe('en timex: durations, sets and clock times', () => {
  cases([
    ['The strike lasted for three days.', PUB, ['three days|DURATION|P3D|absolute']],
    ['The border will stay closed for two weeks.', PUB, ['two weeks|DURATION|P2W|absolute']],
    ['He has lived in exile for ten years.', PUB, ['ten years|DURATION|P10Y|absolute']],
    ['The party ruled for 30 years.', PUB, ['30 years|DURATION|P30Y|absolute']],
    ['The party ruled for thirty-five years.', PUB, ['thirty-five years|DURATION|P35Y|absolute']],
    ['Over the past three years the debt doubled.', PUB, ['three years|DURATION|P3Y|absolute']],
    ['He has ruled for more than ten years.', PUB, ['ten years|DURATION|P10Y|absolute']],
    ['They negotiated for years.', PUB, ['years|DURATION|PXY|absolute']],
    ['Within hours crowds filled the square after days of rumours.', PUB, ['hours|DURATION|PTXH|absolute', 'days|DURATION|PXD|absolute']],
    ['It was the worst fighting in decades.', PUB, ['decades|DURATION|PXY|absolute']],
    ['The talks capped a week of clashes, and the truce bought them a month.', PUB, ['a week|DURATION|P1W|absolute', 'a month|DURATION|P1M|absolute']],
    ['The city must pay 5,000 euros a day.', PUB, ['a day|SET|P1D|absolute']],
    ['In recent years the party grew.', PUB, []],
    ['Seoul suspended a 2018 military accord.', PUB, ['2018|DATE|2018|absolute']],
    ['He disputed the July presidential election.', PUB, ['July|DATE|2021-07|published']],
    ['Over the weekend the talks failed.', PUB, ['the weekend|DATE|2022-W02-WE|published']],
    ['In the past week three people died.', PUB, ['past week|DURATION|P1W|absolute']],
    ['In the past the city was poor.', PUB, ['In the past|DATE|PAST_REF|published']],
    ['The president began a three-day visit.', PUB, ['three-day|DURATION|P3D|absolute']],
    ['The summit is held every year.', PUB, ['every year|SET|P1Y|absolute']],
    ['The council meets every Monday.', PUB, ['every Monday|SET|XXXX-WXX-1|absolute']],
    ['On January 5, 2022, in the evening, the minister spoke.', PUB, ['January 5, 2022|DATE|2022-01-05|absolute', 'evening|TIME|2022-01-05TEV|absolute']],
    ['The meeting starts at 10:30.', PUB, ['10:30|TIME|2022-01-20T10:30|published']],
    ['The meeting starts at 3 p.m.', PUB, ['3 p.m.|TIME|2022-01-20T15:00|published']],
    ['The jet took off at 18:00 UTC and landed at 9 p.m.', PUB, ['18:00 UTC|TIME|2022-01-20T18:00Z|published', '9 p.m.|TIME|2022-01-20T21:00|published']],
    [
      'On January 16, 2022 at 10 a.m. the summit opened.',
      PUB,
      ['January 16, 2022|DATE|2022-01-16|absolute', '10 a.m.|TIME|2022-01-16T10:00|absolute'],
    ],
  ]);
});

describe('en timex: bare durations, the same day, seasons', () => {
  cases([
    ['He was sentenced to fifteen years in prison.', PUB, ['fifteen years|DURATION|P15Y|absolute']],
    ['Six hours later the army withdrew.', PUB, ['Six hours|DURATION|PT6H|absolute']],
    ['The plant builds 15 aircraft a year.', PUB, ['a year|SET|P1Y|absolute']],
    // relational phrases are the duration they contain (docs/annotation.md §9), also before "after"
    ['The strike began two days after the vote.', PUB, ['two days|DURATION|P2D|absolute']],
    // a lower-case prefix before a year is no model code ("F-2000" is)
    ['The phone will ship in mid-2011; the F-2000 jet will not.', PUB, ['mid-2011|DATE|2011|absolute|mod=MID']],
    ['The default came a year after the election.', PUB, ['a year|DURATION|P1Y|absolute']],
    ['Tickets cost five dollars a day.', PUB, ['a day|SET|P1D|absolute']],
    // a clock time after another expression has no day to take
    ['Two days later, at 10:30, the army left.', PUB, ['Two days|DURATION|P2D|absolute', '10:30|TIME|T10:30|unanchored']],
    [
      'Talks resumed on January 5, 2022. The same day police detained him, and that evening the army left.',
      PUB,
      ['January 5, 2022|DATE|2022-01-05|absolute', 'The same day|DATE|2022-01-05|previous', 'that evening|TIME|2022-01-05TEV|previous'],
    ],
    ['Protests grew over the summer.', PUB, ['the summer|DATE|2021-SU|published']],
    // "overnight" before publication is the previous day's night; "nightly" recurs
    ['Missiles struck the port overnight.', PUB, ['overnight|TIME|2022-01-19TNI|published']],
    ['The army imposed a nightly curfew.', PUB, ['nightly|SET|XXXX-XX-XXTNI|absolute']],
  ]);
});

describe('en timex: things that are not time expressions', () => {
  cases([
    ['COVID-19 hit the country hard.', PUB, []],
    ['You may leave whenever you want.', PUB, []],
    ['Theresa May met the minister.', PUB, []],
    ['See page 2019 of the report.', PUB, []],
    ['About 2000 people took part.', PUB, []],
    ['The budget is 1,950 dollars.', PUB, []],
    ['A 30-year-old man was arrested.', PUB, []],
    ['The match ended 3-1.', PUB, []],
    ['Thousands will march through the city.', PUB, []],
    ['The number of troops rose to 2000 soldiers.', PUB, []],
    ['Turnout rose to 2000 in the district.', PUB, []],
    ['At the end of the day, voters decide.', PUB, []],
    ['At the moment of the vote the hall was empty.', PUB, []],
    ['He left as soon as possible.', PUB, []],
    ['The now-defunct party won.', PUB, []],
  ]);
});

describe('en timex: spans and rule ids', () => {
  it('gives exact offsets and names the pattern', () => {
    const text = 'He ruled from 1989 to 2019 and resigned on January 16.';
    const ts = tag('en', text, PUB);
    assert.deepEqual(
      ts.map((t) => [t.start, t.end, t.rule]),
      [
        [9, 26, 'en:timex:range-years'],
        [43, 53, 'en:timex:month-day'],
      ],
    );
    for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text);
  });
});

describe('en timex: a weekday after "for" or "by" is the next one', () => {
  // 2022-01-20 is a Thursday
  cases([
    ['Activists have called a new march for Sunday.', PUB, ['Sunday|DATE|2022-01-23|published']],
    ['The government must answer by Monday.', PUB, ['Monday|DATE|2022-01-24|published']],
  ]);
});
