import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, analyzeBatch, analyzeHtml, toRecord, validateRecord } from '../../src/index.js';

test('analyzeHtml: spans index the extracted text; page metadata fills the document meta', async () => {
  const doc = await analyzeHtml(readFileSync('test/fixtures/inputs/article.html', 'utf8'));
  assert.ok(doc.text.startsWith('Port strike spreads to second city\n\nDock workers'));
  assert.ok(!doc.text.includes('SCRIPT-TEXT'));
  assert.equal(doc.meta.title, 'Port strike spreads to second city');
  assert.equal(doc.meta.published, '2024-05-08T07:30:00Z');
  assert.equal(doc.meta.url, 'https://news.example/port-strike');
  for (const s of doc.sentences) assert.ok(s.end <= doc.text.length);
  const given = await analyzeHtml('<p>Il parlamento ha approvato la legge.</p>', { published: '2023-03-14', title: 'Legge' });
  assert.deepEqual([given.text, given.meta.title, given.meta.published], ['Il parlamento ha approvato la legge.', 'Legge', '2023-03-14']);
});

test('analyze normalises CRLF and the BOM before computing offsets', async () => {
  const doc = await analyze('\ufeffIl governo si è dimesso.\r\nLe opposizioni hanno protestato.', { language: 'it' });
  assert.equal(doc.text, 'Il governo si è dimesso.\nLe opposizioni hanno protestato.');
  assert.deepEqual(validateRecord(toRecord(doc)), []);
});

test('analyzeBatch keeps order and ids, one result per item', async () => {
  const results = await analyzeBatch([
    { id: 'a', text: 'La polizia ha arrestato tre manifestanti a Napoli.', published: '2023-03-14' },
    { id: 'b', text: 'The army deployed troops to the border.', language: 'en' },
  ]);
  assert.equal(results.length, 2);
  assert.deepEqual(results.map((r) => (r.ok ? r.document.id : r.error)), ['a', 'b']);
  assert.deepEqual(results.map((r) => (r.ok ? r.document.language.code : '')), ['it', 'en']);
});
