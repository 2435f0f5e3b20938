// Per-sentence analysis for factuality: cue matches, verb groups, clauses and quotes, built with
// linear heuristics (no parser). Cached per document so every predicate of a sentence shares it.
import type { CronacaDocument, Token } from '../../core/types.js';
import type { ClauseTimex, LocalFull } from './assess.js';
import type { CueEntry, FactualityLexicon } from './lexicon.js';

export interface CueMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  entry: CueEntry;
  clause: number;
  /** Verb group the cue belongs to or attaches to (vg, next-vg, nword scopes; verb cues). */
  vg: number;
}

export interface VerbGroup {
  index: number;
  start: number;
  end: number;
  clause: number;
  /** First finite token (Mood or VerbForm=Fin), else -1. */
  finite: number;
  /** Last verbal token: the lexical verb. */
  main: number;
}

export type ClauseLink = 'root' | 'comp' | 'whether' | 'cond' | 'rel' | 'adv' | 'purpose' | 'coord' | 'paren';

export interface Clause {
  index: number;
  /** First token and marker token range ([start, start) when unmarked). */
  start: number;
  markerEnd: number;
  link: ClauseLink;
  parent: number;
  /** Adverbial or conditional clause placed before its main clause. */
  fronted: boolean;
  hasCondChild: boolean;
  /** Opened by an infinitive marker ("to", "di"): it holds no finite verb of its own. */
  infinitive?: boolean;
  rule: string;
}

export interface SentenceAnalysis {
  sentence: number;
  start: number;
  end: number;
  cues: CueMatch[];
  /** Cue index covering each token (offset by start), -1 when none. */
  cueAt: Int32Array;
  vgs: VerbGroup[];
  vgAt: Int32Array;
  clauses: Clause[];
  clauseAt: Int32Array;
  /** Quoted regions [open, close] (token indices of the quote marks). */
  quotes: { open: number; close: number }[];
  /** Agent markers of passives ("by", "da"), by token index. */
  agents: Set<number>;
  question: boolean;
  /** assess.ts memos for this sentence: local readings by head and extent, dated timexes by clause. */
  readings?: Map<number, LocalFull>;
  timexes?: ClauseTimex[];
}

const GLUE_POS = new Set(['ADV', 'PART', 'PRON']);
const QUOTE_OPEN = new Set(['«', '“', '‘', '"', '„']);
const QUOTE_CLOSE = new Set(['»', '”', '’', '"']);
// Every quote mark is one code unit: the length test spares the set lookup (and hashing) for words.
const isQuoteOpen = (text: string): boolean => text.length === 1 && QUOTE_OPEN.has(text);
const isQuoteClose = (text: string): boolean => text.length === 1 && QUOTE_CLOSE.has(text);

export function isVerbal(t: Token, lex: FactualityLexicon): boolean {
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  if (t.pos === 'X' && t.feats.VerbForm !== undefined) return true;
  return t.pos === 'X' && (lex.aux.has(t.lemma) || lex.aux.has(t.norm));
}

export function isInfinitive(t: Token): boolean {
  if (t.feats.VerbForm) return t.feats.VerbForm === 'Inf';
  return t.pos === 'VERB' || t.pos === 'AUX';
}

function cueFitsToken(entry: CueEntry, words: number, byForm: boolean, t: Token): boolean {
  // a multi-word noun cue ("efforts to") never starts on a verb ("plans to" as a verb is an intention)
  if (words > 1) return !entry.noun || (t.pos !== 'VERB' && t.pos !== 'AUX');
  // a listed inflected form of a modal or auxiliary-like verb is trusted whatever its tag ("voler"),
  // but not a noun the tagger gave a gender ("la giunta al potere")
  if (byForm && entry.scope === 'vg' && entry.cue === t.norm && t.pos !== 'PROPN' && !(t.pos === 'NOUN' && t.feats.Gender !== undefined)) return true;
  if (entry.noun) return t.pos === 'NOUN' || t.pos === 'X';
  const { scope, cls } = entry;
  if (cls === 'negation' || cls === 'negative-concord' || cls === 'false-negation') return true;
  if (entry.adj) return t.pos === 'ADJ' || t.pos === 'X';
  if (scope === 'comp' || scope === 'support' || scope === 'vg' || scope === 'theme') return t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'X';
  if (scope === 'np') return t.pos !== 'VERB' && t.pos !== 'AUX';
  return true;
}

const cache = new WeakMap<CronacaDocument, Map<number, SentenceAnalysis>>();

