import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, normaliseText } from '../../src/ingest/decode.js';
import { InputError } from '../../src/ingest/errors.js';

const bytes = (s: string) => new TextEncoder().encode(s);

test('decode strips the BOM and folds CRLF and CR to LF', () => {
  assert.equal(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Roma\r\nMilano\rTorino')]), 'a.txt'), 'Roma\nMilano\nTorino');
  assert.equal(normaliseText('\ufeffciao\r\n'), 'ciao\n');
});

test('invalid UTF-8 is rejected with the offset of the first bad byte', () => {
  const bad = Uint8Array.from([...bytes('perch'), 0xe8, ...bytes(' no')]); // Latin-1 è
  assert.throws(() => decodeBytes(bad, 'latin1.txt'), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.document, 'latin1.txt');
    assert.equal(e.problem, 'invalid UTF-8 at byte 5; only UTF-8 text is accepted');
    return true;
  });
});

test('NUL bytes and control-character noise count as binary', () => {
  assert.throws(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'x.zip.txt'), /binary file \(contains NUL bytes\)/);
  const noisy = bytes('ab' + '\x01\x02\x03\x04'.repeat(20) + 'cd');
  assert.throws(() => decodeBytes(noisy, 'noise.txt'), /binary file \(too many control characters\)/);
});

test('tabs, newlines and form feeds are text', () => {
  assert.equal(decodeBytes(bytes('a\tb\n\fc'), 't.txt'), 'a\tb\n\fc');
});
