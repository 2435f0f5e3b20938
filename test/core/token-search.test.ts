import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTokenEndingAfter, firstTokenStartingFrom, lowerBound } from '../../src/core/token-search.js';
import type { Token } from '../../src/core/types.js';

const tokens = [
  { start: 0, end: 3 },
  { start: 4, end: 9 },
  { start: 10, end: 11 },
] as Token[];

test('finds the first token ending after an offset, by binary search', () => {
  assert.equal(firstTokenEndingAfter(tokens, 0), 0);
  assert.equal(firstTokenEndingAfter(tokens, 3), 1, 'a token ending at the offset is before it');
  assert.equal(firstTokenEndingAfter(tokens, 5), 1, 'an offset inside a token finds that token');
  assert.equal(firstTokenEndingAfter(tokens, 11), 3, 'past the last token: tokens.length');
  assert.equal(firstTokenEndingAfter([], 2), 0);
});

test('finds the first token starting at or after an offset', () => {
  assert.equal(firstTokenStartingFrom(tokens, 0), 0);
  assert.equal(firstTokenStartingFrom(tokens, 4), 1, 'a token starting at the offset is found');
  assert.equal(firstTokenStartingFrom(tokens, 5), 2, 'an offset inside a token finds the next one');
  assert.equal(firstTokenStartingFrom(tokens, 12), 3);
});

test('lowerBound returns where a true prefix ends, against a linear scan', () => {
  const values = [1, 3, 3, 3, 7, 9, 12];
  for (let target = 0; target <= 13; target++) {
    const scan = values.findIndex((v) => v >= target);
    assert.equal(lowerBound(values.length, (i) => values[i] < target), scan < 0 ? values.length : scan, `target ${target}`);
  }
  assert.equal(lowerBound(0, () => true), 0);
});
