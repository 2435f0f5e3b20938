// A tagger slip: the second of two past participles sharing one auxiliary read as an adjective
// after the conjunction ("aveva convocato l'incaricato norvegese e minacciato ritorsioni", where
// "minacciato" joins "norvegese"). An adjective that the morph lexicon also knows as a past
// participle, right after a conjunction, followed by its object, in a sentence with an earlier
// participle of a compound tense (an auxiliary before it), is that participle. Runs between
// tagging and parsing, so the parser reads the verb.
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import type { TaggedWord } from '../../syntax/types.js';
import { retagged, tokenFeats } from './token-feats.js';
import { afterConjunction } from './after-conjunction.js';

export const COORDINATED_PARTICIPLE_RULE = 'syntax.repair.coordinated-participle';

const OBJECT_START: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'NUM']);
const NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ']);

/** A participle of a compound tense before word `end`: a VERB participle with an auxiliary at most two words before it. */
function compoundParticipleBefore(words: TaggedWord[], end: number): boolean {
  for (let i = end - 1; i >= 1; i--) {
    const w = words[i];
    if (w.upos === 'VERB' && tokenFeats(w.feats).VerbForm === 'Fin') return false;
    if (w.upos !== 'VERB' || tokenFeats(w.feats).VerbForm !== 'Part') continue;
    if (words[i - 1].upos === 'AUX' || (i >= 2 && words[i - 2].upos === 'AUX')) return true;
  }
  return false;
}

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairCoordinatedParticiples(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  for (const i of afterConjunction(words, 'ADJ', OBJECT_START)) {
    const w = words[i];
    const readings = candidates(w.form.toLowerCase(), morphData(lang)).list;
    const part = readings.find((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Part' && a.feats.Tense === 'Past');
    // A form that is also a finite verb ("accused", "armed") is left to the tagger: where adjectives
    // precede nouns such a form before a noun is as often an adjective ("armed groups").
    if (!part || readings.some((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Fin') || !compoundParticipleBefore(words, i - 1)) continue;
    // "and armed groups will read": a noun phrase followed by its own verb is a subject, not an object.
    let j = i + 1;
    while (j < words.length && NOUN_PHRASE.has(words[j].upos)) j++;
    if (j < words.length && (words[j].upos === 'AUX' || (words[j].upos === 'VERB' && tokenFeats(words[j].feats).VerbForm === 'Fin'))) continue;
    words[i] = retagged(w, 'VERB', part);
    changed.push(i);
  }
  return changed;
}
