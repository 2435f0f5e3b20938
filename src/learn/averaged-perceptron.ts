// A multi-class averaged perceptron over 32-bit feature keys (Collins 2002; Honnibal's tagger and
// parser posts). Keys live in an open-addressing table; each key owns one row of nClasses weights.
// Averaging is lazy: a weight's running total is brought up to date only when the weight changes.

import { countNonZero, denseFromSparse, writeSparseRow } from './sparse-rows.js';

const EMPTY = 0;
const MAGIC = 0x43415031; // "CAP1"

export interface SerializeOptions {
  /** Store weights as int16 with one scale per model (half the size, negligible accuracy cost). */
  quantize?: boolean;
  /**
   * With quantize: store only the non-zero int16 weights, each row as [count, (class << 16 |
   * weight)...] (sparse-rows.ts). For many-class models whose rows are mostly zero (the parser's
   * labels): a fraction of the bytes to inflate, and the run-time table is the stored rows as they are.
   */
  sparse?: boolean;
}

/** The header's format word: float32 weights, int16 weights, or sparse int16 rows. */
const FLOAT32 = 0;
const INT16 = 1;
const SPARSE_INT16 = 2;

export class AveragedPerceptron {
  readonly nClasses: number;
  private keys: Int32Array;
  private rowOf: Int32Array;
  private mask: number;
  private rows = 0;
  private weights: Float32Array;
  private totals: Float64Array | undefined;
  private stamps: Int32Array | undefined;
  private clock = 0;

  constructor(nClasses: number, initialCapacity = 1 << 16, training = true) {
    if (!Number.isInteger(nClasses) || nClasses < 1) throw new Error(`nClasses must be a positive integer, got ${nClasses}`);
    this.nClasses = nClasses;
    let cap = 1024;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.rowOf = new Int32Array(cap);
    this.mask = cap - 1;
    const rows = Math.max(16, initialCapacity);
    this.weights = new Float32Array(rows * nClasses);
    if (training) {
      this.totals = new Float64Array(rows * nClasses);
      this.stamps = new Int32Array(rows * nClasses);
    }
  }

  /** Number of feature keys with a weight row. */
  get featureCount(): number {
    return this.rows;
  }

  private static slotKey(key: number): number {
    return key === EMPTY ? 1 : key;
  }

  private find(key: number): number {
    const k = AveragedPerceptron.slotKey(key);
    let slot = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const at = this.keys[slot];
      if (at === k) return this.rowOf[slot];
      if (at === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(key: number, row: number): void {
    const k = AveragedPerceptron.slotKey(key);
    let slot = Math.imul(k, 0x9e3779b1) & this.mask;
    while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.keys[slot] = k;
    this.rowOf[slot] = row;
  }

  private growTable(): void {
    const oldKeys = this.keys;
    const oldRows = this.rowOf;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rowOf = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== EMPTY) this.insert(oldKeys[i], oldRows[i]);
  }

  private growRows(): void {
    const size = this.weights.length * 2;
    const w = new Float32Array(size);
    w.set(this.weights);
    this.weights = w;
    if (this.totals && this.stamps) {
      const t = new Float64Array(size);
      t.set(this.totals);
      this.totals = t;
      const s = new Int32Array(size);
      s.set(this.stamps);
      this.stamps = s;
    }
  }

  private rowFor(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if ((this.rows + 1) * 2 > this.keys.length) this.growTable();
    if ((this.rows + 1) * this.nClasses > this.weights.length) this.growRows();
    const row = this.rows++;
    this.insert(key, row);
    return row;
  }

  /** out[c] = sum over the features of their weight for class c. */
  score(features: Int32Array | number[], n: number, out: Float32Array): void {
    const nc = this.nClasses;
    out.fill(0, 0, nc);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const row = this.find(features[i]);
      if (row < 0) continue;
      const base = row * nc;
      for (let c = 0; c < nc; c++) out[c] += w[base + c];
    }
  }

  /** Adds the weight vector of each feature to `out` scaled by `value` (for real-valued features). */
  addScaled(key: number, value: number, out: Float32Array): void {
    const row = this.find(key);
    if (row < 0) return;
    const nc = this.nClasses;
    const base = row * nc;
    for (let c = 0; c < nc; c++) out[c] += value * this.weights[base + c];
  }

  private scratch: Float32Array | undefined;

  /** The best class; ties go to the lowest class index. */
  predict(features: Int32Array | number[], n: number): number {
    if (!this.scratch) this.scratch = new Float32Array(this.nClasses);
    this.score(features, n, this.scratch);
    return argmax(this.scratch, this.nClasses);
  }

