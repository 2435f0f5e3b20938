import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertFactuality } from '../../src/convert/factuality.js';
import { FORMATS_DIR, at } from './fixtures.js';

test('unified factuality: one document per sentence, event tokens with their score', () => {
  const docs = convertFactuality(join(FORMATS_DIR, 'factuality', 'sample.conll'));
  assert.deepEqual(docs.map((d) => [d.id, d.text]), [
    ['sample-0001', 'Officials denied the report.'],
    ['sample-0002', 'It may rain.'],
  ]);
  assert.deepEqual(docs[0].events, [
    { start: 10, end: 16, factScore: 3 },
    { start: 21, end: 27, factScore: -3 },
  ]);
  assert.equal(at(docs[1].text, docs[1].events?.[0] ?? { start: 0, end: 0 }), 'rain');
  assert.equal(docs[1].events?.[0].factScore, 0.75);
  assert.deepEqual(docs[0].layers, ['events', 'factuality']);
});
