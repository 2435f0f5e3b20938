import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport } from '../../src/output/report.js';
import { sampleDocument } from './sample-document.js';

test('report: a document line, the events table and the entities table, within 120 columns', () => {
  const report = formatReport(sampleDocument(), { input: 'sample.txt' });
  const lines = report.split('\n');
  const wide = formatReport(sampleDocument(), { input: 'sample.txt', width: 160 }).split('\n');
  assert.equal(lines[0], 'Document sample.txt [sample-1]');
  assert.equal(
    lines[1],
    '  language it · published 2023-03-14 · 1 sentences · 2 tokens · 3 entities · 1 time expressions · 1 events',
  );
  for (const line of lines) assert.ok(line.length <= 120, `too wide (${line.length}): ${line}`);
  const eventsAt = lines.indexOf('Events');
  assert.match(lines[eventsAt + 1], /^ {2}# +type\/mode +who +did what +to whom +when +where +cert\/pol +attributed to$/);
  assert.match(lines[eventsAt + 3], /^ {2}1 +COERCE\/arrest +Police of Kyrgyzs… +arrestato/);
  const row = wide[wide.indexOf('Events') + 3];
  for (const cell of ['COERCE/arrest', 'Police of Kyrgyzstan', 'arrestato', 'Aibek Toktogulov; altri', '2023-03-13', 'Bishkek', 'PROBABLE/POS', 'ministero']) {
    assert.ok(row.includes(cell), `${cell} missing from: ${row}`);
  }
  const entitiesAt = lines.indexOf('Entities');
  assert.match(lines[entitiesAt + 1], /^ {2}name +type +country +sectors +wikidata +coordinates +mentions$/);
  assert.ok(lines.some((l) => /Bishkek +GPE +KGZ +- +Q9361 +42\.870,74\.590 +1$/.test(l)));
  assert.ok(!report.includes('\x1b['), 'no escape codes without color');
});

test('report cuts long cells with an ellipsis to stay within the width', () => {
  const doc = sampleDocument();
  doc.entities[1].name = 'A'.repeat(200);
  const report = formatReport(doc, { width: 100 });
  for (const line of report.split('\n')) assert.ok(line.length <= 100, line);
  assert.ok(report.includes('A…'));
});

test('report on a document without events says so', () => {
  const doc = sampleDocument();
  doc.events = [];
  const lines = formatReport(doc).split('\n');
  assert.equal(lines[lines.indexOf('Events') + 1], '  (none)');
});
