import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringTable, tableCapacity } from '../../src/core/string-table.js';
import { hashString } from '../../src/learn/feature-hash.js';

test('a string table gives dense ids in insertion order, finds them again and keeps their hashes', () => {
  const t = new StringTable(tableCapacity(8));
  const words = ['Roma', 'Kiev', 'Roma', 'Kyiv', 'kiev'];
  const ids = words.map((w) => t.add(w, hashString(w)));
  assert.deepEqual(ids, [0, 1, 0, 2, 3]);
  assert.deepEqual(t.strings, ['Roma', 'Kiev', 'Kyiv', 'kiev']);
  assert.equal(t.find('Kyiv', hashString('Kyiv')), 2);
  assert.equal(t.find('Milano', hashString('Milano')), -1);
  assert.deepEqual(Array.from(t.hashesById()), t.strings.map(hashString));
});

test('strings whose hashes collide stay apart, and a reused slot array starts empty', () => {
  const reuse = new Int32Array(2048).fill(7);
  const t = new StringTable(1024, reuse);
  // the same hash for different strings: found by comparing the strings
  assert.equal(t.add('a', 5), 0);
  assert.equal(t.add('b', 5), 1);
  assert.equal(t.find('b', 5), 1);
  assert.equal(t.find('c', 5), -1);
  for (let i = 0; i < 200; i++) t.add(`w${i}`, hashString(`w${i}`));
  assert.equal(t.strings.length, 202, 'the hash array grows past its first size');
  assert.equal(t.find('w150', hashString('w150')), 152);
  assert.equal(tableCapacity(10), 1024);
  assert.equal(tableCapacity(3000), 4096);
});
