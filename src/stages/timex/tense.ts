// Is the verb nearest to a time expression in the future tense? Decides "lunedì" / "on Monday"
// and "il 16 marzo" without a year: future tense means on or after the publication date.
// Uses the morph stage's UD features (Tense=Fut) and, for languages whose future is an auxiliary
// ("will"), the pack's list `futureWords`.
import type { Token } from '../../core/types.js';
import { firstTokenStartingFrom } from '../../core/token-search.js';

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const GROUP = 4;

function groupIsFuture(tokens: Token[], from: number, step: 1 | -1, sentence: number, futureWords: Set<string>): boolean {
  for (let k = 0, i = from; k < GROUP && i >= 0 && i < tokens.length; k++, i += step) {
    const t = tokens[i];
    if (t.sentence !== sentence) break;
    if (t.feats.Tense === 'Fut' || futureWords.has(t.norm)) return true;
    if (k > 0 && !isVerb(t) && t.pos !== 'PART' && t.pos !== 'ADV' && t.pos !== 'PRON') break;
  }
  return false;
}


/** The nearest verb group before the span decides; if there is none in the sentence, the one after. */
export function isFutureAt(tokens: Token[], start: number, end: number, futureWords: Set<string>): boolean {
  if (tokens.length === 0) return false;
  const first = firstTokenStartingFrom(tokens, start);
  const sentence = tokens[Math.min(first, tokens.length - 1)].sentence;
  for (let i = first - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    if (isVerb(tokens[i])) return groupIsFuture(tokens, i, -1, sentence, futureWords);
  }
  for (let i = firstTokenStartingFrom(tokens, end); i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (isVerb(tokens[i])) return groupIsFuture(tokens, i, 1, sentence, futureWords);
  }
  return false;
}
