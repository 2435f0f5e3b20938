// Factuality, given the gold event mentions (any predicate): each gold span is mapped to the
// pipeline's tokens and passed to assessFactuality; certainty, polarity and time are compared
// (confusion counts `fact.<dim>.<gold>><pred>`), the -3..+3 score against factScore. Also, on
// predicted PLOVER events whose trigger overlaps a gold event: the same comparison (`factp.`).
import type { CronacaDocument, Factuality, Span } from '../core/types.js';
import type { GoldEvent } from '../gold/types.js';
import type { ScoreContext } from './context.js';
import type { AssessFactuality, Predicate } from './factuality-hook.js';
import { hull } from '../convert/layout.js';
import { attributionFound } from './score-plover.js';
import { overlaps, quote } from './spans.js';
import { firstTokenEndingAfter } from '../core/token-search.js';

export const FACT_DIMENSIONS = ['certainty', 'polarity', 'time'] as const;

/** The tokens under a character span, kept within the sentence of the first one. */
export function predicateForSpan(doc: CronacaDocument, span: Span): Predicate | undefined {
  const first = firstTokenEndingAfter(doc.tokens, span.start);
  if (first >= doc.tokens.length || doc.tokens[first].start >= span.end) return undefined;
  const sentence = doc.tokens[first].sentence;
  let end = first + 1;
  while (end < doc.tokens.length && doc.tokens[end].start < span.end && doc.tokens[end].sentence === sentence) end++;
  return { tokenStart: first, tokenEnd: end, sentence };
}

function compare(ctx: ScoreContext, prefix: string, g: GoldEvent, f: Factuality): string[] {
  const wrong: string[] = [];
  for (const dim of FACT_DIMENSIONS) {
    const gv = g[dim];
    if (!gv) continue;
    const pv = f[dim].value;
    ctx.tally.add(`${prefix}.${dim}.${gv}>${pv}`);
    if (gv !== pv) wrong.push(`${dim} ${gv}→${pv}`);
  }
  if (g.certainty && g.polarity) {
    ctx.tally.add(`${prefix}.cp.n`);
    if (g.certainty === f.certainty.value && g.polarity === f.polarity.value) ctx.tally.add(`${prefix}.cp.ok`);
    if (g.certainty === 'CERTAIN' && g.polarity === 'POS') ctx.tally.add(`${prefix}.cp.base`);
  }
  if (g.attribution !== undefined) {
    ctx.tally.add(`${prefix}.attribution.n`);
    if (attributionFound(g.attribution, f.attribution)) ctx.tally.add(`${prefix}.attribution.ok`);
    else wrong.push('attribution');
  }
  if (g.factScore !== undefined) {
    const x = f.score;
    const y = g.factScore;
    const t = ctx.tally;
    t.add(`${prefix}.score.n`);
    t.add(`${prefix}.score.abs`, Math.abs(x - y));
    t.add(`${prefix}.score.baseAbs`, Math.abs(3 - y));
    t.add(`${prefix}.score.sx`, x);
    t.add(`${prefix}.score.sy`, y);
    t.add(`${prefix}.score.sxx`, x * x);
    t.add(`${prefix}.score.syy`, y * y);
    t.add(`${prefix}.score.sxy`, x * y);
    if (Math.abs(x - y) >= 1.5) wrong.push(`score ${y}→${x}`);
  }
  return wrong;
}

function rulesOf(f: Factuality): string[] {
  return [f.certainty.rule, f.polarity.rule, f.time.rule, ...f.cues.map((c) => c.rule)];
}

function hasFactuality(e: GoldEvent): boolean {
  return e.certainty !== undefined || e.polarity !== undefined || e.time !== undefined || e.factScore !== undefined || e.attribution !== undefined;
}

export function scoreFactuality(ctx: ScoreContext, assess: AssessFactuality | undefined): void {
  const { gold, doc, tally } = ctx;
  const golds = (gold.events ?? []).filter((e) => hasFactuality(e) && ctx.inScope(e));
  tally.add('fact.gold', golds.length);
  for (const g of golds) {
    if (!assess) {
      tally.add('fact.unavailable');
      continue;
    }
    const predicate = predicateForSpan(doc, g);
    if (!predicate) {
      tally.add('fact.unaligned');
      continue;
    }
    let f: Factuality;
    try {
      f = assess(doc, predicate);
    } catch {
      tally.add('fact.error');
      continue;
    }
    tally.add('fact.assessed');
    const wrong = compare(ctx, 'fact', g, f);
    if (wrong.length > 0) {
      const expected = [g.certainty, g.polarity, g.time, g.factScore].filter((v) => v !== undefined).join(' ');
      ctx.issues.push({ layer: 'factuality', start: g.start, end: g.end, expected: `${quote(gold.text, g)} ${expected}`, produced: wrong.join(', '), rules: rulesOf(f) });
    }
  }
  // End to end: the factuality of predicted events on gold event mentions.
  for (const e of doc.events) {
    const span = hull(e.trigger.spans);
    if (!Number.isFinite(span.start) || !ctx.inScope(span)) continue;
    const g = golds.find((x) => overlaps(x, span));
    if (!g) continue;
    tally.add('factp.matched');
    compare(ctx, 'factp', g, e.factuality);
  }
}
