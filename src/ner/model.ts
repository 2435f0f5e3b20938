// The NER model: a first tagger, and optionally a second one that reads the first one's labels
// across the whole document (stacking, as in Krishnan & Manning 2006), which makes a name's
// type consistent from one mention to the next.
import { type TokenFeatures, withPriorFeatures } from './features.js';
import { N_LABELS, typeOf } from './labels.js';
import type { NerTagger } from './tagger.js';

export type SentenceRange = readonly [number, number];

export class NerModel {
  constructor(
    readonly first: NerTagger,
    readonly second?: NerTagger,
  ) {}

  /** First-pass labels of every token, sentence by sentence. */
  firstPass(features: TokenFeatures, sentences: readonly SentenceRange[]): Int32Array {
    const out = new Int32Array(features.word.length);
    for (const [s, e] of sentences) this.first.decode(features, s, e, out);
    return out;
  }

  /** Final labels of every token. */
  labels(features: TokenFeatures, sentences: readonly SentenceRange[]): Int32Array {
    const prior = this.firstPass(features, sentences);
    if (!this.second) return prior;
    const stacked = secondPassFeatures(features, prior);
    const out = new Int32Array(features.word.length);
    for (const [s, e] of sentences) this.second.decode(stacked, s, e, out);
    return out;
  }
}

export function secondPassFeatures(features: TokenFeatures, prior: ArrayLike<number>): TokenFeatures {
  return withPriorFeatures(features, prior, (l) => (l > 0 && l < N_LABELS ? typeOf(l) : 3));
}
