// Read-only perceptron weights for tagging: the int16 weights of the saved model, summed as integers
// (integer sums do not depend on the order of the additions, so partial sums cached per word form in
// tagger.ts give exactly the scores of adding every feature at once).
// Lookups dominate tagging time and most of their cost is cache misses, so the table is compact:
// one 32-bit word per slot holds a 12-bit fingerprint of the key and where the key's row starts, so
// the lookup of an absent key (about half of them) touches only the slot array, and a hit one more
// cache line: the row, [key, count, entries...], keeping only the non-zero weights (three or four
// of 17 UPOS classes on average) as (class << 16 | int16 weight) entries.
import { decodePerceptron, type AveragedPerceptron } from '../../learn/averaged-perceptron.js';
import { countNonZero, writeSparseRow } from '../../learn/sparse-rows.js';

const EMPTY = 0;
const PTR_BITS = 20;
const PTR_MASK = (1 << PTR_BITS) - 1;

/** Fingerprint of a key: 12 bits, never 0 (0 marks an empty slot). */
function fingerprint(k: number): number {
  return (k >>> 20) || 1;
}

export class IntWeights {
  readonly nClasses: number;
  readonly rows: number;
  /** A weight (and a sum) in the perceptron's units is the integer times this. */
  readonly scale: number;
  private readonly mask: number;
  /** fingerprint << 20 | index of the row in entries; 0 when the slot is empty. */
  private readonly slots: Int32Array;
  /** Rows: key, number of entries, entries. */
  private readonly entries: Int32Array;

  /** From a trained perceptron, or from its saved form (AveragedPerceptron.toBuffer({ quantize: true })). */
  constructor(model: AveragedPerceptron | Buffer) {
    const bytes = Buffer.isBuffer(model) ? model : model.toBuffer({ quantize: true });
    // Typed-array views need an aligned offset: a copy when the section is not 4-byte aligned.
    const aligned = bytes.byteOffset % 4 === 0 ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : new Uint8Array(bytes);
    const { nc, rows, keys, q16, scale } = decodePerceptron(aligned, 'tagger weights');
    if (!q16) throw new Error('tagger weights: expected quantized weights');
    if (nc > 0x7fff) throw new Error(`tagger weights: too many classes (${nc})`);
    this.nClasses = nc;
    this.rows = rows;
    this.scale = scale;
    let cap = 1024;
    while (cap * 0.5 < rows) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    const size = 2 * rows + countNonZero(q16);
    if (size > PTR_MASK) throw new Error(`tagger weights: too many weights for the compact table (${size})`);
    const entries = new Int32Array(size);
    let at = 0;
    for (let r = 0; r < rows; r++) {
      const k = keys[r] === EMPTY ? 1 : keys[r];
      let slot = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = (fingerprint(k) << PTR_BITS) | at;
      entries[at++] = k;
      at = writeSparseRow(q16, r, nc, entries, at);
    }
    this.entries = entries;
  }

  /** Adds the weight row of each feature to acc[at ..] (acc is not cleared). */
  add(features: Int32Array, n: number, acc: Int32Array, at = 0): void {
    const { slots, mask, entries } = this;
    for (let i = 0; i < n; i++) {
      const k = features[i] === EMPTY ? 1 : features[i];
      const fp = (k >>> 20) || 1;
      let slot = Math.imul(k, 0x9e3779b1) & mask;
      for (;;) {
        const s = slots[slot];
        if (s === 0) break;
        if (s >>> PTR_BITS === fp) {
          const row = s & PTR_MASK;
          if (entries[row] === k) {
            const end = row + 2 + entries[row + 1];
            for (let e = row + 2; e < end; e++) {
              const packed = entries[e];
              acc[at + (packed >>> 16)] += (packed << 16) >> 16;
            }
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
