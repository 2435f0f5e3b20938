import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/eval/evaluate.js';
import type { GoldDocument } from '../../src/gold/types.js';
import { mention, predictedDoc, span } from './helpers.js';

const TEXT = 'Maria Rossi met Acme Corp in Rome and Paris, then bought an iPhone. She left.';

function gold(): GoldDocument {
  return {
    id: 'g1', language: 'en', text: TEXT, layers: ['entities'],
    entities: [
      { ...span(TEXT, 'Maria Rossi'), type: 'PER', kind: 'name' },
      { ...span(TEXT, 'Acme Corp'), type: 'ORG', kind: 'name' },
      { ...span(TEXT, 'Rome'), type: 'LOC', kind: 'name' },
      { ...span(TEXT, 'Paris'), type: 'LOC', kind: 'name' },
      { ...span(TEXT, 'iPhone'), type: 'PRO', kind: 'name' },
      { ...span(TEXT, 'She'), type: 'PER', kind: 'pronoun' },
    ],
  };
}

function predicted() {
  const doc = predictedDoc(TEXT);
  doc.mentions = [
    mention(TEXT, 'Maria Rossi', 'PER'),
    mention(TEXT, 'Acme', 'ORG'),
    mention(TEXT, 'Rome', 'GPE'),
    mention(TEXT, 'Paris', 'PER'),
    mention(TEXT, 'iPhone', 'ORG'),
    mention(TEXT, 'She', 'PER', 'pronoun'),
    mention(TEXT, 'Rossi', 'GROUP'),
  ];
  return doc;
}

test('entities: exact, overlap and span-only P/R/F1; GPE scored as LOC; exclusions and ignored regions', () => {
  const report = evaluate([gold()], { analyze: predicted });
  const e = report.groups.all.entities;
  assert.ok(e);
  // Counted predictions: Maria Rossi, Acme, Rome (GPE->LOC), Paris (PER); iPhone overlaps only PRO gold.
  assert.deepEqual(e.exact, { tp: 2, pred: 4, gold: 4, precision: 0.5, recall: 0.5, f1: 0.5 });
  assert.deepEqual(e.overlap, { tp: 3, pred: 4, gold: 4, precision: 0.75, recall: 0.75, f1: 0.75 });
  assert.deepEqual(e.span, { tp: 3, pred: 4, gold: 4, precision: 0.75, recall: 0.75, f1: 0.75 });
  assert.deepEqual(e.perType.PER.exact, { tp: 1, pred: 2, gold: 1, precision: 0.5, recall: 1, f1: 0.6667 });
  assert.deepEqual(e.perType.LOC.exact, { tp: 1, pred: 1, gold: 2, precision: 1, recall: 0.5, f1: 0.6667 });
  assert.deepEqual(e.perType.ORG.overlap, { tp: 1, pred: 1, gold: 1, precision: 1, recall: 1, f1: 1 });
  assert.equal(e.excludedPredictions, 2);
  assert.equal(e.ignoredPredictions, 1);
  assert.ok(report.notes.includes('entities: the gold has no GPE type, so predicted GPE is scored as LOC'));
  assert.deepEqual(report.layers.scored, ['entities']);
});

test('entities: the worst list pairs misses with what was produced on the same words', () => {
  const report = evaluate([gold()], { analyze: predicted, worst: 1 });
  assert.equal(report.worst.length, 1);
  const w = report.worst[0];
  assert.equal(w.document, 'g1');
  assert.equal(w.sentence, TEXT);
  assert.deepEqual(w.issues.map((i) => [i.expected, i.produced]), [['LOC "Paris"', 'PER "Paris"']]);
  assert.deepEqual(w.rules, ['test:PER']);
});

test('entities: scope limits gold and predictions; partial gold gives recall only', () => {
  const scoped = { ...gold(), scope: [{ start: 0, end: span(TEXT, 'Rome').end }] };
  const e = evaluate([scoped], { analyze: predicted }).groups.all.entities;
  assert.deepEqual(e?.exact, { tp: 2, pred: 3, gold: 3, precision: 0.6667, recall: 0.6667, f1: 0.6667 });
  const partial: GoldDocument = { ...gold(), partial: ['entities'] };
  const r = evaluate([partial], { analyze: predicted }).groups.all;
  assert.equal(r.entities, undefined);
  assert.deepEqual(r.entitiesPartial?.exact, { tp: 2, pred: null, gold: 4, precision: null, recall: 0.5, f1: null });
});

test('entities: per-language groups beside the overall one', () => {
  const it: GoldDocument = { ...gold(), id: 'g2', language: 'it' };
  const report = evaluate([gold(), it], { analyze: predicted });
  assert.deepEqual(Object.keys(report.groups), ['all', 'en', 'it']);
  assert.equal(report.groups.all.entities?.exact.tp, 4);
  assert.equal(report.groups.it.entities?.exact.tp, 2);
});

test('entities: a role+name mention is scored by its name span when the gold annotates bare names', () => {
  const text = 'Ieri il presidente Bianchi ha incontrato il senatore Verdi a Torino.';
  const roleName = (words: string, name: string) => ({ ...mention(text, words, 'PER'), name: span(text, name) });
  const analyze = () => {
    const doc = predictedDoc(text, 'it');
    doc.mentions = [roleName('presidente Bianchi', 'Bianchi'), roleName('senatore Verdi', 'Verdi'), mention(text, 'Torino', 'GPE')];
    return doc;
  };
  const entities = [
    { ...span(text, 'Bianchi'), type: 'PER', kind: 'name' as const },
    { ...span(text, 'Verdi'), type: 'PER', kind: 'name' as const },
    { ...span(text, 'Torino'), type: 'LOC', kind: 'name' as const },
  ];
  const bare: GoldDocument = { id: 'b', language: 'it', text, layers: ['entities'], entitySpans: 'bare-name', entities };
  const bareScore = evaluate([bare], { analyze }).groups.all.entities;
  assert.deepEqual(bareScore?.exact, { tp: 3, pred: 3, gold: 3, precision: 1, recall: 1, f1: 1 });
  // without the convention the role is part of the predicted span: only the overlap matches
  const full = evaluate([{ ...bare, entitySpans: undefined }], { analyze }).groups.all.entities;
  assert.equal(full?.exact.tp, 1);
  assert.equal(full?.overlap.tp, 3);
});
