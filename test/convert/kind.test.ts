import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertKind } from '../../src/convert/kind.js';
import { goldErrors } from '../../src/gold/schema.js';
import { FORMATS_DIR, at } from './fixtures.js';

test('KIND: sentences grouped into documents at headlines, BIO spans with exact offsets', () => {
  const docs = convertKind(join(FORMATS_DIR, 'kind', 'sample.tsv'));
  assert.equal(docs.length, 2);
  const [a, b] = docs;
  assert.equal(a.id, 'sample-0001');
  assert.equal(a.language, 'it');
  assert.equal(a.text, "Sciopero dei treni a Milano\n\nIeri Maria Rossi ha parlato con l'Unione Europea. Il sindacato ha detto: «Basta.»");
  assert.deepEqual(a.layers, ['entities']);
  assert.equal(a.entitySpans, 'bare-name');
  assert.deepEqual(a.entities, [
    { start: 21, end: 27, type: 'LOC', kind: 'name' },
    { start: 34, end: 45, type: 'PER', kind: 'name' },
    { start: 63, end: 77, type: 'ORG', kind: 'name' },
  ]);
  assert.deepEqual(a.entities?.map((e) => at(a.text, e)), ['Milano', 'Maria Rossi', 'Unione Europea']);
  assert.deepEqual(a.sentences, [{ start: 0, end: 27 }, { start: 29, end: 78 }, { start: 79, end: 110 }]);
  assert.equal(b.text, 'Secondo titolo\n\nLa CGIL protesta.');
  assert.deepEqual(b.entities?.map((e) => [e.type, at(b.text, e)]), [['ORG', 'CGIL']]);
  for (const d of docs) assert.deepEqual(goldErrors(d), []);
});

test('KIND: a maximum number of sentences per document', () => {
  const docs = convertKind(join(FORMATS_DIR, 'kind', 'sample.tsv'), { maxSentences: 2 });
  assert.deepEqual(docs.map((d) => d.sentences?.length), [2, 2, 1]);
});
