import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml } from '../../src/ingest/html.js';

const page = readFileSync('test/fixtures/inputs/article.html', 'utf8');

test('HTML: article text without scripts, styles, navigation or footer', () => {
  const { text } = extractHtml(page);
  assert.ok(!text.includes('SCRIPT-TEXT'), text);
  assert.ok(!text.includes('trackingSecret'));
  assert.ok(!text.includes('font-family'));
  assert.ok(!text.includes('NAVLINK'));
  assert.ok(text.startsWith('Port strike spreads to second city\n\nDock workers in the southern port walked off the job on Tuesday'), text);
});

test('HTML: paragraphs become blank-line separated blocks with whitespace collapsed', () => {
  const { text } = extractHtml(page);
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 4);
  assert.equal(paragraphs[3], 'Business groups warned that exports of fruit and fish could fall sharply if the strike continues into next month, and asked both sides to return to talks.');
  assert.ok(!/ {2}|\n(?!\n)/.test(text.replace(/\n\n/g, '')));
});

test('HTML: title, publication date and canonical URL from the head', () => {
  const h = extractHtml(page);
  assert.equal(h.title, 'Port strike spreads to second city');
  assert.equal(h.published, '2024-05-08T07:30:00Z');
  assert.equal(h.url, 'https://news.example/port-strike');
});

test('HTML: <time datetime> gives the date; a bare fragment still yields its text', () => {
  const h = extractHtml('<p>Il sindaco si è dimesso.</p><time datetime="2023-03-14">14 marzo</time><script>var x = "hidden";</script>');
  assert.equal(h.published, '2023-03-14');
  assert.ok(h.text.startsWith('Il sindaco si è dimesso.'), h.text);
  assert.ok(!h.text.includes('hidden'));
});

test('HTML entities are decoded', () => {
  assert.equal(extractHtml('<p>Caff&egrave; &amp; t&#233;</p>').text, 'Caffè & té');
});
