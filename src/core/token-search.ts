// Binary searches over a document's tokens, which are in text order.
import type { Token } from './types.js';

/** Index of the first token ending after character `offset` (tokens.length when none does). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
