import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertMeantimeIt } from '../../src/convert/meantime-it.js';
import { goldErrors } from '../../src/gold/schema.js';
import { FORMATS_DIR, at } from './fixtures.js';

test('Italian MEANTIME: documents from the conll, partial mentions from the JSON files', () => {
  const docs = convertMeantimeIt(join(FORMATS_DIR, 'meantime-it'));
  assert.deepEqual(docs.map((d) => d.id), ['corpus_demo/7', 'corpus_demo/8']);
  const [a, b] = docs;
  assert.equal(a.text, "Acme compra Widgetco\n\n4 maggio 2011\n\nIl capo dell'azienda ha parlato a Roma.");
  assert.deepEqual(a.partial, ['entities', 'events']);
  assert.deepEqual(a.entities?.map((e) => [e.type, e.kind, at(a.text, e), e.start, e.end]), [
    ['ORG', 'name', 'Acme', 0, 4],
    ['PRO', 'name', 'Widgetco', 12, 20],
    ['LOC', 'name', 'Roma', 71, 75],
  ]);
  assert.deepEqual(a.events, [{ start: 5, end: 11, class: 'OTH' }]);
  assert.deepEqual(b.layers, []);
  for (const d of docs) assert.deepEqual(goldErrors(d), []);
});
