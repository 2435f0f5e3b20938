import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runPipeline } from '../../src/core/pipeline.js';
import { documentAnchor, timexesInSentence } from '../../src/stages/timex/index.js';
import { summary } from './helpers.js';

describe('timex through runPipeline', () => {
  it('Italian: sentences, previous-date anchoring and clock times stay in their sentence', () => {
    const text =
      'Il 5 gennaio 2022 sono iniziate le proteste nella capitale. ' +
      'Due giorni dopo il governo si è dimesso. ' +
      'La polizia ha arrestato decine di persone alle 22:30. ' +
      'Ieri il presidente ha parlato alla nazione.';
    const doc = runPipeline(text, { language: 'it', published: '2022-01-20' });
    assert.deepEqual(doc.timexes.map(summary), [
      '5 gennaio 2022|DATE|2022-01-05|absolute',
      'Due giorni|DURATION|P2D|absolute',
      '22:30|TIME|T22:30|unanchored',
      'Ieri|DATE|2022-01-19|published',
    ]);
    assert.deepEqual(doc.timexes.map((t) => t.sentence), [0, 1, 2, 3]);
    for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
    assert.deepEqual(timexesInSentence(doc, 1).map((t) => t.id), ['T2']);
    assert.deepEqual(timexesInSentence(doc, 4), []);
  });

  it('English: a clock time takes the date of its own sentence, else the day of the expression just before it', () => {
    const text = 'The summit opened on January 16, 2022 at 10 a.m. in Geneva. Talks ended at 6 p.m.';
    const doc = runPipeline(text, { language: 'en', published: '2022-01-20' });
    assert.deepEqual(doc.timexes.map(summary), [
      'January 16, 2022|DATE|2022-01-16|absolute',
      '10 a.m.|TIME|2022-01-16T10:00|absolute',
      '6 p.m.|TIME|2022-01-16T18:00|absolute',
    ]);
    assert.deepEqual(doc.timexes.map((t) => t.rule), ['en:timex:month-day-year', 'en:timex:clock-ampm', 'en:timex:clock-ampm']);
  });

  it('a verb group that looks ahead (a modal, "due to", "expected to", a conditional) points forward; a perfect one back', () => {
    const weekday = (lang: string, text: string): string[] => runPipeline(text, { language: lang, published: '2022-01-20' }).timexes.map((t) => t.value);
    assert.deepEqual(weekday('en', 'Four more hostages may be freed on Saturday.'), ['2022-01-22']);
    assert.deepEqual(weekday('en', 'The bill is expected to pass on Tuesday.'), ['2022-01-25']);
    assert.deepEqual(weekday('en', 'The envoy may have been detained on Saturday.'), ['2022-01-15']);
    assert.deepEqual(weekday('en', 'Protesters set fire to the building on Sunday.'), ['2022-01-16']);
    assert.deepEqual(weekday('it', 'I ministri potrebbero parlarne al vertice di martedì.'), ['2022-01-25']);
    assert.deepEqual(weekday('it', 'Il deputato sarebbe stato arrestato martedì.'), ['2022-01-18']);
    assert.deepEqual(weekday('it', 'Il deputato potrebbe essere arrestato martedì.'), ['2022-01-25']);
    // a pronominal verb makes its perfect with "essere": the reflexive clitic says so
    assert.deepEqual(weekday('it', 'Martedì i due ministri si sarebbero parlati al telefono.'), ['2022-01-18']);
    assert.deepEqual(weekday('it', 'Martedì i due ministri si parlerebbero al telefono.'), ['2022-01-25']);
    // a prospective word after the verb ("is due ... on Saturday"), not a noun ("the plan in July")
    assert.deepEqual(weekday('en', 'A second round of talks is due in Istanbul on Saturday.'), ['2022-01-22']);
    // a clause opening between the verb before and the date: the verb of the date's own clause decides
    assert.deepEqual(weekday('it', 'Il premier ha detto che Sofia non cederà; Varsavia, che martedì aveva inserito Gazprom nella lista, protesta.'), ['2022-01-18']);
    // the weekend looks the same way as its verb
    assert.deepEqual(weekday('it', 'I manifestanti torneranno in piazza nel fine settimana.'), ['2022-W03-WE']);
    assert.deepEqual(weekday('en', 'Over the weekend the talks failed.'), ['2022-W02-WE']);
  });

  it('a clock time or part of the day passes over a duration that is no shift, not over "two days later"', () => {
    const values = (lang: string, text: string): string[] => runPipeline(text, { language: lang, published: '2022-01-20' }).timexes.map((t) => t.value);
    assert.deepEqual(values('en', 'Protests began on January 5 and lasted four days. In the afternoon police moved in.'), ['2022-01-05', 'P4D', '2022-01-05TAF']);
    assert.deepEqual(values('en', 'Protests began on January 5. Two days later, at 10 pm, the government resigned.'), ['2022-01-05', 'P2D', 'T22:00']);
    assert.deepEqual(values('it', 'Il 5 gennaio sono iniziate le proteste. Due giorni dopo, alle 22, il governo si è dimesso.'), ['2022-01-05', 'P2D', 'T22:00']);
    // a shift of hours stays in the day; a date further on in the sentence belongs to another clause
    assert.deepEqual(values('it', "Domenica all'alba i soldati hanno occupato la radio. Poche ore dopo il presidente è fuggito, e in serata ha parlato in televisione."), ['2022-01-16TMO', 'PTXH', '2022-01-16TEV']);
    assert.deepEqual(values('it', 'Lunedì la polizia ha sparato sulla folla. In serata il governo ha revocato il divieto, ma ieri i manifestanti sono tornati in piazza.'), ['2022-01-17', '2022-01-17TEV', '2022-01-19']);
  });

  it('a future-tense verb next to a weekday or a date without year points forward', () => {
    const itDoc = runPipeline(
      'Il ministro parlerà lunedì. Il ministro ha parlato lunedì. Il ministro, che ha parlato lunedì, incontrerà i sindacati.',
      { language: 'it', published: '2022-01-20' },
    );
    assert.deepEqual(itDoc.timexes.map((t) => t.value), ['2022-01-24', '2022-01-17', '2022-01-17']);
    const enDoc = runPipeline('He will travel to Rome on Monday. The minister spoke on Monday. Elections will be held on January 15.', {
      language: 'en',
      published: '2022-01-20',
    });
    assert.deepEqual(enDoc.timexes.map((t) => t.value), ['2022-01-24', '2022-01-17', '2023-01-15']);
  });

  it('without a publication date relative expressions stay unanchored', () => {
    const doc = runPipeline('Yesterday the army left the city. On January 16 the border reopened.', { language: 'en' });
    assert.equal(documentAnchor(doc), undefined);
    assert.deepEqual(doc.timexes.map(summary), [
      'Yesterday|DATE|XXXX-XX-XX|unanchored',
      'January 16|DATE|XXXX-01-16|unanchored',
    ]);
  });

  it('documentAnchor reads a date or a date-time and rejects invalid dates', () => {
    const withTime = runPipeline('Nothing happened.', { language: 'en', published: '2022-01-20T08:30:00Z' });
    assert.deepEqual(documentAnchor(withTime), { y: 2022, m: 1, d: 20, value: '2022-01-20' });
    const invalid = runPipeline('Nothing happened.', { language: 'en', published: '2022-02-30' });
    assert.equal(documentAnchor(invalid), undefined);
  });
});
