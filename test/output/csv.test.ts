import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from './parse-csv.js';
import { CSV_COLUMNS, csvHeader, toCsv } from '../../src/output/csv.js';
import { sampleDocument } from './sample-document.js';

test('CSV header uses POLECAT column names, then cronaca columns', () => {
  const header = parse(csvHeader())[0];
  assert.deepEqual(header.slice(0, 12), [
    'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Quad Code', 'Contexts',
    'Actor Name', 'Actor Country', 'Primary Actor Sector', 'Actor Sectors', 'Actor Name Raw', 'Wikidata Actor ID',
  ]);
  for (const col of ['Recipient Name', 'Placename', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Source',
    'Publication Date', 'Language', 'Story ID', 'Event Text', 'Certainty', 'Polarity', 'Time', 'Attribution',
    'Trigger Start', 'Trigger End', 'Rule IDs']) {
    assert.ok(header.includes(col), col);
  }
  assert.equal(header.length, CSV_COLUMNS.length);
});

test('CSV writes one row per event with joined actors, place and factuality', () => {
  const doc = sampleDocument();
  const rows = parse(toCsv([doc]));
  assert.equal(rows.length, 2);
  const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
  assert.equal(row['Event ID'], 'sample-1-ev1');
  assert.equal(row['Event Date'], '2023-03-13');
  assert.equal(row['Event Type'], 'COERCE');
  assert.equal(row['Event Mode'], 'arrest');
  assert.equal(row['Quad Code'], 'MATERIAL CONFLICT');
  assert.equal(row['Actor Name'], 'Police of Kyrgyzstan');
  assert.equal(row['Actor Country'], 'KGZ');
  assert.equal(row['Primary Actor Sector'], 'COP');
  assert.equal(row['Actor Sectors'], 'COP,GOV');
  assert.equal(row['Recipient Name'], 'Aibek Toktogulov; altri');
  assert.equal(row['Recipient Name Raw'], 'Aibek Toktogulov; altri');
  assert.equal(row['Placename'], 'Bishkek');
  assert.equal(row['Latitude'], '42.87');
  assert.equal(row['GeoNames ID'], '1528675');
  assert.equal(row['Raw Placename'], 'Bishkek');
  assert.equal(row['Publication Date'], '2023-03-14');
  assert.equal(row['Language'], 'it');
  assert.equal(row['Story ID'], 'sample-1');
  assert.equal(row['Event Text'], doc.text);
  assert.equal(row['Certainty'], 'PROBABLE');
  assert.equal(row['Polarity'], 'POS');
  assert.equal(row['Attribution'], 'ministero');
  assert.equal(Number(row['Trigger Start']), doc.text.indexOf('arrestato'));
  assert.equal(Number(row['Trigger End']), doc.text.indexOf('arrestato') + 'arrestato'.length);
  assert.equal(row['Rule IDs'], 'it:events:arrestare events.subject events.object it:factuality:condizionale');
});

test('event ids are made unique across documents by prefixing the document id', () => {
  const doc = sampleDocument();
  doc.events[0].id = 'V1';
  const rows = parse(toCsv([doc]));
  assert.equal(rows[1][0], 'sample-1-V1');
});

test('without an event date the publication date is used and the date rule says so', () => {
  const doc = sampleDocument();
  delete doc.events[0].date;
  const rows = parse(toCsv([doc]));
  const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
  assert.equal(row['Event Date'], '2023-03-14');
  assert.equal(row['Date Rule'], 'date.published');
});
