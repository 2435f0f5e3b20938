// Read-only weights for parsing, built from the serialized averaged perceptron
// (AveragedPerceptron.toBuffer): compact open-addressing tables whose slot holds the key next to
// its weights (or to where its weights are), so a lookup touches one cache line instead of three
// (key table, row table, weight rows) and the tables are half the size or less.
// A quarter of the parser's lookups are keys the model does not have (word pairs never seen in
// training); each would be a cache miss in a table of megabytes. A bit set with one bit per hash
// of each key (a one-hash Bloom filter, 4-8 bits a key: a few percent of the table) rejects most
// of them (80-90%) first, at the cost of one access to that small bit set per lookup.
import { decodePerceptron } from '../../learn/averaged-perceptron.js';
import { countNonZero, denseFromSparse, writeSparseRow } from '../../learn/sparse-rows.js';

export interface Scorer {
  readonly nClasses: number;
  score(features: Int32Array, n: number, out: Float32Array): void;
}

const EMPTY = 0;

interface PerceptronData {
  nc: number;
  rows: number;
  keys: Int32Array;
  weight: (i: number) => number;
  /** The int16 weights and their scale when the buffer is quantized (read directly: faster loading). */
  q16?: Int16Array;
  /** The int16 weights as stored sparse rows, when saved so (the label model). */
  sparse?: Int32Array;
  scale: number;
}

/** Parses AveragedPerceptron.toBuffer() output (float32, int16 or sparse int16 weights). */
function readPerceptron(buf: Buffer, where: string): PerceptronData {
  // Typed-array views need aligned offsets: copy only when the section is not 4-byte aligned.
  const bytes = buf.byteOffset % 4 === 0 ? new Uint8Array(buf.buffer, buf.byteOffset, buf.length) : new Uint8Array(buf);
  const { nc, rows, keys, f32, sparse, scale, ...v } = decodePerceptron(bytes, where);
  // Only the label table reads sparse rows as they are; a three-class table gets them dense.
  const q16 = sparse && nc === 3 ? denseFromSparse(sparse, rows, nc) : v.q16;
  const weight = q16 ? (i: number) => q16[i] * scale : (i: number) => (f32 as Float32Array)[i];
  return { nc, rows, keys, weight, q16, sparse: nc === 3 ? undefined : sparse, scale };
}

/** Table size: a power of two with the load factor at most 0.6 (linear probing stays short). */
function capacityFor(rows: number): number {
  let cap = 1024;
  while (cap * 0.6 < rows) cap <<= 1;
  return cap;
}

/** 0 marks an empty slot, so key 0 is stored as 1 (hashed keys: a collision costs nothing). */
const slotKey = (k: number): number => (k === EMPTY ? 1 : k);

/**
 * The keys of both tables: open-addressing slots [key, value] with linear probing, behind a bit set
 * with one bit per key hash (false means the key is surely absent).
 */
class KeySlots {
  /** [key, value] pairs; key EMPTY = free. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly bits: Int32Array;
  readonly shift: number;

  constructor(keys: Int32Array) {
    let log2 = 15;
    while (1 << log2 < keys.length * 4) log2++;
    this.shift = 32 - log2;
    this.bits = new Int32Array(1 << (log2 - 5));
    for (let r = 0; r < keys.length; r++) {
      const h = Math.imul(slotKey(keys[r]), 0x85ebca77) >>> this.shift;
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
    this.mask = capacityFor(keys.length) - 1;
    this.slots = new Int32Array((this.mask + 1) * 2);
  }

  /** Stores the value of a key (keys are distinct). */
  put(key: number, value: number): void {
    const k = slotKey(key);
    let slot = Math.imul(k, 0x9e3779b1) & this.mask;
    while (this.slots[slot * 2] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = k;
    this.slots[slot * 2 + 1] = value;
  }

  /** Index of the key's value in `slots`, or -1 when the key is absent. */
  find(key: number): number {
    const k = slotKey(key);
    const h = Math.imul(k, 0x85ebca77) >>> this.shift;
    if ((this.bits[h >>> 5] & (1 << (h & 31))) === 0) return -1;
    const { slots, mask } = this;
    let slot = Math.imul(k, 0x9e3779b1) & mask;
    for (;;) {
      const at = slots[slot * 2];
      if (at === k) return slot * 2 + 1;
      if (at === EMPTY) return -1;
      slot = (slot + 1) & mask;
    }
  }
}

/** Weights for parsing, from AveragedPerceptron.toBuffer() output. */
export function scorerFromPerceptronBuffer(buf: Buffer, where = 'weights'): Scorer {
  const data = readPerceptron(buf, where);
  return data.nc === 3 ? new ThreeClassTable(data) : new SparseTable(data);
}

/**
 * Three classes (the transitions) in 8 bytes a slot: [key, (w0 - w2, w1 - w2) as two int16].
 * Adding one constant to a row's three weights changes no decision, so w2 is folded away.
 */
export class ThreeClassTable implements Scorer {
  readonly nClasses = 3;
  readonly rows: number;
  /** A key's value: (w0 - w2, w1 - w2) quantized, as two int16. */
  private readonly index: KeySlots;
  /** A score is the integer sum of the quantized weights times this. */
  readonly scale: number;

