import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Factuality } from '../../src/core/types.js';
import { evaluate } from '../../src/eval/evaluate.js';
import type { Predicate } from '../../src/eval/factuality-hook.js';
import { predicateForSpan } from '../../src/eval/score-factuality.js';
import type { GoldDocument } from '../../src/gold/types.js';
import { factuality, ploverEvent, predictedDoc, span } from './helpers.js';

const TEXT = 'They signed it, may sign more, could talk and did not leave.';

function gold(): GoldDocument {
  return {
    id: 'f', language: 'en', text: TEXT, layers: ['events', 'factuality'],
    events: [
      { ...span(TEXT, 'signed'), certainty: 'CERTAIN', polarity: 'POS', factScore: 3 },
      { ...span(TEXT, 'sign more'), certainty: 'CERTAIN', polarity: 'POS', factScore: 3 },
      { ...span(TEXT, 'talk'), certainty: 'POSSIBLE', polarity: 'POS', factScore: 0.75 },
      { ...span(TEXT, 'leave'), certainty: 'PROBABLE', polarity: 'NEG', factScore: 1.5 },
    ],
  };
}

// Predictions per first word of the predicate, standing in for the factuality stage.
const CANNED: Record<string, Factuality> = {
  signed: factuality('CERTAIN', 'POS', 3),
  sign: factuality('POSSIBLE', 'POS', 0.75),
  talk: factuality('POSSIBLE', 'NEG', 0.75),
  leave: factuality('CERTAIN', 'NEG', 3),
};

test('factuality on gold mentions: accuracy, per-class P/R/F1, confusion, baselines, MAE and Pearson r', () => {
  const doc = predictedDoc(TEXT);
  const seen: Predicate[] = [];
  const assess = (d: typeof doc, p: Predicate) => {
    seen.push(p);
    return CANNED[d.tokens[p.tokenStart].text];
  };
  const f = evaluate([gold()], { analyze: () => doc, assess }).groups.all.factuality;
  assert.ok(f);
  // "sign more" covers two tokens.
  assert.deepEqual(seen[1], { tokenStart: 5, tokenEnd: 7, sentence: 0 });
  assert.equal(f.assessed, 4);
  assert.equal(f.certainty.accuracy, 0.5);
  assert.deepEqual(f.certainty.confusion, { CERTAIN: { CERTAIN: 1, POSSIBLE: 1 }, POSSIBLE: { POSSIBLE: 1 }, PROBABLE: { CERTAIN: 1 } });
  assert.deepEqual(f.certainty.perClass.CERTAIN, { gold: 2, pred: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  assert.deepEqual(f.certainty.perClass.POSSIBLE, { gold: 1, pred: 2, precision: 0.5, recall: 1, f1: 0.6667 });
  assert.deepEqual(f.certainty.perClass.PROBABLE, { gold: 1, pred: 0, precision: 0, recall: 0, f1: 0 });
  assert.equal(f.certainty.macroF1, 0.3889);
  assert.deepEqual(f.certainty.baseline, { label: 'CERTAIN', accuracy: 0.5, macroF1: 0.2222 });
  assert.equal(f.polarity.accuracy, 0.75);
  assert.deepEqual(f.polarity.perClass.NEG, { gold: 1, pred: 2, precision: 0.5, recall: 1, f1: 0.6667 });
  assert.deepEqual(f.polarity.baseline, { label: 'POS', accuracy: 0.75, macroF1: 0.4286 });
  // Non-baseline classes together: certainty gold talk, leave; predicted sign, talk (talk exact).
  assert.deepEqual(f.certainty.minority.micro, { tp: 1, pred: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  assert.deepEqual(f.certainty.minority.detection, { tp: 1, pred: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  assert.deepEqual(f.polarity.minority.micro, { tp: 1, pred: 2, gold: 1, precision: 0.5, recall: 1, f1: 0.6667 });
  // Certainty and polarity both right only on "signed"; always CERTAIN POS is right on two.
  assert.deepEqual(f.certaintyPolarity, { n: 4, accuracy: 0.25, baseline: { label: 'CERTAIN POS', accuracy: 0.5 } });
  assert.equal(f.time.n, 0);
  // Scores predicted 3, 0.75, 0.75, 3 against gold 3, 3, 0.75, 1.5.
  assert.deepEqual(f.scale, { n: 4, mae: 0.9375, pearson: 0.1925, baseline: { value: 3, mae: 0.9375 } });
});

test('factuality of predicted events on gold mentions; unavailable assessor reported', () => {
  const doc = predictedDoc(TEXT);
  doc.events = [ploverEvent(TEXT, 'leave', 'RETREAT', { factuality: factuality('CERTAIN', 'NEG', -3) })];
  const report = evaluate([gold()], { analyze: () => doc, assess: undefined });
  const p = report.groups.all.factualityOnPredictedEvents;
  assert.equal(p?.matched, 1);
  assert.deepEqual(p?.polarity.confusion, { NEG: { NEG: 1 } });
  assert.equal(p?.scale.mae, 4.5);
});

test('gold spans map to the tokens under them', () => {
  const doc = predictedDoc(TEXT);
  assert.deepEqual(predicateForSpan(doc, span(TEXT, 'did not leave')), { tokenStart: 11, tokenEnd: 14, sentence: 0 });
  assert.deepEqual(predicateForSpan(doc, { start: 4, end: 5 }), undefined);
});