export function analyzeSentence(doc: CronacaDocument, sentence: number, lex: FactualityLexicon): SentenceAnalysis {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  let a = perDoc.get(sentence);
  if (!a) perDoc.set(sentence, (a = build(doc, sentence, lex)));
  return a;
}

/** What the helpers of build() read: module functions rather than closures made per sentence. */
interface BuildState {
  tokens: Token[];
  lex: FactualityLexicon;
  start: number;
  end: number;
  cueAt: Int32Array;
  cues: CueMatch[];
  clauses: Clause[];
}

function verbalAt(b: BuildState, i: number): boolean {
  const c = b.cueAt[i - b.start];
  if (c >= 0) {
    const cls = b.cues[c].entry.cls;
    if ((cls === 'future' || cls === 'conditional-aux' || cls === 'intention' || cls.startsWith('modal')) && b.cues[c].entry.scope === 'vg') return true;
  }
  return isVerbal(b.tokens[i], b.lex);
}

function isMarker(b: BuildState, j: number): boolean {
  const m = b.lex.clauses.match(b.tokens, j, b.end);
  return m !== undefined && m.value !== 'none' && m.value !== 'agent';
}

function endsInModal(b: BuildState, j: number): boolean {
  const c = b.cueAt[j - b.start];
  if (c < 0) return false;
  const cls = b.cues[c].entry.cls;
  return cls.startsWith('modal') || cls === 'future' || cls === 'conditional-aux';
}

function newClause(b: BuildState, at: number, markerEnd: number, link: ClauseLink, parent: number, rule: string): number {
  b.clauses.push({ index: b.clauses.length, start: at, markerEnd, link, parent, fronted: false, hasCondChild: false, rule });
  return b.clauses.length - 1;
}

/** A verb group starts at i with an unambiguous finite verb (past, auxiliary or person-marked). */
function startsFiniteGroup(b: BuildState, vgAt: Int32Array, vgs: VerbGroup[], i: number): boolean {
  const v = vgAt[i - b.start];
  if (v < 0 || vgs[v].start !== i || vgs[v].finite < 0) return false;
  const f = b.tokens[vgs[v].finite];
  return f.feats.Tense === 'Past' || f.feats.Person !== undefined || b.lex.aux.has(f.lemma);
}

function closesQuote(b: BuildState, i: number): boolean {
  let n = 0;
  for (let k = b.start; k < i; k++) if (b.tokens[k].text === '"') n++;
  return n % 2 === 1;
}

/** A new clause opened by a marker inside the current clause `cur` (`curTokens` words into it). */
function attach(b: BuildState, cur: number, curTokens: number, link: ClauseLink, at: number, markerEnd: number): number {
  const clauses = b.clauses;
  let parent = cur;
  const prev = at > b.start ? b.tokens[at - 1] : undefined;
  // "... che X e che Y": the second complement is a sibling of the first.
  if (prev && prev.pos === 'CCONJ' && clauses[cur].link === link && clauses[cur].parent >= 0) parent = clauses[cur].parent;
  const c = newClause(b, at, markerEnd, link, parent, `scope.heuristic.${link}`);
  if (curTokens === 0 && (link === 'cond' || link === 'adv' || link === 'purpose')) clauses[c].fronted = true;
  return c;
}

