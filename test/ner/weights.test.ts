// NerWeights, the read-only lookup table a loaded NER tagger scores with, must give the
// perceptron's scores to the last bit (the tagger's labels, and so the stage's output, depend on
// it): checked on the shipped model's own keys, on absent keys, and on keys 0 and 1 (which the
// perceptron stores in one slot).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { decodePerceptron } from '../../src/learn/averaged-perceptron.js';
import { nerModelPath } from '../../src/ner/load.js';
import { loadNerModel } from '../../src/ner/model-io.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { NerWeights } from '../../src/ner/weights.js';

test('NerWeights scores exactly like the perceptron it was built from', () => {
  const { model } = loadNerModel(nerModelPath(join(PROJECT_ROOT, 'models'), 'ner-it'));
  const perceptron = model.first.perceptron;
  const weights = new NerWeights(perceptron);
  const { keys } = decodePerceptron(new Uint8Array(perceptron.toBuffer()));
  const nc = perceptron.nClasses;
  // feature lists mixing known keys (walked with a fixed stride) and made-up ones
  const features = new Int32Array(40);
  const expected = new Float32Array(nc);
  const got = new Float32Array(nc + 3);
  let checked = 0;
  for (let start = 0; start + 1 < keys.length; start += 997) {
    for (let k = 0; k < features.length; k++) {
      features[k] = k % 3 === 2 ? Math.imul(start + k, 0x2545f491) : keys[(start + k * 7919) % keys.length];
    }
    if (start === 0) {
      features[0] = 0;
      features[1] = 1;
    }
    perceptron.score(features, features.length, expected);
    got.fill(123);
    weights.score(features, 0, features.length, got, 2);
    for (let c = 0; c < nc; c++) assert.ok(Object.is(got[2 + c], expected[c]), `class ${c} of list ${start}`);
    assert.equal(got[1], 123, 'writes only its own slots');
    assert.equal(got[2 + nc], 123, 'writes only its own slots');
    checked++;
  }
  assert.ok(checked > 50);
});

test('a loaded model tags with the frozen table and the same labels as with the perceptron', () => {
  const { model } = loadNerModel(nerModelPath(join(PROJECT_ROOT, 'models'), 'ner-it'));
  const perceptron = model.first.perceptron;
  const { keys } = decodePerceptron(new Uint8Array(perceptron.toBuffer()));
  // a 30-token "sentence" of 20 keys each, drawn from the model's own keys
  const n = 30;
  const per = 20;
  const offsets = new Int32Array(n + 1);
  const featureKeys = new Int32Array(n * per);
  for (let i = 0; i < n; i++) {
    offsets[i + 1] = (i + 1) * per;
    for (let k = 0; k < per; k++) featureKeys[i * per + k] = keys[(i * 104729 + k * 7919) % keys.length];
  }
  const features = { offsets, keys: featureKeys, word: new Int32Array(n), capital: new Uint8Array(n) };
  const frozen = new Int32Array(n);
  model.first.decode(features, 0, n, frozen);
  const plain = new Int32Array(n);
  new NerTagger(perceptron, model.first.transitions).decode(features, 0, n, plain);
  assert.deepEqual([...frozen], [...plain]);
});
