import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mostFrequent } from '../../src/learn/counts.js';

test('the most frequent value, its count and the total; a tie goes to the smaller value', () => {
  assert.deepEqual(mostFrequent(new Map([['di la', 3], ['della', 9]])), { value: 'della', count: 9, total: 12 });
  assert.deepEqual(mostFrequent(new Map([['NOUN', 4], ['ADJ', 4]])), { value: 'ADJ', count: 4, total: 8 });
  assert.deepEqual(mostFrequent(new Map()), { value: '', count: 0, total: 0 });
});
