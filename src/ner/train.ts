// Structured perceptron training (Collins 2002): decode each sentence with the current weights,
// then move the weights from the predicted path towards the gold one, token labels and
// transitions alike; the final model averages the weights over all steps. Sentences are visited
// in a seeded random order, so training is deterministic.
import { AveragedPerceptron } from '../learn/averaged-perceptron.js';
import { seededRandom, shuffleInPlace } from '../learn/prng.js';
import type { NerDocument } from './data.js';
import { N_LABELS, spansOf } from './labels.js';
import { NerModel, secondPassFeatures } from './model.js';
import { NerTagger, START, Transitions } from './tagger.js';

export interface TrainOptions {
  iterations: number;
  seed: number;
  /** Train a second, document-aware pass on jackknifed first-pass labels (trainNerModel). */
  stacked?: boolean;
  /** Called after each iteration with the dev score of the averaged model so far (when dev is given). */
  onIteration?: (iteration: number, trainErrors: number, dev?: SpanScore) => void;
  dev?: NerDocument[];
}

export interface SpanScore {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
  tp: number;
}

export function trainTagger(docs: NerDocument[], options: TrainOptions): NerTagger {
  const perceptron = new AveragedPerceptron(N_LABELS, 1 << 18);
  const transitions = new Transitions();
  const tagger = new NerTagger(perceptron, transitions);
  const order: [number, number, number][] = [];
  docs.forEach((d, di) => d.sentences.forEach(([s, e]) => e > s && order.push([di, s, e])));
  const random = seededRandom(options.seed);
  let keyBuf = new Int32Array(256);
  let clock = 0;
  const pred = new Int32Array(docs.reduce((m, d) => Math.max(m, d.labels.length), 0));
  for (let it = 1; it <= options.iterations; it++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const [di, from, to] of order) {
      const doc = docs[di];
      tagger.decode(doc.features, from, to, pred);
      const gold = doc.labels;
      const { offsets, keys } = doc.features;
      for (let i = from; i < to; i++) {
        const g = gold[i];
        const p = pred[i];
        const gPrev = i === from ? START : gold[i - 1];
        const pPrev = i === from ? START : pred[i - 1];
        if (g !== p) {
          errors++;
          const n = offsets[i + 1] - offsets[i];
          if (n > keyBuf.length) keyBuf = new Int32Array(n * 2);
          for (let k = 0; k < n; k++) keyBuf[k] = keys[offsets[i] + k];
          perceptron.update(g, p, keyBuf, n);
        }
        if (g !== p || gPrev !== pPrev) {
          transitions.bump(gPrev, g, 1, clock);
          transitions.bump(pPrev, p, -1, clock);
        }
      }
      perceptron.tick();
      clock++;
    }
    const dev = options.dev ? scoreTagger(new NerTagger(perceptron.averaged(), transitions.averaged(clock)), options.dev) : undefined;
    options.onIteration?.(it, errors, dev);
  }
  perceptron.average();
  return new NerTagger(perceptron, transitions.averaged(clock));
}

/** Folds for the jackknifed first-pass labels the second pass trains on. */
const FOLDS = 4;

/**
 * The full model: the first tagger on everything, then, when `stacked`, a second tagger on
 * features that include first-pass labels. Those labels come from taggers that did not see the
 * document (jackknife over FOLDS folds), so the second pass learns how far to trust them.
 */
export function trainNerModel(docs: NerDocument[], options: TrainOptions, log?: (s: string) => void): NerModel {
  log?.('first pass');
  const first = trainTagger(docs, options);
  if (!options.stacked) return new NerModel(first);
  const priors: Int32Array[] = new Array(docs.length);
  for (let f = 0; f < FOLDS; f++) {
    log?.(`first pass, fold ${f + 1}/${FOLDS}`);
    const rest = docs.filter((_, i) => i % FOLDS !== f);
    const tagger = new NerModel(trainTagger(rest, { ...options, dev: undefined, onIteration: undefined }));
    docs.forEach((d, i) => {
      if (i % FOLDS === f) priors[i] = tagger.firstPass(d.features, d.sentences);
    });
  }
  const stack = (d: NerDocument, prior: Int32Array): NerDocument => ({ ...d, features: secondPassFeatures(d.features, prior) });
  const firstModel = new NerModel(first);
  const dev = options.dev?.map((d) => stack(d, firstModel.firstPass(d.features, d.sentences)));
  log?.('second pass');
  const second = trainTagger(docs.map((d, i) => stack(d, priors[i])), { ...options, dev });
  return new NerModel(first, second);
}

/** Exact-span, exact-type precision, recall and F1 over cronaca tokens. */
export function scoreTagger(model: NerTagger | NerModel, docs: NerDocument[]): SpanScore {
  const m = model instanceof NerModel ? model : new NerModel(model);
  let gold = 0;
  let pred = 0;
  let tp = 0;
  for (const d of docs) {
    const out = m.labels(d.features, d.sentences);
    for (const [s, e] of d.sentences) {
      const g = spansOf(d.labels, s, e);
      const p = spansOf(out, s, e);
      gold += g.length;
      pred += p.length;
      const keys = new Set(g.map((x) => `${x.start}:${x.end}:${x.type}`));
      for (const x of p) if (keys.has(`${x.start}:${x.end}:${x.type}`)) tp++;
    }
  }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { p: precision, r: recall, f1, gold, pred, tp };
}
