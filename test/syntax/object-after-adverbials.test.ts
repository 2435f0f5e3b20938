// The object-after-adverbials repair (src/stages/syntax/object-after-adverbials.ts) on hand-built
// parses, and through the pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairObjectAfterAdverbials } from '../../src/stages/syntax/object-after-adverbials.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { word } from './repair-helpers.js';

const PART = 'Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part';
const HA = word('ha', 'AUX', 'avere', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin');

// "Daki ha firmato a Suva , nelle Figi , un accordo"
const words = [word('Daki', 'PROPN', 'Daki'), HA, word('firmato', 'VERB', 'firmare', PART), word('a', 'ADP', 'a'), word('Suva', 'PROPN', 'Suva'),
  word(',', 'PUNCT', ','), word('un', 'DET', 'uno'), word('accordo', 'NOUN', 'accordo')];

test('a determined noun hung on a place name as its apposition, on a verb with no object, is the object', () => {
  const parse = { heads: Int32Array.from([3, 3, 0, 5, 3, 8, 8, 5]), deprels: ['nsubj', 'aux', 'root', 'case', 'obl', 'punct', 'det', 'appos'] };
  assert.deepEqual(repairObjectAfterAdverbials('it', words, parse), [7]);
  assert.equal(parse.heads[7], 3);
  assert.equal(parse.deprels[7], 'obj');
});

test('a weekday read as the object gives way to the bare noun after it', () => {
  // "Daki ha firmato martedì un accordo" with "accordo" read as an oblique
  const w = [word('Daki', 'PROPN', 'Daki'), HA, word('firmato', 'VERB', 'firmare', PART), word('martedì', 'NOUN', 'martedì'), word('un', 'DET', 'uno'), word('accordo', 'NOUN', 'accordo')];
  const parse = { heads: Int32Array.from([3, 3, 0, 3, 6, 3]), deprels: ['nsubj', 'aux', 'root', 'obj', 'det', 'obl'] };
  assert.deepEqual(repairObjectAfterAdverbials('it', w, parse), [3, 5]);
  assert.deepEqual(parse.deprels, ['nsubj', 'aux', 'root', 'obl', 'det', 'obj']);
});

test('a verb with an object, a passive, or a noun with a preposition keeps the parse', () => {
  const withObject = { heads: Int32Array.from([3, 3, 0, 5, 3, 8, 8, 5]), deprels: ['nsubj', 'aux', 'root', 'case', 'obj', 'punct', 'det', 'appos'] };
  assert.deepEqual(repairObjectAfterAdverbials('it', words, withObject), []);
  const essere = [words[0], word('è', 'AUX', 'essere', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'), ...words.slice(2)];
  const passive = { heads: Int32Array.from([3, 3, 0, 5, 3, 8, 8, 5]), deprels: ['nsubj', 'aux', 'root', 'case', 'obl', 'punct', 'det', 'appos'] };
  assert.deepEqual(repairObjectAfterAdverbials('it', essere, passive), []);
});

test('through the pipeline: a deal signed after a date and two place phrases is one signing', () => {
  const e = runPipeline("Il governo e l'opposizione hanno firmato martedì a Bridgetown, nelle Barbados, un accordo sulle elezioni.", { language: 'it' }).events;
  assert.deepEqual(e.map((x) => [x.type, x.trigger.text]), [['SUPPORT', 'firmato']]);
});

test('an object the parse hung on the noun of a phrase before it goes to the verb ("delayed for 30 days the tariffs")', () => {
  const w = [word('Trump', 'PROPN', 'Trump'), word('delayed', 'VERB', 'delay', 'Mood=Ind|Tense=Past|VerbForm=Fin'), word('for', 'ADP', 'for'), word('30', 'NUM', '30'),
    word('days', 'NOUN', 'day', 'Number=Plur'), word('the', 'DET', 'the'), word('tariffs', 'NOUN', 'tariff', 'Number=Plur')];
  const parse = { heads: Int32Array.from([2, 0, 5, 5, 2, 7, 5]), deprels: ['nsubj', 'root', 'case', 'nummod', 'obl', 'det', 'obj'] };
  assert.deepEqual(repairObjectAfterAdverbials('en', w, parse), [6]);
  assert.equal(parse.heads[6], 2);
});
