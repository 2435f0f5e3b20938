// Dense ids for strings in an open-addressing table keyed by a hash the caller already has
// (hashString, computed once per word of a document), so a lookup hashes nothing and compares a
// string only when the hashes agree.

export class StringTable {
  /** The strings by id, in insertion order. */
  readonly strings: string[] = [];
  private hashes: Int32Array;
  /** id + 1; 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * `capacity`: slots, a power of two above the number of strings (twice or more keeps probes
   * short). `reuse`: an array to take the slots from when it is large enough (cleared here).
   */
  constructor(capacity: number, reuse?: Int32Array) {
    this.slots = reuse && reuse.length >= capacity ? reuse.subarray(0, capacity) : new Int32Array(capacity);
    this.slots.fill(0);
    this.mask = capacity - 1;
    this.hashes = new Int32Array(Math.min(capacity, 64));
  }

  /** The id of `s` (whose hash is `h`), or -1. */
  find(s: string, h: number): number {
    const { slots, mask } = this;
    let slot = h & mask;
    for (;;) {
      const at = slots[slot];
      if (at === 0) return -1;
      if (this.hashes[at - 1] === h && this.strings[at - 1] === s) return at - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** The id of `s` (whose hash is `h`), added when new. */
  add(s: string, h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const at = this.slots[slot];
      if (at === 0) break;
      if (this.hashes[at - 1] === h && this.strings[at - 1] === s) return at - 1;
      slot = (slot + 1) & this.mask;
    }
    const id = this.strings.length;
    this.strings.push(s);
    if (id === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    return id;
  }

  /** The hash of each string, by id. */
  hashesById(): Int32Array {
    return this.hashes.subarray(0, this.strings.length);
  }
}

/** The smallest power of two (at least 1024) that is at least `n`. */
export function tableCapacity(n: number): number {
  let cap = 1024;
  while (cap < n) cap <<= 1;
  return cap;
}
