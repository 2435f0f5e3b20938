// Picks one analysis per token with a few cheap, language-neutral context rules, then marks
// auxiliaries and passive participles from the pack's auxiliaries table.
import type { Feats, Token } from '../../core/types.js';
import type { Candidate, Candidates } from './candidates.js';
import type { AuxRule, MorphData } from './morph-data.js';

export interface Choice {
  analysis: Candidate;
  /** Context rule that overrode the default candidate, if any. */
  context?: string;
}

const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const SKIPPABLE = new Set(['ADV', 'PART', 'PRON']);
const ADVERBIAL_FOLLOWER = new Set(['ADP', 'PUNCT', 'VERB', 'AUX', 'CCONJ', 'SCONJ']);
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d.&-]+$/u;

function find(c: Candidates, test: (a: Candidate) => boolean): Candidate | undefined {
  for (const a of c.list) if (test(a)) return a;
  return undefined;
}

/** A finite verb whose number does not clash with its subject's ("forces attacks" is not a clause). */
function agreesInNumber(verb: Candidate, subject: Candidate): boolean {
  return !verb.feats.Number || !subject.feats.Number || verb.feats.Number === subject.feats.Number || subject.pos === 'PROPN';
}

const isFinite3 = (a: Candidate) =>
  a.pos === 'VERB' && a.feats.VerbForm === 'Fin' && (a.feats.Person === undefined || a.feats.Person === '3');

/** Gender and number do not clash (a missing feature agrees with anything). */
function agrees(a: Candidate, b: Candidate): boolean {
  const fa = a.feats;
  const fb = b.feats;
  return (!fa.Gender || !fb.Gender || fa.Gender === fb.Gender) && (!fa.Number || !fb.Number || fa.Number === fb.Number);
}

/** A determiner, a possessive, or a preposition fused with an article (it has gender/number features). */
function introducesNominal(prev: Candidate | undefined): boolean {
  if (!prev) return false;
  if (prev.pos === 'DET' || prev.feats.Poss === 'Yes') return true;
  return prev.pos === 'ADP' && prev.feats.Number !== undefined;
}

const CLOSED_SUFFIX = ':closed-class';
const isClosed = (a: Candidate) => a.rule.endsWith(CLOSED_SUFFIX);

/** The next word can head or modify a noun phrase: an open-class nominal reading, not a function word. */
function nominalNext(next: Candidates | undefined): boolean {
  if (!next || isClosed(next.list[0])) return false;
  return next.list.some((a) => NOMINAL.has(a.pos));
}

/** The next word can start an object or complement of a verb: determiner, pronoun, name, number. */
function objectNext(nextCands: Candidates | undefined): boolean {
  const next = nextCands?.list[0];
  if (!next) return false;
  if (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'PRON' && isClosed(next))) return true;
  // An infinitive marker ("plans to withdraw").
  if (isClosed(next) && nextCands!.list.some((a) => a.pos === 'PART')) return true;
  // A bare plural noun that cannot be a verb ("arrests critics").
  return next.pos === 'NOUN' && next.feats.Number === 'Plur' && !nextCands!.list.some((a) => a.pos === 'VERB');
}

/** A reading a determiner of this number can go with: another determiner or an agreeing nominal. */
function fitsDeterminer(a: Candidate, number: string | undefined): boolean {
  return a.pos === 'DET' || (NOMINAL.has(a.pos) && !(number && a.feats.Number && a.feats.Number !== number));
}

