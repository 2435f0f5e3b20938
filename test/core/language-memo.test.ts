import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageMemo } from '../../src/core/language-memo.js';

test('a language memo computes a key once per language and empties itself at its bound', () => {
  let calls = 0;
  const upper = (key: string, suffix: string): string => {
    calls++;
    return key.toUpperCase() + suffix;
  };
  const memo = new LanguageMemo<string>(2);
  assert.equal(memo.get('it', 'casa', upper, '!'), 'CASA!');
  assert.equal(memo.get('it', 'casa', upper, '?'), 'CASA!', 'the memoised value');
  assert.equal(calls, 1);
  assert.equal(memo.get('en', 'casa', upper, '?'), 'CASA?', 'languages are kept apart');
  memo.get('it', 'cane', upper, '!');
  memo.get('it', 'gatto', upper, '!'); // third Italian key: the Italian memo is emptied first
  assert.equal(calls, 4);
  memo.get('it', 'casa', upper, '!');
  assert.equal(calls, 5, 'an emptied entry is computed again');
});