function build(doc: CronacaDocument, sentence: number, lex: FactualityLexicon): SentenceAnalysis {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  const start = s.tokenStart;
  const end = s.tokenEnd;
  const n = end - start;
  const cueAt = new Int32Array(n).fill(-1);
  const vgAt = new Int32Array(n).fill(-1);
  const clauseAt = new Int32Array(n).fill(-1);

  // 1. Cues: longest match, left to right.
  const cues: CueMatch[] = [];
  for (let i = start; i < end; ) {
    const m = lex.cues.match(tokens, i, end, cueFitsToken);
    if (m) {
      const len = m.words.length;
      for (let k = 0; k < len; k++) cueAt[i + k - start] = cues.length;
      cues.push({ start: i, end: i + len, entry: m.value, clause: -1, vg: -1 });
      i += len;
    } else i++;
  }

  // 2. Verb groups: runs of verbal tokens, glued by adverbs, particles, clitics and negation.
  const vgs: VerbGroup[] = [];
  const b: BuildState = { tokens, lex, start, end, cueAt, cues, clauses: [] };
  for (let i = start; i < end; i++) {
    if (!verbalAt(b, i)) continue;
    let last = i;
    let j = i + 1;
    while (j < end) {
      if (verbalAt(b, j)) { last = j; j++; continue; }
      const t = tokens[j];
      if (isMarker(b, j)) break;
      // a tagger may miss the verb after a modal ("could paralyse" as a noun)
      if (j === last + 1 && endsInModal(b, last) && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X')) {
        last = j; j++; continue;
      }
      const c = cueAt[j - start];
      const glueCue = c >= 0 && (cues[c].entry.cls === 'negation' || cues[c].entry.cls === 'negative-concord') && cues[c].entry.scope !== 'next-vg';
      // clitics glue ("si è", "lo ha"); subject pronouns do not ("said he did")
      const kind = t.pos === 'PRON' ? lex.pronouns.get(t.norm) : undefined;
      const glue = glueCue || (GLUE_POS.has(t.pos) && kind !== 'first' && kind !== 'personal' && (c < 0 || cues[c].entry.scope !== 'next-vg'));
      if (!glue || j - last > 3) break;
      j++;
    }
    const vg: VerbGroup = { index: vgs.length, start: i, end: last + 1, clause: -1, finite: -1, main: last };
    for (let k = i; k <= last; k++) {
      const f = tokens[k].feats;
      if (vg.finite < 0 && verbalAt(b, k) && (f.Mood !== undefined || f.VerbForm === 'Fin')) vg.finite = k;
      vgAt[k - start] = vg.index;
    }
    vgs.push(vg);
    i = last;
  }

  // 3. Clauses.
  const clauses = b.clauses;
  const agents = new Set<number>();
  let cur = newClause(b, start, start, 'root', -1, 'scope.heuristic.root');
  let curTokens = 0;
  const parens: number[] = [];
  let quoteOuter = -1;
  for (let i = start; i < end; ) {
    const t = tokens[i];
    // a quotation is its own stretch: after the closing mark, go back to the clause it opened in
    if (quoteOuter < 0 && isQuoteOpen(t.text) && (t.text !== '"' || !closesQuote(b, i))) {
      quoteOuter = cur;
    } else if (quoteOuter >= 0 && isQuoteClose(t.text)) {
      clauseAt[i - start] = cur;
      cur = quoteOuter;
      quoteOuter = -1;
      curTokens = 1;
      i++;
      continue;
    }
    if (t.text === '(' || t.text === '[') {
      parens.push(cur);
      cur = newClause(b, i, i + 1, 'paren', cur, 'scope.heuristic.parenthesis');
      curTokens = 0;
      clauseAt[i - start] = cur;
      i++;
      continue;
    }
    if ((t.text === ')' || t.text === ']') && parens.length) {
      clauseAt[i - start] = cur;
      cur = parens.pop()!;
      curTokens = 1;
      i++;
      continue;
    }
    if (t.text === ',' && curTokens > 0) {
      // "As X reported that Y rose, investors …": the comma closes a fronted clause together with
      // the complement clauses opened inside it
      let top = cur;
      while (clauses[top].link === 'comp' && !clauses[top].fronted && clauses[top].parent >= 0) top = clauses[top].parent;
      const c = clauses[clauses[top].fronted ? top : cur];
      const next = i + 1 < end ? i + 1 : -1;
      if (c.fronted && (c.link === 'cond' || c.link === 'adv' || c.link === 'purpose')) {
        clauseAt[i - start] = cur;
        const main = newClause(b, i + 1, i + 1, 'root', clauses[c.parent]?.parent ?? -1, 'scope.heuristic.main-after-fronted');
        c.parent = main;
        cur = main;
        curTokens = 0;
        i++;
        continue;
      }
      // "the order, which is believed to be worth $15bn, has given": a comma and a verb close the
      // relative or adverbial clause, with any complement clauses opened inside it
      let up = cur;
      while (clauses[up].link === 'comp' && clauses[up].parent >= 0) up = clauses[up].parent;
      const k = clauses[up];
      if ((k.link === 'rel' || k.link === 'adv') && next >= 0 && verbalAt(b, next) && k.parent >= 0) {
        clauseAt[i - start] = cur;
        cur = k.parent;
        i++;
        continue;
      }
    }
    // "measures to stop the crisis have been seen as…": a finite verb ends an infinitive clause
    if (clauses[cur].infinitive && curTokens > 0 && startsFiniteGroup(b, vgAt, vgs, i)) {
      // "refused to withdraw it, and unions have called…": after a conjunction a new coordinate clause
      let conj = -1;
      for (let k = i - 1; k > clauses[cur].start; k--) if (tokens[k].pos === 'CCONJ') { conj = k; break; }
      if (conj >= 0) {
        cur = newClause(b, conj, conj + 1, 'coord', -1, 'scope.heuristic.coord-after-infinitive');
        for (let k = conj; k < i; k++) clauseAt[k - start] = cur;
      } else {
        while (clauses[cur].infinitive && clauses[cur].parent >= 0) cur = clauses[cur].parent;
      }
    }
    const m = lex.clauses.match(tokens, i, end);
    const inCue = cueAt[i - start];
    // A marker word strictly inside a cue ("a detta di") is part of the cue, not a clause marker.
    const insideCue = inCue >= 0 && (cues[inCue].end - 1 > i || cues[inCue].entry.scope !== 'comp');
    if (m && !insideCue) {
      const len = m.words.length;
      const role = m.value;
      const after = i + len;
      let handled = true;
      if (role === 'agent') {
        agents.add(i);
        handled = false;
      } else if (role === 'none') {
        for (let k = i; k < after; k++) clauseAt[k - start] = cur;
        curTokens += len;
        i = after;
        continue;
      } else if (role === 'break') {
        clauseAt[i - start] = cur;
        cur = newClause(b, after, after, 'root', -1, 'scope.heuristic.break');
        curTokens = 0;
        i = after;
        continue;
      } else if (role === 'coord') {
        cur = newClause(b, i, after, 'coord', -1, 'scope.heuristic.coord');
        curTokens = 0;
      } else if (role === 'comp' || role === 'comp-inf' || role === 'whether' || role === 'if' || role === 'purpose') {
        if ((role === 'comp-inf' || (role === 'purpose' && len === 1)) && !infinitiveFollows(tokens, after, end, cueAt, start, cues)) {
          handled = false;
        } else if (role === 'comp-inf' && curTokens === 0 && clauses[cur].markerEnd === i && clauses[cur].link === 'whether') {
          handled = false; // "whether to send": one interrogative clause
        } else if (role === 'comp') {
          const link = compOrRelative(tokens, i, start, cueAt, cues);
          if (link === null) handled = false;
          else cur = attach(b, cur, curTokens, link, i, after);
        } else if (role === 'if' && (cliticUse(tokens, i, start, end) || reducedIf(tokens, after, end))) {
          handled = false;
        } else if (role === 'if') {
          cur = attach(b, cur, curTokens, governedByQuestion(tokens, i, start, cueAt, cues) ? 'whether' : 'cond', i, after);
        } else if (role === 'purpose') cur = attach(b, cur, curTokens, 'purpose', i, after);
        else {
          cur = attach(b, cur, curTokens, role === 'whether' ? 'whether' : 'comp', i, after);
          if (role === 'comp-inf') clauses[cur].infinitive = true;
        }
      } else {
        cur = attach(b, cur, curTokens, role as ClauseLink, i, after);
      }
      if (handled) {
        for (let k = i; k < after; k++) clauseAt[k - start] = cur;
        curTokens = 0;
        i = after;
        continue;
      }
    }
    clauseAt[i - start] = cur;
    if (t.pos !== 'PUNCT') curTokens++;
    i++;
  }

  for (const c of clauses) if (c.link === 'cond' && c.parent >= 0) clauses[c.parent].hasCondChild = true;
  for (const c of cues) c.clause = clauseAt[c.start - start];
  for (const v of vgs) v.clause = clauseAt[v.main - start];
  attachCues(tokens, cues, vgs, clauses, start, vgAt, clauseAt);

  // 4. Quotes and question mark.
  const quotes: { open: number; close: number }[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const x = tokens[i].text;
    if (open < 0 && isQuoteOpen(x)) open = i;
    else if (open >= 0 && isQuoteClose(x)) { quotes.push({ open, close: i }); open = -1; }
  }
  if (open >= 0) quotes.push({ open, close: end });
  let last = end - 1;
  while (last > start && (isQuoteClose(tokens[last].text) || tokens[last].text === ')')) last--;
  const question = tokens[last]?.text === '?';
  return { sentence, start, end, cues, cueAt, vgs, vgAt, clauses, clauseAt, quotes, agents, question, readings: undefined, timexes: undefined };
}

