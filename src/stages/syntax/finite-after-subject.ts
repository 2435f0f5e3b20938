// A tagger slip: a finite past verb read as a past participle where the form is both ("police
// fired tear gas", "security forces used water cannon", "the rioters smashed windows"). A
// participle cannot take a direct object, so one right after a noun that opens the sentence's
// first clause (no verb or auxiliary before it, no preposition before that noun), followed by a
// noun phrase and no finite verb of its own clause, is the finite verb, when the morph lexicon
// knows the form as one. A time phrase after it leaves it a participle ("the tanker seized last
// month was released"; time words from the pack's timex-words.json). Runs between tagging and
// parsing, so the parser reads the verb.
import { readPackClassSet } from '../../core/packs.js';
import { timeWords } from './time-words.js';
import type { TaggedWord } from '../../syntax/types.js';
import { finitePastReading, finiteWord, retagged, tokenFeats } from './token-feats.js';

export const FINITE_AFTER_SUBJECT_RULE = 'syntax.repair.finite-after-subject';

const SUBJECT_END: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NUM', 'PRON', 'NOUN', 'PROPN']);
const CLAUSE_END: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);
const NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);
const OPENS_NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * Whether the noun phrase ending at word `end` is no subject: it follows a preposition ("in his 2001
 * book titled ..."), or a comma after a noun phrase that opens the sentence (an apposition:
 * "scientists, code named Charlie, are helping"; not a time phrase: "Last month, Katrina devastated").
 */
function notSubject(lang: string, words: TaggedWord[], end: number): boolean {
  const time = timeWords(lang);
  let k = end;
  for (;;) {
    const last = k;
    while (k >= 0 && NOUN_PHRASE.has(words[k].upos)) k--;
    // a time phrase between subject and verb is passed over ("The United States on Friday imposed")
    let timePhrase = false;
    for (let j = k + 1; j <= last; j++) if (time.has(words[j].form.toLowerCase())) timePhrase = true;
    if (k < 0 || words[k].upos !== 'ADP' || !timePhrase || k === 0) break;
    k--;
  }
  if (k < 0) return false;
  if (words[k].upos === 'ADP') return true;
  if (words[k].form !== ',' || !OPENS_NOUN_PHRASE.has(words[0].upos)) return false;
  for (let j = 0; j < k; j++) if (time.has(words[j].form.toLowerCase())) return false;
  return true;
}

/** The sentence opens with a noun phrase and its apposition between commas, ending right before word i ("Kristi Noem, the secretary, accused"). */
function appositionBefore(words: TaggedWord[], i: number): boolean {
  if (words[i - 1].form !== ',') return false;
  let k = i - 2;
  const phrase = (): boolean => {
    const last = k;
    let noun = false;
    for (; k >= 0 && NOUN_PHRASE.has(words[k].upos); k--) if (SUBJECT_END.has(words[k].upos)) noun = true;
    return noun && k < last;
  };
  if (!phrase() || k <= 0 || words[k].form !== ',') return false;
  k--;
  return phrase() && k === -1;
}

/**
 * A finite verb after word i without a subject of its own before it (a noun or pronoun, adverbs
 * passed over): the sentence's main verb, which leaves word i a participle ("scientists, code named
 * Charlie, are helping"); "... accused X of failing to raise it when he and Xi spoke" has none.
 */
function mainVerbAfter(words: TaggedWord[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) {
    if (!finiteWord(words[k])) continue;
    let j = k - 1;
    while (j > i && words[j].upos === 'ADV') j--;
    if (!SUBJECT_END.has(words[j].upos) && words[j].upos !== 'PRON') return true;
  }
  return false;
}

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairFiniteAfterSubject(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  // a fragment (a title, a caption) ends without a full stop and may have no finite verb at all
  if (!words.length || !SENTENCE_END.has(words[words.length - 1].form)) return changed;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w.upos === 'AUX' || finiteWord(w)) break;
    if (w.upos !== 'VERB' || i === 0) continue;
    const f = tokenFeats(w.feats);
    if (f.VerbForm !== 'Part' || f.Tense !== 'Past') continue;
    // only the first verb of the sentence, after its subject: a noun phrase not inside a prepositional
    // phrase, or a subject and its apposition that open the sentence when no main verb follows
    const afterApposition = appositionBefore(words, i) && !mainVerbAfter(words, i);
    if (!afterApposition && (!SUBJECT_END.has(words[i - 1].upos) || notSubject(lang, words, i - 1))) break;
    // (after a subject and its apposition with no other main verb, an infinitive marker or a preposition
    // too: "Keir Starmer, the Labour leader, threatened to call", "the army chief, X, threatened on X to")
    if (!OBJECT_START.has(words[i + 1].upos) && !(afterApposition && (words[i + 1].upos === 'PART' || words[i + 1].upos === 'ADP'))) break;
    const time = timeWords(lang);
    if (time.has(words[i + 1].form.toLowerCase()) || (i + 2 < words.length && time.has(words[i + 2].form.toLowerCase()))) break;
    let ownFinite = false;
    for (let k = i + 1; k < words.length && !CLAUSE_END.has(words[k].upos); k++) if (finiteWord(words[k])) ownFinite = true;
    if (ownFinite) break;
    const fin = finitePastReading(lang, w);
    if (!fin) break;
    words[i] = retagged(w, w.upos, fin);
    changed.push(i);
    break;
  }
  if (!changed.length) {
    const only = onlyVerbOfSentence(lang, words);
    if (only >= 0) changed.push(only);
  }
  return changed;
}

/**
 * "On November 13 a former candidate for the party set off explosives outside the court": a
 * sentence with no finite verb or auxiliary at all has its verb read as a participle. The first
 * past participle after a noun, followed by a noun phrase (a particle that is no preposition of
 * the pack may come between: "set off explosives"), that the morph lexicon knows as a finite past, is that verb.
 */
function onlyVerbOfSentence(lang: string, words: TaggedWord[]): number {
  if (words.some((w) => w.upos === 'AUX' || finiteWord(w))) return -1;
  const time = timeWords(lang);
  // a noun phrase that no preposition opens ("In a report titled Fire." has none)
  let bare = false;
  for (let i = 1; i + 1 < words.length; i++) {
    if ((words[i - 1].upos === 'DET' || i - 1 === 0) && OPENS_NOUN_PHRASE.has(words[i - 1].upos) && (i - 1 === 0 || words[i - 2].upos !== 'ADP')) bare = true;
    if (!bare) continue;
    const w = words[i];
    const f = tokenFeats(w.feats);
    if (w.upos !== 'VERB' || f.VerbForm !== 'Part' || f.Tense !== 'Past' || !SUBJECT_END.has(words[i - 1].upos)) continue;
    // (a particle, an ADP that is no preposition of the pack, may come between: "set off explosives")
    const particle = words[i + 1].upos === 'ADP' && !readPackClassSet(lang, 'argument-markers.tsv', 'preposition').has(words[i + 1].form.toLowerCase());
    const next = particle && i + 2 < words.length ? i + 2 : i + 1;
    if (!OBJECT_START.has(words[next].upos) || time.has(words[next].form.toLowerCase()) || (next + 1 < words.length && time.has(words[next + 1].form.toLowerCase()))) continue;
    const fin = finitePastReading(lang, w);
    if (!fin) continue;
    words[i] = retagged(w, w.upos, fin);
    return i;
  }
  return -1;
}
