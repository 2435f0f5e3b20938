// The run-time UPOS decoding sums cached partial scores (per form, per neighbour role, per tag
// pair); it must read exactly the training features, and integer sums make the caches exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedPerceptron } from '../../src/learn/averaged-perceptron.js';
import { resolveModelDir } from '../../src/syntax/model-dir.js';
import {
  MAX_FEATURES,
  PAIR_KINDS,
  SentenceContext,
  uposContextFeatures,
  uposFeatures,
  uposOwnFeatures,
  uposPairArgs,
  uposPairFeatures,
  uposRoleFeatures,
  wordInfo,
} from '../../src/syntax/tagger/features.js';
import { IntWeights } from '../../src/syntax/tagger/int-weights.js';
import { lexiconHint } from '../../src/syntax/tagger/lexicon-hints.js';
import { loadTaggerFile, TAGGER_FILE } from '../../src/syntax/tagger/model-io.js';
import { RUNNER_UP_MARGIN } from '../../src/syntax/tagger/tagger.js';
import { encodeSentence, UPOS_TAGS } from '../../src/syntax/parser/encode.js';

const forms = ['The', 'Mayor', 'said', 'on', 'Tuesday', 'that', 'POLICE', 'had', 'raided', 'two', 'flats', '.'];

test('the cached feature groups are exactly the training features of each word', () => {
  const ctx = new SentenceContext();
  ctx.fill(forms, (f) => wordInfo(f, (norm) => lexiconHint(norm, 'en')));
  ctx.morph.fill(7, 0, forms.length);
  const tags = Int32Array.from(forms, (_, i) => (i * 5) % 17);
  const all = new Int32Array(MAX_FEATURES);
  const part = new Int32Array(MAX_FEATURES);
  const args = new Int32Array(PAIR_KINDS * 2);
  for (let i = 0; i < forms.length; i++) {
    const full = Array.from(all.subarray(0, uposFeatures(ctx, i, tags, all))).sort();
    let n = uposOwnFeatures(ctx, i, part);
    [i - 1, i - 2, i + 1, i + 2].forEach((j, role) => (n = uposRoleFeatures(ctx, role, j, part, n)));
    uposPairArgs(ctx, i, tags, args);
    for (let k = 0; k < PAIR_KINDS; k++) n = uposPairFeatures(k, args[2 * k], args[2 * k + 1], part, n);
    n = uposContextFeatures(ctx, i, tags, part, n);
    assert.deepEqual(Array.from(part.subarray(0, n)).sort(), full, `word ${i} (${forms[i]})`);
    for (let k = 0; k < PAIR_KINDS * 2; k++) assert.ok(args[k] >= 0 && args[k] < 32, 'pair arguments index 32 x 32 tables');
  }
});

test('integer weights give the perceptron scores (quantized), present and absent keys alike', () => {
  const p = new AveragedPerceptron(5, 64);
  for (let k = 1; k <= 300; k++) {
    p.update(k % 5, (k + 2) % 5, Int32Array.of(k * 7919, k), 2, k % 3 === 0 ? 1 : 0.5);
    p.tick();
  }
  p.average();
  const w = new IntWeights(p);
  const q = AveragedPerceptron.fromBuffer(p.toBuffer({ quantize: true }));
  const keys = Int32Array.from({ length: 40 }, (_, k) => (k % 2 ? k * 7919 : -k - 1));
  const acc = new Int32Array(5);
  w.add(keys, keys.length, acc);
  const f = new Float32Array(5);
  q.score(keys, keys.length, f);
  assert.ok(acc.some((v) => v !== 0), 'some keys are present');
  for (let c = 0; c < 5; c++) assert.ok(Math.abs(acc[c] * w.scale - f[c]) < 1e-3 * Math.max(1, Math.abs(f[c])), `class ${c}: ${acc[c] * w.scale} vs ${f[c]}`);
});

const model = join(resolveModelDir(), 'en', TAGGER_FILE);
test('tagging is the same with cold and warm caches', { skip: existsSync(model) ? false : `no model at ${model}` }, () => {
  const sentences = [forms, ['Police', 'said', 'the', 'flats', 'had', 'been', 'raided', '.'], forms.slice(3)];
  const cold = sentences.map((s) => loadTaggerFile(model).tagger.tag(s));
  const { tagger } = loadTaggerFile(model);
  for (let round = 0; round < 2; round++) {
    sentences.forEach((s, k) => assert.deepEqual(tagger.tag(s), cold[k], `sentence ${k}, round ${round}`));
  }
  assert.equal(cold[0][8].lemma, 'raid');
});

test('a runner-up tag goes out only when it scored close to the chosen tag, and the parser encodes it', { skip: existsSync(model) ? false : `no model at ${model}` }, () => {
  const { tagger } = loadTaggerFile(model);
  // Sentences with words that are nouns or verbs by context, so some runner-ups are close.
  const sentences = [
    ['People', 'wonder', 'if', 'the', 'plan', 'works', '.'],
    ['The', 'protest', 'leaders', 'want', 'talks', 'on', 'fuel', 'prices', '.'],
    ['Troops', 'patrol', 'the', 'streets', 'and', 'guard', 'the', 'airport', '.'],
  ];
  let flagged = 0;
  for (const s of sentences) {
    const out = tagger.tagArrays(s);
    const words = tagger.tag(s);
    const enc = encodeSentence(words);
    for (let i = 0; i < s.length; i++) {
      const w = words[i];
      if (out.runnerUp[i] < 0) {
        assert.equal(w.alt, undefined, `${w.form}: settled by the tag dictionary, no runner-up`);
        continue;
      }
      assert.ok(out.margin[i] >= 0, `${w.form}: the margin is the best score minus the runner-up's`);
      if (out.margin[i] < RUNNER_UP_MARGIN) {
        flagged++;
        assert.equal(w.alt, tagger.vocab.upos[out.runnerUp[i]]);
        assert.notEqual(w.alt, w.upos);
        assert.equal(enc.a[i] >> 2, UPOS_TAGS.indexOf(w.alt as string) + 1);
        assert.ok((enc.a[i] & 3) === 1 || (enc.a[i] & 3) === 2);
      } else {
        assert.equal(w.alt, undefined);
        assert.equal(enc.a[i], 0);
      }
    }
  }
  assert.ok(flagged > 0, 'some words of these sentences have a close runner-up');
});
