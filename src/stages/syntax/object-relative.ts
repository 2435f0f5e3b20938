// A parse slip: "executives, whom pro-government media accused of spying", "a minister whom
// prosecutors charged": the parser read "whom" as "whose", the possessor of the relative clause's
// subject, so the clause lost its object and the accusation its target. A relative pronoun of the
// pack's object-relatives.tsv hung on a noun as its possessor becomes the object of the verb that
// noun is the subject of. Runs after parsing, before the parse is projected.
import { readPackWordSet } from '../../core/packs.js';
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';

export const OBJECT_RELATIVE_RULE = 'syntax.repair.object-relative';

/** Repairs the parse in place; returns the 0-based words whose head or relation changed. */
export function repairObjectRelative(lang: string, words: readonly TaggedWord[], r: ParseResult): number[] {
  const pronouns = readPackWordSet(lang, 'object-relatives.tsv');
  if (pronouns.size === 0) return [];
  const { heads, deprels } = r;
  const changed: number[] = [];
  for (let k = 0; k < words.length; k++) {
    if (deprels[k] !== 'nmod:poss' || !pronouns.has(words[k].form.toLowerCase())) continue;
    const noun = heads[k] - 1;
    if (noun < 0 || !deprels[noun].startsWith('nsubj')) continue;
    const verb = heads[noun] - 1;
    if (verb < 0 || verb < k) continue;
    heads[k] = verb + 1;
    deprels[k] = 'obj';
    changed.push(k);
  }
  return changed;
}
