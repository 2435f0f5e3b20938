// CoNLL-U FEATS of a word -> the Feats subset on tokens (unknown features and values dropped).
import type { Feats } from '../../core/types.js';
import type { TaggedWord } from '../../syntax/types.js';
import { candidates, type Candidate } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';

const ALLOWED: Record<string, Set<string>> = {
  Mood: new Set(['Ind', 'Sub', 'Cnd', 'Imp']),
  Tense: new Set(['Pres', 'Past', 'Imp', 'Fut']),
  VerbForm: new Set(['Fin', 'Inf', 'Part', 'Ger']),
  Person: new Set(['1', '2', '3']),
  Number: new Set(['Sing', 'Plur']),
  Gender: new Set(['Masc', 'Fem']),
  Voice: new Set(['Pass']),
  Poss: new Set(['Yes']),
};

const cache = new Map<string, Feats>();

/** The returned object is shared: copy it before changing it. */
export function tokenFeats(feats: string): Feats {
  let f = cache.get(feats);
  if (f) return f;
  const out: Record<string, string> = {};
  if (feats !== '_') {
    for (const pair of feats.split('|')) {
      const eq = pair.indexOf('=');
      const k = pair.slice(0, eq);
      const v = pair.slice(eq + 1);
      if (ALLOWED[k]?.has(v)) out[k] = v;
    }
  }
  f = out as Feats;
  if (cache.size < 10_000) cache.set(feats, f);
  return f;
}

/** Two feature sets agree in number and gender where both give them. */
export function agrees(a: Feats, b: Feats): boolean {
  return (!a.Number || !b.Number || a.Number === b.Number) && (!a.Gender || !b.Gender || a.Gender === b.Gender);
}

/** A finite verb or auxiliary among the tagged words. */
export function finiteWord(w: TaggedWord): boolean {
  return (w.upos === 'VERB' || w.upos === 'AUX') && tokenFeats(w.feats).VerbForm === 'Fin';
}

/** The CoNLL-U FEATS text of token features ("Mood=Ind|Number=Sing"), sorted by name as UD orders them; "_" when none. */
export function featsString(f: Feats): string {
  const parts = Object.entries(f)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return parts.length ? parts.join('|') : '_';
}

/**
 * A tagged word a repair reads otherwise: the new tag, lemma and features, and no runner-up tag
 * (the tagger's alternative no longer applies).
 */
export function retagged(w: TaggedWord, upos: string, a: { lemma: string; feats: Feats }): TaggedWord {
  return { ...w, upos, lemma: a.lemma, feats: featsString(a.feats), alt: undefined, altMargin: undefined };
}

/** The finite past reading the morph lexicon has for a word's form ("stormed", "set"), if any. */
export function finitePastReading(lang: string, w: TaggedWord): Candidate | undefined {
  return candidates(w.form.toLowerCase(), morphData(lang)).list.find((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Fin' && a.feats.Tense === 'Past');
}