  constructor(d: PerceptronData) {
    this.rows = d.rows;
    this.index = new KeySlots(d.keys);
    // The weights as floats (int16 * scale when quantized), read without a call per weight.
    const w = d.q16 ?? Float32Array.from({ length: d.rows * 3 }, (_, i) => d.weight(i));
    const inScale = d.q16 ? d.scale : 1;
    let maxAbs = 0;
    for (let r = 0; r < d.rows; r++) {
      const w2 = w[r * 3 + 2] * inScale;
      maxAbs = Math.max(maxAbs, Math.abs(w[r * 3] * inScale - w2), Math.abs(w[r * 3 + 1] * inScale - w2));
    }
    this.scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const scale = this.scale;
    for (let r = 0; r < d.rows; r++) {
      const w2 = w[r * 3 + 2] * inScale;
      const q0 = Math.round((w[r * 3] * inScale - w2) / scale);
      const q1 = Math.round((w[r * 3 + 1] * inScale - w2) / scale);
      this.index.put(d.keys[r], (q0 & 0xffff) | (q1 << 16));
    }
  }

  private readonly raw = new Int32Array(2);

  score(features: Int32Array, n: number, out: Float32Array): void {
    const raw = this.raw;
    raw[0] = 0;
    raw[1] = 0;
    this.addRaw(features, n, raw);
    out[0] = raw[0] * this.scale;
    out[1] = raw[1] * this.scale;
    out[2] = 0;
  }

  /** Adds the features' integer sums of classes 0 and 1 (class 2 is 0) to acc[0] and acc[1]. */
  addRaw(features: Int32Array, n: number, acc: Int32Array): void {
    // KeySlots.find written out, with the table's fields in locals for the whole loop: about 4%
    // faster parsing than calling it (this is the parser's hottest loop).
    const { slots, bits, shift, mask } = this.index;
    let s0 = 0;
    let s1 = 0;
    for (let i = 0; i < n; i++) {
      const key = features[i];
      const k = key === EMPTY ? 1 : key;
      const h = Math.imul(k, 0x85ebca77) >>> shift;
      if ((bits[h >>> 5] & (1 << (h & 31))) === 0) continue;
      let slot = Math.imul(k, 0x9e3779b1) & mask;
      for (;;) {
        const at = slots[slot * 2];
        if (at === k) {
          const packed = slots[slot * 2 + 1];
          s0 += (packed << 16) >> 16;
          s1 += packed >> 16;
          break;
        }
        if (at === EMPTY) break;
        slot = (slot + 1) & mask;
      }
    }
    acc[0] += s0;
    acc[1] += s1;
  }
}

/**
 * Many classes (the labels): a perceptron row has few non-zero weights (an update touches only the
 * true and the guessed class), so rows are stored sparsely as (class << 16 | int16 weight) entries,
 * each row as [count, entries...] in one array. The hash slots are [key, row offset] (8 bytes), a
 * table small enough to stay in cache; a lookup then reads the row, usually one or two cache lines.
 */
export class SparseTable implements Scorer {
  readonly nClasses: number;
  readonly rows: number;
  /** A key's value: where its row starts in `entries`. */
  private readonly index: KeySlots;
  private readonly entries: Int32Array;
  private readonly scale: number;
  private readonly sums: Int32Array;

  constructor(d: PerceptronData) {
    const { nc, rows } = d;
    if (nc > 0x7fff) throw new Error(`too many classes for a sparse table: ${nc}`);
    this.nClasses = nc;
    this.rows = rows;
    this.sums = new Int32Array(nc);
    this.index = new KeySlots(d.keys);
    if (d.sparse) {
      // Stored as the table's own rows: only the keys are placed. A copy, so that the inflated
      // model file can be collected.
      this.scale = d.scale;
      this.entries = d.sparse.slice();
      let at = 0;
      for (let r = 0; r < rows; r++) {
        this.index.put(d.keys[r], at);
        at += 1 + d.sparse[at];
      }
      return;
    }
    // Quantized input is taken as is; float weights are quantized here.
    let q16 = d.q16;
    if (q16) this.scale = d.scale;
    else {
      let maxAbs = 0;
      for (let i = 0; i < rows * nc; i++) maxAbs = Math.max(maxAbs, Math.abs(d.weight(i)));
      this.scale = maxAbs > 0 ? maxAbs / 32767 : 1;
      q16 = new Int16Array(rows * nc);
      for (let i = 0; i < rows * nc; i++) q16[i] = Math.round(d.weight(i) / this.scale);
    }
    const entries = new Int32Array(rows + countNonZero(q16));
    let at = 0;
    for (let r = 0; r < rows; r++) {
      this.index.put(d.keys[r], at);
      at = writeSparseRow(q16, r, nc, entries, at);
    }
    this.entries = entries;
  }

  score(features: Int32Array, n: number, out: Float32Array): void {
    const sums = this.sums;
    sums.fill(0);
    this.addRaw(features, n, sums, 0);
    for (let c = 0; c < this.nClasses; c++) out[c] = sums[c] * this.scale;
  }

  /** Adds the features' integer weights of class c to sums[at + c] (a score is the sum times `scale`). */
  addRaw(features: Int32Array, n: number, sums: Int32Array, at: number): void {
    const { index, entries } = this;
    const slots = index.slots;
    for (let i = 0; i < n; i++) {
      const found = index.find(features[i]);
      if (found < 0) continue;
      const first = slots[found];
      const end = first + 1 + entries[first];
      for (let e = first + 1; e < end; e++) {
        const packed = entries[e];
        sums[at + (packed >>> 16)] += (packed << 16) >> 16;
      }
    }
  }
}
