// PLOVER events (gold with the `plover` layer): triggers match when their spans overlap. Reported:
// trigger detection P/R/F1 (any type), trigger + type P/R/F1, type accuracy on matched triggers,
// and on matched triggers the accuracy of source, target (any predicted actor overlapping any gold
// one, or the same text when the gold has no span; an empty gold list needs an empty prediction),
// sourceExact/targetExact (the predicted actors are the gold ones, no more, no fewer), date (same TIMEX3 value), place and attribution
// (innermost source). Where the gold gives every event's place (`eventPlaces: "exhaustive"`), place
// precision and recall on matched triggers too: a place predicted for an event the gold places nowhere is wrong.
import type { AttributionLink, PloverEvent, Span } from '../core/types.js';
import type { GoldArgument, GoldEvent } from '../gold/types.js';
import type { ScoreContext } from './context.js';
import { hull } from '../convert/layout.js';
import { matchSpans, overlaps, quote } from './spans.js';

interface PredEvent extends Span {
  event: PloverEvent;
}

function sameArgument(g: GoldArgument, p: { text?: string; name?: string }, spans: Span[]): boolean {
  if (g.start !== undefined && g.end !== undefined) return spans.some((s) => overlaps(s, g as Span));
  const t = (p.text ?? p.name ?? '').toLowerCase();
  return g.text !== undefined && t === g.text.toLowerCase();
}

/** Some predicted argument is a gold one; an empty gold list ("no target") is found only by an empty prediction. */
function argumentFound(golds: GoldArgument[], preds: { text?: string; name?: string }[], predSpans: Span[][]): boolean {
  if (golds.length === 0) return preds.length === 0;
  return golds.some((g) => preds.some((p, i) => sameArgument(g, p, predSpans[i])));
}

/** Every gold argument is predicted and every predicted one is in the gold (both empty counts). */
function argumentsExact(golds: GoldArgument[], preds: { text?: string; name?: string }[], predSpans: Span[][]): boolean {
  return golds.every((g) => preds.some((p, i) => sameArgument(g, p, predSpans[i]))) && preds.every((p, i) => golds.some((g) => sameArgument(g, p, predSpans[i])));
}

/** The innermost gold source against the innermost predicted one ("author" when unattributed). */
export function attributionFound(gold: GoldArgument[], pred: AttributionLink[]): boolean {
  const g = gold[gold.length - 1];
  const p = pred[pred.length - 1];
  if (!g) return pred.length <= 1;
  if (!p) return g.text === 'author';
  return argumentFound([g], [p], [p.spans]);
}

function check(ctx: ScoreContext, key: string, gold: unknown, ok: () => boolean): void {
  if (gold === undefined) return;
  ctx.tally.add(`ev.${key}.n`);
  if (ok()) ctx.tally.add(`ev.${key}.ok`);
}

export function scorePlover(ctx: ScoreContext): void {
  const { gold, doc, tally } = ctx;
  const golds = (gold.events ?? []).filter((e): e is GoldEvent & { type: string } => e.type !== undefined && ctx.inScope(e));
  const preds: PredEvent[] = doc.events
    .map((event) => ({ ...hull(event.trigger.spans), event }))
    .filter((p) => Number.isFinite(p.start) && ctx.inScope(p));
  tally.add('ev.gold', golds.length);
  tally.add('ev.pred', preds.length);
  const typed = matchSpans(golds, preds, (g, p) => overlaps(g, p) && g.type === p.event.type);
  tally.add('ev.typed.tp', typed.filter((i) => i >= 0).length);
  const trig = matchSpans(golds, preds, overlaps);
  const used = new Set<number>();
  golds.forEach((g, gi) => {
    const i = trig[gi];
    const expected = `${g.type} ${quote(gold.text, g)}`;
    if (i < 0) {
      ctx.issues.push({ layer: 'plover', start: g.start, end: g.end, expected, rules: [] });
      return;
    }
    used.add(i);
    const e = preds[i].event;
    tally.add('ev.trigger.tp');
    check(ctx, 'type', g.type, () => e.type === g.type);
    check(ctx, 'source', g.source, () => argumentFound(g.source ?? [], e.source, e.source.map((a) => a.spans)));
    check(ctx, 'target', g.target, () => argumentFound(g.target ?? [], e.target, e.target.map((a) => a.spans)));
    check(ctx, 'sourceExact', g.source, () => argumentsExact(g.source ?? [], e.source, e.source.map((a) => a.spans)));
    check(ctx, 'targetExact', g.target, () => argumentsExact(g.target ?? [], e.target, e.target.map((a) => a.spans)));
    check(ctx, 'date', g.date, () => e.date?.value === g.date);
    check(ctx, 'attribution', g.attribution, () => attributionFound(g.attribution ?? [], e.factuality.attribution));
    const placeRight = g.place !== undefined && e.place !== undefined && argumentFound([g.place as GoldArgument], [e.place], [e.place.spans]);
    check(ctx, 'place', g.place, () => placeRight);
    if (gold.eventPlaces === 'exhaustive') {
      if (g.place) tally.add('ev.placeSet.gold');
      if (e.place) tally.add('ev.placeSet.pred');
      if (placeRight) tally.add('ev.placeSet.tp');
    }
    if (e.type !== g.type) {
      ctx.issues.push({ layer: 'plover', start: g.start, end: g.end, expected, produced: `${e.type} ${quote(gold.text, preds[i])}`, rules: e.rules });
    }
  });
  preds.forEach((p, i) => {
    if (!used.has(i)) {
      ctx.issues.push({ layer: 'plover', start: p.start, end: p.end, produced: `${p.event.type} ${quote(gold.text, p)}`, rules: p.event.rules });
    }
  });
}
