// Named-entity mentions. Gold: only `name` mentions (or mentions without a kind) of the scored
// types; other gold mentions (PRO, FIN, nominal, pronoun...) are ignored regions. Predictions: only
// mentions of kind name/acronym/alias; GROUP-typed and role/group/pronoun mentions are excluded
// (neither KIND nor MEANTIME annotates them as named entities). A prediction that matches nothing
// and overlaps only ignored regions is not counted. Layers marked partial count recall only.
// Gold marked `entitySpans: "bare-name"` (KIND) annotates the name alone in "presidente Grasso":
// there a role+name mention is scored by its `name` sub-span.
import type { Mention, Span } from '../core/types.js';
import type { GoldEntity } from '../gold/types.js';
import type { ScoreContext } from './context.js';
import { matchSpans, overlaps, quote, sameSpan } from './spans.js';

export const SCORED_ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'GPE']);
const NAMED_KINDS = new Set(['name', 'acronym', 'alias']);

interface Pred extends Span {
  type: string;
  mention: Mention;
  ignored: boolean;
}

export function isScoredGoldEntity(e: GoldEntity): boolean {
  return SCORED_ENTITY_TYPES.has(e.type) && (e.kind === undefined || e.kind === 'name');
}

export function scoreEntities(ctx: ScoreContext): void {
  const { gold, doc, tally } = ctx;
  const partial = gold.partial?.includes('entities') ?? false;
  const p = partial ? 'entp.' : 'ent.';
  const all = (gold.entities ?? []).filter((e) => ctx.inScope(e));
  const scored = all.filter(isScoredGoldEntity);
  const ignoredRegions = all.filter((e) => !isScoredGoldEntity(e));

  const bareNames = gold.entitySpans === 'bare-name';
  const preds: Pred[] = [];
  for (const m of doc.mentions) {
    if (!ctx.inScope(m)) continue;
    if (!NAMED_KINDS.has(m.kind) || m.type === 'GROUP') {
      tally.add(p + 'excluded');
      continue;
    }
    const type = m.type === 'GPE' && ctx.options.gpeAsLoc ? 'LOC' : m.type;
    const span = bareNames && m.name ? m.name : m;
    const ignored = !scored.some((g) => overlaps(g, span)) && ignoredRegions.some((g) => overlaps(g, span));
    if (ignored) tally.add(p + 'ignored');
    preds.push({ start: span.start, end: span.end, type, mention: m, ignored });
  }
  const counted = preds.filter((x) => !x.ignored);

  const modes: [string, (g: GoldEntity, x: Pred) => boolean][] = [
    ['exact', (g, x) => sameSpan(g, x) && g.type === x.type],
    ['overlap', (g, x) => overlaps(g, x) && g.type === x.type],
    ['span', (g, x) => sameSpan(g, x)],
  ];
  let overlapMatch: number[] = [];
  for (const [mode, ok] of modes) {
    const match = matchSpans(scored, counted, ok);
    if (mode === 'overlap') overlapMatch = match;
    const matched = new Set(match.filter((i) => i >= 0));
    scored.forEach((g, gi) => {
      tally.add(`${p}${mode}.gold`);
      tally.add(`${p}${mode}.${g.type}.gold`);
      if (match[gi] >= 0) {
        tally.add(`${p}${mode}.tp`);
        tally.add(`${p}${mode}.${g.type}.tp`);
      }
    });
    if (partial) continue;
    counted.forEach((x, i) => {
      tally.add(`${p}${mode}.pred`);
      tally.add(`${p}${mode}.${x.type}.pred`);
      if (matched.has(i)) tally.add(`${p}${mode}.${x.type}.ptp`);
    });
  }

  // Issues, from the overlap matching: a miss and a spurious prediction on the same words make one.
  const used = new Set(overlapMatch.filter((i) => i >= 0));
  scored.forEach((g, gi) => {
    if (overlapMatch[gi] >= 0) return;
    const k = counted.findIndex((x, i) => !used.has(i) && overlaps(g, x));
    const x = k >= 0 ? counted[k] : undefined;
    if (x) used.add(k);
    ctx.issues.push({
      layer: 'entities',
      start: g.start,
      end: g.end,
      expected: `${g.type} ${quote(gold.text, g)}`,
      produced: x ? `${x.type} ${quote(gold.text, x)}` : undefined,
      rules: x ? [x.mention.rule] : [],
    });
  });
  if (partial) return;
  counted.forEach((x, i) => {
    if (used.has(i)) return;
    ctx.issues.push({ layer: 'entities', start: x.start, end: x.end, produced: `${x.type} ${quote(gold.text, x)}`, rules: [x.mention.rule] });
  });
}
