import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, runCli, tempDir } from './run-cli.js';

const dir = tempDir();
test.after(() => rmSync(dir, { recursive: true, force: true }));

function expectInputError(args: string[], message: RegExp): void {
  const r = runCli(args);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, message);
  assert.ok(!hasStackTrace(r.stderr), r.stderr);
}

test('empty file: exit 2, names the file', () => {
  const f = join(dir, 'empty.txt');
  writeFileSync(f, '');
  expectInputError(['analyze', f], new RegExp(`^cronaca: ${f}: empty document\\n$`));
  const ws = join(dir, 'blank.txt');
  writeFileSync(ws, ' \n\t\n  ');
  expectInputError(['analyze', ws], new RegExp(`^cronaca: ${ws}: empty document \\(only whitespace\\)\\n$`));
});

test('binary file: exit 2', () => {
  const f = join(dir, 'image.txt');
  writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  expectInputError(['analyze', f], new RegExp(`^cronaca: ${f}: binary file \\(contains NUL bytes\\), expected UTF-8 text\\n$`));
});

test('invalid UTF-8 (Latin-1 file): exit 2 with the byte offset', () => {
  const f = join(dir, 'latin1.txt');
  writeFileSync(f, Buffer.from('Il governo è caduto.', 'latin1'));
  expectInputError(['analyze', f], new RegExp(`^cronaca: ${f}: invalid UTF-8 at byte 11; only UTF-8 text is accepted\\n$`));
});

test('a 20 MB file is refused by the default 10 MB limit without being read', () => {
  const f = join(dir, 'huge.txt');
  const fd = openSync(f, 'w');
  const chunk = Buffer.from('Il consiglio comunale si è riunito ieri sera. '.repeat(1024));
  try {
    for (let written = 0; written < 20 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  try {
    expectInputError(['analyze', f], new RegExp(`^cronaca: ${f}: file too large \\(20\\.\\d MB; limit 10 MB, change it with --max-bytes\\)\\n$`));
    expectInputError(['analyze', f, '--max-bytes', '15M'], /limit 15 MB/);
  } finally {
    rmSync(f, { force: true });
  }
});

test('missing file and folder without inputs: exit 2', () => {
  expectInputError(['analyze', join(dir, 'missing.txt')], /: no such file or folder\n$/);
  const emptyDir = join(dir, 'nothing-here');
  mkdirSync(emptyDir);
  writeFileSync(join(emptyDir, 'readme.md'), 'not an input');
  expectInputError(['analyze', emptyDir], /: folder holds no \.txt, \.html, \.htm, \.jsonl, \.json, \.xml files\n$/);
});

test('unsupported language (a Finnish paragraph): exit 3, names the language', () => {
  const r = runCli(['analyze', 'test/fixtures/inputs/finnish.txt']);
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stdout, '');
  const m = /^cronaca: test\/fixtures\/inputs\/finnish\.txt: (unsupported language "([a-z]+)" \(supported: en, it\)|could not identify the language)/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.ok(m[2] !== 'it' && m[2] !== 'en');
});

test('usage errors: exit 1, no stack trace', () => {
  const bad = runCli(['analyze', 'examples/bishkek-proteste.txt', '--published', '14/03/2023']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^cronaca: .*--published.* expected YYYY-MM-DD or an ISO date-time .* got "14\/03\/2023"/);
  const feb = runCli(['analyze', 'examples/bishkek-proteste.txt', '--published', '2023-02-30']);
  assert.equal(feb.code, 1);
  const lang = runCli(['analyze', 'examples/bishkek-proteste.txt', '--lang', 'de']);
  assert.equal(lang.code, 1);
  assert.match(lang.stderr, /no language pack for "de" \(available: en, it\)/);
  const fmt = runCli(['analyze', 'examples/bishkek-proteste.txt', '--format', 'xml']);
  assert.equal(fmt.code, 1);
  assert.match(fmt.stderr, /^cronaca: option .*--format.* Allowed choices are report, json, jsonl, csv/);
  const size = runCli(['analyze', 'examples/bishkek-proteste.txt', '--max-bytes', 'lots']);
  assert.equal(size.code, 1);
  assert.equal(runCli(['analyse', 'x']).code, 1);
  assert.equal(runCli([]).code, 1);
  for (const r of [bad, feb, lang, fmt, size]) assert.ok(!hasStackTrace(r.stderr), r.stderr);
});
