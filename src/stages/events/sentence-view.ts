// Per-sentence structures shared by trigger matching, argument finding, date and place:
// clause ids (from clause-boundaries.tsv), the outermost mention covering each token, and
// small syntactic tests (verb group, passive, reflexive, prepositional phrase).
import { isRegionOrPlace } from '../../core/places.js';
import { baseRelation } from '../../core/dependency.js';
import type { CronacaDocument, Entity, Mention, Token } from '../../core/types.js';
import type { EventPack } from './markers.js';
import { lowerBound } from '../../core/token-search.js';
import { mentionById } from '../entities/api.js';

export const ACTOR_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'GPE', 'GROUP']);
export const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

export interface SentenceView {
  index: number;
  /** Token range [start, end) in doc.tokens. */
  start: number;
  end: number;
  /** Clause id per token (indexed by token index - start). */
  clause: number[];
  /** Clause ids opened by a parenthesis-like boundary. */
  parenthetical: Set<number>;
  /** Outermost mention covering each token (indexed by token index - start). */
  mentionAt: (Mention | undefined)[];
  /** Resolved pronoun mentions and demonym mentions ("Russian" strikes), kept apart: only the parse-based argument finder reads them. */
  apartAt: (Mention | undefined)[];
  /** Outermost mentions of the sentence, in text order. */
  mentions: Mention[];
  /** Tokens covered by a time expression. */
  inTimex: number[];
  /** Paragraph number of the sentence (a newline between sentences starts a new paragraph). */
  paragraph: number;
}

const NOMINAL_SKIP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** Index of the first mention of `sorted` (by tokenStart) starting at or after token `start`. */
const firstMentionFrom = (sorted: readonly Mention[], start: number): number => lowerBound(sorted.length, (i) => sorted[i].tokenStart < start);

export class DocViews {
  private readonly views = new Map<number, SentenceView>();
  private paragraphs: Int32Array | undefined;
  private entities: Map<string, Entity> | undefined;
  private mentionsByStart: Mention[] | undefined;
  private readonly parsedCache = new Map<number, boolean>();

  constructor(readonly doc: CronacaDocument, readonly pack: EventPack) {
    pack.firstWords.bind(doc.tokens);
  }

  /** The mention an actor names, by its id. */
  mention(id: string | undefined): Mention | undefined {
    return id === undefined ? undefined : mentionById(this.doc, id);
  }

  entity(id: string | undefined): Entity | undefined {
    if (!id) return undefined;
    if (!this.entities) this.entities = new Map(this.doc.entities.map((e) => [e.id, e]));
    return this.entities.get(id);
  }

  /** A town, a region or a location (not a state): where an act goes rather than its recipient. */
  isTown(r: Mention): boolean {
    if (!PLACE_TYPES.has(r.type) || r.type === 'LOC') return r.type === 'LOC';
    const entity = this.entity(r.entity);
    return entity?.geonameid !== undefined || isRegionOrPlace(entity);
  }

  get tokens(): Token[] {
    return this.doc.tokens;
  }

  sentence(index: number): SentenceView {
    let v = this.views.get(index);
    if (!v) {
      v = this.build(index);
      this.views.set(index, v);
    }
    return v;
  }

  paragraphOf(sentence: number): number {
    if (!this.paragraphs) {
      const { sentences, text } = this.doc;
      const p = new Int32Array(sentences.length);
      let n = 0;
      for (let i = 0; i < sentences.length; i++) {
        if (i > 0 && text.slice(sentences[i - 1].end, sentences[i].start).includes('\n')) n++;
        p[i] = n;
      }
      this.paragraphs = p;
    }
    return this.paragraphs[sentence] ?? 0;
  }

  /** The document's non-empty mentions by first token, longer first (stable: document order on ties). */
  private sortedMentions(): Mention[] {
    this.mentionsByStart ??= this.doc.mentions
      .filter((m) => m.tokenEnd > m.tokenStart && m.within === undefined)
      .sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
    return this.mentionsByStart;
  }