  /** One perceptron step: reward the truth, penalise the guess. No-op when they agree. */
  update(truth: number, guess: number, features: Int32Array | number[], n: number, step = 1): void {
    if (truth === guess) return;
    if (!this.totals || !this.stamps) throw new Error('this perceptron is frozen (averaged or loaded); it cannot be trained');
    for (let i = 0; i < n; i++) {
      const row = this.rowFor(features[i]);
      this.bump(row * this.nClasses + truth, step);
      this.bump(row * this.nClasses + guess, -step);
    }
  }

  private bump(at: number, delta: number): void {
    const totals = this.totals as Float64Array;
    const stamps = this.stamps as Int32Array;
    totals[at] += (this.clock - stamps[at]) * this.weights[at];
    stamps[at] = this.clock;
    this.weights[at] += delta;
  }

  /** Advances the averaging clock: call once per training instance. */
  tick(): void {
    this.clock++;
  }

  /** A frozen copy holding the averaged weights; training can go on in this one. */
  averaged(): AveragedPerceptron {
    const copy = new AveragedPerceptron(this.nClasses, this.rows, false);
    const nc = this.nClasses;
    const clock = Math.max(1, this.clock);
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (key === EMPTY) continue;
      const row = this.rowOf[slot];
      const target = copy.rowFor(key);
      for (let c = 0; c < nc; c++) {
        const at = row * nc + c;
        const total = this.totals && this.stamps ? this.totals[at] + (this.clock - this.stamps[at]) * this.weights[at] : this.weights[at] * clock;
        copy.weights[target * nc + c] = total / clock;
      }
    }
    return copy;
  }

  /** Replaces the weights by their averages and drops the training state. */
  average(): void {
    const avg = this.averaged();
    this.keys = avg.keys;
    this.rowOf = avg.rowOf;
    this.mask = avg.mask;
    this.rows = avg.rows;
    this.weights = avg.weights;
    this.totals = undefined;
    this.stamps = undefined;
  }

  /**
   * Sets every weight below minAbs in magnitude to 0, then drops the rows left empty; returns how
   * many non-zero weights were cleared. For classifiers with many classes stored as sparse rows (the
   * parser's labels), where the small weights cost a read each at run time.
   */
  pruneWeights(minAbs: number): number {
    let cleared = 0;
    const w = this.weights;
    for (let i = 0; i < w.length; i++) {
      if (w[i] !== 0 && Math.abs(w[i]) < minAbs) {
        w[i] = 0;
        cleared++;
      }
    }
    this.prune(minAbs);
    return cleared;
  }

  /** Drops the rows whose weights are all below minAbs in magnitude; returns how many were dropped. */
  prune(minAbs: number): number {
    const nc = this.nClasses;
    const kept = new AveragedPerceptron(nc, this.rows, false);
    let dropped = 0;
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot];
      if (key === EMPTY) continue;
      const base = this.rowOf[slot] * nc;
      let max = 0;
      for (let c = 0; c < nc; c++) max = Math.max(max, Math.abs(this.weights[base + c]));
      if (max < minAbs) {
        dropped++;
        continue;
      }
      const target = kept.rowFor(key) * nc;
      for (let c = 0; c < nc; c++) kept.weights[target + c] = this.weights[base + c];
    }
    this.keys = kept.keys;
    this.rowOf = kept.rowOf;
    this.mask = kept.mask;
    this.rows = kept.rows;
    this.weights = kept.weights;
    this.totals = undefined;
    this.stamps = undefined;
    return dropped;
  }

  /** Binary form: header, keys in row order, then the weight rows (float32 or scaled int16). */
  toBuffer(options: SerializeOptions = {}): Buffer {
    const nc = this.nClasses;
    const quantize = options.quantize === true;
    const keys = new Int32Array(this.rows);
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== EMPTY) keys[this.rowOf[slot]] = this.keys[slot];
    const used = this.weights.subarray(0, this.rows * nc);
    let maxAbs = 0;
    for (let i = 0; i < used.length; i++) maxAbs = Math.max(maxAbs, Math.abs(used[i]));
    const scale = quantize && maxAbs > 0 ? maxAbs / 32767 : 1;
    const sparse = quantize && options.sparse === true;
    let body: Buffer;
    if (quantize) {
      const q = new Int16Array(used.length);
      for (let i = 0; i < used.length; i++) q[i] = Math.round(used[i] / scale);
      body = sparse ? sparseBody(q, this.rows, nc) : Buffer.from(q.buffer, q.byteOffset, q.byteLength);
    } else {
      body = Buffer.from(used.buffer, used.byteOffset, used.byteLength);
    }
    return encodePerceptron(nc, this.rows, sparse ? SPARSE_INT16 : quantize ? INT16 : FLOAT32, scale, keys, body);
  }

  static fromBuffer(buf: Buffer): AveragedPerceptron {
    const { nc, rows, keys, f32, sparse, scale, ...v } = decodePerceptron(new Uint8Array(buf)); // a copy: aligned, independent of buf
    const q16 = sparse ? denseFromSparse(sparse, rows, nc) : v.q16;
    const p = new AveragedPerceptron(nc, rows, false);
    if (q16) {
      for (let i = 0; i < q16.length; i++) p.weights[i] = q16[i] * scale;
    } else if (f32) {
      p.weights.set(f32);
    }
    for (let r = 0; r < rows; r++) p.insert(keys[r], r);
    p.rows = rows;
    return p;
  }
}

