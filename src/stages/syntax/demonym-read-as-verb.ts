// A tagger slip: a nationality adjective that is also a verb form read as the verb ("i servizi
// segreti russi": "russi" as a form of "russare"), so the parser opens a clause there and the noun
// phrase loses its adjective and its country. A word tagged VERB that the pack lists as a demonym
// (demonyms.tsv), right after a noun or an adjective and with an adjective reading in the morph
// lexicon that agrees with that word, is the adjective. Runs between tagging and parsing.
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import { readPackFormSet } from '../../core/packs.js';
import type { TaggedWord } from '../../syntax/types.js';
import { agrees, retagged, tokenFeats } from './token-feats.js';

export const DEMONYM_READ_AS_VERB_RULE = 'syntax.repair.demonym-read-as-verb';

const BEFORE: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairDemonymReadAsVerb(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.upos !== 'VERB' || !BEFORE.has(words[i - 1].upos)) continue;
    const form = w.form.toLowerCase();
    if (!readPackFormSet(lang, 'demonyms.tsv').has(form)) continue;
    const prev = tokenFeats(words[i - 1].feats);
    const adj = candidates(form, morphData(lang)).list.find((a) => a.pos === 'ADJ' && agrees(a.feats, prev));
    if (!adj) continue;
    words[i] = retagged(w, 'ADJ', adj);
    changed.push(i);
  }
  return changed;
}
