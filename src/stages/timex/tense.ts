// Is the verb nearest to a time expression in the future? Decides "lunedì" / "on Monday" and "il 16
// marzo" without a year: a future group means on or after the publication date. A group is future
// by the morph stage's UD features (Tense=Fut) or the pack's `futureWords` ("will"), and looks ahead
// when it holds a prospective word ("may be freed", "is due to begin", "expected to pass") or a
// conditional ("potrebbero parlarne"), unless it is perfect ("could have been", "sarebbe stato",
// "si sarebbero parlate": a pronominal verb makes its perfect with "essere").
import type { Token } from '../../core/types.js';
import { firstTokenStartingFrom } from '../../core/token-search.js';

/** The words of a verb group that tell its time, from the pack (timex-words.json), as token norms or lemmas. */
export interface TenseWords {
  future: Set<string>;
  prospective: Set<string>;
  /** Lemmas of auxiliaries that make a perfect with a participle after them ("have"). */
  perfect: Set<string>;
  /** Participles that make a group perfect by themselves ("stato" in "sarebbe stato"). */
  perfectParticiples: Set<string>;
  /** Reflexive clitics before an auxiliary and a participle that make the group perfect ("si sarebbero parlate"). */
  perfectClitics: Set<string>;
}

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const GROUP = 4;

function groupIsFuture(tokens: Token[], from: number, step: 1 | -1, sentence: number, words: TenseWords): boolean {
  let prospective = false;
  let perfect = false;
  for (let k = 0, i = from; k < GROUP && i >= 0 && i < tokens.length; k++, i += step) {
    const t = tokens[i];
    if (t.sentence !== sentence) break;
    if (t.feats.Tense === 'Fut' || words.future.has(t.norm)) return true;
    if (words.prospective.has(t.norm)) prospective = true;
    else if (k > 0 && !isVerb(t) && t.pos !== 'PART' && t.pos !== 'ADV' && t.pos !== 'PRON') break;
    const next = tokens[i + 1];
    const participleNext = isVerb(t) && next?.feats.VerbForm === 'Part';
    if ((participleNext && (words.perfect.has(t.lemma.toLowerCase()) || (i > 0 && words.perfectClitics.has(tokens[i - 1].norm)))) || words.perfectParticiples.has(t.norm)) perfect = true;
    else if (t.feats.Mood === 'Cnd') prospective = true;
  }
  return prospective && !perfect;
}

/** Punctuation that closes a clause before an expression. */
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', '(', '—', '–']);

/** A word that opens a clause of its own: punctuation, a subordinating conjunction, a relative pronoun (the parse's). */
const opensClause = (tokens: Token[], t: Token): boolean =>
  (t.pos === 'PUNCT' && CLAUSE_PUNCT.has(t.text)) || t.pos === 'SCONJ' ||
  (t.pos === 'PRON' && t.head !== undefined && t.head >= 0 && tokens[t.head].deprel === 'acl:relcl');

/**
 * The nearest verb group before the span decides, unless a clause opens between them and a verb
 * group follows the span in its own clause ("Varsavia, che martedì aveva inserito": the relative's
 * verb); a prospective word between that verb and the span counts too ("is due in Istanbul on
 * Saturday"); with no verb before in the sentence, the one after.
 */
export function isFutureAt(tokens: Token[], start: number, end: number, words: TenseWords): boolean {
  if (tokens.length === 0) return false;
  const first = firstTokenStartingFrom(tokens, start);
  const sentence = tokens[Math.min(first, tokens.length - 1)].sentence;
  let before = -1;
  let boundary = false;
  for (let i = first - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    if (isVerb(tokens[i])) {
      before = i;
      break;
    }
    if (opensClause(tokens, tokens[i])) boundary = true;
  }
  let after = -1;
  for (let i = firstTokenStartingFrom(tokens, end); i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (isVerb(tokens[i])) {
      after = i;
      break;
    }
    if (before >= 0 && opensClause(tokens, tokens[i])) break;
  }
  if (before >= 0 && !(boundary && after >= 0)) {
    if (groupIsFuture(tokens, before, -1, sentence, words)) return true;
    for (let k = before + 1; k < first; k++) if (tokens[k].pos !== 'NOUN' && words.prospective.has(tokens[k].norm)) return true;
    return false;
  }
  return after >= 0 && groupIsFuture(tokens, after, 1, sentence, words);
}
