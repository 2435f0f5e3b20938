import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/eval/evaluate.js';
import type { GoldDocument } from '../../src/gold/types.js';
import { mention, ploverEvent, predictedDoc, span, timex } from './helpers.js';

test('time expressions: strict and relaxed P/R/F1, type and value accuracy', () => {
  const text = 'On Monday, in May 2011, prices rose today.';
  const gold: GoldDocument = {
    id: 't', language: 'en', text, layers: ['timexes'],
    timexes: [
      { ...span(text, 'Monday'), type: 'DATE', value: '2011-05-02' },
      { ...span(text, 'May 2011'), type: 'DATE', value: '2011-05' },
    ],
  };
  const doc = predictedDoc(text);
  doc.timexes = [
    timex(text, 'On Monday', 'DATE', '2011-05-02'),
    timex(text, 'May 2011', 'DATE', '2011-05-01'),
    timex(text, 'today', 'DATE', '2011-05-04'),
  ];
  const t = evaluate([gold], { analyze: () => doc }).groups.all.timexes;
  assert.deepEqual(t?.strict, { tp: 1, pred: 3, gold: 2, precision: 0.3333, recall: 0.5, f1: 0.4 });
  assert.deepEqual(t?.relaxed, { tp: 2, pred: 3, gold: 2, precision: 0.6667, recall: 1, f1: 0.8 });
  assert.deepEqual(t?.value, { n: 2, correct: 1, accuracy: 0.5 });
  assert.deepEqual(t?.type, { n: 2, correct: 2, accuracy: 1 });
});

test('PLOVER events: trigger and trigger+type P/R/F1, type, source, target, date and place accuracy', () => {
  const text = 'Farmers marched in Lyon on Friday and police attacked them.';
  const gold: GoldDocument = {
    id: 'p', language: 'en', text, layers: ['events', 'plover'],
    events: [
      { ...span(text, 'marched'), type: 'PROTEST', source: [span(text, 'Farmers')], place: { ...span(text, 'Lyon') }, date: '2024-03-01', attribution: [{ text: 'author' }, span(text, 'police')] },
      { ...span(text, 'attacked'), type: 'ASSAULT', source: [{ text: 'police' }], target: [span(text, 'them')], date: '2024-03-01', attribution: [{ text: 'author' }] },
      { ...span(text, 'Friday'), type: 'CONSULT' },
    ],
  };
  const doc = predictedDoc(text);
  const farmers = mention(text, 'Farmers', 'GROUP', 'group');
  doc.events = [
    ploverEvent(text, 'marched', 'PROTEST', {
      source: [{ text: 'Farmers', spans: [span(text, 'Farmers')], rule: 'test:src', mention: farmers.id }],
      place: { name: 'Lyon', spans: [span(text, 'Lyon')], rule: 'test:place' },
      date: { value: '2024-03-01', spans: [span(text, 'Friday')], rule: 'test:date' },
    }),
    ploverEvent(text, 'attacked', 'COERCE', {
      source: [{ text: 'Police', spans: [span(text, 'police')], rule: 'test:src' }],
      target: [],
      date: { value: '2024-02-29', spans: [], rule: 'test:date' },
    }),
    ploverEvent(text, 'Lyon', 'PROTEST'),
  ];
  const p = evaluate([gold], { analyze: () => doc }).groups.all.plover;
  assert.deepEqual(p?.trigger, { tp: 2, pred: 3, gold: 3, precision: 0.6667, recall: 0.6667, f1: 0.6667 });
  assert.deepEqual(p?.typed, { tp: 1, pred: 3, gold: 3, precision: 0.3333, recall: 0.3333, f1: 0.3333 });
  assert.deepEqual(p?.type, { n: 2, correct: 1, accuracy: 0.5 });
  assert.deepEqual(p?.source, { n: 2, correct: 2, accuracy: 1 });
  assert.deepEqual(p?.target, { n: 1, correct: 0, accuracy: 0 });
  assert.deepEqual(p?.date, { n: 2, correct: 1, accuracy: 0.5 });
  assert.deepEqual(p?.place, { n: 1, correct: 1, accuracy: 1 });
  assert.deepEqual(p?.attribution, { n: 2, correct: 1, accuracy: 0.5 });
});

test('places on exhaustive gold: a place predicted for an event the gold places nowhere counts against precision', () => {
  const text = 'Police arrested Ali in Lyon, and the minister condemned Paris.';
  const events: GoldDocument['events'] = [
    { ...span(text, 'arrested'), type: 'COERCE', place: { ...span(text, 'Lyon') } },
    { ...span(text, 'condemned'), type: 'ACCUSE' },
  ];
  const doc = predictedDoc(text);
  doc.events = [
    ploverEvent(text, 'arrested', 'COERCE', { place: { name: 'Lyon', spans: [span(text, 'Lyon')], rule: 'test:place' } }),
    ploverEvent(text, 'condemned', 'ACCUSE', { place: { name: 'Paris', spans: [span(text, 'Paris')], rule: 'test:place' } }),
  ];
  const score = (gold: GoldDocument) => evaluate([gold], { analyze: () => doc }).groups.all.plover;
  const exhaustive = score({ id: 'x', language: 'en', text, layers: ['events', 'plover'], eventPlaces: 'exhaustive', events });
  assert.deepEqual(exhaustive?.place, { n: 1, correct: 1, accuracy: 1 });
  assert.deepEqual(exhaustive?.placeSet, { tp: 1, pred: 2, gold: 1, precision: 0.5, recall: 1, f1: 0.6667 });
  // Without the flag an absent gold place may just be unannotated: only accuracy is scored.
  assert.equal(score({ id: 'y', language: 'en', text, layers: ['events', 'plover'], events })?.placeSet, undefined);
});

test('PLOVER actors: an empty gold list needs an empty prediction; the exact-set rows also count extra actors', () => {
  const text = 'Rebels met, troops shelled the town and the army arrested Ali and Omar.';
  const gold: GoldDocument = {
    id: 'a', language: 'en', text, layers: ['events', 'plover'],
    events: [
      { ...span(text, 'met'), type: 'CONSULT', source: [span(text, 'Rebels')], target: [] },
      { ...span(text, 'shelled'), type: 'ASSAULT', source: [span(text, 'troops')], target: [] },
      { ...span(text, 'arrested'), type: 'COERCE', source: [span(text, 'army')], target: [span(text, 'Ali')] },
    ],
  };
  const actor = (words: string) => ({ text: words, spans: [span(text, words)], rule: 'test:actor' });
  const doc = predictedDoc(text);
  doc.events = [
    ploverEvent(text, 'met', 'CONSULT', { source: [actor('Rebels')], target: [] }),
    ploverEvent(text, 'shelled', 'ASSAULT', { source: [actor('troops')], target: [actor('town')] }),
    ploverEvent(text, 'arrested', 'COERCE', { source: [actor('army')], target: [actor('Ali'), actor('Omar')] }),
  ];
  const p = evaluate([gold], { analyze: () => doc }).groups.all.plover;
  // "met": no target, none predicted (right); "shelled": none in the gold, "town" predicted (wrong);
  // "arrested": Ali found (right), but Omar is extra (wrong as an exact set).
  assert.deepEqual(p?.target, { n: 3, correct: 2, accuracy: 0.6667 });
  assert.deepEqual(p?.targetExact, { n: 3, correct: 1, accuracy: 0.3333 });
  assert.deepEqual(p?.source, { n: 3, correct: 3, accuracy: 1 });
  assert.deepEqual(p?.sourceExact, { n: 3, correct: 3, accuracy: 1 });
});
