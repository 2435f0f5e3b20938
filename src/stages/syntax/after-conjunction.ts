// Shared by the tagging repairs of a coordinated clause's verb (coordinated-participles.ts,
// verb-read-as-noun.ts): the words tagged `upos` right after a coordinating conjunction and
// directly before a word that may open their object.
import type { TaggedWord } from '../../syntax/types.js';

/** Indices of the words tagged `upos` between a CCONJ and a word whose tag is in `objectStart`. */
export function afterConjunction(words: readonly TaggedWord[], upos: string, objectStart: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let i = 2; i + 1 < words.length; i++) {
    if (words[i].upos === upos && words[i - 1].upos === 'CCONJ' && objectStart.has(words[i + 1].upos)) out.push(i);
  }
  return out;
}
