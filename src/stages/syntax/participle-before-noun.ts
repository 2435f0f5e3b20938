// A tagger slip: a past participle between a determiner or numeral and its noun read as a verb
// ("due presunti agenti dell'intelligence", "i cosiddetti volontari"). Where the pack's treebank
// tags such a participle as an adjective (morph.json participleBeforeNounIsAdjective: Italian), the
// verb reading makes the parser open a clause there and lose the noun phrase. On ISDT the repair
// fires 2 times (train and dev), both right. Runs between tagging and parsing.
import { morphData } from '../morph/morph-data.js';
import type { TaggedWord } from '../../syntax/types.js';
import { tokenFeats } from './token-feats.js';

export const PARTICIPLE_BEFORE_NOUN_RULE = 'syntax.repair.participle-before-noun';

const OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM']);

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairParticipleBeforeNoun(lang: string, words: TaggedWord[]): number[] {
  if (!morphData(lang).participleBeforeNounIsAdjective) return [];
  const changed: number[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    if (w.upos !== 'VERB' || !OPENERS.has(words[i - 1].upos) || words[i + 1].upos !== 'NOUN') continue;
    const f = tokenFeats(w.feats);
    if (f.VerbForm !== 'Part' || f.Tense !== 'Past') continue;
    const feats = [f.Gender && `Gender=${f.Gender}`, f.Number && `Number=${f.Number}`].filter(Boolean).join('|') || '_';
    words[i] = { ...w, upos: 'ADJ', feats, alt: undefined, altMargin: undefined };
    changed.push(i);
  }
  return changed;
}
