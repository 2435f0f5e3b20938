import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, runCli, tempDir } from './run-cli.js';
import { CSV_COLUMNS } from '../../src/output/csv.js';
import { validateRecord } from '../../src/output/validate.js';
import { parse } from '../output/parse-csv.js';

const IT = 'examples/bishkek-proteste.txt';
const EN = 'examples/guayaquil-strike.txt';
const dir = tempDir();
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('JSON output of both examples is one record, valid against the schema, with the given date', () => {
  for (const [file, lang] of [[IT, 'it'], [EN, 'en']]) {
    const r = runCli(['analyze', file, '--published', '2023-03-14', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const record = JSON.parse(r.stdout);
    assert.deepEqual(validateRecord(record), []);
    assert.equal(record.document.language.code, lang);
    assert.equal(record.document.meta.published, '2023-03-14');
    assert.equal(record.document.input, file);
    assert.equal(record.document.text, readFileSync(file, 'utf8'));
    assert.ok(record.sentences.length > 5);
    assert.equal(record.tokens, undefined);
  }
});

test('--tokens adds the token layer', () => {
  const r = runCli(['analyze', IT, '--format', 'json', '--tokens']);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout);
  assert.ok(record.tokens.length > 250);
  assert.deepEqual(validateRecord(record), []);
});

test('stdin: "-" reads the document from standard input', () => {
  const r = runCli(['analyze', '-', '--format', 'jsonl', '--lang', 'en'], { input: readFileSync(EN) });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 1);
  const record = JSON.parse(lines[0]);
  assert.equal(record.document.input, 'stdin');
  assert.equal(record.document.language.code, 'en');
  assert.deepEqual(validateRecord(record), []);
  const empty = runCli(['analyze', '-']);
  assert.equal(empty.code, 2);
  assert.equal(empty.stderr, 'cronaca: stdin: empty document\n');
});

test('CSV: the header row is the documented column list', () => {
  const r = runCli(['analyze', IT, '--format', 'csv', '--published', '2023-03-14']);
  assert.equal(r.code, 0, r.stderr);
  const rows = parse(r.stdout);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  for (const row of rows.slice(1)) assert.equal(row.length, CSV_COLUMNS.length);
});

test('report: document line and both tables, no line over 120 columns', () => {
  const r = runCli(['analyze', EN, '--published', '2024-05-08']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], `Document ${EN} [${/\[([0-9a-f]{16})\]/.exec(lines[0])?.[1]}]`);
  assert.match(lines[1], /^ {2}language en · published 2024-05-08 · \d+ sentences · \d+ tokens/);
  assert.ok(lines.includes('Events'));
  assert.ok(lines.includes('Entities'));
  for (const line of lines) assert.ok(line.length <= 120, line);
});

test('HTML: script text never reaches document.text; title and date come from the page', () => {
  const r = runCli(['analyze', 'test/fixtures/inputs/article.html', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout);
  assert.deepEqual(validateRecord(record), []);
  assert.ok(!record.document.text.includes('SCRIPT-TEXT'));
  assert.ok(!record.document.text.includes('font-family'));
  assert.ok(record.document.text.includes('Dock workers in the southern port'));
  assert.equal(record.document.meta.title, 'Port strike spreads to second city');
  assert.equal(record.document.meta.published, '2024-05-08T07:30:00Z');
  const overridden = JSON.parse(runCli(['analyze', 'test/fixtures/inputs/article.html', '--format', 'json', '--published', '2024-06-01']).stdout);
  assert.equal(overridden.document.meta.published, '2024-06-01');
});

test('JSONL batch with one bad line: the others are output, exit 4, the message names the line', () => {
  const r = runCli(['analyze', 'test/fixtures/inputs/batch-one-bad.jsonl', '--format', 'jsonl']);
  assert.equal(r.code, 4, r.stderr);
  assert.match(r.stderr, /^cronaca: test\/fixtures\/inputs\/batch-one-bad\.jsonl: line 2 \(id "bad-2"\): invalid JSON/);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((x) => x.document.id), ['it-1', 'en-3']);
  assert.deepEqual(records.map((x) => x.document.language.code), ['it', 'en']);
  assert.deepEqual(records.map((x) => x.document.meta.published), ['2023-03-14', '2024-05-08']);
  for (const rec of records) assert.deepEqual(validateRecord(rec), []);
  const asJson = runCli(['analyze', 'test/fixtures/inputs/batch-one-bad.jsonl', '--format', 'json']);
  assert.equal(asJson.code, 4);
  assert.equal(JSON.parse(asJson.stdout).length, 2);
});

