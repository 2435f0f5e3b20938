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
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d.&-]+$/u;

function find(c: Candidates, test: (a: Candidate) => boolean): Candidate | undefined {
  for (const a of c.list) if (test(a)) return a;
  return undefined;
}

const isFinite3 = (a: Candidate) =>
  a.pos === 'VERB' && a.feats.VerbForm === 'Fin' && (a.feats.Person === undefined || a.feats.Person === '3');

/** Gender and number do not clash (a missing feature agrees with anything). */
function agrees(a: Candidate, b: Candidate): boolean {
  const fa = a.feats;
  const fb = b.feats;
  return (!fa.Gender || !fb.Gender || fa.Gender === fb.Gender) && (!fa.Number || !fb.Number || fa.Number === fb.Number);
}

/** A determiner, or a preposition fused with an article (it has gender/number features). */
function introducesNominal(prev: Candidate | undefined): boolean {
  if (!prev) return false;
  if (prev.pos === 'DET') return true;
  return prev.pos === 'ADP' && prev.feats.Number !== undefined;
}

function choose(cands: Candidates[], i: number, prev: Candidate | undefined, prev2: Candidate | undefined, data: MorphData): Choice {
  const c = cands[i];
  const first = c.list[0];
  if (c.list.length === 1) return defaultChoice(c);
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
  // A determiner not followed by anything nominal is a pronoun ("la arresta", "arrested her.").
  if (first.pos === 'DET') {
    const next = cands[i + 1];
    const pron = find(c, (a) => a.pos === 'PRON');
    if (pron && !(next && next.list.some((a) => NOMINAL.has(a.pos) || a.pos === 'DET'))) {
      return { analysis: pron, context: 'morph.ctx.pron-not-det' };
    }
    return defaultChoice(c);
  }
  // An articulated preposition keeps its closed-class reading ("dei" is not a noun here).
  const fused = first.pos === 'ADP' && first.feats.Number !== undefined;
  if (!fused && prev && (introducesNominal(prev) || (prev.pos === 'ADJ' && introducesNominal(prev2)))) {
    let nominal = find(c, (a) => NOMINAL.has(a.pos) && agrees(a, prev)) ?? find(c, (a) => NOMINAL.has(a.pos));
    // Noun or adjective before a word that can only be a noun: the adjective ("un nuovo governo").
    if (nominal?.pos === 'NOUN') {
      const next = cands[i + 1];
      const adj = find(c, (a) => a.pos === 'ADJ' && agrees(a, prev)) ?? find(c, (a) => a.pos === 'ADJ');
      if (adj && next && next.list[0].pos === 'NOUN' && !next.list.some((a) => a.pos === 'ADJ')) nominal = adj;
    }
    if (nominal) return { analysis: nominal, context: nominal === first ? undefined : 'morph.ctx.after-det' };
  }
  // After a bare preposition: a nominal or an infinitive, not a finite verb or participle ("colpo di stato").
  if (prev?.pos === 'ADP' && first.pos === 'VERB' && (first.feats.VerbForm === 'Fin' || first.feats.VerbForm === 'Part')) {
    const alt = find(c, (a) => NOMINAL.has(a.pos) || a.feats.VerbForm === 'Inf');
    if (alt) return { analysis: alt, context: 'morph.ctx.after-adp' };
  }
  // Languages whose adjectives follow the noun ("fonti locali").
  if (data.adjectiveAfterNoun && prev?.pos === 'NOUN' && first.pos === 'NOUN') {
    const adj = find(c, (a) => a.pos === 'ADJ' && agrees(a, prev)) ?? find(c, (a) => a.pos === 'ADJ');
    if (adj) return { analysis: adj, context: 'morph.ctx.adj-after-noun' };
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
      const verb = find(c, subject.pos === 'PRON' ? isFinite3 : (a) => isFinite3(a) && (a.feats.Tense === 'Past' || a.feats.Person === '3'));
      if (verb && verb !== first) return { analysis: verb, context: 'morph.ctx.after-subject' };
    }
  }
  return defaultChoice(c);
}

const defaults = new WeakMap<Candidates, Choice>();
/** The shared, never mutated choice of the first candidate. */
function defaultChoice(c: Candidates): Choice {
  let d = defaults.get(c);
  if (!d) {
    d = { analysis: c.list[0] };
    defaults.set(c, d);
  }
  return d;
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
        (!c.known && (!firstWord || a.pos !== 'ADV')) ||
        // Capitalised right after a determiner: a name ("gli Usa", "il Cremlino").
        (!firstWord && !a.rule.endsWith(':closed-class') && introducesNominal(choices[i - 1]?.analysis)) ||
        (!firstWord && (a.pos === 'NOUN' || a.pos === 'ADJ') && !c.list.some((x) => x.pos === 'VERB' || x.rule.endsWith(':closed-class')))
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
function findTarget(cands: Candidates[], choices: Choice[], i: number, rules: AuxRule[]): AuxTarget | undefined {
  for (let j = i + 1; j <= i + 3 && j < choices.length; j++) {
    // A closed-class non-verb reading ("a", "the") is never reinterpreted as a verb form.
    const cj = choices[j].analysis;
    if (!(cj.rule.endsWith(':closed-class') && cj.pos !== 'VERB' && cj.pos !== 'AUX')) {
      for (const r of rules) {
        const target = find(cands[j], (a) => (a.pos === 'VERB' || a.pos === 'AUX') && a.feats.VerbForm === r.takes);
        if (target) return { index: j, target, voice: r.voice };
      }
    }
    if (!SKIPPABLE.has(cj.pos)) return undefined;
  }
  return undefined;
}

const HEAD_POS = new Set(['VERB', 'AUX', 'PART', 'ADP']);

/**
 * A form of an auxiliary lemma followed by the verb form it takes becomes AUX, and that verb form
 * is chosen for the follower. Passive voice is set on participles after passive auxiliaries.
 * When the chosen reading is a verb that governs nothing, other auxiliary readings of the same
 * word are tried ("'d": have + participle, would + infinitive).
 */
function markAuxiliaries(cands: Candidates[], choices: Choice[], data: MorphData): void {
  for (let i = 0; i < choices.length; i++) {
    const chosen = choices[i].analysis;
    if (!HEAD_POS.has(chosen.pos)) continue;
    const verbal = chosen.pos === 'VERB' || chosen.pos === 'AUX';
    for (const head of cands[i].list) {
      if (head !== chosen && !(verbal && (head.pos === 'VERB' || head.pos === 'AUX'))) continue;
      const rules = data.auxiliaries.get(head.lemma);
      const found = rules && findTarget(cands, choices, i, rules);
      if (!found) continue;
      const { index: j, target, voice } = found;
      if (head.pos === 'VERB') choices[i] = { analysis: { ...head, pos: 'AUX' }, context: 'morph.aux' };
      else if (head !== chosen) choices[i] = { analysis: head, context: 'morph.aux' };
      // A preposition that also introduces infinitives ("to") takes its particle reading.
      const particle = head.pos === 'ADP' ? find(cands[i], (a) => a.pos === 'PART' && a.lemma === head.lemma) : undefined;
      if (particle) choices[i] = { analysis: particle, context: 'morph.ctx.before-inf' };
      if (choices[j].analysis !== target) choices[j] = { analysis: target, context: 'morph.ctx.after-aux' };
      if (target.feats.VerbForm === 'Part' && isPassive(voice, target, choices, i, data)) {
        choices[j] = { ...choices[j], analysis: { ...choices[j].analysis, feats: withVoice(target.feats) } };
      }
      break;
    }
  }
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
