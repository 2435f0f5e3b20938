// Context-free candidate analyses of a word form: token shape, pack closed-class and extra lists,
// the language's lexicon, enclitic stripping, hyphenated compounds, suffix guesses. Cached per form.
import type { Upos } from '../../core/types.js';
import { LanguageMemo } from '../../core/language-memo.js';
import type { Analysis } from './analysis.js';
import { decodeAnalyses } from './analysis.js';
import { englishAnalyses, lemmatizeEnglish } from './en-lexicon.js';
import { italianLexicon } from './it-lexicon.js';
import type { MorphData, SpellingVariant } from './morph-data.js';

export interface Candidate extends Analysis {
  rule: string;
}

export interface Candidates {
  list: Candidate[];
  /** Found in a closed-class list, an extra list or the lexicon (not guessed). */
  known: boolean;
  /** The shared choice of list[0], made once by the context rules (context.ts defaultChoice). */
  first?: { analysis: Candidate };
}

const PUNCT = /^\p{P}+$/u;
const SYMBOL = /^[\p{S}\p{P}]+$/u;
const NUMBER = /^[+-]?\d[\d.,:/-]*\p{L}{0,3}$/u;
const LINK = /^(?:https?:\/\/|www\.)|@/;
const HAS_LETTER = /\p{L}/u;

type LexiconLookup = (form: string) => Analysis[];

const lexiconLookups: Record<string, () => LexiconLookup> = {
  'morph-it': () => {
    const { lookup } = italianLexicon();
    return (form) => {
      const enc = lookup.get(form);
      return enc ? decodeAnalyses(enc) : [];
    };
  },
  'wink-lexicon': () => englishAnalyses,
};

/** An unknown form is looked up again in the first spelling variant the lexicon knows ("organised" as "organized"). */
function withSpellingVariants(lookup: LexiconLookup, variants: SpellingVariant[]): LexiconLookup {
  return (form) => {
    const found = lookup(form);
    if (found.length) return found;
    for (const v of variants) {
      const at = v.atEnd ? (form.endsWith(v.from) ? form.length - v.from.length : -1) : form.indexOf(v.from);
      if (at <= 0) continue;
      const alt = lookup(form.slice(0, at) + v.to + form.slice(at + v.from.length));
      if (alt.length) return alt;
    }
    return found;
  };
}

const lookups = new Map<string, LexiconLookup>();
function lexiconLookup(data: MorphData): LexiconLookup {
  let f = lookups.get(data.lang);
  if (!f) {
    const make = data.lexicon ? lexiconLookups[data.lexicon] : undefined;
    f = make ? make() : () => [];
    if (data.spellingVariants.length) f = withSpellingVariants(f, data.spellingVariants);
    lookups.set(data.lang, f);
  }
  return f;
}

/** Whether the lexicon provider of a language rebuilt its data in memory (no generated file). */
export function lexiconFromCache(data: MorphData): boolean {
  return data.lexicon === 'morph-it' ? italianLexicon().fromCache : true;
}

// Fixed preference for lexicons that list analyses in no useful order: participles first (the
// auxiliary rules need them), then nouns, adjectives, third-person and non-finite verb forms.
function rank(a: Analysis): number {
  if (a.pos === 'VERB') {
    if (a.feats.VerbForm === 'Part') return a.feats.Tense === 'Past' ? 0 : 5;
    if (a.feats.VerbForm === 'Fin') return a.feats.Person === '3' ? 3 : 6;
    return 4;
  }
  if (a.pos === 'NOUN') return 1;
  if (a.pos === 'ADJ') return 2;
  return 7;
}

function single(lemma: string, pos: Upos, rule: string): Candidates {
  return { list: [{ lemma, pos, feats: {}, rule }], known: true, first: undefined };
}

function lexiconCandidates(form: string, data: MorphData): Candidate[] {
  const out: Candidate[] = [];
  const closed = data.closed.get(form);
  if (closed) for (const a of closed) out.push({ ...a, rule: `${data.lang}:closed-class` });
  const extra = data.extra.get(form);
  if (extra) for (const a of extra) out.push({ ...a, rule: `${data.lang}:morph-extra` });
  const irregular = data.irregular.get(form);
  if (irregular) for (const a of irregular) out.push({ ...a, rule: `${data.lang}:irregular-verbs` });
  const lex = closed && data.closedClassExclusive ? [] : lexiconLookup(data)(form);
  if (lex.length) {
    const rule = `${data.lang}:${data.lexicon}`;
    const ranked = data.rankAnalyses ? [...lex].sort((x, y) => rank(x) - rank(y)) : lex;
    for (const a of ranked) out.push({ ...a, rule });
  }
  return out;
}

