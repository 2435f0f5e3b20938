// WordTypes gives one dense id per exact (form, tag, lemma, FEATS, runner-up) column tuple, and
// starts again (a new generation) when full, so caches keyed by its ids can tell they are stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTypes } from '../../src/syntax/parser/word-types.js';

test('the same columns get the same id, any different column another one', () => {
  const types = new WordTypes(64);
  const a = types.id(11, 2, 33, 44, 0);
  assert.equal(types.id(11, 2, 33, 44, 0), a);
  const others = [types.id(12, 2, 33, 44, 0), types.id(11, 3, 33, 44, 0), types.id(11, 2, 34, 44, 0), types.id(11, 2, 33, 45, 0), types.id(11, 2, 33, 44, 9)];
  assert.equal(new Set([a, ...others]).size, 6);
  for (const id of [a, ...others]) assert.ok(id >= 0 && id < 64);
  assert.equal(types.generation, 1);
});

test('a full table starts again with a new generation, and ids stay below the bound', () => {
  const types = new WordTypes(8);
  const first = Array.from({ length: 8 }, (_, i) => types.id(i, 1, 0, 0, 0));
  assert.deepEqual(first, [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.equal(types.generation, 1);
  const ninth = types.id(100, 1, 0, 0, 0);
  assert.equal(types.generation, 2);
  assert.equal(ninth, 0);
  // The old types are forgotten: the first one is new again.
  assert.equal(types.id(0, 1, 0, 0, 0), 1);
});
