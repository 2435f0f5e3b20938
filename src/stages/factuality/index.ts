// Factuality stage: certainty, polarity, time, special case, author commitment and attribution
// for every event, through assessFactuality (usable on any predicate, not only event triggers).
import type { Stage } from '../../core/stage.js';
import type { CronacaDocument, Factuality, Span } from '../../core/types.js';
import { firstTokenEndingAfter } from '../../core/token-search.js';
import { assessFactuality, type AssessOptions } from './assess.js';
import type { PredicateRef } from './scope.js';

export { assessFactuality, dateAfter, type AssessOptions } from './assess.js';
export type { PredicateRef, ScopeModel, Governor } from './scope.js';
export { heuristicScope } from './scope.js';
export { dependencyScope, setDependencyScope } from './dependency.js';
export { factualityScore } from './classes.js';

/** Tokens covered by character spans (the event trigger), as a predicate reference. */
export function predicateFromSpans(doc: CronacaDocument, spans: Span[]): PredicateRef | undefined {
  if (!spans.length) return undefined;
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const tokens = doc.tokens;
  let tokenStart = -1;
  let tokenEnd = -1;
  for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start >= end) break;
    if (tokenStart < 0) tokenStart = t.index;
    tokenEnd = t.index + 1;
  }
  if (tokenStart < 0) return undefined;
  return { tokenStart, tokenEnd, sentence: doc.tokens[tokenStart].sentence };
}

export function factualityFor(doc: CronacaDocument, spans: Span[], options: AssessOptions = {}): Factuality | undefined {
  const p = predicateFromSpans(doc, spans);
  return p ? assessFactuality(doc, p, options) : undefined;
}

export const factualityStage: Stage = {
  name: 'factuality',
  run(doc, options) {
    if (!doc.events.length || !doc.tokens.length) return;
    const published = options.published ?? doc.meta.published;
    for (const ev of doc.events) {
      const f = factualityFor(doc, ev.trigger.spans, { eventDate: ev.date?.value, published, threat: ev.type === 'THREATEN' });
      if (f) ev.factuality = f;
    }
  },
};