  private build(index: number): SentenceView {
    const s = this.doc.sentences[index];
    const start = s.tokenStart;
    const end = s.tokenEnd;
    const n = end - start;
    // Plain arrays: per-sentence typed arrays cost more to allocate and collect than they save.
    const clause = new Array<number>(n).fill(0);
    const parenthetical = new Set<number>();
    const stack: number[] = [0];
    let next = 1;
    for (let i = 0; i < n; i++) {
      const t = this.doc.tokens[start + i];
      const kind = this.pack.boundaries.get(t.norm);
      if (kind === 'open') {
        stack.push(next++);
        parenthetical.add(stack[stack.length - 1]);
        clause[i] = stack[stack.length - 1];
      } else if (kind === 'close') {
        clause[i] = stack[stack.length - 1];
        if (stack.length > 1) stack.pop();
        else stack[0] = next++;
      } else if (kind === 'start' && i > 0) {
        const wasParen = parenthetical.has(stack[stack.length - 1]);
        stack[stack.length - 1] = next++;
        if (wasParen) parenthetical.add(stack[stack.length - 1]);
        clause[i] = stack[stack.length - 1];
      } else {
        clause[i] = stack[stack.length - 1];
      }
    }
    const mentionAt: (Mention | undefined)[] = new Array(n);
    const apartAt: (Mention | undefined)[] = new Array(n);
    const sorted = this.sortedMentions();
    const mentions: Mention[] = [];
    for (let i = firstMentionFrom(sorted, start); i < sorted.length && sorted[i].tokenStart < end; i++) {
      const m = sorted[i];
      if (m.tokenEnd > end) continue;
      if (m.kind === 'pronoun' || m.kind === 'demonym') {
        for (let k = m.tokenStart; k < m.tokenEnd; k++) apartAt[k - start] = m;
        continue;
      }
      if (mentionAt[m.tokenStart - start]) continue; // nested in an earlier, longer mention
      mentions.push(m);
      for (let k = m.tokenStart; k < m.tokenEnd; k++) mentionAt[k - start] = m;
    }
    const inTimex = new Array<number>(n).fill(0);
    for (const x of this.doc.timexes) {
      if (x.sentence !== index) continue;
      for (let k = start; k < end; k++) {
        const t = this.doc.tokens[k];
        if (t.start >= x.start && t.end <= x.end) inTimex[k - start] = 1;
      }
    }
    return { index, start, end, clause, parenthetical, mentionAt, apartAt, mentions, inTimex, paragraph: this.paragraphOf(index) };
  }

  /** True when every token of the sentence carries a dependency head (the syntax stage parsed it). */
  parsed(v: SentenceView): boolean {
    let ok = this.parsedCache.get(v.index);
    if (ok === undefined) {
      const tokens = this.tokens;
      ok = v.end > v.start;
      for (let k = v.start; k < v.end && ok; k++) if (tokens[k].head === undefined || !tokens[k].deprel) ok = false;
      this.parsedCache.set(v.index, ok);
    }
    return ok;
  }

  clauseOf(v: SentenceView, tok: number): number {
    return v.clause[tok - v.start];
  }

  mentionAtToken(v: SentenceView, tok: number): Mention | undefined {
    return v.mentionAt[tok - v.start];
  }

  /** The resolved pronoun (pronouns.ts) or the demonym at a token, which `mentionAtToken` leaves out. */
  apartAtToken(v: SentenceView, tok: number): Mention | undefined {
    return v.apartAt[tok - v.start];
  }

  isPreposition(tok: number): boolean {
    const t = this.tokens[tok];
    return t.pos === 'ADP' || this.pack.markers.preposition.has(t);
  }

  /** True when the noun phrase starting at `tok` is introduced by a preposition. */
  inPP(v: SentenceView, tok: number, floor = v.start): boolean {
    let k = tok - 1;
    if (k < floor) return false;
    while (k >= floor && (NOMINAL_SKIP.has(this.tokens[k].pos) || this.pack.markers.possessive.has(this.tokens[k]))) {
      if (this.isPreposition(k)) return !this.quantifies(v, k);
      k--;
    }
    return k >= floor && this.isPreposition(k) && !this.quantifies(v, k);
  }

  /** "at least nine guests", "over 2,000 officers": a preposition-like quantifier before a number. */
  private quantifies(v: SentenceView, k: number): boolean {
    const len = this.pack.markers.quantifier.matchAt(this.tokens, k, v.end);
    return len > 0 && k + len < v.end && this.tokens[k + len].pos === 'NUM';
  }

  /** A finite auxiliary the parse hangs on the verb, right before it (adverbs aside). */
  finiteAuxiliary(tok: number): boolean {
    const tokens = this.tokens;
    for (let k = tok - 1; k >= 0 && k >= tok - 4 && tokens[k].sentence === tokens[tok].sentence; k--) {
      const t = tokens[k];
      if (t.head === tok && baseRelation(t) === 'aux' && t.feats.VerbForm === 'Fin') return true;
      if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
    }
    return false;
  }

