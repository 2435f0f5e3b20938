// Every trigger lexicon row is well formed: known type, modes valid for the type, known frame and
// conditions, rule ids unique; every argument-marker and clause-boundary row parses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPackTsv } from '../../src/core/packs.js';
import { PLOVER_TYPES } from '../../src/core/types.js';
import { parseLexicon, parseWordLists, triggerLexicon } from '../../src/stages/events/lexicon.js';
import { eventPack } from '../../src/stages/events/markers.js';
import { ploverTable } from '../../src/stages/events/plover.js';

for (const lang of ['it', 'en']) {
  test(`${lang} events.tsv: every row is well formed`, () => {
    const lex = triggerLexicon(lang);
    assert.deepEqual(lex.problems, []);
    assert.equal(lex.entries.length, readPackTsv(lang, 'events.tsv').length);
    const plover = ploverTable();
    for (const e of lex.entries) {
      assert.ok(plover.isType(e.type), e.rule);
      for (const m of e.modes) assert.ok(plover.validModes(e.type).has(m), `${e.rule}: ${m}`);
      assert.ok(plover.frame(e.frame), `${e.rule}: frame ${e.frame}`);
      assert.match(e.rule, new RegExp(`^${lang}:events:[^\\s:]+(:\\d+)?$`));
    }
    assert.equal(new Set(lex.entries.map((e) => e.rule)).size, lex.entries.length);
    // An act class in a condition names a type that has one-word noun rows.
    const classes = new Set([...lex.actClasses.values()].flat());
    for (const e of lex.entries) {
      for (const w of [...(e.cond.obj ?? []), ...(e.cond.noobj ?? [])]) if (w.startsWith('@act:')) assert.ok(classes.has(w), `${e.rule}: ${w}`);
    }
    // ...and one in a context condition a type that has one-word rows without conditions.
    const ctxClasses = new Set([...lex.ctxClasses.values()].flat());
    for (const e of lex.entries) {
      for (const w of [...(e.cond.ctx ?? []), ...(e.cond.noctx ?? [])]) if (w.startsWith('@act:')) assert.ok(ctxClasses.has(w), `${e.rule}: ${w}`);
    }
  });

  test(`${lang} events-wordlists.tsv: the lists the rows name are loaded into their conditions`, () => {
    const lists = parseWordLists(readPackTsv(lang, 'events-wordlists.tsv'));
    const disapproval = lists.get('disapproval') ?? [];
    assert.ok(disapproval.length >= 100, `${lang}: disapproval has ${disapproval.length} words`);
    const rows = triggerLexicon(lang).entries.filter((e) => e.type === 'ACCUSE' && disapproval.every((w) => e.cond.ctx?.has(w)));
    assert.ok(rows.length >= 2, `${lang}: rows using $disapproval`);
    assert.ok(![...triggerLexicon(lang).entries].some((e) => [...(e.cond.ctx ?? [])].some((w) => w.startsWith('$'))));
  });

  test(`${lang} events.tsv covers all 16 PLOVER types with verbs and nouns`, () => {
    const lex = triggerLexicon(lang);
    for (const t of PLOVER_TYPES) {
      assert.ok(lex.entries.filter((e) => e.type === t).length >= 3, `${lang}: ${t}`);
    }
    assert.ok(lex.entries.length >= 300);
    assert.ok(lex.entries.some((e) => e.pos === 'NOUN') && lex.entries.some((e) => e.pos === 'VERB'));
  });

  test(`${lang} argument markers and clause boundaries parse`, () => {
    assert.deepEqual(eventPack(lang).problems, []);
    assert.ok(eventPack(lang).boundaries.size > 5);
  });
}

test('malformed rows are reported, not loaded', () => {
  const lex = parseLexicon('xx', [
    ['arrestare', 'VERB', 'COERCE', 'arrest', 'AP'],
    ['uccidere', 'VERB', 'KILL', '-', 'AP'],
    ['aiutare', 'VERB', 'AID', 'troops', 'AP'],
    ['colpire', 'VERB', 'ASSAULT', '-', 'ZZ'],
    ['fermare', 'VERB', 'COERCE', 'arrest', 'AP', 'bogus=1'],
    ['arrestare', 'VERB', 'COERCE', 'arrest', 'AP', 'pass'],
    ['revocare', 'VERB', 'CONCEDE', '-', 'AP', 'obj=divieto|@act:coercion'],
    ['revocare', 'VERB', 'CONCEDE', '-', 'AP', 'obj=divieto|@act:coerce'],
  ]);
  assert.deepEqual(lex.entries.map((e) => e.rule), ['xx:events:arrestare', 'xx:events:arrestare:2', 'xx:events:revocare']);
  assert.deepEqual(lex.problems.map((p) => p.row), [1, 2, 3, 4, 6]);
  assert.match(lex.problems[4].problem, /act class "@act:coercion" names no PLOVER type/);
});

test('a condition names a word list as $name; an unknown list is a row problem', () => {
  const lists = parseWordLists([['harsh', 'farsa|vergogna'], ['harsh', 'golpe'], ['empty']]);
  assert.deepEqual(lists.get('harsh'), ['farsa', 'vergogna', 'golpe']);
  const lex = parseLexicon('xx', [
    ['definire', 'VERB', 'ACCUSE', 'disapprove', 'AP', 'ctx=$harsh|oltraggio'],
    ['bollare', 'VERB', 'ACCUSE', 'disapprove', 'AP', 'ctx=$mild'],
  ], lists);
  assert.deepEqual([...(lex.entries[0].cond.ctx ?? [])], ['farsa', 'vergogna', 'golpe', 'oltraggio']);
  assert.equal(lex.entries.length, 1);
  assert.match(lex.problems[0].problem, /unknown word list "\$mild"/);
});

test('context act classes come from one-word rows without conditions, per part of speech', () => {
  const lex = parseLexicon('xx', [
    ['arrestare', 'VERB', 'COERCE', 'arrest', 'AP'],
    ['multa', 'NOUN', 'SANCTION', '-', 'AR'],
    ['chiudere', 'VERB', 'COERCE', 'restrict', 'AP', 'obj=confine'],
    ['avvertire', 'VERB', 'THREATEN', '-', 'AP', 'ctx=@act:coerce|@act:sanction'],
    ['avvertire', 'VERB', 'THREATEN', '-', 'AP', 'ctx=@act:coercion'],
  ]);
  assert.deepEqual(lex.ctxClasses.get('arrestare VERB'), ['@act:coerce']);
  assert.deepEqual(lex.ctxClasses.get('multa NOUN'), ['@act:sanction']);
  assert.equal(lex.ctxClasses.get('chiudere VERB'), undefined);
  assert.match(lex.problems[0].problem, /act class "@act:coercion" names no PLOVER type/);
});

test('quads and SANCTION default', () => {
  const plover = ploverTable();
  assert.equal(plover.quad('AGREE'), 1);
  assert.equal(plover.quad('AID'), 2);
  assert.equal(plover.quad('THREATEN'), 3);
  assert.equal(plover.quad('SANCTION'), 4);
  assert.equal(plover.quad('ASSAULT'), 4);
  assert.deepEqual(plover.complementModes('THREATEN', 'ASSAULT', []), ['violence']);
  assert.deepEqual(plover.complementModes('REQUEST', 'RETREAT', ['resign']), ['change']);
  assert.deepEqual(plover.complementModes('REQUEST', 'RETREAT', ['release']), ['yield']);
});
