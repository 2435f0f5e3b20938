// From words back to tokens: a token takes the analysis of its main word ("della" -> the ADP,
// "farlo" -> the VERB) and the arc of the word that leaves the token (arcs inside it collapse).
import type { Feats, Token, Upos, Word } from '../../core/types.js';
import { tokenFeats } from './token-feats.js';

// Which word of a multiword token speaks for it.
const MAIN_RANK: Record<string, number> = {
  VERB: 0, AUX: 1, NOUN: 2, PROPN: 3, ADJ: 4, NUM: 5, ADV: 6, ADP: 7, PRON: 8, SCONJ: 9, CCONJ: 10, DET: 11, PART: 12,
};

export function mainWord(words: Word[], start: number, end: number): number {
  let best = start;
  for (let w = start + 1; w < end; w++) if ((MAIN_RANK[words[w].pos] ?? 20) < (MAIN_RANK[words[best].pos] ?? 20)) best = w;
  return best;
}

/** The word whose head lies outside the token (the main word first), or the main word. */
function arcWord(words: Word[], start: number, end: number, main: number): number {
  if (words[main].head < start || words[main].head >= end) return main;
  for (let w = start; w < end; w++) if (words[w].head < start || words[w].head >= end) return w;
  return main;
}

function firstDet(words: Word[], start: number, end: number): Word | undefined {
  for (let w = start; w < end; w++) if (words[w].pos === 'DET') return words[w];
  return undefined;
}

export interface ProjectOptions {
  rule: string;
  /** The tagger predicts Voice (its treebank marks it); otherwise passive comes from the parse or the morph stage. */
  predictsVoice: boolean;
  parsed: boolean;
}

export function projectToken(t: Token, words: Word[], start: number, end: number, o: ProjectOptions): void {
  const main = mainWord(words, start, end);
  const mw = words[main];
  const morphPassive = t.feats.Voice === 'Pass';
  let feats: Feats = tokenFeats(mw.feats);
  if (mw.pos === 'ADP' && end - start > 1) {
    // A preposition fused with an article keeps the article's gender and number, as the morph stage gave it.
    const det = firstDet(words, start, end);
    if (det) {
      const df = tokenFeats(det.feats);
      feats = { ...feats, ...(df.Gender ? { Gender: df.Gender } : {}), ...(df.Number ? { Number: df.Number } : {}) };
    }
  }
  // A participle or infinitive that nothing introduces (no auxiliary, no "to"/preposition/verb
  // before it) which the morph stage's context rules read as finite ("protests erupted", "imposed a
  // curfew and cut the internet"): the treebank's web genres make the tagger prefer the
  // non-finite reading there; news prefers the finite verb, so the morph reading wins.
  // A participle the parse reads as an adjective before a noun ("the deposed president") keeps the
  // tagger's reading (a reduced relative after the noun does not: "farmers threatened to ..." is
  // often misparsed as one).
  const morphFeats = t.feats;
  // Nor does a participle whose clause has an agent ("the tariffs imposed by Washington"): a verb
  // with no auxiliary takes an agent only as a participle.
  const modifiesNoun = o.parsed && (mw.deprel === 'amod' || (mw.deprel === 'acl' && hasMarkedAgent(words, main)));
  if (
    mw.pos === 'VERB' &&
    morphFeats.VerbForm === 'Fin' &&
    !(modifiesNoun && feats.VerbForm === 'Part') &&
    ((feats.VerbForm === 'Part' && !auxiliaryBefore(words, main)) || (feats.VerbForm === 'Inf' && !infinitiveIntroduced(words, main)))
  ) {
    const { Voice: _voice, ...rest } = feats;
    feats = { ...rest, VerbForm: 'Fin', ...(morphFeats.Mood ? { Mood: morphFeats.Mood } : {}), ...(morphFeats.Tense ? { Tense: morphFeats.Tense } : {}) };
  }
  if (!o.predictsVoice && feats.Voice === undefined && feats.VerbForm === 'Part' && (mw.pos === 'VERB' || mw.pos === 'ADJ')) {
    const passive = o.parsed ? hasChild(words, main, 'aux:pass') : morphPassive;
    if (passive) feats = { ...feats, Voice: 'Pass' };
  }
  // docs/decisions.md "Copula as VERB": on tokens, an auxiliary that governs no verb ("è presidente",
  // "was in Rome") is the predicate's verb; the words keep the UD tag AUX.
  const copula = mw.pos === 'AUX' && (o.parsed ? mw.deprel === 'cop' : !verbFollows(words, main));
  t.pos = copula ? 'VERB' : (mw.pos as Upos);
  t.lemma = mw.lemma;
  t.feats = feats;
  t.morphRule = o.rule;
  t.wordStart = start;
  t.wordEnd = end;
  if (o.parsed) {
    const aw = words[arcWord(words, start, end, main)];
    t.head = aw.head < 0 ? -1 : words[aw.head].token;
    t.deprel = aw.deprel;
  }
}

// Words that may stand between an auxiliary and its verb ("has not been", "lo ha").
const INSIDE_CHAIN = new Set(['ADV', 'PART', 'PRON']);

function auxiliaryBefore(words: Word[], w: number): boolean {
  const s = words[w].sentence;
  for (let k = w - 1; k >= 0 && words[k].sentence === s; k--) {
    if (words[k].pos === 'AUX') return true;
    if (!INSIDE_CHAIN.has(words[k].pos)) return false;
  }
  return false;
}

// What can govern an infinitive: auxiliaries and modals, "to", prepositions ("di", "per"), verbs
// ("let them go"), subordinators.
const INFINITIVE_HEADS = new Set(['AUX', 'PART', 'ADP', 'VERB', 'SCONJ']);

function infinitiveIntroduced(words: Word[], w: number): boolean {
  const s = words[w].sentence;
  for (let k = w - 1; k >= 0 && words[k].sentence === s; k--) {
    if (INFINITIVE_HEADS.has(words[k].pos)) return true;
    if (words[k].pos !== 'ADV' && words[k].pos !== 'PRON') return false;
  }
  return false;
}

/** A verb or auxiliary follows the auxiliary (adverbs, particles, clitics may come between). */
function verbFollows(words: Word[], w: number): boolean {
  const s = words[w].sentence;
  for (let k = w + 1; k < words.length && k <= w + 4 && words[k].sentence === s; k++) {
    if (words[k].pos === 'VERB' || words[k].pos === 'AUX') return true;
    if (!INSIDE_CHAIN.has(words[k].pos)) return false;
  }
  return false;
}

function hasChild(words: Word[], w: number, deprel: string): boolean {
  const s = words[w].sentence;
  for (let k = w - 1; k >= 0 && words[k].sentence === s; k--) if (words[k].head === w && words[k].deprel === deprel) return true;
  for (let k = w + 1; k < words.length && words[k].sentence === s; k++) if (words[k].head === w && words[k].deprel === deprel) return true;
  return false;
}

/** An agent phrase with its preposition ("by Washington"): the parser sometimes labels a bare name obl:agent. */
function hasMarkedAgent(words: Word[], w: number): boolean {
  const s = words[w].sentence;
  for (let k = w + 1; k < words.length && words[k].sentence === s; k++) if (words[k].head === w && words[k].deprel === 'obl:agent' && hasChild(words, k, 'case')) return true;
  return false;
}
