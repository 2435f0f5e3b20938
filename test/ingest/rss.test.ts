import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../src/ingest/rss.js';

test('RSS 2.0: title + description per item, link, guid and pubDate as ISO', () => {
  const r = parseFeed(readFileSync('test/fixtures/inputs/feed.xml', 'utf8'), 'feed.xml');
  assert.deepEqual(r.problems, []);
  assert.equal(r.documents.length, 2);
  const [a, b] = r.documents;
  assert.equal(a.name, 'feed.xml#1');
  assert.equal(a.text, 'Police detain protest leaders\n\nPolice detained three protest leaders in the capital on Monday.\n\nThe opposition called the arrests illegal.');
  assert.deepEqual(a.meta, {
    id: 'a1', title: 'Police detain protest leaders', url: 'https://news.example/a1',
    published: '2024-05-07T09:15:00.000Z', source: 'Test Wire World',
  });
  assert.equal(b.text, 'Ministers meet for talks\n\nForeign ministers of the two countries met in Geneva to discuss the border dispute.');
  assert.equal(b.meta.published, '2024-05-08T16:00:00.000Z');
});

test('Atom: entry summary, alternate link and published date', () => {
  const r = parseFeed(readFileSync('test/fixtures/inputs/feed-atom.xml', 'utf8'), 'atom.xml');
  assert.equal(r.documents.length, 1);
  const d = r.documents[0];
  assert.equal(d.text, 'Sciopero nei porti\n\nI lavoratori portuali hanno scioperato per il secondo giorno consecutivo.');
  assert.equal(d.meta.url, 'https://notizie.example/sciopero');
  assert.equal(d.meta.published, '2023-03-14T08:00:00+01:00');
  assert.equal(d.meta.id, 'urn:test:sciopero');
});

test('malformed XML and non-feed XML are reported, not thrown', () => {
  assert.match(parseFeed('<rss><channel><item></channel>', 'x.xml').problems[0].problem, /^invalid XML at line 1/);
  assert.deepEqual(parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'c.xml').problems, [
    { document: 'c.xml', problem: 'XML is not an RSS or Atom feed' },
  ]);
});
