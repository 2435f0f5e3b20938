// Checks cronaca's own PLOVER gold set (gold/own): the built JSONL is up to date with the
// hand-edited sources, every document is valid gold, the annotation follows the conventions of
// docs/annotation.md, each language covers every PLOVER type, and the held-out split is exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_TYPES } from '../../src/core/types.js';
import { goldErrors } from '../../src/gold/schema.js';
import { parseGoldJsonl } from '../../src/gold/read.js';
import type { GoldDocument } from '../../src/gold/types.js';
import { OWN_GOLD_DIR, OWN_MODES, buildDocument, buildOwnGold, isTestSplit, readOwnSources, wholeWordSpans } from '../../scripts/build-own-gold.js';
import type { OwnSource } from '../../scripts/build-own-gold.js';

const LANGUAGES = ['it', 'en'];
const PER_LANGUAGE = 294;
const MIN_PER_TYPE = 3;
const ROUTED_WHEN_FUTURE = ['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT'];

const built = buildOwnGold();
const docs = built.documents;
const numberOf = (id: string) => Number(/(\d+)$/.exec(id)?.[1]);

test('dev.jsonl and test.jsonl exist and match a fresh build of gold/own/src', () => {
  for (const split of ['dev', 'test'] as const) {
    const path = join(OWN_GOLD_DIR, `${split}.jsonl`);
    assert.ok(existsSync(path), `${path} is missing: run npx tsx scripts/build-own-gold.ts`);
    assert.equal(readFileSync(path, 'utf8'), built[split], `${split}.jsonl is stale: run npx tsx scripts/build-own-gold.ts`);
  }
});

test('every document validates against the gold schema and reads back through parseGoldJsonl', () => {
  for (const d of docs) assert.deepEqual(goldErrors(d), [], d.id);
  assert.equal(parseGoldJsonl(built.dev + built.test).length, docs.length);
});

test(`${PER_LANGUAGE} texts per language, 80-200 words, unique ids, publication date set`, () => {
  assert.equal(new Set(docs.map((d) => d.id)).size, docs.length);
  for (const lang of LANGUAGES) {
    const mine = docs.filter((d) => d.language === lang);
    assert.equal(mine.length, PER_LANGUAGE, lang);
    assert.deepEqual(mine.map((d) => numberOf(d.id)).sort((a, b) => a - b), Array.from({ length: PER_LANGUAGE }, (_, i) => i + 1));
  }
  for (const d of docs) {
    const words = d.text.split(/\s+/).length;
    assert.ok(words >= 80 && words <= 200, `${d.id}: ${words} words`);
    assert.match(d.published ?? '', /^\d{4}-\d{2}-\d{2}$/, d.id);
    assert.deepEqual(d.layers, ['entities', 'timexes', 'events', 'plover', 'factuality']);
  }
});

test('every PLOVER type occurs at least three times per language', () => {
  for (const lang of LANGUAGES) {
    const counts = new Map<string, number>();
    for (const d of docs.filter((x) => x.language === lang)) for (const e of d.events ?? []) counts.set(e.type ?? '', (counts.get(e.type ?? '') ?? 0) + 1);
    for (const type of PLOVER_TYPES) assert.ok((counts.get(type) ?? 0) >= MIN_PER_TYPE, `${lang} ${type}: ${counts.get(type) ?? 0}`);
  }
});

test('the test split is exactly every third document of each language', () => {
  const testIds = parseGoldJsonl(built.test).map((d) => d.id);
  const devIds = parseGoldJsonl(built.dev).map((d) => d.id);
  assert.equal(testIds.length, (2 * PER_LANGUAGE) / 3);
  assert.equal(devIds.length, (4 * PER_LANGUAGE) / 3);
  for (const id of testIds) assert.equal(numberOf(id) % 3, 0, id);
  for (const id of devIds) assert.notEqual(numberOf(id) % 3, 0, id);
  assert.equal(isTestSplit('own-it-09'), true);
  assert.equal(isTestSplit('own-en-10'), false);
});