function choose(cands: Candidates[], i: number, prev: Candidate | undefined, prev2: Candidate | undefined, data: MorphData): Choice {
  const c = cands[i];
  const first = c.list[0];
  // An unknown word right before a determiner, not inside a noun phrase, is a verb the lexicon
  // lacks ("and renew the ban").
  if (data.unknownInfinitiveIsForm && first.rule === DEFAULT_RULE && prev && !NOMINAL.has(prev.pos) && prev.pos !== 'DET' && prev.pos !== 'ADP') {
    const next = cands[i + 1]?.list[0];
    if (next && next.pos === 'DET' && isClosed(next)) return { analysis: guessedVerb(first.lemma, prev, data), context: 'morph.ctx.before-det' };
  }
  if (c.list.length === 1) return defaultChoice(c);
  // Likewise a known noun/verb form ("and support the growth"); "that" is left to the rules below.
  if (data.unknownInfinitiveIsForm && first.pos === 'NOUN' && prev && !NOMINAL.has(prev.pos) && prev.pos !== 'DET' && prev.pos !== 'ADP') {
    const next = cands[i + 1];
    if (next && next.list[0].pos === 'DET' && isClosed(next.list[0]) && !next.list.some((a) => a.pos === 'SCONJ')) {
      const verb = find(c, (a) => a.pos === 'VERB' && (a.feats.VerbForm === 'Inf' || (a.feats.VerbForm === 'Fin' && a.feats.Tense === 'Pres')));
      if (verb) return { analysis: verb, context: 'morph.ctx.before-det' };
    }
  }
  // A determiner/pronoun/conjunction word ("that") after a noun and not before a determiner,
  // pronoun or name is a relative pronoun ("militias that attack").
  if (first.pos === 'DET' && prev?.pos === 'NOUN' && c.list.some((a) => a.pos === 'SCONJ')) {
    const n = cands[i + 1]?.list[0];
    const pron = find(c, (a) => a.pos === 'PRON');
    if (pron && n && n.pos !== 'DET' && n.pos !== 'PRON' && n.pos !== 'PROPN' && n.pos !== 'NUM' && n.pos !== 'ADJ') {
      return { analysis: pron, context: 'morph.ctx.relative' };
    }
  }
  // A clause word right after a noun (or a comma after one) is a relative pronoun ("il governo, che").
  if (first.pos === 'SCONJ' && prev) {
    const head = prev.pos === 'PUNCT' && prev.lemma === ',' ? prev2 : prev;
    const pron = head && (head.pos === 'NOUN' || head.pos === 'PROPN') ? find(c, (a) => a.pos === 'PRON') : undefined;
    if (pron) return { analysis: pron, context: 'morph.ctx.relative' };
  }
  // A word that can introduce a clause does so after a verb or before a determiner, pronoun or
  // name ("said that militias", "that the").
  if (first.pos === 'DET' || first.pos === 'PRON') {
    const next = cands[i + 1]?.list[0];
    const clause = prev?.pos === 'VERB' || (next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN'));
    const sconj = clause ? find(c, (a) => a.pos === 'SCONJ') : undefined;
    if (sconj) return { analysis: sconj, context: 'morph.ctx.clause-start' };
  }
  // A pronoun with a possessive reading before a noun phrase is the possessive ("her talks").
  if (first.pos === 'PRON' && first.feats.Poss !== 'Yes') {
    const poss = find(c, (a) => a.feats.Poss === 'Yes');
    if (poss && nominalNext(cands[i + 1])) return { analysis: poss, context: 'morph.ctx.possessive' };
  }
  // A determiner not followed by anything nominal, or only by nominals of the other number, is a
  // pronoun ("la arresta", "arrested her.", "this means").
  if (first.pos === 'DET') {
    const next = cands[i + 1];
    const pron = find(c, (a) => a.pos === 'PRON');
    const number = first.feats.Number;
    // "la più grande": an adverb before a nominal keeps the determiner.
    const adverbThenNominal = next?.list[0].pos === 'ADV' && nominalNext(cands[i + 2]);
    if (pron && !adverbThenNominal && !(next && next.list.some((a) => fitsDeterminer(a, number)))) {
      return { analysis: pron, context: 'morph.ctx.pron-not-det' };
    }
    return defaultChoice(c);
  }
  // A preposition before a gerund or a subject pronoun + verb introduces a clause ("before leaving",
  // "after they left").
  if (first.pos === 'ADP' && first.feats.Number === undefined) {
    const next = cands[i + 1];
    const n = next?.list[0];
    const clause =
      n !== undefined &&
      ((n.pos === 'VERB' && n.feats.VerbForm === 'Ger') ||
        n.pos === 'SCONJ' ||
        (n.pos === 'PROPN' && cands[i + 2]?.list[0].pos === 'VERB') ||
        (n.pos === 'PRON' && isClosed(n) && n.feats.Person !== undefined && n.feats.Poss === undefined && cands[i + 2]?.list.some((a) => a.pos === 'VERB' || a.pos === 'AUX')));
    const sconj = clause ? find(c, (a) => a.pos === 'SCONJ') : undefined;
    if (sconj) return { analysis: sconj, context: 'morph.ctx.clause-marker' };
  }
  // A preposition with nothing to govern is an adverb ("poco prima.", "prima di", "turned up").
  if (first.pos === 'ADP' && first.feats.Number === undefined && !introducesNominal(prev)) {
    const next = cands[i + 1]?.list[0];
    if (!next || ADVERBIAL_FOLLOWER.has(next.pos)) {
      const adv = find(c, (a) => a.pos === 'ADV');
      if (adv) return { analysis: adv, context: 'morph.ctx.adp-alone' };
    }
  }
  // A closed-class degree word is an adverb before an adjective or adverb ("more important") and
  // an adjective before a noun ("more people").
  if ((first.pos === 'ADJ' || first.pos === 'ADV') && isClosed(first)) {
    const next = cands[i + 1]?.list[0];
    const want = next && (next.pos === 'ADJ' || next.pos === 'ADV') ? 'ADV' : next && (next.pos === 'NOUN' || next.pos === 'NUM') ? 'ADJ' : undefined;
    const alt = want && want !== first.pos ? find(c, (a) => a.pos === want && isClosed(a)) : undefined;
    if (alt) return { analysis: alt, context: 'morph.ctx.degree' };
  }
  // An articulated preposition keeps its closed-class reading ("dei" is not a noun here).
  const fused = first.pos === 'ADP' && first.feats.Number !== undefined;
  if (!fused && prev && (introducesNominal(prev) || (prev.pos === 'ADJ' && introducesNominal(prev2)))) {
    let nominal = find(c, (a) => NOMINAL.has(a.pos) && agrees(a, prev)) ?? find(c, (a) => NOMINAL.has(a.pos));
    // Only the noun, never a lone adjective, after determiner + adjective when no nominal follows:
    // "the former president said" keeps the verb ("said"), "the big one" the noun.
    if (nominal?.pos === 'ADJ' && prev.pos === 'ADJ' && first.pos === 'VERB' && !nominalNext(cands[i + 1])) nominal = undefined;
    // A determiner after a determiner ("i loro", "all the").
    nominal ??= find(c, (a) => a.pos === 'DET');
    // Noun or adjective before a word that can only be a noun: the adjective ("un nuovo governo").
    if (nominal?.pos === 'NOUN') {
      const next = cands[i + 1];
      const adj = find(c, (a) => a.pos === 'ADJ' && agrees(a, prev)) ?? find(c, (a) => a.pos === 'ADJ');
      if (adj && next && !isClosed(next.list[0]) && next.list.some((a) => a.pos === 'NOUN') && !next.list.some((a) => a.pos === 'ADJ')) nominal = adj;
    }
    if (nominal) return { analysis: nominal, context: nominal === first ? undefined : 'morph.ctx.after-det' };
  }
  // After a bare preposition: a nominal or an infinitive, not a finite verb or participle ("colpo di stato").
  if (prev?.pos === 'ADP' && first.pos === 'VERB' && (first.feats.VerbForm === 'Fin' || first.feats.VerbForm === 'Part')) {
    const alt = find(c, (a) => NOMINAL.has(a.pos) || a.feats.VerbForm === 'Inf');
    if (alt) return { analysis: alt, context: 'morph.ctx.after-adp' };
  }
  // After a preposition without article, a noun/infinitive form is the infinitive ("di sapere").
  if (data.infinitiveAfterPreposition && prev?.pos === 'ADP' && prev.feats.Number === undefined && first.pos === 'NOUN') {
    const inf = find(c, (a) => a.pos === 'VERB' && a.feats.VerbForm === 'Inf');
    if (inf) return { analysis: inf, context: 'morph.ctx.inf-after-adp' };
  }
  // Languages whose adjectives follow the noun ("fonti locali").
  if (data.adjectiveAfterNoun && prev?.pos === 'NOUN' && first.pos === 'NOUN') {
    const adj = find(c, (a) => a.pos === 'ADJ' && agrees(a, prev)) ?? find(c, (a) => a.pos === 'ADJ');
    if (adj) return { analysis: adj, context: 'morph.ctx.adj-after-noun' };
  }
  if (data.adjectiveAfterNoun) {
    const adj = adjectiveInContext(c, cands[i + 1], prev, data);
    if (adj && adj !== first) return { analysis: adj, context: adj.context };
  }
  // An adverb between subject and verb is skipped ("the army reportedly bombed").
  const subject = prev?.pos === 'ADV' ? prev2 : prev;
  if (subject && (subject.pos === 'PRON' || subject.pos === 'PROPN' || subject.pos === 'NOUN')) {
    // After a subject-like word an ambiguous form is a finite verb ("the police arrest", "police
    // arrested", "he's"). After a noun only when the default reading is nominal or non-finite and no
    // verb follows (else this word is part of the subject: "security forces detained").
    const nonFinite = first.pos === 'VERB' && first.feats.VerbForm !== 'Fin';
    const next = cands[i + 1]?.list[0];
    const verbNext = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.rule.endsWith(':closed-class')));
    if ((subject.pos === 'PRON' && first.pos !== 'AUX') || (!verbNext && (first.pos === 'NOUN' || first.pos === 'ADJ' || nonFinite))) {
      // After a noun only a visibly inflected verb (past, third person): "service" stays a noun.
      // A present third-person form after a common noun ("security services", "peace talks") is
      // a verb only when an object follows and the noun is not plural.
      const afterNoun = subject.pos === 'NOUN';
      // Where modifiers precede the noun, a name right after a determiner modifies a noun ("the US
      // assault"): it is not a subject. Not where names take articles ("la Russia minaccia").
      const modifierName = !data.adjectiveAfterNoun && subject.pos === 'PROPN' && subject === prev && prev2?.pos === 'DET';
      const presentOk = !modifierName && (!afterNoun || (objectNext(cands[i + 1]) && subject.feats.Number !== 'Plur'));
      // A plural-looking guess after a name is a verb only before an object ("Hamas fighters").
      const guessOk = subject.pos !== 'PROPN' || !first.rule.endsWith(':suffix') || objectNext(cands[i + 1]);
      const verb = find(
        c,
        subject.pos === 'PRON'
          ? isFinite3
          : (a) =>
              isFinite3(a) &&
              !modifierName &&
              guessOk &&
              (a.feats.Tense === 'Past' || ((a.feats.Person === '3' || (afterNoun && subject.feats.Number !== 'Sing')) && a.feats.Tense === 'Pres' && presentOk)) &&
              agreesInNumber(a, subject),
      );
      if (verb && verb !== first && !(isClosed(first) && !isClosed(verb))) return { analysis: verb, context: 'morph.ctx.after-subject' };
    }
  }
  return defaultChoice(c);
}