function skipGlue(tokens: Token[], i: number, end: number, cueAt: Int32Array, start: number, cues: CueMatch[]): number {
  let j = i;
  while (j < end && j - i < 3) {
    const t = tokens[j];
    const c = cueAt[j - start];
    if (t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'PRON' && t.text.length <= 3) || (c >= 0 && cues[c].entry.cls === 'negation')) j++;
    else break;
  }
  return j;
}

function infinitiveFollows(tokens: Token[], i: number, end: number, cueAt: Int32Array, start: number, cues: CueMatch[]): boolean {
  const j = skipGlue(tokens, i, end, cueAt, start, cues);
  return j < end && isInfinitive(tokens[j]);
}

/** "che"/"that": complementizer after a verb, adjective or complement-taking cue; relative after a noun. */
function compOrRelative(tokens: Token[], i: number, start: number, cueAt: Int32Array, cues: CueMatch[]): ClauseLink | null {
  const own = cueAt[i - start];
  if (own >= 0 && cues[own].entry.scope === 'comp') return 'comp';
  let p = i - 1;
  while (p >= start && tokens[p].pos === 'ADV') p--;
  if (p < start) return 'comp';
  const c = cueAt[p - start];
  if (c >= 0 && cues[c].entry.scope === 'comp') return 'comp';
  const pos = tokens[p].pos;
  if (pos === 'ADP' || pos === 'DET') return null;
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM' || pos === 'PUNCT') return 'rel';
  return 'comp';
}