test('a batch mixing languages comes out in input order, in every format', () => {
  const input = 'test/fixtures/inputs/mixed-languages.jsonl';
  const ids = ['en-a', 'it-a', 'en-b', 'it-b', 'en-c'];
  const jsonl = runCli(['analyze', input, '--format', 'jsonl']);
  assert.equal(jsonl.code, 4, jsonl.stderr);
  assert.match(jsonl.stderr, /mixed-languages\.jsonl:4 \(id fi-a\): unsupported language "fi"/);
  assert.deepEqual(jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).document.id), ids);
  const json = JSON.parse(runCli(['analyze', input, '--format', 'json']).stdout);
  assert.deepEqual(json.map((x: { document: { id: string } }) => x.document.id), ids);
  const report = runCli(['analyze', input, '--format', 'report']).stdout;
  const at = ids.map((id) => report.indexOf(id));
  assert.ok(at.every((i) => i >= 0), report.slice(0, 400));
  assert.deepEqual([...at].sort((a, b) => a - b), at);
});

test('RSS feed: one document per item', () => {
  const r = runCli(['analyze', 'test/fixtures/inputs/feed.xml', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const records = JSON.parse(r.stdout);
  assert.equal(records.length, 2);
  assert.deepEqual(records.map((x: { document: { meta: { url: string } } }) => x.document.meta.url), ['https://news.example/a1', 'https://news.example/a2']);
});

test('a folder is a batch: a JSON array; a failing file gives exit 4 and the rest is output', () => {
  const folder = join(dir, 'batch');
  mkdirSync(folder);
  copyFileSync(IT, join(folder, 'a.txt'));
  copyFileSync('test/fixtures/inputs/article.html', join(folder, 'b.html'));
  const ok = runCli(['analyze', folder, '--format', 'json']);
  assert.equal(ok.code, 0, ok.stderr);
  const records = JSON.parse(ok.stdout);
  assert.deepEqual(records.map((x: { document: { input: string } }) => x.document.input), [join(folder, 'a.txt'), join(folder, 'b.html')]);
  copyFileSync('test/fixtures/inputs/finnish.txt', join(folder, 'c.txt'));
  writeFileSync(join(folder, 'd.txt'), '');
  const partial = runCli(['analyze', folder, '--format', 'jsonl']);
  assert.equal(partial.code, 4);
  assert.equal(partial.stdout.trimEnd().split('\n').length, 2);
  assert.match(partial.stderr, /d\.txt: empty document/);
  assert.match(partial.stderr, /c\.txt: (unsupported language|could not identify)/);
  assert.ok(!hasStackTrace(partial.stderr));
});

test('a 1 MB single-line document finishes with output', () => {
  const f = join(dir, 'one-line.txt');
  const sentence = 'Il sindaco ha incontrato i rappresentanti dei lavoratori in municipio per discutere della crisi. ';
  writeFileSync(f, sentence.repeat(Math.ceil((1024 * 1024) / sentence.length)));
  const r = runCli(['analyze', f, '--format', 'jsonl', '--lang', 'it']);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout);
  assert.ok(record.document.text.length >= 1024 * 1024);
  assert.ok(record.sentences.length > 1000);
});

test('--version and --help', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const v = runCli(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout, `${pkg.version}\n`);
  const h = runCli(['analyze', '--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Exit codes:\n {2}0 {2}ok\n {2}1 {2}usage error/);
  assert.match(h.stdout, /4 {2}partial batch/);
});