const NOT_AFTER_PARTICIPLE_ADJ = new Set(['ADP', 'DET', 'ADV', 'NUM', 'PROPN', 'NOUN']);

/**
 * For languages whose adjectives follow the noun, a noun/adjective form is the adjective right
 * before a word that can only be a noun ("grande successo"), after an adverb ("molto alto") or a
 * copula ("è grande"). A participle that is also an adjective is the adjective after a noun when
 * no complement follows ("le forze armate.", not "il documento firmato dal ministro").
 */
function adjectiveInContext(c: Candidates, next: Candidates | undefined, prev: Candidate | undefined, data: MorphData): (Candidate & { context: string }) | undefined {
  const first = c.list[0];
  const adj = find(c, (a) => a.pos === 'ADJ');
  if (!adj || !prev) return undefined;
  if (first.pos === 'VERB') {
    if (first.feats.VerbForm !== 'Part' || prev.pos !== 'NOUN') return undefined;
    const n = next?.list[0];
    if (n && NOT_AFTER_PARTICIPLE_ADJ.has(n.pos)) return undefined;
    const agreeing = find(c, (a) => a.pos === 'ADJ' && agrees(a, prev)) ?? adj;
    return { ...agreeing, context: 'morph.ctx.participle-adj' };
  }
  if (first.pos !== 'NOUN') return undefined;
  const nounOnlyNext = next !== undefined && !isClosed(next.list[0]) && next.list.some((a) => a.pos === 'NOUN') && !next.list.some((a) => a.pos === 'ADJ');
  if (nounOnlyNext) return { ...adj, context: 'morph.ctx.adj-before-noun' };
  if (prev.pos === 'ADV') return { ...adj, context: 'morph.ctx.adj-after-adv' };
  if ((prev.pos === 'VERB' || prev.pos === 'AUX') && isCopulaHead(prev, data)) return { ...adj, context: 'morph.ctx.adj-after-copula' };
  return undefined;
}

