// The parser's cache of partial transition scores (parser.ts, partial-features.ts): for one group
// of templates, the integer sums of classes 0 and 1 per slot (a word of the sentence, or a tag
// tuple), each with the key it was computed for (a children count, or 1); key 0 = not computed.
import type { ThreeClassTable } from './weight-table.js';

export class GroupSums {
  private sums: Int32Array;
  private keys: Int32Array;
  private readonly scratch = new Int32Array(2);

  constructor(slots = 0) {
    this.sums = new Int32Array(slots * 2);
    this.keys = new Int32Array(slots);
  }

  /** Forgets slots 0..size-1 (and grows to hold them): the per-sentence groups call this per sentence. */
  reset(size: number): void {
    if (this.keys.length < size) {
      const cap = Math.max(size, this.keys.length * 2);
      this.sums = new Int32Array(cap * 2);
      this.keys = new Int32Array(cap);
    } else this.keys.fill(0, 0, size);
  }

  isFor(slot: number, key: number): boolean {
    return this.keys[slot] === key;
  }

  /** Scores the first n features into the slot, computed for `key`; `extra` (when given) adds sums of other groups. */
  fill(slot: number, key: number, table: ThreeClassTable, features: Int32Array, n: number, extra?: Int32Array): void {
    const acc = this.scratch;
    acc[0] = extra ? extra[0] : 0;
    acc[1] = extra ? extra[1] : 0;
    table.addRaw(features, n, acc);
    this.sums[slot * 2] = acc[0];
    this.sums[slot * 2 + 1] = acc[1];
    this.keys[slot] = key;
  }

  /** Adds the slot's sums to total[0] and total[1]. */
  addTo(slot: number, total: Int32Array): void {
    total[0] += this.sums[slot * 2];
    total[1] += this.sums[slot * 2 + 1];
  }
}
