import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { registerEvalCommands } from '../../src/cli/eval-commands.js';
import { GoldFormatError, parseGoldJsonl } from '../../src/gold/read.js';
import { FORMATS_DIR } from '../convert/fixtures.js';

test('gold JSONL: valid documents parse, schema and span errors are reported with the line', () => {
  const ok = '{"id":"a","language":"en","text":"Rome.","layers":["entities"],"entities":[{"start":0,"end":4,"type":"LOC"}]}';
  assert.equal(parseGoldJsonl(`${ok}\n\n`)[0].entities?.[0].type, 'LOC');
  assert.throws(() => parseGoldJsonl(`${ok}\n{"id":"b","language":"en","text":"x","layers":["nonsense"]}`, 'g.jsonl'), (e: Error) => e instanceof GoldFormatError && e.message.startsWith('g.jsonl:2: /layers/0'));
  assert.throws(() => parseGoldJsonl('{"id":"c","language":"en","text":"ab","layers":[],"entities":[{"start":1,"end":9,"type":"PER"}]}'), /entities\[0\]: bad span 1\.\.9/);
  assert.throws(() => parseGoldJsonl('{not json'), /gold:1: not JSON/);
  // an unknown place convention names the file, the line and the field
  assert.throws(() => parseGoldJsonl(`${ok}\n{"id":"d","language":"en","text":"x","layers":[],"eventPlaces":"all"}`, 'g.jsonl'), (e: Error) => e instanceof GoldFormatError && e.message.startsWith('g.jsonl:2: /eventPlaces must be equal to one of the allowed values'));
});

test('cronaca convert writes one gold document per line', async () => {
  const program = new Command('cronaca').exitOverride();
  registerEvalCommands(program);
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => {
    chunks.push(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await program.parseAsync(['convert', 'factuality', join(FORMATS_DIR, 'factuality', 'sample.conll')], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  const docs = parseGoldJsonl(chunks.join(''));
  assert.deepEqual(docs.map((d) => d.text), ['Officials denied the report.', 'It may rain.']);
});