/** The shared, never mutated choice of the first candidate. */
function defaultChoice(c: Candidates): Choice {
  return (c.first ??= { analysis: c.list[0] });
}

/** Chooses analyses for the tokens of one sentence, [start, end) in `tokens` and `cands`. */
export function chooseSentence(tokens: Token[], cands: Candidates[], start: number, end: number, data: MorphData): Choice[] {
  const local = cands.slice(start, end);
  const choices: Choice[] = [];
  // Whether the sentence is written in capitals (a headline): computed only when a token in
  // capitals is met, since capitalisation rules do not apply then.
  let shouting: boolean | undefined;
  let capitalised = 0;
  let firstWord = true;
  for (let i = 0; i < local.length; i++) {
    const tok = tokens[start + i];
    let choice = preferThirdPerson(local[i], choose(local, i, choices[i - 1]?.analysis, choices[i - 2]?.analysis, data));
    const a = choice.analysis;
    const upper = UPPER_START.test(tok.text);
    if (upper) capitalised++;
    if (upper && a.pos !== 'PUNCT' && a.pos !== 'NUM' && !(ALL_CAPS.test(tok.text) && (shouting ??= isShouting(tokens, start, end)))) {
      const c = local[i];
      const proper = data.capitalised.get(tok.norm);
      if (proper) {
        choice = { analysis: { ...proper, rule: `${data.lang}:capitalised` } };
      } else if (ALL_CAPS.test(tok.text)) {
        choice = { analysis: { lemma: tok.text, pos: 'PROPN', feats: {}, rule: 'morph.acronym' } };
      } else if (
        // An unknown capitalised adverb guess ("Probabilmente") at the start of a sentence or after
        // a colon, dash or quote stays an adverb.
        (!c.known && (!(firstWord || afterOpeningPunct(choices[i - 1]?.analysis)) || a.pos !== 'ADV') && !(a.pos === 'ADJ' && beforeLowerNominal(tokens, local, start, i))) ||
        // Capitalised right after a determiner: a name ("gli Usa", "il Cremlino").
        (!firstWord && !a.rule.endsWith(':closed-class') && introducesNominal(choices[i - 1]?.analysis)) ||
        (!firstWord &&
          (a.pos === 'NOUN' || (a.pos === 'ADJ' && !beforeLowerNominal(tokens, local, start, i))) &&
          !c.list.some((x) => x.pos === 'VERB' || x.rule.endsWith(':closed-class')))
      ) {
        choice = { analysis: { lemma: tok.text, pos: 'PROPN', feats: {}, rule: 'morph.capitalised' } };
      }
    }
    if (choice.analysis.pos !== 'PUNCT') firstWord = false;
    choices.push(choice);
  }
  if (capitalised > 1 && !(shouting ?? isShouting(tokens, start, end))) markNameRuns(tokens, start, choices);
  markAuxiliaries(local, choices, data);
  return choices;
}

