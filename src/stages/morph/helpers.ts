// Small token predicates for later stages (events, factuality, entities).
import type { Token } from '../../core/types.js';

/** A verb or auxiliary, including participles and gerunds. */
export function isVerbLike(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

export function isAuxiliary(t: Token): boolean {
  return t.pos === 'AUX';
}

/** A participle marked passive by the morph stage ("è stato arrestato", "was arrested"). */
export function isPassive(t: Token): boolean {
  return t.feats.Voice === 'Pass';
}

/** Nouns, proper nouns, adjectives and numbers: words that can head or modify a noun phrase. */
export function isNominal(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM';
}

/** The lemma is a negation listed by the pack (e.g. pass the set from readPackList(lang, 'negation.txt')). */
export function isNegation(t: Token, negations: ReadonlySet<string>): boolean {
  return negations.has(t.lemma.toLowerCase());
}
