// A tagger slip: a word that is both a preposition and a subordinator ("after", "since", "until")
// read as a preposition before a clause ("after Ecuadorian police stormed its embassy"), so the
// parser makes the clause's subject the preposition's object and leaves its verb without one.
// When a word of the pack's clause-prepositions.tsv is tagged ADP and one noun phrase follows it
// (no second determiner, no time word: "since 2001 the company", "after Monday protesters") and
// then a finite verb or auxiliary, it is the subordinator; a past participle there with an object
// after it is the clause's finite past ("a day after demonstrators stormed parliament"), when the
// morph lexicon knows the form as one. Runs between tagging and parsing, so the parser reads the
// clause.
import { readPackWordSet } from '../../core/packs.js';
import type { TaggedWord } from '../../syntax/types.js';
import { timeWords } from './time-words.js';
import { finitePastReading, finiteWord, retagged, tokenFeats } from './token-feats.js';
import type { Candidate } from '../morph/candidates.js';

export const SUBORDINATOR_BEFORE_CLAUSE_RULE = 'syntax.repair.subordinator-before-clause';

const NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'CCONJ']);
const NOUN_HEAD: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NUM', 'PRON', 'NOUN', 'PROPN']);

/**
 * Word k opens a second noun phrase: a determiner after a noun or a number ("since 2001 the
 * company", "before close and the staff"), an adjective after a common noun ("since the elections
 * Iranian influence"), a proper noun after a determined common noun ("before the elections
 * Pakistan"). "and" joins bare nouns only ("Iranian missiles and drones").
 */
function secondPhrase(words: TaggedWord[], k: number, determiner: boolean): boolean {
  const u = words[k].upos;
  const prev = words[k - 1].upos;
  if (u === 'DET') return prev !== 'ADP' && prev !== 'SCONJ';
  if (prev === 'CCONJ') return !NOUN_HEAD.has(u) && u !== 'ADJ';
  if (prev !== 'NOUN') return false;
  return u === 'ADJ' || (u === 'PROPN' && determiner);
}

/** A finite verb at k, or a finite auxiliary of a verb ("were stabbed"), not a copula ("is unclear"). */
function clauseVerb(words: TaggedWord[], k: number): boolean {
  const w = words[k];
  if (tokenFeats(w.feats).VerbForm !== 'Fin') return false;
  return w.upos === 'VERB' || (w.upos === 'AUX' && words[k + 1]?.upos === 'VERB');
}

/**
 * The main clause is outside the clause at k: a verb before the preposition at i, or a comma after
 * k with a finite verb after it ("A week after floods killed 200 people, grief has turned"). Else
 * the preposition is inside the subject ("the worst unrest since the 1980s shows").
 */
function mainClauseElsewhere(words: TaggedWord[], i: number, k: number): boolean {
  for (let j = 0; j < i; j++) if (words[j].upos === 'VERB' || words[j].upos === 'AUX') return true;
  let comma = false;
  for (let j = k + 1; j < words.length; j++) {
    if (words[j].form === ',') comma = true;
    else if (comma && finiteWord(words[j])) return true;
  }
  return false;
}

/** The finite past reading of a past participle at k that a noun phrase follows (its object), if the morph lexicon has one. */
function participleWithObject(lang: string, words: TaggedWord[], k: number): Candidate | undefined {
  const w = words[k];
  const f = tokenFeats(w.feats);
  if (w.upos !== 'VERB' || f.VerbForm !== 'Part' || f.Tense !== 'Past' || k + 1 >= words.length || !OBJECT_START.has(words[k + 1].upos)) return undefined;
  return finitePastReading(lang, w);
}

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairSubordinatorBeforeClause(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  const openers = readPackWordSet(lang, 'clause-prepositions.tsv');
  const time = timeWords(lang);
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i];
    if (w.upos !== 'ADP' || !openers.has(w.form.toLowerCase())) continue;
    let k = i + 1;
    let nouns = 0;
    let determiner = false;
    let timeWord = false;
    for (; k < words.length && NOUN_PHRASE.has(words[k].upos); k++) {
      if (time.has(words[k].form.toLowerCase())) timeWord = true;
      if (secondPhrase(words, k, determiner)) break;
      if (NOUN_HEAD.has(words[k].upos)) nouns++;
      if (words[k].upos === 'DET') determiner = true;
    }
    if (k >= words.length || nouns === 0 || timeWord || !NOUN_HEAD.has(words[k - 1].upos) || !mainClauseElsewhere(words, i, k)) continue;
    // (a past participle with an object is the clause's finite past: "a day after demonstrators stormed parliament")
    const verbThere = clauseVerb(words, k);
    const finitePast = verbThere ? undefined : participleWithObject(lang, words, k);
    if (!verbThere && !finitePast) continue;
    words[i] = { ...w, upos: 'SCONJ', feats: '_', alt: undefined, altMargin: undefined };
    changed.push(i);
    if (finitePast) {
      words[k] = retagged(words[k], words[k].upos, finitePast);
      changed.push(k);
    }
  }
  return changed;
}
