import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AveragedPerceptron, decodePerceptron } from '../../src/learn/averaged-perceptron.js';
import { hashInts, hashString } from '../../src/learn/feature-hash.js';
import { seededRandom, shuffleInPlace } from '../../src/learn/prng.js';

// Three classes decided by which of three "cue" features is present, plus noise features.
function makeData(n: number, seed: number): { features: Int32Array; label: number }[] {
  const random = seededRandom(seed);
  const data = [];
  for (let i = 0; i < n; i++) {
    const label = Math.floor(random() * 3);
    const features = new Int32Array([hashInts(1, label), hashInts(2, Math.floor(random() * 50)), hashInts(3, 7)]);
    data.push({ features, label });
  }
  return data;
}

function train(): AveragedPerceptron {
  const p = new AveragedPerceptron(3, 16);
  const data = makeData(300, 1);
  const random = seededRandom(2);
  for (let epoch = 0; epoch < 3; epoch++) {
    for (const x of shuffleInPlace(data, random)) {
      p.update(x.label, p.predict(x.features, 3), x.features, 3);
      p.tick();
    }
  }
  return p;
}

test('learns a separable problem and keeps it after averaging', () => {
  const p = train();
  p.average();
  const held = makeData(100, 9);
  const right = held.filter((x) => p.predict(x.features, 3) === x.label).length;
  assert.equal(right, 100);
  assert.throws(() => p.update(0, 1, held[0].features, 3), /frozen/);
});

test('training is deterministic', () => {
  const a = train();
  const b = train();
  a.average();
  b.average();
  assert.deepEqual(a.toBuffer(), b.toBuffer());
});

test('serialises to float32 exactly and to int16 closely', () => {
  const p = train();
  p.average();
  const x = makeData(20, 5);
  const exact = AveragedPerceptron.fromBuffer(p.toBuffer());
  const small = AveragedPerceptron.fromBuffer(p.toBuffer({ quantize: true }));
  assert.ok(p.toBuffer({ quantize: true }).length < p.toBuffer().length);
  const s1 = new Float32Array(3);
  const s2 = new Float32Array(3);
  const s3 = new Float32Array(3);
  for (const item of x) {
    p.score(item.features, 3, s1);
    exact.score(item.features, 3, s2);
    small.score(item.features, 3, s3);
    assert.deepEqual(s2, s1);
    for (let c = 0; c < 3; c++) assert.ok(Math.abs(s3[c] - s1[c]) < 0.01 * (1 + Math.abs(s1[c])));
    assert.equal(small.predict(item.features, 3), p.predict(item.features, 3));
  }
  assert.throws(() => AveragedPerceptron.fromBuffer(Buffer.from('nonsense data here, not a model')), /magic/);
});

test('prune drops the rows of noise features only', () => {
  const p = train();
  p.average();
  const before = p.featureCount;
  const dropped = p.prune(0.5);
  assert.equal(p.featureCount, before - dropped);
  assert.ok(p.featureCount >= 3);
  const held = makeData(50, 11);
  assert.equal(held.filter((x) => p.predict(x.features, 3) === x.label).length, 50);
});

/** The stored weights (float32 buffer). */
function weightsOf(p: AveragedPerceptron): Float32Array {
  const f32 = decodePerceptron(new Uint8Array(p.toBuffer()), 'test').f32;
  assert.ok(f32);
  return f32;
}
const nonZero = (p: AveragedPerceptron) => weightsOf(p).filter((w) => w !== 0).length;
const maxAbsWeight = (p: AveragedPerceptron) => weightsOf(p).reduce((m, w) => Math.max(m, Math.abs(w)), 0);

test('pruneWeights clears the small weights only, drops the rows left empty and keeps the predictions', () => {
  const p = train();
  p.average();
  const held = makeData(50, 11);
  const expected = held.map((x) => p.predict(x.features, 3));
  const before = nonZero(p);
  const largest = maxAbsWeight(p);
  const cleared = p.pruneWeights(largest / 10);
  assert.ok(cleared > 0, 'some weights were small');
  assert.equal(nonZero(p), before - cleared);
  assert.equal(maxAbsWeight(p), largest, 'the large weights stay');
  assert.deepEqual(held.map((x) => p.predict(x.features, 3)), expected);
  assert.equal(p.pruneWeights(largest / 10), 0, 'a second pass clears nothing more');
  const rows = p.featureCount;
  p.pruneWeights(largest + 1);
  assert.ok(p.featureCount < rows && p.featureCount === 0, 'rows with no weight left are dropped');
});

test('feature keys are stable 32-bit integers', () => {
  assert.equal(hashString('della'), hashString('della'));
  assert.notEqual(hashString('della'), hashString('delle'));
  assert.equal(hashInts(1, 2, 3), hashInts(1, 2, 3));
  assert.notEqual(hashInts(1, 2, 3), hashInts(1, 3, 2));
  assert.equal(hashInts(4, 5) | 0, hashInts(4, 5));
});
