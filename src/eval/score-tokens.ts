// Universal Dependencies layer: tokenisation P/R/F1 on surface-token spans, and UPOS and lemma
// accuracy over all gold words (a word counts only when aligned: the predicted tokens inside its
// surface token are as many as its words, paired in order). Lemmas compare case-insensitively.
// UAS/LAS are counted when predicted tokens carry a `head` (no parser yet: the keys stay empty).
import type { Token } from '../core/types.js';
import type { GoldToken } from '../gold/types.js';
import type { ScoreContext } from './context.js';

/** Hook for a future parser: a predicted token's head index (document level), when present. */
function predictedHead(t: Token): { head: number; deprel?: string } | undefined {
  const x = t as Token & { head?: number; deprel?: string };
  return typeof x.head === 'number' ? { head: x.head, deprel: x.deprel } : undefined;
}

export function scoreTokens(ctx: ScoreContext): void {
  const { gold, doc, tally } = ctx;
  const words = (gold.tokens ?? []).filter((t) => ctx.inScope(t));
  const preds = doc.tokens.filter((t) => ctx.inScope(t));
  // Surface tokens: consecutive words with the same span.
  const groups: GoldToken[][] = [];
  for (const w of words) {
    const last = groups[groups.length - 1];
    if (last && last[0].start === w.start && last[0].end === w.end) last.push(w);
    else groups.push([w]);
  }
  const predBySpan = new Map<string, Token>();
  for (const t of preds) predBySpan.set(`${t.start}:${t.end}`, t);
  tally.add('ud.tok.gold', groups.length);
  tally.add('ud.tok.pred', preds.length);
  let pi = 0;
  const goldIndex = new Map<GoldToken, number>();
  (gold.tokens ?? []).forEach((w, i) => goldIndex.set(w, i));
  const alignedPred = new Map<number, number>(); // gold word index -> pred token index
  for (const group of groups) {
    const { start, end } = group[0];
    if (predBySpan.has(`${start}:${end}`)) tally.add('ud.tok.tp');
    while (pi < preds.length && preds[pi].end <= start) pi++;
    const inside: Token[] = [];
    for (let k = pi; k < preds.length && preds[k].start < end; k++) {
      if (preds[k].start >= start && preds[k].end <= end) inside.push(preds[k]);
    }
    for (let k = 0; k < group.length; k++) {
      const w = group[k];
      tally.add('ud.words');
      const t = inside.length === group.length ? inside[k] : undefined;
      if (!t) {
        if (k === 0) ctx.issues.push({ layer: 'tokens', start, end, expected: `tokens ${group.map((x) => x.form).join(' + ')}`, produced: inside.length ? `tokens ${inside.map((x) => x.text).join(' + ')}` : undefined, rules: [] });
        continue;
      }
      tally.add('ud.aligned');
      alignedPred.set(goldIndex.get(w) as number, t.index);
      if (t.pos === w.upos) tally.add('ud.upos.ok');
      else ctx.issues.push({ layer: 'tokens', start, end, expected: `${w.upos} ${JSON.stringify(w.form)}`, produced: `${t.pos}`, rules: [t.morphRule] });
      if (t.lemma.toLowerCase() === w.lemma.toLowerCase()) tally.add('ud.lemma.ok');
    }
  }
  // Attachment scores, once a parser fills `head` on tokens.
  const predToGold = new Map<number, number>();
  for (const [g, p] of alignedPred) predToGold.set(p, g);
  for (const [g, p] of alignedPred) {
    const h = predictedHead(doc.tokens[p]);
    if (!h) continue;
    const w = (gold.tokens ?? [])[g];
    tally.add('ud.parsed');
    const headGold = h.head < 0 ? -1 : (predToGold.get(h.head) ?? -2);
    if (headGold === w.head) {
      tally.add('ud.uas.ok');
      if (h.deprel === w.deprel) tally.add('ud.las.ok');
    }
  }
}
