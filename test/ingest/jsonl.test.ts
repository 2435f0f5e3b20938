import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson, parseJsonl } from '../../src/ingest/jsonl.js';

test('JSONL: each line a document with its metadata; blank lines skipped', () => {
  const r = parseJsonl('{"id":"a","text":"Uno.","published":"2023-03-14","url":"u","title":"t","source":"s","language":"it"}\n\n{"text":"Two."}\n', 'b.jsonl');
  assert.deepEqual(r.problems, []);
  assert.equal(r.batch, true);
  assert.deepEqual(r.documents.map((d) => d.name), ['b.jsonl:1 (id a)', 'b.jsonl:3']);
  assert.deepEqual(r.documents[0].meta, { id: 'a', published: '2023-03-14', url: 'u', title: 't', source: 's', language: 'it' });
  assert.equal(r.documents[1].text, 'Two.');
});

test('JSONL: bad lines are reported with line number and id; the rest is kept', () => {
  const lines = [
    '{"id":"ok","text":"Buono."}',
    '{"id":"x", "text": ',
    '{"id":"n1"}',
    '{"id":7,"text":42}',
    '{"id":"d","text":"x","published":"14/03/2023"}',
    '["text"]',
    '{"id":"e","text":"   "}',
    '{"id":"t","text":"ok","title":["a"]}',
  ];
  const r = parseJsonl(lines.join('\n'), 'in.jsonl');
  assert.deepEqual(r.documents.map((d) => d.meta.id), ['ok']);
  assert.equal(r.problems.length, 7);
  assert.ok(r.problems.every((p) => p.document === 'in.jsonl'));
  assert.match(r.problems[0].problem, /^line 2 \(id "x"\): invalid JSON \(/);
  assert.equal(r.problems[1].problem, 'line 3 (id "n1"): missing "text"');
  assert.equal(r.problems[2].problem, 'line 4 (id 7): "text" must be a string, got number');
  assert.equal(r.problems[3].problem, 'line 5 (id "d"): "published" must be YYYY-MM-DD or an ISO date-time, got "14/03/2023"');
  assert.equal(r.problems[4].problem, 'line 6: expected a JSON object with a "text" field');
  assert.equal(r.problems[5].problem, 'line 7 (id "e"): empty "text"');
  assert.equal(r.problems[6].problem, 'line 8 (id "t"): "title" must be a string, got array');
});

test('JSON: one object is one document, an array is a batch', () => {
  const one = parseJson('{"text":"Solo."}', 'one.json');
  assert.equal(one.batch, false);
  assert.equal(one.documents[0].name, 'one.json');
  const many = parseJson('[{"text":"A."},{"id":"b"}]', 'many.json');
  assert.equal(many.batch, true);
  assert.equal(many.documents[0].name, 'many.json#1');
  assert.deepEqual(many.problems, [{ document: 'many.json', problem: 'item 2 (id "b"): missing "text"' }]);
  assert.match(parseJson('{oops', 'bad.json').problems[0].problem, /^invalid JSON/);
});
