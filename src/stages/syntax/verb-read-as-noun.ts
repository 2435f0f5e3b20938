// A tagger slip: a finite verb read as a noun at the head of a coordinated clause ("Teheran respinge
// le critiche e accusa Washington di fomentare i disordini", "rejected the plan and blames the
// opposition") or of a relative clause ("Turkey, which arms several rebel factions"). A word right after a coordinating conjunction, with no determiner of its own, that
// the morph lexicon knows as a third-person finite verb, directly followed by a determiner or a
// proper noun (its object), after a clause whose finite verb has the same number, is that verb.
// Runs between tagging and parsing, so the parser reads the clause.
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import type { TaggedWord } from '../../syntax/types.js';
import { finiteWord, retagged, tokenFeats } from './token-feats.js';
import { afterConjunction } from './after-conjunction.js';

export const VERB_READ_AS_NOUN_RULE = 'syntax.repair.verb-read-as-noun';

const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'PROPN']);

/** The number of the last finite verb before word i, or undefined when there is none. */
function finiteBefore(words: TaggedWord[], i: number): { number?: string } | undefined {
  for (let k = i - 1; k >= 0; k--) if (finiteWord(words[k])) return { number: tokenFeats(words[k].feats).Number };
  return undefined;
}

/**
 * Words tagged NOUN right after a relative pronoun and directly before a word that may open their
 * object ("Turkey, which arms several rebel factions"): a relative pronoun is followed by its
 * clause's verb or subject, and a subject noun has no object after it.
 */
function afterRelativePronoun(words: readonly TaggedWord[]): number[] {
  const out: number[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const rel = words[i - 1];
    // (a relative after a preposition is no subject: "per cui", "in which")
    if (words[i].upos === 'NOUN' && rel.upos === 'PRON' && RELATIVE.test(rel.feats) && (i < 2 || words[i - 2].upos !== 'ADP') && RELATIVE_OBJECT_START.has(words[i + 1].upos)) out.push(i);
  }
  return out;
}

const RELATIVE = /(^|\|)PronType=Rel(\||$)/;
const RELATIVE_OBJECT_START: ReadonlySet<string> = new Set([...OBJECT_START, 'NUM', 'ADJ']);

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairVerbReadAsNoun(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  for (const i of afterRelativePronoun(words)) {
    const fin = candidates(words[i].form.toLowerCase(), morphData(lang)).list.find((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Fin' && a.feats.Person === '3');
    if (!fin) continue;
    words[i] = retagged(words[i], 'VERB', fin);
    changed.push(i);
  }
  for (const i of afterConjunction(words, 'NOUN', OBJECT_START)) {
    const w = words[i];
    const before = finiteBefore(words, i - 1);
    if (!before) continue;
    const fin = candidates(w.form.toLowerCase(), morphData(lang)).list.find((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Fin' && a.feats.Person === '3' &&
      (before.number === undefined || a.feats.Number === undefined || a.feats.Number === before.number));
    if (!fin) continue;
    words[i] = retagged(w, 'VERB', fin);
    changed.push(i);
  }
  return changed;
}
