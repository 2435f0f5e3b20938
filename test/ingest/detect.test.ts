import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, sniffFormat } from '../../src/ingest/detect.js';

test('extension decides for .txt and .html even when the content looks different', () => {
  assert.equal(detectFormat('notes.txt', '<p>not html</p>'), 'text');
  assert.equal(detectFormat('page.HTM', 'plain words'), 'html');
});

test('content sniffing for stdin and unknown extensions', () => {
  assert.equal(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'html');
  assert.equal(sniffFormat('  <p>Un paragrafo.</p>'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'), 'rss');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'rss');
  assert.equal(sniffFormat('{"text": "a"}\n{"text": "b"}\n'), 'jsonl');
  assert.equal(sniffFormat('{\n  "text": "a"\n}'), 'json');
  assert.equal(sniffFormat('[{"text": "a"}]'), 'json');
  assert.equal(sniffFormat('Il governo ha parlato.'), 'text');
  assert.equal(detectFormat('-', '{"text": "a"}'), 'jsonl');
  assert.equal(detectFormat('lines.json', '{"text": "a"}\n{"text": "b"}'), 'jsonl');
  assert.equal(detectFormat('array.jsonl', '[{"text": "a"}]'), 'json');
  assert.equal(detectFormat('feed.xml', 'not xml at all'), 'rss');
});
