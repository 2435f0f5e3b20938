// A tagger slip: a capitalised word inside a sentence, right after a lowercase word, read as a verb
// ("Nel primo pomeriggio Costa si è dimesso", "was rebuked by Downing Street", "a Moscow-based
// billionaire"). In news such a word is a name, or a hyphenated adjective made from one. On the UD
// treebanks the repair would change only titles of web posts ("Keep", "Speak"); on the own gold
// set's news texts it was right each time it fired (docs/decisions.md, session 24). Runs between
// tagging and parsing, so the parser reads the name.
import type { TaggedWord } from '../../syntax/types.js';

export const CAPITALISED_VERB_RULE = 'syntax.repair.capitalised-verb';

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairCapitalisedVerbs(words: TaggedWord[]): number[] {
  const changed: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!VERBAL.has(w.upos) || !CAPITALISED.test(w.form) || !LOWERCASE_WORD.test(words[i - 1].form)) continue;
    const upos = w.form.includes('-') ? 'ADJ' : 'PROPN';
    words[i] = { ...w, upos, lemma: w.form, feats: '_', alt: undefined, altMargin: undefined };
    changed.push(i);
  }
  return changed;
}