test('events follow the annotation conventions (modes, routing, conditionals, attribution, dates)', () => {
  for (const d of docs) {
    const timexValues = (d.timexes ?? []).map((t) => t.value);
    for (const e of d.events ?? []) {
      const what = `${d.id} ${e.type} "${d.text.slice(e.start, e.end)}"`;
      for (const m of e.modes ?? []) assert.ok(OWN_MODES[e.type ?? ''].includes(m), `${what}: mode ${m}`);
      assert.equal(e.attribution?.[0]?.text, 'author', what);
      if (e.special === 'COND_IF_CLAUSE' || e.special === 'COND_MAIN_CLAUSE') assert.equal(e.certainty, 'POSSIBLE', what);
      if (e.polarity === 'UNDERSPECIFIED') assert.equal(e.certainty, 'UNDERSPECIFIED', what);
      const firmFuture = e.time === 'FUTURE' && (e.certainty === 'CERTAIN' || e.certainty === 'PROBABLE') && e.special === 'NONE';
      if (firmFuture) assert.ok(!ROUTED_WHEN_FUTURE.includes(e.type ?? ''), `${what}: a firm future act must be routed (AGREE/CONCEDE)`);
      if (e.date) assert.ok(timexValues.some((v) => v.startsWith(e.date as string)), `${what}: date ${e.date} has no timex`);
      for (const a of [...(e.source ?? []), ...(e.target ?? []), ...(e.attribution ?? []).slice(1)]) {
        if (a.start === undefined) assert.equal(a.text, 'unnamed', what);
      }
    }
  }
});

test('factuality values are varied enough to measure the minority classes', () => {
  const events = docs.flatMap((d) => d.events ?? []);
  const count = (f: (e: (typeof events)[number]) => boolean) => events.filter(f).length;
  assert.ok(count((e) => e.polarity === 'NEG') >= 8);
  assert.ok(count((e) => e.time === 'FUTURE') >= 20);
  assert.ok(count((e) => e.certainty === 'PROBABLE') >= 8);
  assert.ok(count((e) => e.certainty === 'POSSIBLE') >= 8);
  assert.ok(count((e) => e.certainty === 'UNDERSPECIFIED') >= 4);
  assert.ok(count((e) => e.attribution?.at(-1)?.text === 'unnamed') >= 4);
  assert.ok(count((e) => (e.attribution?.length ?? 0) > 1 && e.attribution?.at(-1)?.start !== undefined) >= 40);
});

test('entities and timexes are well formed and quote the text', () => {
  for (const d of docs as GoldDocument[]) {
    for (const en of d.entities ?? []) {
      if (en.kind === 'name') assert.ok(en.canonical, `${d.id}: name mention without canonical name at ${en.start}`);
      assert.notEqual(d.text.slice(en.start, en.end).trim(), '');
    }
    for (const t of d.timexes ?? []) assert.match(t.value, /^(\d{3,4}|XXXX|P|PAST_REF|PRESENT_REF|FUTURE_REF)/, `${d.id}: ${t.value}`);
  }
});

test('the builder fails loudly on strings it cannot place', () => {
  const base: OwnSource = {
    id: 'it-99', language: 'it', published: '2024-01-01',
    sentences: ['La polizia ha arrestato ieri due attivisti a Roma.', 'La polizia ha poi rilasciato gli attivisti.'],
    entities: [['Roma', 'GPE', 'name', 'Rome']], timexes: [['ieri', 'DATE', '2023-12-31']],
    events: [{ t: 'arrestato', type: 'COERCE', modes: ['arrest'], src: ['polizia'], tgt: ['attivisti'] }],
  };
  const doc = buildDocument(base);
  const ev = doc.events?.[0];
  assert.equal(doc.text.slice(ev?.start, ev?.end), 'arrestato');
  // Ambiguous arguments resolve to the occurrence in the trigger's sentence.
  assert.equal(ev?.source?.[0]?.start, 3);
  assert.equal(ev?.factScore, 3);
  assert.throws(() => buildDocument({ ...base, events: [{ t: 'fermato', type: 'COERCE' }] }), /not found/);
  assert.throws(() => buildDocument({ ...base, events: [{ t: 'polizia', type: 'COERCE' }] }), /add @N/);
  assert.throws(() => buildDocument({ ...base, entities: [['Milano', 'GPE', 'name', 'Milan']] }), /not found/);
  assert.throws(() => buildDocument({ ...base, events: [{ t: 'arrestato', type: 'COERCE', modes: ['demo'] }] }), /not valid/);
  assert.deepEqual(wholeWordSpans('Niger e Nigeria', 'Niger'), [{ start: 0, end: 5 }]);
});

test('sources are stored one file per document, named by id', () => {
  const sources = readOwnSources();
  assert.equal(sources.length, docs.length);
  for (const s of sources) assert.equal(`own-${s.id}`, buildDocument(s).id);
});
