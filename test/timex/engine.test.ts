import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, formatWeek, isoWeek, parseCalendarValue, parseIsoDate } from '../../src/stages/timex/calendar.js';
import { timexGrammar } from '../../src/stages/timex/compile.js';
import { requiredPlaceholders } from '../../src/stages/timex/gate.js';
import { lowerSameLength } from '../../src/stages/timex/match.js';

describe('timex calendar', () => {
  it('computes ISO weeks across year ends', () => {
    assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek({ y: 2019, m: 12, d: 30 }), { year: 2020, week: 1 });
    assert.equal(formatWeek({ y: 2022, m: 1, d: 20 }), '2022-W03');
  });

  it('clamps the day when adding months', () => {
    assert.deepEqual(addMonths({ y: 2022, m: 1, d: 31 }, 1), { y: 2022, m: 2, d: 28 });
    assert.deepEqual(addMonths({ y: 2022, m: 1, d: 15 }, -1), { y: 2021, m: 12, d: 15 });
  });

  it('reads TIMEX3 calendar values back', () => {
    assert.deepEqual(parseCalendarValue('2022-W03'), { grain: 'W', day: { y: 2022, m: 1, d: 17 } });
    assert.deepEqual(parseCalendarValue('2022-01-16T10:30'), { grain: 'D', day: { y: 2022, m: 1, d: 16 } });
    assert.deepEqual(parseCalendarValue('1989'), { grain: 'Y', day: { y: 1989, m: 1, d: 1 } });
    assert.equal(parseCalendarValue('PRESENT_REF'), undefined);
    assert.equal(parseCalendarValue('XXXX-01-16'), undefined);
  });

  it('parses publication dates', () => {
    assert.deepEqual(parseIsoDate('2022-01-20T23:59:00+01:00'), { y: 2022, m: 1, d: 20 });
    assert.equal(parseIsoDate('20/01/2022'), undefined);
    assert.equal(parseIsoDate('2022-13-01'), undefined);
  });
});

describe('timex engine', () => {
  it('finds the placeholders a pattern cannot match without', () => {
    const names = (p: string): string[][] => requiredPlaceholders(p).map((c) => [...c].sort());
    assert.deepEqual(names('(?<t>{daynum}\\s+{month}(?:\\s+{year})?)'), [['daynum'], ['month']]);
    assert.deepEqual(names('(?:{number}|{numword})\\s*{unit}\\s+fa'), [['number', 'numword'], ['unit']]);
    assert.deepEqual(names('(?<![\\p{L}])(?:{weekday}|domani)'), []);
    assert.deepEqual(names('(?<!{~weekday}\\s)oggi'), []);
  });

  it('compiles every rule of both packs, with unique ids', () => {
    for (const lang of ['it', 'en']) {
      const g = timexGrammar(lang);
      assert.ok(g.rules.length > 30, lang);
      const ids = new Set(g.rules.map((r) => r.id));
      assert.equal(ids.size, g.rules.length, `${lang}: rule ids are unique`);
      for (const r of g.rules) assert.match(r.id, new RegExp(`^${lang}:timex:[a-z0-9-]+$`));
    }
  });

  it('has no rules for a language without a timex pack', () => {
    assert.equal(timexGrammar('world').rules.length, 0);
  });

  it('lower-cases without moving offsets', () => {
    const text = 'İstanbul, 16 Gennaio';
    const lower = lowerSameLength(text);
    assert.equal(lower.length, text.length);
    assert.equal(lower.slice(10), '16 gennaio');
  });
});
