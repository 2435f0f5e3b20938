// Dense ids for word types: the (form, tag, lemma, FEATS, runner-up tag) columns of encode.ts,
// compared exactly, so that the parser can cache the sums of the templates that read one word only
// per word type and role (partial-features.ts). The table is bounded: when it is full it starts
// again, and `generation` tells the caches keyed by its ids that they are stale.

import { hashInts } from '../../learn/feature-hash.js';

const COLUMNS = 5;

export class WordTypes {
  /** Incremented (from 1) whenever the ids are forgotten. */
  generation = 1;
  private count = 0;
  private readonly tuples: Int32Array;
  /** id + 1; 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `maxTypes`: how many types before starting again (the slots are twice as many, a power of two). */
  constructor(readonly maxTypes: number) {
    let capacity = 1;
    while (capacity < maxTypes * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.tuples = new Int32Array(maxTypes * COLUMNS);
  }

  /** The id (0..maxTypes-1) of the type with these columns, added when new. */
  id(w: number, p: number, l: number, f: number, a: number): number {
    const { slots, tuples, mask } = this;
    let slot = hashInts(hashInts(w, p, l, f), a) & mask;
    for (;;) {
      const at = slots[slot];
      if (at === 0) break;
      const t = (at - 1) * COLUMNS;
      if (tuples[t] === w && tuples[t + 1] === p && tuples[t + 2] === l && tuples[t + 3] === f && tuples[t + 4] === a) return at - 1;
      slot = (slot + 1) & mask;
    }
    if (this.count === this.maxTypes) {
      this.slots.fill(0);
      this.count = 0;
      this.generation++;
      return this.id(w, p, l, f, a);
    }
    const id = this.count++;
    const t = id * COLUMNS;
    tuples[t] = w;
    tuples[t + 1] = p;
    tuples[t + 2] = l;
    tuples[t + 3] = f;
    tuples[t + 4] = a;
    slots[slot] = id + 1;
    return id;
  }
}