  /** First token of the verb group ending at `tok` (auxiliaries, adverbs, clitics, negation). */
  verbGroupStart(v: SentenceView, tok: number): number {
    let k = tok - 1;
    const m = this.pack.markers;
    while (k >= v.start) {
      const t = this.tokens[k];
      // "altri stati": a participle-like word after a determiner or adjective is a noun, not an auxiliary.
      const prev = this.tokens[k - 1];
      if (m['passive-aux'].has(t) && t.feats.VerbForm === 'Part' && prev && k - 1 >= v.start && (prev.pos === 'DET' || (prev.pos === 'ADJ' && prev.feats.VerbForm !== 'Part'))) break;
      if (t.pos === 'AUX' || t.pos === 'PART' || m.reflexive.has(t) || m['passive-aux'].has(t)) { k--; continue; }
      if (t.pos === 'ADV' && k - 1 >= v.start && this.isVerbLike(k - 1)) { k--; continue; }
      if (t.pos === 'ADV' && k + 1 <= tok && this.isVerbLike(k + 1) && k - 1 >= v.start && this.tokens[k - 1].pos === 'AUX') { k--; continue; }
      break;
    }
    // Leading adverb right before the group ("non", "never").
    while (k >= v.start && this.tokens[k].pos === 'ADV' && k + 1 <= tok && (this.tokens[k + 1].pos === 'AUX' || k + 1 === tok)) k--;
    return k + 1;
  }

