// Time expressions: strict (same span) and relaxed (overlapping span) P/R/F1, and type and value
// accuracy on relaxed matches (TIMEX3 value strings compared exactly).
import type { ScoreContext } from './context.js';
import { matchSpans, overlaps, quote, sameSpan } from './spans.js';

export function scoreTimexes(ctx: ScoreContext): void {
  const { gold, doc, tally } = ctx;
  const golds = (gold.timexes ?? []).filter((t) => ctx.inScope(t));
  const preds = doc.timexes.filter((t) => ctx.inScope(t));
  tally.add('tx.gold', golds.length);
  tally.add('tx.pred', preds.length);
  const strict = matchSpans(golds, preds, sameSpan);
  tally.add('tx.strict.tp', strict.filter((i) => i >= 0).length);
  const relaxed = matchSpans(golds, preds, overlaps);
  const used = new Set<number>();
  golds.forEach((g, gi) => {
    const i = relaxed[gi];
    if (i < 0) {
      ctx.issues.push({ layer: 'timexes', start: g.start, end: g.end, expected: `${g.type} ${g.value} ${quote(gold.text, g)}`, rules: [] });
      return;
    }
    used.add(i);
    const t = preds[i];
    tally.add('tx.relaxed.tp');
    if (t.type === g.type) tally.add('tx.type.ok');
    if (t.value === g.value) tally.add('tx.value.ok');
    else {
      ctx.issues.push({
        layer: 'timexes',
        start: g.start,
        end: g.end,
        expected: `${g.type} ${g.value} ${quote(gold.text, g)}`,
        produced: `${t.type} ${t.value} ${quote(gold.text, t)}`,
        rules: [t.rule],
      });
    }
  });
  preds.forEach((t, i) => {
    if (!used.has(i)) {
      ctx.issues.push({ layer: 'timexes', start: t.start, end: t.end, produced: `${t.type} ${t.value} ${quote(gold.text, t)}`, rules: [t.rule] });
    }
  });
}
