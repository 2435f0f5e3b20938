// Scope from the dependency parse (token.head / token.deprel, filled by the syntax stage): a cue
// governs only the predicates of its subtree, so the parse confirms or drops the governors found by
// the linear clause heuristics, and decides which negations attach to a predicate. Sentences without
// a parse keep the heuristics alone, whose rule ids stay distinct (scope.heuristic.*).
import type { CronacaDocument } from '../../core/types.js';
import type { FactualityLexicon } from './lexicon.js';
import { heuristicScope, type Governor, type ScopeModel } from './scope.js';
import type { CueMatch, SentenceAnalysis } from './sentence.js';

// Whether the parse is read at all (off: the heuristics decide everywhere, for comparisons).
let enabled = true;

export function setDependencyScope(on: boolean): void {
  enabled = on;
}

/** The parse is in use and every token of the sentence carries a head from the parser. */
export function sentenceParsed(doc: CronacaDocument, a: SentenceAnalysis): boolean {
  if (!enabled) return false;
  let root = false;
  for (let i = a.start; i < a.end; i++) {
    const h = doc.tokens[i].head;
    if (h === undefined || h >= a.end || h < -1 || (h >= 0 && h < a.start)) return false;
    if (h === -1) root = true;
  }
  return root;
}

/** A subject or a conjunct is no complement of its head: a cue there does not govern it. */
const NOT_UNDER_HEAD = new Set(['nsubj', 'nsubj:pass', 'nsubj:outer', 'csubj', 'csubj:pass', 'expl', 'conj', 'vocative', 'dislocated']);
/** Function words of a predicate or of its governors that may belong to a cue ("were to", "is likely to"). */
const FUNCTION_RELS = new Set(['aux', 'aux:pass', 'mark', 'cop', 'advmod', 'case', 'det', 'fixed', 'compound:prt']);

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** The verb at k heads a finite clause: it is finite, or a finite auxiliary hangs on it. */
function finiteClause(doc: CronacaDocument, a: SentenceAnalysis, k: number): boolean {
  const tokens = doc.tokens;
  if (tokens[k].pos !== 'VERB') return false;
  if (tokens[k].feats.VerbForm === 'Fin') return true;
  for (let j = a.start; j < k; j++) if (tokens[j].head === k && (tokens[j].deprel ?? '').startsWith('aux') && tokens[j].feats.VerbForm === 'Fin') return true;
  return false;
}

/** Modifier clauses (relative, participial, adverbial): what is above them gives the source only. */
const MODIFIER_RELS = new Set(['acl', 'acl:relcl', 'advcl']);

/**
 * Tokens whose cues may govern the predicate at `head`: its governing ancestors and their function
 * words; `background` holds those reached through a modifier clause, `beside` the cue words an
 * adverbial clause hangs on directly, `onPath` the predicate and its ancestors.
 */
function reachable(doc: CronacaDocument, a: SentenceAnalysis, head: number, lex: FactualityLexicon): { governing: Set<number>; background: Set<number>; beside: Set<number>; onPath: Set<number> } {
  const tokens = doc.tokens;
  const path: number[] = [head];
  const governing = new Set<number>();
  const background = new Set<number>();
  const beside = new Set<number>();
  let below = false;
  let cur = head;
  while (tokens[cur].head !== undefined && tokens[cur].head! >= 0 && path.length <= a.end - a.start) {
    let up = tokens[cur].head!;
    const rel = tokens[cur].deprel ?? '';
    // "Moscow dismissed the measures as illegal and vowed retaliation": a finite verb the parse
    // joined to a noun or adjective is a conjunct of the verb above them, not under that verb
    if (rel === 'conj' && finiteClause(doc, a, cur) && !VERBAL.has(tokens[up].pos)) {
      let v = up;
      for (let guard = 0; v >= 0 && !VERBAL.has(tokens[v].pos) && guard < 20; guard++) v = tokens[v].head ?? -1;
      if (v >= 0) up = v;
    }
    // an adverbial clause hung on the cue's own word tells the author's circumstances of the saying;
    // not one opened by a complementizer ("è stato riferito che...", a complement the parse
    // mislabelled) or by a condition ("threatened a strike if its demands are not met": the
    // threatener's condition)
    if (rel === 'advcl' && !below && circumstantial(doc, a, cur, lex)) beside.add(up);
    // a clause modifying a noun cue is its complement ("efforts to ease"), otherwise background
    if (MODIFIER_RELS.has(rel) && !(rel === 'acl' && a.cueAt[up - a.start] >= 0)) below = true;
    // "su richiesta della procura, che lo accusa": a relative clause on a noun cue's own modifier
    // (its requester, its subject matter) is the author's, not in the cue's scope
    const cueModifier = below && rel === 'nmod' && a.cueAt[up - a.start] >= 0;
    if (!NOT_UNDER_HEAD.has(rel) && !cueModifier) governing.add(up);
    if (below) background.add(up);
    path.push(up);
    cur = up;
  }
  const onPath = new Set(path);
  for (let k = a.start; k < a.end; k++) {
    const h = tokens[k].head;
    if (h === undefined || !onPath.has(h)) continue;
    // function words; and the complementizer that closes a cue ("fears that", "efforts to"), whatever its label
    const closesCue = a.cueAt[k - a.start] >= 0 && a.cues[a.cueAt[k - a.start]].end === k + 1 && a.cues[a.cueAt[k - a.start]].end - a.cues[a.cueAt[k - a.start]].start > 1;
    if (FUNCTION_RELS.has(tokens[k].deprel ?? '') || closesCue) {
      governing.add(k);
      if (background.has(h)) background.add(k);
    }
  }
  return { governing, background, beside, onPath };
}