  /** The verb before "and"/"e" that opens the verb group of `tok` (within a clause-sized window), or -1. */
  private coordinatedVerb(v: SentenceView, tok: number): number {
    const gs = this.verbGroupStart(v, tok);
    if (gs - 1 < v.start || this.tokens[gs - 1].pos !== 'CCONJ') return -1;
    for (let k = gs - 2; k >= v.start && k >= gs - 12; k--) {
      const t = this.tokens[k];
      if (t.pos === 'VERB') return k;
      if (t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.text !== ',')) return -1;
    }
    return -1;
  }

  /**
   * The token is an infinitive of purpose: an adverbial infinitive introduced by a marker of class
   * `purpose`, with no auxiliary (a perfect infinitive after "per" gives a reason, class `reason`).
   */
  purposeInfinitive(v: SentenceView, tok: number, onNoun = false): boolean {
    const t = this.tokens[tok];
    if (!(t.deprel === 'advcl' || (onNoun && t.deprel === 'acl')) || t.feats.VerbForm !== 'Inf') return false;
    let purpose = false;
    for (let k = v.start; k < tok; k++) {
      if (this.tokens[k].head !== tok) continue;
      const d = this.tokens[k].deprel ?? '';
      if (d.startsWith('aux')) return false;
      if (d === 'mark' && this.pack.markers.purpose.has(this.tokens[k])) purpose = true;
      // "per poi ritirarsi", "only to withdraw": what came next, not an aim
      if (d === 'advmod' && this.pack.markers.sequel.has(this.tokens[k])) return false;
    }
    return purpose;
  }

  isVerbLike(tok: number): boolean {
    const p = this.tokens[tok].pos;
    return p === 'VERB' || p === 'AUX';
  }

  isPassive(v: SentenceView, tok: number): boolean {
    const t = this.tokens[tok];
    if (t.feats.Voice === 'Pass') {
      if (this.hasPassiveAux(v, tok)) return true;
      // "was arrested and charged", "condemned the attack and called for": a participle right
      // after a conjunction, with no auxiliary of its own, has the voice of the verb before it.
      const before = this.coordinatedVerb(v, tok);
      if (before >= 0) return this.isPassive(v, before);
      return !this.objectFollows(v, tok);
    }
    if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && t.feats.VerbForm === 'Part')) return false;
    const m = this.pack.markers;
    const gs = this.verbGroupStart(v, tok);
    let aux = false;
    for (let k = gs; k < tok; k++) {
      if (m.reflexive.has(this.tokens[k])) return false;
      if (m['passive-aux'].has(this.tokens[k])) aux = true;
    }
    // Reduced relative with an agent: "the deal signed by X", "una bomba piazzata dai separatisti".
    if (!aux && t.feats.VerbForm === 'Part' && tok + 1 < v.end && m.agent.matchAt(this.tokens, tok + 1, v.end) > 0) {
      const prev = this.tokens[tok - 1];
      return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ');
    }
    // A past form tagged finite but ambiguous with the participle ("the deal signed by X"): right after a common noun.
    if (!aux && t.feats.VerbForm === 'Fin' && t.feats.Tense === 'Past' && tok + 1 < v.end && m.agent.matchAt(this.tokens, tok + 1, v.end) > 0) {
      const prev = this.tokens[tok - 1];
      return prev !== undefined && tok - 1 >= v.start && prev.pos === 'NOUN';
    }
    if (!aux && t.feats.Tense === 'Past' && (t.feats.VerbForm === 'Part' || t.feats.VerbForm === 'Fin')) {
      // "è stato fermato e poi rilasciato" with no voice from the tagger, "was detained and
      // released" read as a finite past: as the Voice=Pass case above, the object read on the
      // parse when there is one ("espulsa poche ore dopo").
      const before = this.coordinatedVerb(v, tok);
      if (before < 0 || !this.isPassive(v, before)) return false;
      return t.deprel === undefined ? !this.objectFollows(v, tok) : !this.parsedObject(v, tok);
    }
    if (!aux) return false;
    // An auxiliary "be" before a participle; reject gerund/infinitive forms.
    // "was preparing": a present participle (UD English VBG) after "be" is progressive, not passive.
    return (t.feats.VerbForm === 'Part' && t.feats.Tense !== 'Pres') || (t.feats.VerbForm === undefined && t.feats.Tense === 'Past');
  }

  private hasPassiveAux(v: SentenceView, tok: number): boolean {
    const m = this.pack.markers;
    for (let k = this.verbGroupStart(v, tok); k < tok; k++) if (m['passive-aux'].has(this.tokens[k])) return true;
    return false;
  }

  /** An object or a complement clause after the verb on the parse. */
  private parsedObject(v: SentenceView, tok: number): boolean {
    for (let k = tok + 1; k < v.end; k++) {
      const t = this.tokens[k];
      if (t.head === tok && (baseRelation(t) === 'obj' || baseRelation(t) === 'ccomp')) return true;
    }
    return false;
  }

  /** "The US on Friday imposed sanctions": a participle without auxiliary followed by a bare noun phrase is an active past. */
  private objectFollows(v: SentenceView, tok: number): boolean {
    const next = this.tokens[tok + 1];
    if (!next || tok + 1 >= v.end) return false;
    const gerund = next.pos === 'VERB' && (next.feats.VerbForm === 'Ger' || (next.feats.VerbForm === 'Part' && next.feats.Tense === 'Pres'));
    return gerund || next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'ADJ' && next.feats.VerbForm !== 'Part');
  }

  isReflexive(v: SentenceView, tok: number): boolean {
    const m = this.pack.markers;
    // "si è dichiarato colpevole": an adjective predicated of the object takes its verb's reflexive
    const head = this.tokens[tok].head;
    if (this.tokens[tok].pos === 'ADJ' && this.tokens[tok].deprel === 'xcomp' && head !== undefined && head >= v.start && head < v.end) return this.isReflexive(v, head);
    const gs = this.verbGroupStart(v, tok);
    for (let k = Math.max(v.start, gs - 1); k < tok; k++) if (m.reflexive.has(this.tokens[k])) return true;
    const after = this.tokens[tok + 1];
    if (after && tok + 1 < v.end && m.reflexive.has(after) && after.start === this.tokens[tok].end) return true;
    const t = this.tokens[tok];
    if (t.norm !== t.lemma && (t.feats.VerbForm === 'Inf' || t.feats.VerbForm === 'Ger')) {
      for (const clitic of this.pack.settings.get('reflexive-suffixes')?.split(',') ?? []) {
        if (clitic && t.norm.endsWith(clitic)) return true;
      }
    }
    return false;
  }

  /** Next content token after `tok` in the clause, skipping determiners, adjectives, numbers, adverbs, possessives. */
  nextNoun(v: SentenceView, tok: number, allowPrep: boolean): number {
    const c = this.clauseOf(v, tok);
    for (let k = tok + 1; k < v.end; k++) {
      const t = this.tokens[k];
      if (t.pos === 'NOUN' || t.pos === 'PROPN') return k;
      if (NOMINAL_SKIP.has(t.pos) || t.pos === 'ADV' || t.pos === 'PRON' || this.pack.markers.possessive.has(t)) continue;
      if (allowPrep && this.isPreposition(k)) continue;
      if (this.clauseOf(v, k) !== c) return -1;
      return -1;
    }
    return -1;
  }

  /** The first token after `tok` that is not a determiner, adjective, number or possessive. */
  skipNominal(v: SentenceView, tok: number): number {
    let k = tok;
    while (k < v.end && (NOMINAL_SKIP.has(this.tokens[k].pos) || this.pack.markers.possessive.has(this.tokens[k]))) k++;
    return k;
  }
}