/** "i manifestanti se ne andrebbero": after its subject and before a clitic, "se" is a pronoun. */
/** "if compared with", "if needed", "if necessary": a reduced clause with no event of its own to condition. */
function reducedIf(tokens: Token[], after: number, end: number): boolean {
  if (after >= end) return false;
  const t = tokens[after];
  return t.pos === 'ADJ' || (t.pos === 'VERB' && t.feats.VerbForm === 'Part' && t.feats.Tense === 'Past');
}

function cliticUse(tokens: Token[], i: number, start: number, end: number): boolean {
  if (i === start || i + 2 > end) return false;
  const prev = tokens[i - 1].pos;
  return (prev === 'NOUN' || prev === 'PROPN' || prev === 'PRON') && tokens[i + 1].pos === 'PRON';
}

function governedByQuestion(tokens: Token[], i: number, start: number, cueAt: Int32Array, cues: CueMatch[]): boolean {
  let p = i - 1;
  while (p >= start && (tokens[p].pos === 'ADV' || tokens[p].pos === 'PRON')) p--;
  if (p < start) return false;
  const c = cueAt[p - start];
  // "ci si chiede se", "non ha deciso se", "non sa se": an interrogative complement
  return c >= 0 && (cues[c].entry.cls === 'question' || (cues[c].entry.scope === 'comp' && cues[c].end === p + 1));
}

/** Attach vg / next-vg / nword cues and verb cues to their verb group. */
function attachCues(tokens: Token[], cues: CueMatch[], vgs: VerbGroup[], clauses: Clause[], start: number, vgAt: Int32Array, clauseAt: Int32Array): void {
  for (const c of cues) {
    let own = -1;
    for (let k = c.start; k < c.end && own < 0; k++) own = vgAt[k - start];
    const scope = c.entry.scope;
    if (scope === 'vg' || scope === 'comp' || scope === 'support') {
      // a modal left alone by subject inversion ("Will France send...?") goes with the next group
      const alone = own >= 0 && scope === 'vg' && vgs[own].start >= c.start && vgs[own].end <= c.end;
      if (own >= 0 && !alone) { c.vg = own; continue; }
      if (scope !== 'vg') continue;
      if (alone) {
        const next = vgs[own + 1];
        c.vg = next && next.start - c.end <= 4 && clauseAt[next.start - start] === c.clause ? next.index : own;
        continue;
      }
    }
    if (scope === 'next-vg' && own >= 0 && vgs[own].main >= c.end) {
      c.vg = own; // "stopped making": cue and governed verb in one group
      continue;
    }
    if (scope === 'vg' || scope === 'next-vg') {
      for (const v of vgs) {
        if (v.start < c.end) continue;
        const vc = clauseAt[v.start - start];
        // "decided not to renew": the negation goes with the infinitive right after it
        const opensAfter = vc !== c.clause && clauses[vc].start === c.end && clauses[vc].link === 'comp';
        // never across punctuation ("is not - \"I conclude…\"")
        let punct = false;
        for (let k = c.end; k < v.start; k++) if (tokens[k].pos === 'PUNCT') punct = true;
        if (v.start - c.end <= 3 && !punct && (vc === c.clause || opensAfter)) c.vg = v.index;
        break;
      }
    } else if (scope === 'nword') {
      let best = -1;
      let bestDist = Infinity;
      for (const v of vgs) {
        if (v.clause !== c.clause) continue;
        const d = v.start >= c.end ? v.start - c.end : c.start - v.end;
        if (d < bestDist) { bestDist = d; best = v.index; }
      }
      c.vg = best;
    } else if (own >= 0) c.vg = own;
  }
}
