// Scope: which cues govern a predicate. The heuristic implementation works on the linear clause
// analysis of sentence.ts; a dependency parse can replace it behind the same interface.
import type { CronacaDocument } from '../../core/types.js';
import { SOURCE_CLASSES } from './classes.js';
import type { FactualityLexicon } from './lexicon.js';
import { analyzeSentence, type CueMatch, type SentenceAnalysis } from './sentence.js';

export interface PredicateRef {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

export type GovernorKind = 'comp' | 'same-clause' | 'trailing' | 'pp' | 'quote';

export interface Governor {
  cue: CueMatch;
  kind: GovernorKind;
  /** Reached through a relative or adverbial clause: only attribution carries over. */
  sourceOnly: boolean;
  rule: string;
}

export interface ScopeModel {
  sentence(doc: CronacaDocument, sentence: number): SentenceAnalysis;
  /** Governing cues, innermost first. */
  governors(doc: CronacaDocument, pred: PredicateRef, head: number): Governor[];
  /** Clause links from the predicate's clause to the root (the predicate's own clause first). */
  clauseChain(doc: CronacaDocument, pred: PredicateRef, head: number): number[];
}

const STOP_LINKS = new Set(['root', 'coord']);
const SOURCE_ONLY_LINKS = new Set(['rel', 'adv', 'cond', 'purpose', 'paren']);

export function heuristicScope(lex: FactualityLexicon): ScopeModel {
  const sentenceOf = (doc: CronacaDocument, s: number): SentenceAnalysis => analyzeSentence(doc, s, lex);
  return {
    sentence: sentenceOf,
    clauseChain(doc, pred, head) {
      const a = sentenceOf(doc, pred.sentence);
      const chain: number[] = [];
      let c = a.clauseAt[head - a.start];
      const seen = new Set<number>();
      while (c >= 0 && !seen.has(c)) {
        seen.add(c);
        chain.push(c);
        c = a.clauses[c].parent;
      }
      return chain;
    },
    governors(doc, pred, head) {
      const a = sentenceOf(doc, pred.sentence);
      const out: Governor[] = [];
      let clause = a.clauseAt[head - a.start];
      let pos = head;
      let sourceOnly = false;
      const seen = new Set<number>();
      while (clause >= 0 && !seen.has(clause)) {
        seen.add(clause);
        const level: Governor[] = [];
        for (let ci = a.cues.length - 1; ci >= 0; ci--) {
          const cue = a.cues[ci];
          if (cue.clause !== clause) continue;
          if (cue.start <= pred.tokenStart && cue.end > pred.tokenStart) continue;
          const scope = cue.entry.scope;
          // a cue ending in its own complement marker ("measures to", "fears that") governs that complement only
          if (scope === 'comp' && cue.start < pos && cue.start < pred.tokenStart && (cue.end <= pos || pos !== head) && (pos !== head || !opensOwnClause(a, cue))) {
            level.push({ cue, kind: 'same-clause', sourceOnly, rule: 'scope.heuristic.same-clause' });
          } else if (scope === 'comp' && cue.start > pos && pos === head && (SOURCE_CLASSES.has(cue.entry.cls) || cue.entry.cls === 'unnamed-source') && trailing(a, doc, cue)) {
            level.push({ cue, kind: 'trailing', sourceOnly, rule: 'scope.heuristic.trailing-report' });
          } else if (scope === 'pp' || (scope === 'clause' && (cue.entry.cls === 'unnamed-source' || cue.entry.cls === 'unnamed-hedge'))) {
            level.push({ cue, kind: 'pp', sourceOnly, rule: 'scope.heuristic.source-phrase' });
          }
        }
        // Within a level: cues before the predicate, nearest first; then trailing and source phrases.
        level.sort((x, y) => rank(x) - rank(y) || y.cue.start - x.cue.start);
        out.push(...level);
        const c = a.clauses[clause];
        if (STOP_LINKS.has(c.link) || c.parent < 0) break;
        if (SOURCE_ONLY_LINKS.has(c.link)) sourceOnly = true;
        pos = c.start;
        clause = c.parent;
      }
      const q = quoteSpeaker(a, doc, head);
      if (q && !out.some((g) => g.cue === q)) out.push({ cue: q, kind: 'quote', sourceOnly, rule: 'scope.heuristic.quote-speaker' });
      return out;
    },
  };
}

function opensOwnClause(a: SentenceAnalysis, cue: CueMatch): boolean {
  return cue.end - cue.start > 1 && a.clauses.some((k) => k.parent === cue.clause && k.start === cue.end - 1);
}

function rank(g: Governor): number {
  return g.kind === 'same-clause' ? 0 : g.kind === 'pp' ? 1 : 2;
}

/** "..., ha detto il ministro." / "..., officials said.": a report after a comma, ending its clause. */
function trailing(a: SentenceAnalysis, doc: CronacaDocument, cue: CueMatch): boolean {
  const tokens = doc.tokens;
  // a participle after a comma modifies a noun ("il sindaco, accusato di..."): only finite reports
  if (cue.vg < 0 || a.vgs[cue.vg].finite < 0) return false;
  const vgStart = cue.vg >= 0 ? a.vgs[cue.vg].start : cue.start;
  let p = Math.min(vgStart, cue.start) - 1;
  // skip a subject noun phrase before the verb ("..., the defence ministry in Berlin said")
  const np = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PRON']);
  while (p > a.start && p > vgStart - 10 && np.has(tokens[p].pos)) {
    // "..., a charge the groups deny": a determiner right after a noun starts a reduced relative
    if (tokens[p].pos === 'DET' && (tokens[p - 1].pos === 'NOUN' || tokens[p - 1].pos === 'PROPN')) return false;
    p--;
  }
  const t = tokens[p]?.text;
  if (t !== ',' && t !== '»' && t !== '”' && t !== '"') return false;
  const vgEnd = cue.vg >= 0 ? a.vgs[cue.vg].end : cue.end;
  // "..., the military said, adding that ...": a non-finite verb after a comma continues the report
  const addedAfterComma = (v: { start: number; finite: number }): boolean => v.finite < 0 && tokens[v.start - 1]?.text === ',';
  let added = a.end;
  for (const v of a.vgs) {
    if (v.start < vgEnd || a.clauseAt[v.start - a.start] !== cue.clause) continue;
    if (!addedAfterComma(v)) return false;
    added = Math.min(added, v.start);
  }
  // "..., investors fear that banks could fail": a verb with its own complement is no trailing report
  // (the complement of an added "adding that ..." is that verb's)
  if (a.clauses.some((k) => k.parent === cue.clause && k.link === 'comp' && k.start >= cue.start && k.start < added)) return false;
  return true;
}

/** Reporting verb right after a closing quote or right before an opening one (colon between). */
function quoteSpeaker(a: SentenceAnalysis, doc: CronacaDocument, head: number): CueMatch | undefined {
  const q = a.quotes.find((x) => x.open < head && head < x.close);
  if (!q) return undefined;
  const tokens = doc.tokens;
  for (let i = q.close + 1; i < a.end && i <= q.close + 4; i++) {
    const c = a.cueAt[i - a.start];
    if (c >= 0 && SOURCE_CLASSES.has(a.cues[c].entry.cls)) return a.cues[c];
  }
  for (let i = q.open - 1; i >= a.start && i >= q.open - 3; i--) {
    if (tokens[i].text === ':' || tokens[i].text === ',') continue;
    const c = a.cueAt[i - a.start];
    if (c >= 0 && SOURCE_CLASSES.has(a.cues[c].entry.cls)) return a.cues[c];
    break;
  }
  return undefined;
}
