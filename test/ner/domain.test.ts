// Two-domain training (src/ner/domain.ts): tagged feature copies, and the folded target-domain
// perceptron that scores plain features exactly as the two-domain one scores tagged features.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AveragedPerceptron } from '../../src/learn/averaged-perceptron.js';
import { preEntityDocument } from '../../src/ner/data.js';
import { domainOf, domainTag, foldDomain, withDomain } from '../../src/ner/domain.js';
import { extractFeatures } from '../../src/ner/features.js';
import { entityCandidates } from '../../src/stages/entities/index.js';

test('the domain of a KIND file is its name up to the first underscore', () => {
  assert.equal(domainOf('/data/kind/WN_train.tsv'), 'WN');
  assert.equal(domainOf('FIC_dev.tsv'), 'FIC');
  assert.equal(domainOf('/x/notizie.tsv'), 'notizie');
  assert.notEqual(domainTag('WN'), domainTag('FIC'));
});

test('a folded perceptron scores plain features as the two-domain one scores tagged ones', () => {
  const doc = preEntityDocument('Ieri a Valdoria Gianluca Ferrandi ha incontrato la Brambilla Trasporti.', 'it', 'domain-test');
  const plain = extractFeatures(entityCandidates(doc));
  const wn = domainTag('WN');
  const fic = domainTag('FIC');
  const tagged = withDomain(plain, wn);
  assert.equal(tagged.keys.length, plain.keys.length * 2);
  assert.equal(tagged.offsets[1] - tagged.offsets[0], 2 * (plain.offsets[1] - plain.offsets[0]));
  // train a tiny perceptron on both domains' copies: every token gets label (i % 3) in WN, (i % 2) in FIC
  const p = new AveragedPerceptron(3, 1024);
  const ficTagged = withDomain(plain, fic);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < doc.tokens.length; i++) {
      for (const [f, gold] of [[tagged, i % 3], [ficTagged, i % 2]] as const) {
        const keys = f.keys.subarray(f.offsets[i], f.offsets[i + 1]);
        const guess = p.predict(keys, keys.length);
        if (guess !== gold) p.update(gold, guess, keys, keys.length);
      }
      p.tick();
    }
  }
  p.average();
  const folded = foldDomain(p, new Set(plain.keys), wn);
  assert.ok(folded.featureCount <= new Set(plain.keys).size);
  const a = new Float32Array(3);
  const b = new Float32Array(3);
  let nonZero = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    p.score(tagged.keys.subarray(tagged.offsets[i], tagged.offsets[i + 1]), tagged.offsets[i + 1] - tagged.offsets[i], a);
    folded.score(plain.keys.subarray(plain.offsets[i], plain.offsets[i + 1]), plain.offsets[i + 1] - plain.offsets[i], b);
    for (let c = 0; c < 3; c++) {
      assert.ok(Math.abs(a[c] - b[c]) < 1e-3, `token ${i} class ${c}: ${a[c]} vs ${b[c]}`);
      if (a[c] !== 0) nonZero++;
    }
  }
  assert.ok(nonZero > 0, 'the perceptron learned something');
});
