import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertConllu } from '../../src/convert/conllu.js';
import type { Upos } from '../../src/core/types.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { FORMATS_DIR } from '../convert/fixtures.js';
import { predictedDoc } from './helpers.js';

test('UD: tokenisation P/R/F1, UPOS and lemma accuracy over gold words, multiword tokens left unsplit', () => {
  const [gold] = convertConllu(join(FORMATS_DIR, 'conllu'));
  const doc = predictedDoc(gold.text, 'it');
  // Tokens: Vado al mare . Piove — "al" is not split into a + il.
  const tags: [Upos, string][] = [['VERB', 'andare'], ['ADP', 'al'], ['NOUN', 'mare'], ['PUNCT', '.'], ['NOUN', 'Piovere']];
  doc.tokens.forEach((t, i) => {
    t.pos = tags[i][0];
    t.lemma = tags[i][1];
  });
  const report = evaluate([gold], { analyze: () => doc });
  const u = report.groups.all.tokens;
  assert.deepEqual(u?.tokens, { tp: 5, pred: 5, gold: 5, precision: 1, recall: 1, f1: 1 });
  assert.equal(u?.words, 6);
  assert.equal(u?.aligned, 4);
  assert.deepEqual(u?.upos, { n: 6, correct: 3, accuracy: 0.5 });
  assert.deepEqual(u?.uposAligned, { n: 4, correct: 3, accuracy: 0.75 });
  assert.deepEqual(u?.lemma, { n: 6, correct: 4, accuracy: 0.6667 });
  assert.equal(u?.uas, null);
  assert.deepEqual(report.layers.skipped.includes('syntax'), true);
});