/** Punctuation after which a new sentence-like unit may start (not a comma). */
function afterOpeningPunct(prev: Candidate | undefined): boolean {
  return prev !== undefined && prev.pos === 'PUNCT' && prev.lemma !== ',';
}

/** The next token is a lower-case word that can be nominal ("Palestinian militants": the adjective stays). */
function beforeLowerNominal(tokens: Token[], local: Candidates[], start: number, i: number): boolean {
  const next = local[i + 1];
  return next !== undefined && !UPPER_START.test(tokens[start + i + 1].text) && nominalNext(next);
}

/** A capitalised open-class word that may be part of a multi-word name ("Stati Uniti", "Casa Bianca"). */
function nameLike(tok: Token, a: Candidate): boolean {
  if (!UPPER_START.test(tok.text) || a.rule.endsWith(':closed-class')) return false;
  return a.pos === 'PROPN' || a.pos === 'NOUN' || a.pos === 'ADJ' || (a.pos === 'VERB' && a.feats.VerbForm === 'Part');
}

/** Two or more adjacent capitalised open-class words are a name: all PROPN. */
function markNameRuns(tokens: Token[], start: number, choices: Choice[]): void {
  for (let i = 1; i < choices.length; i++) {
    if (!nameLike(tokens[start + i], choices[i].analysis) || !nameLike(tokens[start + i - 1], choices[i - 1].analysis)) continue;
    for (const k of [i - 1, i]) {
      if (choices[k].analysis.pos !== 'PROPN') {
        choices[k] = { analysis: { lemma: tokens[start + k].text, pos: 'PROPN', feats: {}, rule: 'morph.name-run' } };
      }
    }
  }
}

