import type { Span } from '../core/types.js';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A span counts as inside the scope when it starts inside one of its regions; no scope = everything. */
export function inScope(span: Span, scope: Span[] | undefined): boolean {
  if (!scope) return true;
  return scope.some((r) => span.start >= r.start && span.start < r.end);
}

/**
 * One-to-one greedy matching: gold items in order, each takes the compatible unmatched prediction
 * with the largest overlap (earliest on ties). Returns pred index per gold index (-1 = none).
 */
export function matchSpans<G extends Span, P extends Span>(
  gold: G[],
  pred: P[],
  compatible: (g: G, p: P) => boolean,
): number[] {
  const taken = new Array<boolean>(pred.length).fill(false);
  return gold.map((g) => {
    let best = -1;
    let bestLen = -1;
    for (let i = 0; i < pred.length; i++) {
      if (taken[i] || !compatible(g, pred[i])) continue;
      const len = overlapLength(g, pred[i]);
      if (len > bestLen) {
        best = i;
        bestLen = len;
      }
    }
    if (best >= 0) taken[best] = true;
    return best;
  });
}

/** Quoted text of a span, trimmed to a readable length. */
export function quote(text: string, span: Span, max = 60): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return JSON.stringify(s.length > max ? s.slice(0, max - 1) + '…' : s);
}
