// Closed-class cues the events stage needs, read from the language pack:
// argument-markers.tsv (class<TAB>form), clause-boundaries.tsv (form<TAB>kind),
// events-blocks.tsv (lemma sequences that are not events), events-settings.tsv (key<TAB>value) and
// events-modes.tsv (content words giving a request's, rejection's or threat's mode).
import { readPackTsv } from '../../core/packs.js';
import { PLOVER_TYPES, type Token } from '../../core/types.js';

/** Length of the first (longest) phrase of `list` matching at tokens[i], 0 when none. */
function longestIn(list: string[][], tokens: Token[], i: number, end: number): number {
  for (const words of list) {
    if (i + words.length > end) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const u = tokens[i + k];
      ok = u.norm === words[k] || u.lemma === words[k];
    }
    if (ok) return words.length;
  }
  return 0;
}

/**
 * Which phrase sets each token of one document may start (its norm or lemma is a first word), as a
 * bit per set, memoised per token: a marker test on a token that starts nothing (most) then costs
 * no map lookup. Bound to one document's tokens at a time (DocViews binds it); any other token
 * array is looked up the slow way. The tokens' norm and lemma must not change while bound.
 */
export class FirstWordMasks {
  private readonly byWord = new Map<string, number>();
  private tokens: Token[] | undefined;
  private masks = new Int32Array(0);
  private known = new Uint8Array(0);

  register(word: string, bit: number): void {
    this.byWord.set(word, (this.byWord.get(word) ?? 0) | bit);
  }

  bind(tokens: Token[]): void {
    this.tokens = tokens;
    this.masks = new Int32Array(tokens.length);
    this.known = new Uint8Array(tokens.length);
  }

  /** Bits of the sets token i of `tokens` may start; -1 (every bit) when `tokens` is not bound. */
  at(tokens: Token[], i: number): number {
    if (tokens !== this.tokens || i >= this.masks.length) return -1;
    if (this.known[i] === 0) {
      const t = tokens[i];
      this.masks[i] = (this.byWord.get(t.norm) ?? 0) | (this.byWord.get(t.lemma) ?? 0);
      this.known[i] = 1;
    }
    return this.masks[i];
  }

  /** at() for a token object: its index when it is the bound document's token, else -1. */
  ofToken(t: Token): number {
    const tokens = this.tokens;
    return tokens !== undefined && tokens[t.index] === t ? this.at(tokens, t.index) : -1;
  }
}

/** A set of one- or multi-word forms, matched on a token's norm or lemma. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** Per first word: whether its phrases include the one-word phrase (for has()). */
  private readonly single = new Map<string, boolean>();

  /** With `masks`, first words are registered under `bit` there and tokens pre-tested against it (bit 0: never). */
  constructor(private readonly masks?: FirstWordMasks, private readonly bit = 0) {}

  add(phrase: string): void {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
    if (this.masks && this.bit !== 0) this.masks.register(words[0], this.bit);
    const list = this.byFirst.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    this.byFirst.set(words[0], list);
    this.single.set(words[0], this.single.get(words[0]) === true || words.length === 1);
  }

  /** Length in tokens of the longest phrase starting at tokens[i] (0 when none), not crossing `end`. */
  matchAt(tokens: Token[], i: number, end: number = tokens.length): number {
    const t = tokens[i];
    if (!t) return 0;
    if (this.bit !== 0 && (this.masks!.at(tokens, i) & this.bit) === 0) return 0;
    const byNorm = this.byFirst.get(t.norm);
    const n = byNorm ? longestIn(byNorm, tokens, i, end) : 0;
    if (n > 0 || t.lemma === t.norm) return n;
    const byLemma = this.byFirst.get(t.lemma);
    return byLemma ? longestIn(byLemma, tokens, i, end) : 0;
  }

  /** The word (lower case) is a one-word phrase of the set. */
  hasWord(word: string): boolean {
    return this.single.get(word) === true;
  }

  /** The token is a one-word phrase of the set (by its norm, else its lemma when the norm starts no phrase). */
  has(t: Token): boolean {
    if (this.bit !== 0 && (this.masks!.ofToken(t) & this.bit) === 0) return false;
    return (this.single.get(t.norm) ?? this.single.get(t.lemma)) === true;
  }

  /**
   * has(), or a two-word phrase of the set made by the verb tokens[i] and its particle wherever the
   * particle stands ("set up checkpoints", "set checkpoints up": lemma "set" + compound:prt "up").
   */
  hasPhrasal(tokens: Token[], i: number, start: number, end: number): boolean {
    const t = tokens[i];
    if (this.has(t)) return true;
    const list = this.byFirst.get(t.lemma) ?? this.byFirst.get(t.norm);
    if (!list) return false;
    for (let k = start; k < end; k++) {
      const p = tokens[k];
      if (p.head === i && p.deprel === 'compound:prt' && list.some((w) => w.length === 2 && w[1] === p.norm)) return true;
    }
    return false;
  }
}