/** News text is mostly third person: among same-lemma finite readings ("sono", "sia") take it. */
function preferThirdPerson(c: Candidates, choice: Choice): Choice {
  const a = choice.analysis;
  if (a.pos !== 'VERB' || a.feats.VerbForm !== 'Fin' || a.feats.Person === undefined || a.feats.Person === '3') return choice;
  const third = find(
    c,
    (x) => x.lemma === a.lemma && x.pos === 'VERB' && x.feats.Person === '3' && x.feats.Mood === a.feats.Mood && x.feats.Tense === a.feats.Tense,
  );
  return third ? { ...choice, analysis: third } : choice;
}

const CAPITALS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function isShouting(tokens: Token[], start: number, end: number): boolean {
  let words = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i].text;
    if (t.length < 2) continue;
    words++;
    if (CAPITALS_WORD.test(t)) upper++;
  }
  return words >= 3 && upper / words > 0.7;
}

interface AuxTarget {
  index: number;
  target: Candidate;
  voice: string;
}

/** The verb form an auxiliary head governs, within two tokens (adverbs, particles, clitics may intervene). */
function findTarget(cands: Candidates[], choices: Choice[], i: number, rules: AuxRule[], data: MorphData): AuxTarget | undefined {
  for (let j = i + 1; j <= i + 3 && j < choices.length; j++) {
    // A closed-class non-verb reading ("a", "the") is never reinterpreted as a verb form.
    const cj = choices[j].analysis;
    if (!(cj.rule.endsWith(':closed-class') && cj.pos !== 'VERB' && cj.pos !== 'AUX')) {
      for (const r of rules) {
        const target = find(cands[j], (a) => (a.pos === 'VERB' || a.pos === 'AUX') && a.feats.VerbForm === r.takes);
        if (target) return { index: j, target, voice: r.voice };
        // An unknown lower-case word after "to" or a modal is a verb the lexicon lacks ("to paralyse").
        if (r.takes === 'Inf' && data.unknownInfinitiveIsForm && !cands[j].known && cj.pos !== 'PROPN' && cj.rule === DEFAULT_RULE) {
          return { index: j, target: guessedInfinitive(cj.lemma, data), voice: r.voice };
        }
      }
    }
    if (!SKIPPABLE.has(cj.pos)) return undefined;
  }
  return undefined;
}

/**
 * A form of an auxiliary lemma followed by the verb form it takes becomes AUX, and that verb form
 * is chosen for the follower. Passive voice is set on participles after passive auxiliaries.
 * When the chosen reading is a verb that governs nothing, other auxiliary readings of the same
 * word are tried ("'d": have + participle, would + infinitive).
 */
function markAuxiliaries(cands: Candidates[], choices: Choice[], data: MorphData): void {
  for (let i = 0; i < choices.length; i++) {
    const chosen = choices[i].analysis;
    if (chosen.pos !== 'VERB' && chosen.pos !== 'AUX' && chosen.pos !== 'PART' && chosen.pos !== 'ADP') continue;
    const verbal = chosen.pos === 'VERB' || chosen.pos === 'AUX';
    for (const head of cands[i].list) {
      if (head !== chosen && !(verbal && (head.pos === 'VERB' || head.pos === 'AUX'))) continue;
      const rules = data.auxiliaries.get(head.lemma);
      const found = rules && findTarget(cands, choices, i, rules, data);
      if (!found) continue;
      const { index: j, target, voice } = found;
      if (head.pos === 'VERB') choices[i] = { analysis: { ...head, pos: 'AUX' }, context: 'morph.aux' };
      else if (head !== chosen) choices[i] = { analysis: head, context: 'morph.aux' };
      // A preposition that also introduces infinitives ("to") takes its particle reading.
      const particle = head.pos === 'ADP' ? find(cands[i], (a) => a.pos === 'PART' && a.lemma === head.lemma) : undefined;
      if (particle) choices[i] = { analysis: particle, context: 'morph.ctx.before-inf' };
      if (choices[j].analysis !== target) choices[j] = { analysis: target, context: 'morph.ctx.after-aux' };
      if (target.feats.VerbForm === 'Part' && isPassive(voice, target, choices, i, data)) {
        choices[j] = { analysis: { ...choices[j].analysis, feats: withVoice(target.feats) }, context: passiveContext(voice, choices, i, j, data) };
      }
      break;
    }
  }
}

