// Small token predicates and the verb-chain reader, for later stages (events, factuality, entities).
import type { Feats, Token } from '../../core/types.js';

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

export interface VerbChain {
  /** Index in doc.tokens of the lexical verb. */
  main: number;
  /** Indices of the auxiliaries before it (modals, tense and passive auxiliaries), in text order. */
  auxiliaries: number[];
  /** The main verb is a passive participle. */
  passive: boolean;
  /** Mood, Tense and VerbForm of the first auxiliary, or of the main verb when there is none. */
  finite: Pick<Feats, 'Mood' | 'Tense' | 'VerbForm'>;
}

const INSIDE_CHAIN = new Set(['ADV', 'PART', 'PRON']);

/**
 * The verb chain a verb or auxiliary token belongs to: "non è stato arrestato", "has been removed",
 * "will not arrest". From an auxiliary it walks forward to the main verb (up to three tokens).
 * Returns undefined for tokens that are not verbs.
 */
export function verbChain(tokens: Token[], index: number): VerbChain | undefined {
  let main = index;
  const sentence = tokens[index]?.sentence;
  if (sentence === undefined || !isVerbLike(tokens[index])) return undefined;
  if (tokens[main].pos === 'AUX') {
    for (let j = index + 1; j < tokens.length && j <= index + 4 && tokens[j].sentence === sentence; j++) {
      if (tokens[j].pos === 'VERB') {
        main = j;
        break;
      }
      if (tokens[j].pos !== 'AUX' && !INSIDE_CHAIN.has(tokens[j].pos)) break;
    }
  }
  const auxiliaries: number[] = [];
  for (let j = main - 1; j >= 0 && j >= main - 5 && tokens[j].sentence === sentence; j--) {
    if (tokens[j].pos === 'AUX') auxiliaries.unshift(j);
    else if (!INSIDE_CHAIN.has(tokens[j].pos)) break;
  }
  const head = tokens[auxiliaries[0] ?? main].feats;
  const finite: VerbChain['finite'] = {};
  if (head.Mood) finite.Mood = head.Mood;
  if (head.Tense) finite.Tense = head.Tense;
  if (head.VerbForm) finite.VerbForm = head.VerbForm;
  return { main, auxiliaries, passive: tokens[main].feats.Voice === 'Pass', finite };
}
