// The shipped Italian NER model: present, small, loadable, trained on KIND's CC BY-NC parts only,
// with its licence note, and recorded dev scores no lower than the floor in eval/floors.json
// (test/eval/floors.test.ts re-measures the floor on WN_dev with the whole pipeline).
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { nerModelPath } from '../../src/ner/load.js';
import { loadNerModel } from '../../src/ner/model-io.js';

const folder = join(PROJECT_ROOT, 'models', 'ner-it');
const path = nerModelPath(join(PROJECT_ROOT, 'models'), 'ner-it');

test('the Italian NER model ships small, with metadata and the KIND licence', () => {
  assert.ok(statSync(path).size < 5 * 1024 * 1024, 'ner.bin is under 5 MB');
  const { model, meta } = loadNerModel(path);
  assert.ok(model.first.perceptron.featureCount > 10_000);
  const train = meta.train as { file: string; sha256: string }[];
  assert.ok(train.length >= 1);
  for (const f of train) {
    assert.match(f.file, /^(WN|FIC)_train\.tsv$/, 'trained on the CC BY-NC parts of KIND only (never ADG, which is NC-SA)');
    assert.match(f.sha256, /^[0-9a-f]{64}$/);
  }
  assert.equal((meta.dev as { file: string }).file, 'WN_dev.tsv');
  assert.equal(typeof meta.seed, 'number');
  assert.equal(typeof meta.iterations, 'number');
  const license = readFileSync(join(folder, 'LICENSE'), 'utf8');
  assert.match(license, /CC BY-NC 4\.0/);
  assert.match(license, /Paccosi/);
  assert.match(license, /WN_train\.tsv {2}sha256 [0-9a-f]{64}/);
});

test('the recorded WN_dev scores reach the floor in eval/floors.json', () => {
  const floors = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval', 'floors.json'), 'utf8')) as {
    corpora: Record<string, { min: Record<string, number> }>;
  };
  const min = floors.corpora['kind-wn-dev'].min;
  const { meta } = loadNerModel(path);
  const dev = meta.devPipeline as { exact: { f1: number }; overlap: { f1: number } };
  assert.ok(dev.exact.f1 >= min['entities.exact.f1'], `exact F1 ${dev.exact.f1} < ${min['entities.exact.f1']}`);
  assert.ok(dev.overlap.f1 >= min['entities.overlap.f1'], `overlap F1 ${dev.overlap.f1} < ${min['entities.overlap.f1']}`);
});