const DEFAULT_RULE = 'morph.default';
const guessed = new Map<string, Candidate>();
function guessedInfinitive(form: string, data: MorphData): Candidate {
  let g = guessed.get(form);
  if (!g) {
    g = { lemma: form, pos: 'VERB', feats: { VerbForm: 'Inf' }, rule: `${data.lang}:guess-inf` };
    if (guessed.size > 10_000) guessed.clear();
    guessed.set(form, g);
  }
  return g;
}

/** A guessed verb: an infinitive after a conjunction or particle ("and renew"), else finite present. */
function guessedVerb(form: string, prev: Candidate, data: MorphData): Candidate {
  if (prev.pos === 'CCONJ' || prev.pos === 'PART') return guessedInfinitive(form, data);
  const key = form + '\tFin';
  let g = guessed.get(key);
  if (!g) {
    g = { lemma: form, pos: 'VERB', feats: { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' }, rule: `${data.lang}:guess-verb` };
    guessed.set(key, g);
  }
  return g;
}

/**
 * How sure the passive reading is: "morph.passive.agent" (an agent phrase follows: "da", "by"),
 * "morph.passive.chain" (a participle auxiliary precedes: "è stato arrestato", "has been held"),
 * "morph.passive.aux" (an auxiliary that is only passive: "venne arrestato", "got arrested"),
 * "morph.passive" (a plain copula + participle, possibly adjectival: "è preoccupato").
 */
function passiveContext(voice: string, choices: Choice[], auxIndex: number, partIndex: number, data: MorphData): string {
  if (data.passiveAgent) {
    for (let k = partIndex + 1; k <= partIndex + 3 && k < choices.length; k++) {
      const a = choices[k].analysis;
      if (a.pos === 'ADP' && a.lemma === data.passiveAgent) return 'morph.passive.agent';
      if (a.pos !== 'ADV') break;
    }
  }
  if (choices[auxIndex].analysis.feats.VerbForm === 'Part') return 'morph.passive.chain';
  for (let k = auxIndex + 1; k < partIndex; k++) {
    const a = choices[k].analysis;
    if ((a.pos === 'AUX' || a.pos === 'VERB') && a.feats.VerbForm === 'Part') return 'morph.passive.chain';
  }
  return voice === 'pass' && !isCopulaHead(choices[auxIndex].analysis, data) ? 'morph.passive.aux' : 'morph.passive';
}

/** The auxiliary is a form of a lemma that also takes a participle actively or as a copula (be, essere). */
function isCopulaHead(aux: Candidate, data: MorphData): boolean {
  return (data.auxiliaries.get(aux.lemma) ?? []).some((r) => r.takes === 'Ger');
}

function isPassive(voice: string, participle: Candidate, choices: Choice[], auxIndex: number, data: MorphData): boolean {
  if (voice === 'pass') return true;
  if (voice !== 'pass-unless-active') return false;
  if (data.activeWithAux.has(participle.lemma)) return false;
  // A reflexive clitic before the auxiliary chain ("si è ritirato") makes it active.
  let k = auxIndex - 1;
  while (k >= 0 && choices[k].analysis.pos === 'AUX') k--;
  const before = choices[k]?.analysis;
  return !(before && before.pos === 'PRON' && data.reflexive.has(before.lemma));
}

const voiceCache = new WeakMap<Feats, Feats>();
function withVoice(f: Feats): Feats {
  let v = voiceCache.get(f);
  if (!v) {
    v = { ...f, Voice: 'Pass' };
    voiceCache.set(f, v);
  }
  return v;
}
