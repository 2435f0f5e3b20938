// A first-order structured perceptron over BIO labels: per-token label scores from the averaged
// perceptron, label-to-label transition weights, and Viterbi decoding that never lets I-T follow
// anything but B-T or I-T.
import { AveragedPerceptron, type PerceptronViews } from '../learn/averaged-perceptron.js';
import { N_LABELS, OUTSIDE, allowed } from './labels.js';
import type { TokenFeatures } from './features.js';
import { NerWeights } from './weights.js';

/** Row of the transition table for "before the first token". */
const START = N_LABELS;

/** For each label l, the labels that may precede it (allowed), ascending: PREV[PREV_AT[l] .. PREV_AT[l + 1]). */
const PREV_AT = new Int32Array(N_LABELS + 1);
const PREV = new Int32Array(N_LABELS * N_LABELS);
for (let l = 0, at = 0; l < N_LABELS; l++) {
  PREV_AT[l] = at;
  for (let p = 0; p < N_LABELS; p++) if (allowed(p, l)) PREV[at++] = p;
  PREV_AT[l + 1] = at;
}

export class Transitions {
  /** weights[(prev) * N_LABELS + label], prev = START for the first token. */
  readonly weights: Float32Array;
  private totals: Float64Array | undefined;
  private stamps: Int32Array | undefined;

  constructor(weights?: Float32Array) {
    this.weights = weights ?? new Float32Array((N_LABELS + 1) * N_LABELS);
    if (!weights) {
      this.totals = new Float64Array(this.weights.length);
      this.stamps = new Int32Array(this.weights.length);
    }
  }

  bump(prev: number, label: number, delta: number, clock: number): void {
    const totals = this.totals as Float64Array;
    const stamps = this.stamps as Int32Array;
    const at = prev * N_LABELS + label;
    totals[at] += (clock - stamps[at]) * this.weights[at];
    stamps[at] = clock;
    this.weights[at] += delta;
  }

  averaged(clock: number): Transitions {
    const w = new Float32Array(this.weights.length);
    const c = Math.max(1, clock);
    for (let at = 0; at < w.length; at++) {
      const total = this.totals && this.stamps ? this.totals[at] + (clock - this.stamps[at]) * this.weights[at] : this.weights[at] * c;
      w[at] = total / c;
    }
    return new Transitions(w);
  }
}

export class NerTagger {
  private emit = new Float32Array(0);
  private back = new Int32Array(0);
  private best = new Float32Array(N_LABELS);
  private next = new Float32Array(N_LABELS);
  private scores = new Float32Array(N_LABELS);
  private keyBuf = new Int32Array(256);
  /** The weights as a lookup table, once they no longer change (freeze). */
  private frozen: NerWeights | undefined;

  constructor(
    readonly perceptron: AveragedPerceptron,
    readonly transitions: Transitions,
  ) {}

  /**
   * Tags with a read-only copy of the weights laid out for fast lookups (same scores); the perceptron
   * must not change after. `saved`: the perceptron's saved form, when at hand (saves a copy).
   */
  freeze(saved?: PerceptronViews): this {
    this.frozen = new NerWeights(saved ?? this.perceptron);
    return this;
  }

  /** Best label sequence for tokens [from, to) (token indices into `features`), written to out[from..to). */
  decode(features: TokenFeatures, from: number, to: number, out: Int32Array | number[]): void {
    const len = to - from;
    if (len <= 0) return;
    const L = N_LABELS;
    if (this.emit.length < len * L) {
      this.emit = new Float32Array(len * L * 2);
      this.back = new Int32Array(len * L * 2);
    }
    const emit = this.emit;
    const { offsets, keys } = features;
    const scores = this.scores;
    const frozen = this.frozen;
    for (let t = 0; t < len; t++) {
      const i = from + t;
      if (frozen) {
        frozen.score(keys, offsets[i], offsets[i + 1], emit, t * L);
        continue;
      }
      const n = offsets[i + 1] - offsets[i];
      if (n > this.keyBuf.length) this.keyBuf = new Int32Array(n * 2);
      const buf = this.keyBuf;
      for (let k = 0, o = offsets[i]; k < n; k++, o++) buf[k] = keys[o];
      this.perceptron.score(buf, n, scores);
      for (let l = 0; l < L; l++) emit[t * L + l] = scores[l];
    }
    const tw = this.transitions.weights;
    let best = this.best;
    let next = this.next;
    const back = this.back;
    for (let l = 0; l < L; l++) best[l] = allowed(OUTSIDE, l) ? emit[l] + tw[START * L + l] : -Infinity;
    for (let t = 1; t < len; t++) {
      for (let l = 0; l < L; l++) {
        let arg = 0;
        let max = -Infinity;
        for (let q = PREV_AT[l]; q < PREV_AT[l + 1]; q++) {
          const p = PREV[q];
          const bp = best[p];
          if (bp === -Infinity) continue;
          const v = bp + tw[p * L + l];
          if (v > max) {
            max = v;
            arg = p;
          }
        }
        next[l] = max + emit[t * L + l];
        back[t * L + l] = arg;
      }
      const swap = best;
      best = next;
      next = swap;
    }
    let last = 0;
    for (let l = 1; l < L; l++) if (best[l] > best[last]) last = l;
    for (let t = len - 1; t >= 0; t--) {
      out[from + t] = last;
      last = back[t * L + last];
    }
    this.best = best;
    this.next = next;
  }
}

export { START };