/** Clause markers (factuality-clauses.tsv) that open no circumstance of the saying. */
const NOT_CIRCUMSTANTIAL = new Set(['comp', 'comp-inf', 'if', 'cond', 'whether']);

/** The clause headed at `head` has no marker of its own that makes it a complement or a condition. */
function circumstantial(doc: CronacaDocument, a: SentenceAnalysis, head: number, lex: FactualityLexicon): boolean {
  for (let k = a.start; k < head; k++) {
    if (doc.tokens[k].head !== head || doc.tokens[k].deprel !== 'mark') continue;
    const value = lex.clauses.match(doc.tokens, k, k + 1)?.value;
    if (value !== undefined && NOT_CIRCUMSTANTIAL.has(value)) return false;
  }
  return true;
}

/** Relations by which a parse hangs a trailing report ("..., officials said") on the reported clause. */
const TRAILING_RELS = new Set(['parataxis', 'ccomp', 'conj', 'advcl']);

/** The trailing report's verb hangs, after it, on the predicate or an ancestor of it (`above`: reachable's path). */
function trailingAttached(doc: CronacaDocument, above: ReadonlySet<number>, cue: CueMatch): boolean {
  const tokens = doc.tokens;
  for (let k = cue.start; k < cue.end; k++) {
    const h = tokens[k].head;
    if (h !== undefined && h >= 0 && h < k && above.has(h) && TRAILING_RELS.has((tokens[k].deprel ?? '').split(':')[0])) return true;
  }
  return false;
}

/**
 * A complement cue that ends in its complementizer ("worries that", "fears that") whose
 * complementizer the parse reads as something else (a determiner: "that recent moves"): the
 * lexicon entry says a clause follows, so the heuristic governor stands.
 */
function complementizerMisread(doc: CronacaDocument, lex: FactualityLexicon, cue: CueMatch): boolean {
  if (cue.entry.scope !== 'comp' || cue.end - cue.start < 2) return false;
  const last = cue.end - 1;
  const marker = lex.clauses.match(doc.tokens, last, cue.end);
  return marker?.value === 'comp' && marker.words.length === 1 && doc.tokens[last].deprel !== 'mark';
}

/**
 * The heuristic governors (scope.ts) that the parse confirms: a cue governs a predicate only when one
 * of its words is a governing ancestor of the predicate (not through a subject or a conjunct) or a
 * function word of one. Source phrases and quote speakers are kept as found.
 */
export function dependencyScope(lex: FactualityLexicon, fallback: ScopeModel = heuristicScope(lex)): ScopeModel {
  return {
    sentence: fallback.sentence,
    clauseChain: fallback.clauseChain,
    governors(doc, pred, head) {
      const found = fallback.governors(doc, pred, head);
      const a = fallback.sentence(doc, pred.sentence);
      if (!found.length || !sentenceParsed(doc, a)) return found;
      const { governing, background, beside, onPath } = reachable(doc, a, head, lex);
      const out: Governor[] = [];
      for (const g of found) {
        if (g.kind === 'pp' || g.kind === 'quote') { out.push(g); continue; }
        // "Police arrested 40 protesters, the ministry said": UD hangs a trailing report on the
        // reported clause (parataxis), so the cue is below the predicate's clause, not above it.
        // (Not a denial: "..., a charge Baku dismissed as baseless" is a reduced relative on a noun.)
        if (g.kind === 'trailing' && g.cue.entry.cls !== 'denial' && trailingAttached(doc, onPath, g.cue)) { out.push({ ...g, rule: 'scope.dependency.trailing' }); continue; }
        if (complementizerMisread(doc, lex, g.cue)) { out.push(g); continue; }
        let hit = false;
        let foreground = false;
        for (let k = g.cue.start; k < g.cue.end; k++) {
          if (!governing.has(k) || beside.has(k)) continue;
          hit = true;
          if (!background.has(k)) foreground = true;
        }
        if (hit) out.push({ ...g, sourceOnly: g.sourceOnly || !foreground, rule: 'scope.dependency.subtree' });
      }
      return out;
    },
  };
}

/**
 * Negations of a predicate from the parse: negation cues attached to the predicate's head token
 * (UD attaches "not"/"non" to the lexical predicate, also past a copula), or a negative determiner
 * of a nominal predicate ("no attack"). Undefined when the sentence has no parse.
 */
export function dependencyNegations(doc: CronacaDocument, a: SentenceAnalysis, heads: number[]): CueMatch[] | undefined {
  if (!sentenceParsed(doc, a)) return undefined;
  const tokens = doc.tokens;
  const out: CueMatch[] = [];
  for (const c of a.cues) {
    if (c.entry.cls !== 'negation' && c.entry.cls !== 'negative-concord') continue;
    for (let k = c.start; k < c.end; k++) {
      let h = tokens[k].head;
      // "no longer meet": through one modifier of the predicate
      if (h !== undefined && h >= 0 && !heads.includes(h) && tokens[h].head !== undefined && heads.includes(tokens[h].head!) && tokens[h].deprel === 'advmod') h = tokens[h].head;
      if (h === undefined || !heads.includes(h)) continue;
      // never across punctuation ("is not - \"I conclude…\"")
      let punct = false;
      for (let j = Math.min(k, h) + 1; j < Math.max(k, h); j++) if (tokens[j].pos === 'PUNCT') punct = true;
      if (!punct) { out.push(c); break; }
    }
  }
  return out;
}
