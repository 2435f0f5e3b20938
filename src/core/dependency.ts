// Reading the dependency parse the syntax stage leaves on the tokens (token.head, token.deprel).
import type { Token } from './types.js';

/** The relation without its subtype ("nsubj" of "nsubj:pass"); "" when the token has no parse. */
export function baseRelation(t: Token): string {
  const d = t.deprel ?? '';
  const i = d.indexOf(':');
  return i < 0 ? d : d.slice(0, i);
}

/** The token of [start, end) whose head lies outside the span (the first one when several). */
export function spanHead(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const h = tokens[k].head ?? -1;
    if (h < start || h >= end) return k;
  }
  return start;
}

/** The first dependent of token k with base relation `relation` among tokens [start, end); -1 when none. */
export function dependentIn(tokens: readonly Token[], start: number, end: number, k: number, relation: string): number {
  for (let c = start; c < end; c++) if (tokens[c].head === k && baseRelation(tokens[c]) === relation) return c;
  return -1;
}

/** The first dependent of token k with base relation `relation` before it, searched from token `from`; -1 when none. */
export function dependentBefore(tokens: readonly Token[], from: number, k: number, relation: string): number {
  return dependentIn(tokens, from, k, k, relation);
}

/** The first case marker ("case" dependent) of token k, searched from token `from`; -1 when none. */
export function caseMarker(tokens: readonly Token[], from: number, k: number): number {
  return dependentBefore(tokens, from, k, 'case');
}

/** Token k is `top` or lies below it in the parse, at most `hops` heads up (a bound, as a misparse may loop). */
export function atOrBelow(tokens: readonly Token[], k: number, top: number, hops: number): boolean {
  for (let n = 0; k >= 0 && n <= hops; k = tokens[k].head ?? -1, n++) if (k === top) return true;
  return false;
}
