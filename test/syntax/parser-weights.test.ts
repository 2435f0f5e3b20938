// The read-only weight tables the parser scores with give the same decisions as the averaged
// perceptron they were saved from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AveragedPerceptron, sparsePerceptronBuffer } from '../../src/learn/averaged-perceptron.js';
import { seededRandom } from '../../src/learn/prng.js';
import { scorerFromPerceptronBuffer, SparseTable, ThreeClassTable } from '../../src/syntax/parser/weight-table.js';

function trained(nClasses: number): AveragedPerceptron {
  const p = new AveragedPerceptron(nClasses);
  const rnd = seededRandom(11);
  const f = new Int32Array(6);
  for (let i = 0; i < 3000; i++) {
    for (let j = 0; j < f.length; j++) f[j] = Math.floor(rnd() * 500) * 7919 - 1000;
    p.update(Math.floor(rnd() * nClasses), Math.floor(rnd() * nClasses), f, f.length);
    p.tick();
  }
  p.average();
  return p;
}

for (const nc of [3, 40]) {
  test(`a ${nc}-class table scores like the perceptron (up to int16 rounding; three classes keep differences to the last)`, () => {
    const p = trained(nc);
    const table = scorerFromPerceptronBuffer(p.toBuffer({ quantize: true }));
    assert.ok(nc === 3 ? table instanceof ThreeClassTable : table instanceof SparseTable);
    const rnd = seededRandom(5);
    const f = new Int32Array(8);
    const a = new Float32Array(nc);
    const b = new Float32Array(nc);
    let maxAbs = 0;
    for (let i = 0; i < 200; i++) {
      for (let j = 0; j < f.length; j++) f[j] = Math.floor(rnd() * 600) * 7919 - 1000; // some keys unseen
      p.score(f, f.length, a);
      table.score(f, f.length, b);
      for (let c = 0; c < nc; c++) maxAbs = Math.max(maxAbs, Math.abs(a[c]));
      // The three-class table stores w - w2, so compare differences to the last class.
      for (let c = 0; c < nc; c++) {
        const ref = nc === 3 ? a[c] - a[2] : a[c];
        assert.ok(Math.abs(b[c] - ref) <= 1e-3 * Math.max(1, maxAbs) * f.length, `class ${c}: ${b[c]} vs ${ref}`);
      }
    }
    assert.ok(maxAbs > 0, 'the features reach trained weights');
  });
}

test('a malformed weight section is refused with its name', () => {
  assert.throws(() => scorerFromPerceptronBuffer(Buffer.from('not weights at all, no'), 'it/parser.bin (labels)'), /it\/parser\.bin \(labels\): not a cronaca perceptron/);
  const good = trained(3).toBuffer({ quantize: true });
  assert.throws(() => scorerFromPerceptronBuffer(good.subarray(0, good.length - 2), 'x'), /x: truncated or malformed/);
});

test('sparse label rows: the same scores as the dense int16 form, from training or converted, and a cut body is refused', () => {
  for (const nc of [40, 3]) {
    const p = trained(nc);
    const dense = p.toBuffer({ quantize: true });
    const sparse = p.toBuffer({ quantize: true, sparse: true });
    assert.ok(sparsePerceptronBuffer(dense).equals(sparse), 'converting the saved dense form gives the saved sparse form');
    const a = scorerFromPerceptronBuffer(dense);
    const b = scorerFromPerceptronBuffer(sparse);
    const back = AveragedPerceptron.fromBuffer(sparse);
    const viaDense = AveragedPerceptron.fromBuffer(dense);
    const rnd = seededRandom(9);
    const f = new Int32Array(8);
    const sa = new Float32Array(nc);
    const sb = new Float32Array(nc);
    for (let i = 0; i < 200; i++) {
      for (let j = 0; j < f.length; j++) f[j] = Math.floor(rnd() * 600) * 7919 - 1000;
      a.score(f, f.length, sa);
      b.score(f, f.length, sb);
      assert.deepEqual(sb, sa);
      back.score(f, f.length, sa);
      viaDense.score(f, f.length, sb);
      assert.deepEqual(sa, sb);
    }
  }
  const sparse = trained(40).toBuffer({ quantize: true, sparse: true });
  assert.throws(() => scorerFromPerceptronBuffer(sparse.subarray(0, sparse.length - 4), 'y'), /y: truncated or malformed/);
  const badCount = Buffer.from(sparse);
  badCount.writeInt32LE(1000, 24 + 4 * badCount.readInt32LE(8));
  assert.throws(() => scorerFromPerceptronBuffer(badCount, 'z'), /z: truncated or malformed/);
});
