// A tagger slip: the bare infinitive after a modal read as an adjective or a noun ("would free
// him", "could block the road", "will import grain"), or as a name though written in lower case
// ("may march on the court"). A modal (an auxiliary the pack's
// auxiliaries.tsv says takes an infinitive) is followed by its verb, past adverbs and negation; a
// word there that the morph lexicon knows as an infinitive, followed by its object, is that
// infinitive. Runs between tagging and parsing, so the parser reads the verb.
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import type { TaggedWord } from '../../syntax/types.js';
import { retagged } from './token-feats.js';

export const INFINITIVE_AFTER_MODAL_RULE = 'syntax.repair.infinitive-after-modal';

const SLIPS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);
const OBJECT_START: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'PRON']);
const ADVERB_OBJECT_START: ReadonlySet<string> = new Set(['PROPN', 'DET', 'NUM', 'PRON']);

/** Whether word i is an auxiliary that takes an infinitive. */
function infinitiveAuxiliary(lang: string, w: TaggedWord): boolean {
  if (w.upos !== 'AUX') return false;
  return morphData(lang).auxiliaries.get(w.lemma.toLowerCase())?.some((r) => r.takes === 'Inf') ?? false;
}

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairInfinitivesAfterModals(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    // (or a proper noun written in lower case, whatever follows: "some may march on the court"; or
    // an adverb in the verb's slot before a clear object or a final particle: "will probably back a
    // loyalist", "will not back down"; not "will further increase", "may as well just", "do better")
    const lowerName = w.upos === 'PROPN' && w.form !== w.form.toUpperCase() && w.form === w.form.toLowerCase();
    const next = words[i + 1].upos;
    const particleEnd = (next === 'ADP' || next === 'ADV') && (i + 2 >= words.length || words[i + 2].upos === 'PUNCT');
    const adverbSlot = w.upos === 'ADV' && (ADVERB_OBJECT_START.has(next) || particleEnd);
    if (!lowerName && !adverbSlot && (!SLIPS.has(w.upos) || !OBJECT_START.has(words[i + 1].upos))) continue;
    let j = i - 1;
    while (j > 0 && (words[j].upos === 'ADV' || words[j].upos === 'PART')) j--;
    if (!infinitiveAuxiliary(lang, words[j])) continue;
    const inf = candidates(w.form.toLowerCase(), morphData(lang)).list.find((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Inf');
    if (!inf) continue;
    words[i] = retagged(w, 'VERB', inf);
    changed.push(i);
  }
  return changed;
}