/** The typed-array views of a serialised perceptron (no copy: `bytes` must be 4-byte aligned). */
export interface PerceptronViews {
  nc: number;
  rows: number;
  keys: Int32Array;
  /** Weights, row-major, when stored as scaled int16 ... */
  q16?: Int16Array;
  /** ... or as float32 ... */
  f32?: Float32Array;
  /** ... or as sparse int16 rows ([count, (class << 16 | weight)...] per row, sparse-rows.ts). */
  sparse?: Int32Array;
  scale: number;
}

/** The sparse body of rows x nc int16 weights. */
function sparseBody(q: Int16Array, rows: number, nc: number): Buffer {
  const entries = new Int32Array(rows + countNonZero(q.subarray(0, rows * nc)));
  let at = 0;
  for (let r = 0; r < rows; r++) at = writeSparseRow(q, r, nc, entries, at);
  return Buffer.from(entries.buffer, entries.byteOffset, entries.byteLength);
}

/**
 * A saved perceptron with int16 weights rewritten with sparse rows: the same keys, scale and
 * weights, so every score is the same.
 */
export function sparsePerceptronBuffer(saved: Buffer): Buffer {
  const v = decodePerceptron(new Uint8Array(saved), 'perceptron'); // a copy: aligned
  if (v.sparse) return saved;
  if (!v.q16) throw new Error('perceptron: only int16 weights can be stored sparsely');
  return encodePerceptron(v.nc, v.rows, SPARSE_INT16, v.scale, v.keys, sparseBody(v.q16, v.rows, v.nc));
}

/** The saved form: header (magic, classes, rows, format, scale), keys, weights. */
function encodePerceptron(nc: number, rows: number, format: number, scale: number, keys: Int32Array, body: Buffer): Buffer {
  const header = Buffer.alloc(24);
  header.writeInt32LE(MAGIC, 0);
  header.writeInt32LE(nc, 4);
  header.writeInt32LE(rows, 8);
  header.writeInt32LE(format, 12);
  header.writeDoubleLE(scale, 16);
  return Buffer.concat([header, Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), body]);
}

/** The number of classes of a perceptron or of its saved form (the buffer's header only is read). */
export function perceptronClasses(p: AveragedPerceptron | Buffer): number {
  if (!Buffer.isBuffer(p)) return p.nClasses;
  if (p.length < 24 || p.readInt32LE(0) !== MAGIC) throw new Error('not a cronaca perceptron (bad magic number)');
  return p.readInt32LE(4);
}

export function decodePerceptron(bytes: Uint8Array, where = 'perceptron'): PerceptronViews {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length < 24 || view.getInt32(0, true) !== MAGIC) throw new Error(`${where}: not a cronaca perceptron (bad magic number)`);
  const nc = view.getInt32(4, true);
  const rows = view.getInt32(8, true);
  const format = view.getInt32(12, true);
  const scale = view.getFloat64(16, true);
  const keysAt = bytes.byteOffset + 24;
  const weightsAt = keysAt + rows * 4;
  const bad = (): Error => new Error(`${where}: truncated or malformed weights`);
  if (format === SPARSE_INT16) {
    const size = (bytes.length - 24 - rows * 4) / 4;
    if (rows < 0 || !Number.isInteger(size) || size < rows) throw bad();
    const sparse = new Int32Array(bytes.buffer, weightsAt, size);
    // Every row's count must keep it inside the body, and the rows must fill it exactly.
    let at = 0;
    for (let r = 0; r < rows && at < size; r++) {
      const n = sparse[at];
      if (n < 0 || n > nc) throw bad();
      at += 1 + n;
    }
    if (at !== size) throw bad();
    return { nc, rows, keys: new Int32Array(bytes.buffer, keysAt, rows), sparse, scale };
  }
  const quantized = format === INT16;
  if (format !== INT16 && format !== FLOAT32) throw bad();
  if (bytes.length !== 24 + rows * 4 + rows * nc * (quantized ? 2 : 4)) throw bad();
  const keys = new Int32Array(bytes.buffer, keysAt, rows);
  return quantized
    ? { nc, rows, keys, q16: new Int16Array(bytes.buffer, weightsAt, rows * nc), scale }
    : { nc, rows, keys, f32: new Float32Array(bytes.buffer, weightsAt, rows * nc), scale };
}

export function argmax(scores: Float32Array | number[], n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
