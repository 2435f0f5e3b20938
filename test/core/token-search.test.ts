import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTokenEndingAfter } from '../../src/core/token-search.js';
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
