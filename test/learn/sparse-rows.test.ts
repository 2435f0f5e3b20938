import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countNonZero, writeSparseRow } from '../../src/learn/sparse-rows.js';

test('a sparse row keeps only the non-zero weights, with their classes, after a count', () => {
  // two rows of four classes
  const q16 = Int16Array.from([0, -3, 0, 7, 0, 0, 0, 0]);
  assert.equal(countNonZero(q16), 2);
  const entries = new Int32Array(2 + countNonZero(q16));
  let at = writeSparseRow(q16, 0, 4, entries, 0);
  assert.equal(at, 3);
  at = writeSparseRow(q16, 1, 4, entries, at);
  assert.equal(at, 4);
  assert.equal(entries[0], 2);
  assert.deepEqual([entries[1] >>> 16, (entries[1] << 16) >> 16], [1, -3]);
  assert.deepEqual([entries[2] >>> 16, (entries[2] << 16) >> 16], [3, 7]);
  assert.equal(entries[3], 0, 'an all-zero row is just its count');
});
