// Factuality pack data: cue lexicon, clause markers and pronouns, loaded once per language.
import { readPackTsv } from '../../core/packs.js';
import type { Token } from '../../core/types.js';
import { CUE_CLASSES, type CueClass } from './classes.js';

// theme: a verb whose direct object (or passive subject) is an event that does not take place as planned
export type CueScope = 'clause' | 'comp' | 'vg' | 'next-vg' | 'np' | 'pp' | 'nword' | 'support' | 'theme' | 'none';
const SCOPES = new Set<CueScope>(['clause', 'comp', 'vg', 'next-vg', 'np', 'pp', 'nword', 'support', 'theme', 'none']);

export type ClauseRole = 'comp' | 'comp-inf' | 'if' | 'whether' | 'cond' | 'rel' | 'adv' | 'purpose' | 'coord' | 'break' | 'agent' | 'np-link' | 'definite' | 'none';
const ROLES = new Set<ClauseRole>(['comp', 'comp-inf', 'if', 'whether', 'cond', 'rel', 'adv', 'purpose', 'coord', 'break', 'agent', 'np-link', 'definite', 'none']);

export type PronounKind = 'first' | 'personal' | 'impersonal';

export interface PhraseEntry<T> {
  words: string[];
  value: T;
}

export interface CueEntry {
  cue: string;
  cls: CueClass;
  scope: CueScope;
  noun: boolean;
  adj: boolean;
  /** A wish or plan (flag `wish`: "want", "intend", "vuole"): the act it governs is only intended (docs/annotation.md section 2). */
  wish: boolean;
  rule: string;
}

export type PhraseAccept<T> = (value: T, words: number, byForm: boolean, first: Token) => boolean;

/** Phrases indexed by first word; candidates longest first. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, PhraseEntry<T>[]>();

  add(words: string[], value: T): void {
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * Longest phrase starting at token i (words match norm or lemma). A match on the surface
   * form beats a lemma match of the same length. `accept` also gets the first token.
   */
  match(tokens: Token[], i: number, end: number, accept?: PhraseAccept<T>): PhraseEntry<T> | undefined {
    const t = tokens[i];
    const byForm = this.byFirst.get(t.norm);
    const byLemma = t.lemma && t.lemma !== t.norm ? this.byFirst.get(t.lemma) : undefined;
    if (!byForm && !byLemma) return undefined;
    const a = byForm ? this.first(byForm, tokens, i, end, true, accept) : undefined;
    const b = byLemma ? this.first(byLemma, tokens, i, end, false, accept) : undefined;
    if (!a) return b;
    if (!b) return a;
    return b.words.length > a.words.length ? b : a;
  }

  private first(list: PhraseEntry<T>[], tokens: Token[], i: number, end: number, byForm: boolean, accept?: PhraseAccept<T>): PhraseEntry<T> | undefined {
    for (const e of list) {
      const n = e.words.length;
      if (i + n > end) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        const tk = tokens[i + k];
        const w = e.words[k];
        if (tk.norm !== w && tk.lemma !== w) { ok = false; break; }
      }
      if (ok && (!accept || accept(e.value, n, byForm, tokens[i]))) return e;
    }
    return undefined;
  }
}

export interface FactualityLexicon {
  lang: string;
  cues: PhraseIndex<CueEntry>;
  clauses: PhraseIndex<ClauseRole>;
  pronouns: Map<string, PronounKind>;
  /** Lemmas of auxiliaries (verb-group glue); `perfect` holds the perfect auxiliaries. */
  aux: Set<string>;
  /** Prepositions that link a noun to its modifier inside a noun phrase ("of", "di"). */
  npLinks: Set<string>;
  /** Definite determiners ("the", "il"): a definite noun phrase presupposes its referent exists. */
  definite: Set<string>;
  perfect: Set<string>;
  /** Rules of the cues flagged `wish`. */
  wishes: Set<string>;
}

function words(phrase: string): string[] {
  // Apostrophes stay attached to the word before them ("c'è" is one or two tokens): split both ways.
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

const cache = new Map<string, FactualityLexicon>();

/** Flags of the fourth column of factuality.tsv (none, or one of these). */
const CUE_FLAGS: ReadonlySet<string> = new Set(['noun', 'adj', 'wish']);

/** A factuality.tsv row: a cue, a known class and scope, and no flag or a known one; else an error naming the file and the row. */
export function checkCueRow(lang: string, row: readonly string[]): void {
  const [cue, cls, scope, flag] = row;
  if (!cue || !CUE_CLASSES.has(cls as CueClass) || !SCOPES.has(scope as CueScope) || (flag !== undefined && flag !== '' && !CUE_FLAGS.has(flag))) {
    throw new Error(`packs/${lang}/factuality.tsv: bad row "${row.join('\t')}"`);
  }
}

export function factualityLexicon(lang: string): FactualityLexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  const cues = new PhraseIndex<CueEntry>();
  const aux = new Set<string>();
  const perfect = new Set<string>();
  const wishes = new Set<string>();
  for (const row of readPackTsv(lang, 'factuality.tsv')) {
    checkCueRow(lang, row);
    const [cue, cls, scope, flag] = row;
    if (cls === 'aux' || cls === 'aux-perfect') {
      aux.add(cue);
      if (cls === 'aux-perfect') perfect.add(cue);
      continue;
    }
    const entry: CueEntry = { cue, cls: cls as CueClass, scope: scope as CueScope, noun: flag === 'noun', adj: flag === 'adj', wish: flag === 'wish', rule: `${lang}:factuality:${cue}` };
    if (entry.wish) wishes.add(entry.rule);
    for (const variant of apostropheVariants(words(cue))) cues.add(variant, entry);
  }
  const clauses = new PhraseIndex<ClauseRole>();
  const npLinks = new Set<string>();
  const definite = new Set<string>();
  for (const [marker, role] of readPackTsv(lang, 'factuality-clauses.tsv')) {
    if (!ROLES.has(role as ClauseRole)) throw new Error(`packs/${lang}/factuality-clauses.tsv: bad role "${role}"`);
    if (role === 'np-link') { npLinks.add(marker.toLowerCase()); continue; }
    if (role === 'definite') { definite.add(marker.toLowerCase()); continue; }
    for (const variant of apostropheVariants(words(marker))) clauses.add(variant, role as ClauseRole);
  }
  const pronouns = new Map<string, PronounKind>();
  for (const [word, kind] of readPackTsv(lang, 'factuality-pronouns.tsv')) pronouns.set(word.toLowerCase(), kind as PronounKind);
  lex = { lang, cues, clauses, pronouns, aux, perfect, npLinks, definite, wishes };
  cache.set(lang, lex);
  return lex;
}

/** "c'è" may be tokenised as one token or as "c'" + "è": index both. */
function apostropheVariants(ws: string[]): string[][] {
  if (!ws.some((w) => /'./.test(w))) return [ws];
  const split: string[] = [];
  for (const w of ws) {
    const m = /^(.*?')(.+)$/.exec(w);
    if (m) split.push(m[1], m[2]);
    else split.push(w);
  }
  return [ws, split];
}
