// Read-only weights of a loaded NER tagger, laid out for lookups: they dominate tagging time and
// most of their cost is cache misses. One 32-bit word per slot holds a 12-bit fingerprint of the
// key and the index of the key's row, so the lookup of an absent key touches only the slot array,
// and a present one a single 32-byte row more: the class weights, then the key. The weights are
// the perceptron's float32 values, added in the order of the features like
// AveragedPerceptron.score does, so the scores are the same to the last bit.
import { type AveragedPerceptron, type PerceptronViews, decodePerceptron } from '../learn/averaged-perceptron.js';

const PTR_BITS = 20;
const PTR_MASK = (1 << PTR_BITS) - 1;
/** Row width: the weights of up to seven classes, then the key. */
const STRIDE = 8;

export class NerWeights {
  readonly nClasses: number;
  private readonly mask: number;
  /** fingerprint << 20 | row; 0 when the slot is empty. */
  private readonly slots: Int32Array;
  private readonly weights: Float32Array;
  /** The same rows as ints: the key at STRIDE - 1. */
  private readonly rowKeys: Int32Array;

  /** From a perceptron, or from its saved form (decodePerceptron of AveragedPerceptron.toBuffer()). */
  constructor(source: AveragedPerceptron | PerceptronViews) {
    const { nc, rows, keys, f32, q16, scale } = 'nc' in source ? source : decodePerceptron(new Uint8Array(source.toBuffer()), 'NER weights');
    if (nc > STRIDE - 1) throw new Error(`NER weights: too many classes (${nc})`);
    if (rows > PTR_MASK) throw new Error(`NER weights: too many rows for the compact table (${rows})`);
    this.nClasses = nc;
    let cap = 1024;
    while (cap * 0.5 < rows) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    const buffer = new ArrayBuffer(Math.max(1, rows) * STRIDE * 4);
    this.weights = new Float32Array(buffer);
    this.rowKeys = new Int32Array(buffer);
    let kept = 0;
    for (let r = 0; r < rows; r++) {
      // AveragedPerceptron stores key 0 as 1 (saved keys are unique otherwise); of two rows with one
      // slot key, its lookups find the first
      const k = keys[r] === 0 ? 1 : keys[r];
      if (k === 1 && lookup(this.slots, this.mask, this.rowKeys, k) >= 0) continue;
      const at = kept * STRIDE;
      // q16 * scale rounded to float32, as AveragedPerceptron.fromBuffer stores it
      for (let c = 0; c < nc; c++) this.weights[at + c] = q16 ? q16[r * nc + c] * scale : (f32 as Float32Array)[r * nc + c];
      this.rowKeys[at + STRIDE - 1] = k;
      let slot = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = (fingerprint(k) << PTR_BITS) | kept;
      kept++;
    }
  }

  /**
   * out[at + c] = sum over features[from, to) of their weight for class c, as AveragedPerceptron.score
   * (Math.fround after every addition: the float32 sums of its Float32Array).
   */
  score(features: Int32Array, from: number, to: number, out: Float32Array, at: number): void {
    if (this.nClasses !== 7) {
      this.scoreAny(features, from, to, out, at);
      return;
    }
    const { slots, mask, rowKeys, weights } = this;
    const f = Math.fround;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let i = from; i < to; i++) {
      const base = lookup(slots, mask, rowKeys, features[i]);
      if (base < 0) continue;
      s0 = f(s0 + weights[base]);
      s1 = f(s1 + weights[base + 1]);
      s2 = f(s2 + weights[base + 2]);
      s3 = f(s3 + weights[base + 3]);
      s4 = f(s4 + weights[base + 4]);
      s5 = f(s5 + weights[base + 5]);
      s6 = f(s6 + weights[base + 6]);
    }
    out[at] = s0;
    out[at + 1] = s1;
    out[at + 2] = s2;
    out[at + 3] = s3;
    out[at + 4] = s4;
    out[at + 5] = s5;
    out[at + 6] = s6;
  }

  private scoreAny(features: Int32Array, from: number, to: number, out: Float32Array, at: number): void {
    const nc = this.nClasses;
    const { slots, mask, rowKeys, weights } = this;
    out.fill(0, at, at + nc);
    for (let i = from; i < to; i++) {
      const base = lookup(slots, mask, rowKeys, features[i]);
      if (base < 0) continue;
      for (let c = 0; c < nc; c++) out[at + c] += weights[base + c];
    }
  }
}

/** Where the row of `key` starts in the rows, -1 when absent. */
function lookup(slots: Int32Array, mask: number, rowKeys: Int32Array, key: number): number {
  const k = key === 0 ? 1 : key;
  const fp = fingerprint(k);
  let slot = Math.imul(k, 0x9e3779b1) & mask;
  for (;;) {
    const s = slots[slot];
    if (s === 0) return -1;
    if (s >>> PTR_BITS === fp) {
      const base = (s & PTR_MASK) * STRIDE;
      if (rowKeys[base + STRIDE - 1] === k) return base;
    }
    slot = (slot + 1) & mask;
  }
}

/** 12 bits of the key, never 0 (0 marks an empty slot). */
function fingerprint(k: number): number {
  return k >>> PTR_BITS || 1;
}
