import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, hashStringRange } from '../../src/learn/feature-hash.js';

test('hashString is FNV-1a over UTF-16 code units (published test vectors)', () => {
  assert.equal(hashString('') >>> 0, 0x811c9dc5);
  assert.equal(hashString('a') >>> 0, 0xe40c292c);
  assert.equal(hashString('foobar') >>> 0, 0xbf9cf968);
});

test('hashStringRange hashes a slice, and continued hashes equal the hash of the concatenation', () => {
  assert.equal(hashStringRange('xxfoobar', 2, 8), hashString('foobar'));
  const parts = ['Roma', '/', 'LOC', '/', 'città'];
  let h: number | undefined;
  for (const p of parts) h = hashStringRange(p, 0, p.length, h);
  assert.equal(h, hashString(parts.join('')));
});
