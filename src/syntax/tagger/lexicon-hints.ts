// What the rule-based morph lexicons (Morph-it!, wink-lexicon, the pack's closed-class lists) say
// about a word form: its candidate UPOS set and feature tags, as tagger features, and lemmas.
import { candidates, type Candidate } from '../../stages/morph/candidates.js';
import { encodeTag } from '../../stages/morph/analysis.js';
import { morphData } from '../../stages/morph/morph-data.js';
import { hashString } from '../../learn/feature-hash.js';
import { LanguageMemo } from '../../core/language-memo.js';

export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
];
const UPOS_BIT = new Map(UPOS_TAGS.map((t, i) => [t, 1 << i]));

export interface LexiconHint {
  /** UPOS bitmask of the lexicon's readings (0 when the lexicon does not know the form). */
  known: number;
  /** UPOS bitmask of guessed readings (suffix rules) for unknown forms. */
  guessed: number;
  /** Hashes of "UPOS+feature tag" of each reading, at most 6. */
  tags: Int32Array;
  list: Candidate[];
}

const hints = new LanguageMemo<LexiconHint>(200_000);

function compute(norm: string, lang: string): LexiconHint {
  const c = candidates(norm, morphData(lang));
  let mask = 0;
  const tags: number[] = [];
  for (const a of c.list) {
    mask |= UPOS_BIT.get(a.pos) ?? 0;
    if (tags.length < 6) {
      const h = hashString(a.pos + encodeTag(a.feats) + (a.feats.Voice ?? '') + (a.feats.Poss ?? ''));
      if (!tags.includes(h)) tags.push(h);
    }
  }
  return c.known ? { known: mask, guessed: 0, tags: Int32Array.from(tags), list: c.list } : { known: 0, guessed: mask, tags: Int32Array.from(tags), list: c.list };
}

/** Lexicon readings of a normalised form (cached per language). */
export function lexiconHint(norm: string, lang: string): LexiconHint {
  return hints.get(lang, norm, compute, lang);
}

/**
 * The lexicon's lemma for the form read as `upos` (AUX falls back to VERB readings), if it knows
 * one. For forms it does not know, only verbs take the morph guesser's lemma: its inflection rules
 * ("raided" -> "raid", "modelling" -> "model") beat the treebank's suffix rules there, not for
 * other classes (measured on the dev sets).
 */
export function lexiconLemma(hint: LexiconHint, upos: string): string | undefined {
  if (hint.known === 0 && upos !== 'VERB') return undefined;
  for (const a of hint.list) if (a.pos === upos) return a.lemma;
  if (upos === 'AUX') for (const a of hint.list) if (a.pos === 'VERB') return a.lemma;
  return undefined;
}
