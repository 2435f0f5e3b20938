// 32-bit feature keys: stable across runs and platforms, so a saved model reads the same keys.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashStringRange(s, 0, s.length, FNV_OFFSET);
}

/**
 * FNV-1a of s[from, to), continuing from `h` (a hash this function returned, to hash several
 * strings as if concatenated without building the concatenation).
 */
export function hashStringRange(s: string, from: number, to: number, h: number = FNV_OFFSET): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

function mixInto(h: number, v: number): number {
  // murmur3-style mixing of one 32-bit word into the running hash.
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines a feature template id and up to three values (ints or string hashes) into one key. */
export function hashInts(a: number, b: number, c = 0, d = 0): number {
  let h = mixInto(0x2545f491, a);
  h = mixInto(h, b);
  h = mixInto(h, c);
  h = mixInto(h, d);
  return finalise(h);
}
