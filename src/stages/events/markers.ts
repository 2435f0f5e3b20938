// Closed-class cues the events stage needs, read from the language pack:
// argument-markers.tsv (class<TAB>form), clause-boundaries.tsv (form<TAB>kind),
// events-blocks.tsv (lemma sequences that are not events), events-settings.tsv (key<TAB>value) and
// events-modes.tsv (content words giving a request's, rejection's or threat's mode).
import { readPackTsv } from '../../core/packs.js';
import type { Token } from '../../core/types.js';

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

/** A set of one- or multi-word forms, matched on a token's norm or lemma. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** Per first word: whether its phrases include the one-word phrase (for has()). */
  private readonly single = new Map<string, boolean>();

  add(phrase: string): void {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
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
    const byNorm = this.byFirst.get(t.norm);
    const n = byNorm ? longestIn(byNorm, tokens, i, end) : 0;
    if (n > 0 || t.lemma === t.norm) return n;
    const byLemma = this.byFirst.get(t.lemma);
    return byLemma ? longestIn(byLemma, tokens, i, end) : 0;
  }

  /** The token is a one-word phrase of the set (by its norm, else its lemma when the norm starts no phrase). */
  has(t: Token): boolean {
    return (this.single.get(t.norm) ?? this.single.get(t.lemma)) === true;
  }
}

export const MARKER_CLASSES = [
  'agent', 'of', 'against', 'recipient', 'with', 'between', 'locative', 'passive-aux', 'reflexive',
  'light-source', 'light-target', 'light-participant', 'relative', 'possessive', 'coord', 'complementizer',
  'genitive', 'subject-pronoun', 'preposition', 'future-aux', 'conditional', 'noun-agent', 'noun-recipient', 'noun-against',
  'existential', 'phase', 'pair', 'background', 'third-party', 'quantifier', 'origin', 'sides',
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
  /** Word forms for fast membership: every form of every single-word marker class. */
  problems: string[];
}

const cache = new Map<string, EventPack>();

export function eventPack(lang: string): EventPack {
  let pack = cache.get(lang);
  if (pack) return pack;
  const problems: string[] = [];
  const markers = Object.fromEntries(MARKER_CLASSES.map((c) => [c, new PhraseSet()])) as Record<MarkerClass, PhraseSet>;
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
    const m = modeWords.get(type) ?? new Map<string, string>();
    for (const l of lemmas.split('|')) if (l.trim() && !m.has(l.trim().toLowerCase())) m.set(l.trim().toLowerCase(), mode);
    modeWords.set(type, m);
  }
  pack = { lang, markers, boundaries, blocks, settings, modeWords, problems };
  cache.set(lang, pack);
  return pack;
}
