// English open-class lexicon: wink-lexicon's word -> Penn tags table (MIT) mapped to UPOS and
// features, with lemmas from wink-lemmatizer.
import { createRequire } from 'node:module';
import type { Feats, Upos } from '../../core/types.js';
import type { Analysis } from './analysis.js';

interface Lemmatizer {
  verb(w: string): string;
  noun(w: string): string;
  adjective(w: string): string;
}

const require = createRequire(import.meta.url);
let table: Record<string, string[]> | undefined;
let lemmatizer: Lemmatizer | undefined;

function penn(): Record<string, string[]> {
  table ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
  return table;
}

export function englishLemmatizer(): Lemmatizer {
  lemmatizer ??= require('wink-lemmatizer') as Lemmatizer;
  return lemmatizer;
}

const PENN: Record<string, { pos: Upos; feats: Feats; lemma: 'verb' | 'noun' | 'adj' | 'same' }> = {
  VB: { pos: 'VERB', feats: { VerbForm: 'Inf' }, lemma: 'verb' },
  VBP: { pos: 'VERB', feats: { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' }, lemma: 'verb' },
  VBZ: { pos: 'VERB', feats: { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin', Person: '3', Number: 'Sing' }, lemma: 'verb' },
  VBD: { pos: 'VERB', feats: { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' }, lemma: 'verb' },
  VBN: { pos: 'VERB', feats: { Tense: 'Past', VerbForm: 'Part' }, lemma: 'verb' },
  VBG: { pos: 'VERB', feats: { VerbForm: 'Ger' }, lemma: 'verb' },
  NN: { pos: 'NOUN', feats: { Number: 'Sing' }, lemma: 'same' },
  NNS: { pos: 'NOUN', feats: { Number: 'Plur' }, lemma: 'noun' },
  NNP: { pos: 'PROPN', feats: { Number: 'Sing' }, lemma: 'same' },
  NNPS: { pos: 'PROPN', feats: { Number: 'Plur' }, lemma: 'same' },
  JJ: { pos: 'ADJ', feats: {}, lemma: 'same' },
  JJR: { pos: 'ADJ', feats: {}, lemma: 'adj' },
  JJS: { pos: 'ADJ', feats: {}, lemma: 'adj' },
  RB: { pos: 'ADV', feats: {}, lemma: 'same' },
  RBR: { pos: 'ADV', feats: {}, lemma: 'adj' },
  RBS: { pos: 'ADV', feats: {}, lemma: 'adj' },
  CD: { pos: 'NUM', feats: {}, lemma: 'same' },
  UH: { pos: 'INTJ', feats: {}, lemma: 'same' },
  FW: { pos: 'X', feats: {}, lemma: 'same' },
};

const NO_FEATS: Feats = {};

export function lemmatizeEnglish(form: string, mode: 'verb' | 'noun' | 'adj' | 'same'): string {
  if (mode === 'same') return form;
  const l = englishLemmatizer();
  return mode === 'verb' ? silentE(form, l.verb(form)) : mode === 'noun' ? l.noun(form) : l.adjective(form);
}

// A stem ending consonant-vowel-consonant doubles its last consonant before -ed/-ing ("rap" ->
// "rapped"), so a single consonant there means the lemma keeps a silent e ("raped" -> "rape").
const SHORT_STEM = /[^aeiou][aeiou][^aeiouwxy]$/;
const INFLECTION = /(?:ed|ing)$/;

function silentE(form: string, lemma: string): string {
  const m = INFLECTION.exec(form);
  if (!m || form.length - m[0].length !== lemma.length || !SHORT_STEM.test(lemma)) return lemma;
  const withE = lemma + 'e';
  return penn()[withE]?.includes('VB') ? withE : lemma;
}

/** Open-class analyses of a lower-cased form, most frequent tag first; [] when unknown. */
export function englishAnalyses(form: string): Analysis[] {
  const tags = penn()[form];
  if (!tags) return [];
  const out: Analysis[] = [];
  const seen = new Set<string>();
  for (const tag of tags) {
    const m = PENN[tag];
    if (!m || seen.has(tag)) continue;
    seen.add(tag);
    // Singular and plural at once ("police", "staff"): no number.
    const feats = tag === 'NN' && tags.includes('NNS') ? NO_FEATS : m.feats;
    out.push({ lemma: lemmatizeEnglish(form, m.lemma), pos: m.pos, feats });
  }
  // The table lists some -s forms only as plural nouns ("arrests"): add the verb reading when the
  // stem is a verb there.
  if (seen.has('NNS') && !seen.has('VBZ') && form.endsWith('s')) {
    const lemma = englishLemmatizer().verb(form);
    if (lemma !== form && penn()[lemma]?.some((t) => t === 'VB' || t === 'VBP')) {
      out.push({ lemma, pos: 'VERB', feats: PENN.VBZ.feats });
    }
  }
  return out;
}
