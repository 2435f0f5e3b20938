import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/ingest/read.js';
import { documentOptions } from '../../src/ingest/options.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cronaca-read-'));
}

test('a folder: its known files, sorted, others ignored; problems do not stop the rest', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'b.txt'), 'Secondo testo.');
    writeFileSync(join(dir, 'a.html'), '<p>Primo testo.</p>');
    writeFileSync(join(dir, 'c.txt'), '   \n');
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    mkdirSync(join(dir, 'sub.txt'));
    const r = await readInput(dir);
    assert.equal(r.batch, true);
    assert.deepEqual(r.documents.map((d) => [d.name, d.text]), [[join(dir, 'a.html'), 'Primo testo.'], [join(dir, 'b.txt'), 'Secondo testo.']]);
    assert.deepEqual(r.problems, [{ document: join(dir, 'c.txt'), problem: 'empty document (only whitespace)' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size limit, empty file, missing path and empty folder are problems naming the input', async () => {
  const dir = tempDir();
  try {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(3000));
    assert.deepEqual((await readInput(big, { maxBytes: 2048 })).problems, [
      { document: big, problem: 'file too large (2.9 KB; limit 2 KB, change it with --max-bytes)' },
    ]);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    assert.deepEqual((await readInput(empty)).problems, [{ document: empty, problem: 'empty document' }]);
    assert.deepEqual((await readInput(join(dir, 'nope.txt'))).problems, [{ document: join(dir, 'nope.txt'), problem: 'no such file or folder' }]);
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    assert.match((await readInput(sub)).problems[0].problem, /^folder holds no \.txt, \.html/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--input-format overrides detection', async () => {
  const dir = tempDir();
  try {
    const f = join(dir, 'page.txt');
    writeFileSync(f, '<p>Testo <b>in</b> HTML.</p><script>nascosto()</script>');
    const asText = await readInput(f);
    assert.equal(asText.documents[0].format, 'text');
    const asHtml = await readInput(f, { format: 'html' });
    assert.equal(asHtml.documents[0].text, 'Testo in HTML.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('command-line options override a single document, and are defaults for batch records', () => {
  const html = { name: 'p.html', text: 'x', format: 'html' as const, meta: { published: '2020-01-01', title: 'T' } };
  assert.deepEqual(documentOptions(html, { published: '2023-03-14' }), { published: '2023-03-14', title: 'T' });
  const rec = { name: 'b.jsonl:1', text: 'x', format: 'jsonl' as const, meta: { id: 'r1', published: '2020-01-01' } };
  assert.deepEqual(documentOptions(rec, { published: '2023-03-14', language: 'it' }), { id: 'r1', published: '2020-01-01', language: 'it' });
});