export const MARKER_CLASSES = [
  'agent', 'of', 'against', 'recipient', 'with', 'between', 'locative', 'passive-aux', 'reflexive',
  'light-source', 'light-target', 'light-participant', 'relative', 'possessive', 'coord', 'complementizer',
  'genitive', 'subject-pronoun', 'preposition', 'future-aux', 'conditional', 'noun-agent', 'noun-recipient', 'noun-against',
  'existential', 'phase', 'pair', 'background', 'third-party', 'quantifier', 'origin', 'sides', 'at', 'from', 'definite',
  'place-relative', 'destination', 'actor-noun', 'comparative', 'cause', 'protester', 'light-source-with', 'office', 'occasion', 'placed-under', 'aspect', 'reason', 'naming', 'state', 'purpose', 'sequel', 'sufferer', 'claim', 'facility', 'behest', 'performative',
] as const;
export type MarkerClass = (typeof MARKER_CLASSES)[number];

export type BoundaryKind = 'start' | 'open' | 'close';

export interface EventPack {
  lang: string;
  markers: Record<MarkerClass, PhraseSet>;
  boundaries: Map<string, BoundaryKind>;
  blocks: PhraseSet;
  settings: Map<string, string>;
  /** events-modes.tsv: per event type, content lemma -> mode ("cessate" -> yield for REQUEST). */
  modeWords: Map<string, Map<string, string>>;
  /** events-content-types.tsv: per event type, content lemma -> the type it is coded as ("agreed to disarm": AGREE -> CONCEDE). */
  contentTypes: Map<string, Map<string, string>>;
  /** Word forms for fast membership: every form of every single-word marker class. */
  problems: string[];
  /** First words of the marker classes, per token of the document being analysed. */
  firstWords: FirstWordMasks;
}

const cache = new Map<string, EventPack>();

/** Adds `value` for each |-separated lemma to the type's map (the first row naming a lemma wins). */
function addWords(table: Map<string, Map<string, string>>, type: string, value: string, lemmas: string): void {
  const m = table.get(type) ?? new Map<string, string>();
  for (const l of lemmas.split('|')) if (l.trim() && !m.has(l.trim().toLowerCase())) m.set(l.trim().toLowerCase(), value);
  table.set(type, m);
}

export function eventPack(lang: string): EventPack {
  let pack = cache.get(lang);
  if (pack) return pack;
  const problems: string[] = [];
  const firstWords = new FirstWordMasks();
  // One bit per class (an int32 holds 32; classes past that are looked up without the pre-test).
  const markers = Object.fromEntries(MARKER_CLASSES.map((c, i) => [c, new PhraseSet(firstWords, i < 32 ? 1 << i : 0)])) as Record<MarkerClass, PhraseSet>;
  const classes = new Set<string>(MARKER_CLASSES);
  for (const [cls, form] of readPackTsv(lang, 'argument-markers.tsv')) {
    if (!classes.has(cls) || !form) {
      problems.push(`argument-markers.tsv: bad row "${cls}\t${form}"`);
      continue;
    }
    markers[cls as MarkerClass].add(form);
  }
  const boundaries = new Map<string, BoundaryKind>();
  for (const [form, kind] of readPackTsv(lang, 'clause-boundaries.tsv')) {
    if (kind !== 'start' && kind !== 'open' && kind !== 'close') {
      problems.push(`clause-boundaries.tsv: bad kind "${kind}" for "${form}"`);
      continue;
    }
    boundaries.set(form.toLowerCase(), kind);
  }
  const blocks = new PhraseSet();
  for (const [seq] of readPackTsv(lang, 'events-blocks.tsv')) blocks.add(seq);
  const settings = new Map<string, string>();
  for (const [k, v] of readPackTsv(lang, 'events-settings.tsv')) settings.set(k, v ?? '');
  const modeWords = new Map<string, Map<string, string>>();
  for (const [type, mode, lemmas] of readPackTsv(lang, 'events-modes.tsv')) {
    if (!type || !mode || !lemmas) {
      problems.push(`events-modes.tsv: bad row "${type}\t${mode}"`);
      continue;
    }
    addWords(modeWords, type, mode, lemmas);
  }
  const contentTypes = new Map<string, Map<string, string>>();
  for (const [type, routed, lemmas] of readPackTsv(lang, 'events-content-types.tsv')) {
    if (!type || !routed || !lemmas || !(PLOVER_TYPES as readonly string[]).includes(routed)) {
      problems.push(`events-content-types.tsv: bad row "${type}\t${routed}"`);
      continue;
    }
    addWords(contentTypes, type, routed, lemmas);
  }
  pack = { lang, markers, boundaries, blocks, settings, modeWords, contentTypes, problems, firstWords };
  cache.set(lang, pack);
  return pack;
}
