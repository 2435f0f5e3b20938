import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toRecord } from '../../src/output/record.js';
import { validateRecord } from '../../src/output/validate.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { sampleDocument } from './sample-document.js';

test('a fully populated record is valid against the schema', () => {
  const record = toRecord(sampleDocument(), { input: 'sample.txt', tokens: true });
  assert.deepEqual(validateRecord(record), []);
  assert.equal(record.schema, 'cronaca/1');
  assert.equal(record.document.input, 'sample.txt');
  assert.equal(record.tokens?.length, 2);
});

test('entities carry their mention objects, not ids; tokens are left out by default', () => {
  const record = toRecord(sampleDocument());
  assert.equal(record.tokens, undefined);
  assert.equal('tokens' in record, false);
  const city = record.entities.find((e) => e.id === 'e3');
  assert.deepEqual(city?.mentions.map((m) => m.text), ['Bishkek']);
  const mention = city?.mentions[0];
  assert.equal(record.document.text.slice(mention?.start, mention?.end), 'Bishkek');
});

test('the schema rejects broken records', () => {
  const record = toRecord(sampleDocument()) as unknown as { events: Record<string, unknown>[] };
  record.events[0].type = 'DANCE';
  record.events[0].quad = 7;
  const errors = validateRecord(record);
  assert.ok(errors.some((e) => e.startsWith('/events/0/type')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('/events/0/quad')), errors.join('\n'));
  const noSpan = toRecord(sampleDocument()) as unknown as { events: { trigger: { spans?: unknown } }[] };
  delete noSpan.events[0].trigger.spans;
  assert.ok(validateRecord(noSpan).some((e) => e.includes("'spans'")));
});

for (const [file, published] of [['examples/bishkek-proteste.txt', '2023-03-14'], ['examples/guayaquil-strike.txt', '2024-05-08']]) {
  test(`real pipeline output for ${file} is valid against the schema, with and without tokens`, () => {
    const text = readFileSync(file, 'utf8');
    const doc = runPipeline(text, { published });
    assert.deepEqual(validateRecord(toRecord(doc)), []);
    assert.deepEqual(validateRecord(toRecord(doc, { tokens: true })), []);
    assert.equal(toRecord(doc).document.text, text);
  });
}
