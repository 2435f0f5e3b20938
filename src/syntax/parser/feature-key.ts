// Feature keys of the parser: a template id and up to three ints combined by multiply-xor steps.
// Cheaper than the general hashInts (four of these run per word per template), and every step is
// a bijection, so keys of one template differ whenever one value differs and the rest are equal.
export function featureKey(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x27d4eb2f);
  return h ^ (h >>> 16);
}