/** Infinitives and gerunds with enclitic pronouns: "inviarne", "arrestandolo" -> base verb. */
function encliticCandidates(form: string, data: MorphData, depth = 0): Candidate[] {
  if (depth > 1) return [];
  for (const c of data.clitics) {
    if (!form.endsWith(c) || form.length - c.length < 3) continue;
    const base = form.slice(0, -c.length);
    for (const guess of [base + 'e', base + 're', base]) {
      const found = lexiconCandidates(guess, data).filter(
        (a) => a.pos === 'VERB' && (a.feats.VerbForm === 'Inf' || a.feats.VerbForm === 'Ger'),
      );
      if (found.length) return found.map((a) => ({ ...a, rule: `${data.lang}:enclitic` }));
    }
    const deeper = encliticCandidates(base, data, depth + 1);
    if (deeper.length) return deeper;
  }
  return [];
}

/** Apocopated infinitives: "aver", "voler" -> "avere", "volere". */
function apocopeCandidates(form: string, data: MorphData): Candidate[] {
  for (const ending of data.apocope) {
    const found = lexiconCandidates(form + ending, data).filter((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Inf');
    if (found.length) return found.map((a) => ({ ...a, rule: `${data.lang}:apocope` }));
  }
  return [];
}

const LEMMATIZER_MODE: Record<string, 'verb' | 'noun' | 'adj'> = { '@verb': 'verb', '@noun': 'noun', '@adj': 'adj' };
// When the lemmatizer does not know a word: plain inflection stripping.
const FALLBACK_STRIP: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/(ss|x|ch|sh)es$/, '$1'],
  [/ing$/, ''],
  [/ed$/, ''],
  [/s$/, ''],
];

function suffixLemma(form: string, suffix: string, lemma: string): string {
  if (lemma === '=') return form;
  const mode = LEMMATIZER_MODE[lemma];
  if (mode) {
    const l = lemmatizeEnglish(form, mode);
    if (l !== form || mode === 'adj') return l;
    for (const [re, by] of FALLBACK_STRIP) if (re.test(form)) return form.replace(re, by);
    return form;
  }
  return form.slice(0, form.length - suffix.length) + lemma;
}

function suffixCandidates(form: string, data: MorphData): Candidate[] {
  const out: Candidate[] = [];
  let matched = '';
  for (const r of data.suffixes) {
    if (matched && r.suffix !== matched) break;
    if (!form.endsWith(r.suffix) || form.length <= r.suffix.length + 1) continue;
    matched = r.suffix;
    out.push({ lemma: suffixLemma(form, r.suffix, r.lemma), pos: r.pos, feats: r.feats, rule: `${data.lang}:suffix` });
  }
  return out;
}

/** Moves the first reading of the form's preferred UPOS (morph-prefer.tsv) to the front. */
function preferred(form: string, list: Candidate[], data: MorphData): Candidate[] {
  const pos = data.prefer.get(form);
  const k = pos ? list.findIndex((a) => a.pos === pos) : -1;
  if (k <= 0) return list;
  const a = list[k];
  return [{ ...a, rule: `${data.lang}:morph-prefer` }, ...list.slice(0, k), ...list.slice(k + 1)];
}

function analyse(form: string, data: MorphData): Candidates {
  if (PUNCT.test(form)) return single(form, 'PUNCT', 'morph.punct');
  if (SYMBOL.test(form)) return single(form, 'SYM', 'morph.symbol');
  if (NUMBER.test(form)) return single(form, 'NUM', 'morph.number');
  if (LINK.test(form) && form.length > 4) return single(form, 'X', 'morph.link');
  const known = lexiconCandidates(form, data);
  if (known.length) return { list: preferred(form, known, data), known: true, first: undefined };
  if (!HAS_LETTER.test(form)) return single(form, 'X', 'morph.other');
  const enclitic = encliticCandidates(form, data);
  if (enclitic.length) return { list: enclitic, known: true, first: undefined };
  const apocopated = apocopeCandidates(form, data);
  if (apocopated.length) return { list: apocopated, known: true, first: undefined };
  const hyphen = form.lastIndexOf('-');
  if (hyphen > 0 && hyphen < form.length - 1) {
    const head = analyse(form.slice(hyphen + 1), data);
    if (head.known) {
      const prefix = form.slice(0, hyphen + 1);
      // A participle heading a compound is adjectival ("Russia-led", "state-owned").
      const list = head.list.map((a): Candidate =>
        a.pos === 'VERB' && a.feats.VerbForm === 'Part'
          ? { lemma: form, pos: 'ADJ', feats: {}, rule: `${data.lang}:compound` }
          : { ...a, lemma: prefix + a.lemma, rule: `${data.lang}:compound` },
      );
      return { list, known: true, first: undefined };
    }
  }
  const guessed = suffixCandidates(form, data);
  if (guessed.length) return { list: guessed, known: false, first: undefined };
  return { list: [{ lemma: form, pos: 'NOUN', feats: {}, rule: 'morph.default' }], known: false, first: undefined };
}

const memo = new LanguageMemo<Candidates>(300_000);

/** Candidate analyses of a lower-cased form, most likely first. */
export function candidates(form: string, data: MorphData): Candidates {
  return memo.get(data.lang, form, analyse, data);
}
