// Binary searches over items in order (a document's tokens, mentions sorted by position).
import type { Token } from './types.js';

/**
 * Index of the first of n ordered items for which `before` is false (n when it is true for all);
 * `before` must hold for a prefix of 0..n-1 and for nothing after it.
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token ending after character `offset` (tokens.length when none does). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (i) => tokens[i].end <= offset);
}

/** Index of the first token starting at or after character `offset` (tokens.length when none does). */
export function firstTokenStartingFrom(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (i) => tokens[i].start < offset);
}
