// Who is the source behind a source-introducing cue: its subject, a "secondo X" phrase, a passive
// agent, or nobody identifiable ("unnamed"). First-person subjects leave the author as source.
import type { AttributionLink, CronacaDocument, Mention, Token } from '../../core/types.js';
import { isRegionOrPlace } from '../../core/places.js';
import { entityById, mentionNumber } from '../entities/api.js';
import type { FactualityLexicon } from './lexicon.js';
import type { CueMatch, SentenceAnalysis } from './sentence.js';

export type SourceResult = { kind: 'author'; rule: string } | { kind: 'link'; link: AttributionLink };

const NOMINAL = new Set(['NOUN', 'PROPN']);
const PERSONISH = new Set(['PER', 'ORG', 'GPE', 'GROUP']);

/** A mention that may be a speaker: a person, a body, a state; not a town or region. */
function maySpeak(doc: CronacaDocument, m: Mention): boolean {
  return PERSONISH.has(m.type) && (m.type !== 'GPE' || !isRegionOrPlace(entityById(doc, m.entity)));
}

function span(doc: CronacaDocument, from: number, to: number): { start: number; end: number } {
  return { start: doc.tokens[from].start, end: doc.tokens[to - 1].end };
}

function unnamed(doc: CronacaDocument, cue: CueMatch, rule: string): SourceResult {
  return { kind: 'link', link: { text: 'unnamed', spans: [span(doc, cue.start, cue.end)], rule } };
}

function fromMention(m: Mention, rule: string): SourceResult {
  return { kind: 'link', link: { text: m.text, entity: m.entity, spans: [{ start: m.start, end: m.end }], rule } };
}

/**
 * The noun phrase whose head is at or left of token i: determiners, adjectives, nouns and
 * "di/of"-style prepositional modifiers ("il ministero della Difesa di Ankara").
 */
function nounPhrase(doc: CronacaDocument, i: number, lo: number, hi: number, lex: FactualityLexicon): [number, number] {
  const t = doc.tokens;
  // "of/di" always; another preposition only between two nouns ("the ministry in Berlin")
  const link = (k: number): boolean => t[k].pos === 'ADP' && (lex.npLinks.has(t[k].norm) || (k > lo && NOMINAL.has(t[k - 1].pos) && k + 1 < t.length && (NOMINAL.has(t[k + 1].pos) || t[k + 1].pos === 'DET')));
  const inNp = (k: number): boolean => t[k].pos === 'DET' || t[k].pos === 'ADJ' || t[k].pos === 'NUM' || NOMINAL.has(t[k].pos) || link(k);
  let s = i;
  while (s - 1 >= lo && i - s < 8 && inNp(s - 1)) s--;
  // the head is the first noun of the run
  while (s < i && !NOMINAL.has(t[s].pos)) s++;
  let e = i + 1;
  while (e < hi && e - i < 8) {
    if (t[e].pos === 'ADJ' || NOMINAL.has(t[e].pos)) e++;
    else if (link(e) && e + 1 < hi && inNp(e + 1)) {
      e++;
      while (e < hi && t[e].pos === 'DET') e++;
    } else break;
  }
  while (e > s + 1 && (t[e - 1].pos === 'DET' || t[e - 1].pos === 'ADP')) e--;
  return [s, e];
}

function phraseLink(doc: CronacaDocument, s: number, e: number, rule: string): SourceResult {
  // a mention starting at the phrase head gives the entity
  const m = doc.mentions.find((x) => x.tokenStart <= s && x.tokenEnd > s && x.within === undefined && maySpeak(doc, x));
  if (m && m.tokenEnd >= e) return fromMention(m, rule);
  const sp = span(doc, s, e);
  return { kind: 'link', link: { text: doc.text.slice(sp.start, sp.end), entity: m?.entity, spans: [sp], rule } };
}

/** True when the mention sits in a prepositional phrase ("nell'apparato di sicurezza"): not a subject. */
function inPP(doc: CronacaDocument, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (doc.tokens[k].pos === 'DET' || doc.tokens[k].pos === 'ADJ' || doc.tokens[k].pos === 'NUM')) k--;
  return k >= 0 && doc.tokens[k].pos === 'ADP';
}

/**
 * Nearest earlier mention of a person, organisation or place (pronoun and pro-drop antecedent).
 * For pro-drop, `number` (the verb's) filters out mentions that disagree, and phrases after a
 * preposition are skipped: the dropped subject continues an earlier subject.
 */
function antecedent(doc: CronacaDocument, before: number, sentence: number, number?: string): Mention | undefined {
  let best: Mention | undefined;
  for (const m of doc.mentions) {
    if (m.tokenEnd > before || m.sentence < sentence - 1 || m.within !== undefined || !maySpeak(doc, m) || m.kind === 'pronoun' || m.kind === 'demonym') continue;
    if (number) {
      const n = mentionNumber(doc.tokens, m);
      if ((n && n !== number) || inPP(doc, m)) continue;
    }
    if (!best || m.tokenStart > best.tokenStart) best = m;
  }
  return best;
}

/** The unnamed-source cue ("fonti vicine", "sources close to") at token k, if any. */
function unnamedCueAt(a: SentenceAnalysis, k: number): CueMatch | undefined {
  const ci = a.cueAt[k - a.start];
  return ci >= 0 && a.cues[ci].entry.cls === 'unnamed-source' ? a.cues[ci] : undefined;
}

/** An unnamed-source cue opening the noun phrase that starts at `s`, through adjectives and prepositions before it. */
function unnamedOpener(a: SentenceAnalysis, tokens: Token[], s: number): CueMatch | undefined {
  for (let k = s; k >= a.start && k >= s - 6; k--) {
    const cue = unnamedCueAt(a, k);
    if (cue) return cue;
    const p = tokens[k].pos;
    if (p !== 'ADJ' && p !== 'ADP' && p !== 'DET' && p !== 'NOUN' && p !== 'PROPN') return undefined;
  }
  return undefined;
}

/** The token lies inside a time expression of the document. */
function inTimex(doc: CronacaDocument, t: Token): boolean {
  for (const x of doc.timexes) if (x.sentence === t.sentence && t.start >= x.start && t.end <= x.end) return true;
  return false;
}

function isFirstPerson(t: Token, lex: FactualityLexicon): boolean {
  return lex.pronouns.get(t.norm) === 'first';
}

/** The parse hangs the noun as an object or oblique on a verb outside the verb group [vStart, vEnd). */
function objectOfOtherVerb(doc: CronacaDocument, t: Token, vStart: number, vEnd: number): boolean {
  const h = t.head ?? -1;
  if (h < 0 || (h >= vStart && h < vEnd)) return false;
  const d = (t.deprel ?? '').split(':')[0];
  return (d === 'obj' || d === 'iobj' || d === 'obl') && doc.tokens[h].pos === 'VERB';
}

/** The source introduced by a verb cue (reporting, belief, denial...). */
export function verbSource(doc: CronacaDocument, a: SentenceAnalysis, cue: CueMatch, lex: FactualityLexicon, passive: boolean): SourceResult {
  const tokens = doc.tokens;
  const vg = cue.vg >= 0 ? a.vgs[cue.vg] : undefined;
  const vStart = vg ? vg.start : cue.start;
  const vEnd = Math.max(vg ? vg.end : cue.end, cue.end);
  const clause = cue.clause;
  // the cue's clause, or a relative or parenthetical clause embedded in it ("Il ministro, che..., ha detto")
  const inClause = (i: number): boolean => {
    let c = a.clauseAt[i - a.start];
    for (let k = 0; k < 4 && c >= 0; k++) {
      if (c === clause) return true;
      const link = a.clauses[c].link;
      if (link !== 'rel' && link !== 'paren') return false;
      c = a.clauses[c].parent;
    }
    return false;
  };
  const ownClause = (i: number): boolean => a.clauseAt[i - a.start] === clause;
  // impersonal clitic right before or inside the verb group ("si dice", "si può pensare")
  for (let i = Math.max(a.start, vStart - 2); i < vEnd; i++) {
    if (lex.pronouns.get(tokens[i].norm) === 'impersonal' && tokens[i].pos !== 'NOUN' && i < cue.start && (i >= vStart - 1 || tokens[i + 1]?.pos === 'PRON')) {
      return unnamed(doc, cue, 'scope.heuristic.impersonal');
    }
  }
  if (passive) {
    for (let i = vEnd; i < a.end && i < vEnd + 3; i++) {
      if (a.agents.has(i) && i + 1 < a.end) {
        let j = i + 1;
        while (j < a.end && !NOMINAL.has(tokens[j].pos) && j < i + 4) j++;
        if (j < a.end && NOMINAL.has(tokens[j].pos)) {
          const [s, e] = nounPhrase(doc, j, i + 1, a.end, lex);
          return phraseLink(doc, s, e, 'scope.heuristic.passive-agent');
        }
      }
    }
    return unnamed(doc, cue, 'scope.heuristic.passive');
  }
  // subject to the left, in the same clause
  for (let i = vStart - 1; i >= a.start && inClause(i); i--) {
    const t = tokens[i];
    if (!ownClause(i)) continue;
    if (t.pos === 'PUNCT' && t.text !== '"' && t.text !== '»' && t.text !== '”' && !(t.text === ',' && i + 1 < a.end && !ownClause(i + 1))) break;
    if (isFirstPerson(t, lex)) return { kind: 'author', rule: 'scope.heuristic.first-person' };
    // "It remains unclear who...", "it is unclear": an expletive subject, or a pronoun subject of
    // the adjective cue itself, names nobody; the author speaks.
    const ofAdjectiveCue = t.pos === 'PRON' && t.head !== undefined && t.head >= cue.start && t.head < cue.end && tokens[t.head].pos === 'ADJ';
    if (t.deprel === 'expl' || ofAdjectiveCue) return { kind: 'author', rule: 'scope.dependency.expletive' };
    if (lex.pronouns.get(t.norm) === 'personal') {
      const m = antecedent(doc, i, a.sentence);
      if (m) return fromMention(m, 'scope.heuristic.pronoun');
      return { kind: 'link', link: { text: t.text, spans: [span(doc, i, i + 1)], rule: 'scope.heuristic.pronoun' } };
    }
    // "Gli studenti chiedono le sue dimissioni e hanno annunciato": the object of the verb before,
    // which the parse hangs on that verb, is no subject of this one
    if (NOMINAL.has(t.pos) && objectOfOtherVerb(doc, t, vStart, vEnd)) continue;
    if (NOMINAL.has(t.pos)) {
      const [s, e] = nounPhrase(doc, i, a.start, vStart, lex);
      // "Fonti vicine al governo hanno confermato", "Sources close to the government said": the
      // subject opens with an unnamed source, whatever it is close to
      const opener = unnamedOpener(a, tokens, s);
      if (opener) return unnamed(doc, opener, 'scope.heuristic.unnamed-subject');
      return phraseLink(doc, s, e, 'scope.heuristic.subject-left');
    }
  }
  const finite = vg && vg.finite >= 0 ? tokens[vg.finite] : undefined;
  if (finite?.feats.Person === '1') return { kind: 'author', rule: 'scope.heuristic.first-person' };
  // inverted subject ("ha detto il ministro", "said the minister"), never inside a prepositional phrase;
  // only after the reported content ("«...», ha detto X") or before a complement clause ("ha detto X
  // che"): otherwise the noun phrase after the verb is its object ("ha annunciato la rimozione di X").
  const before = tokens[vStart - 1]?.text;
  let afterReport = before === ',' || before === ':' || before === '»' || before === '”' || before === '"';
  // "Lo ha reso noto la Farnesina": a clitic already is the object.
  // (a personal clitic carries person features; a relative such as "cui" does not)
  for (let i = Math.max(a.start, vStart - 1); i < vEnd; i++) if (tokens[i].pos === 'PRON' && tokens[i].feats.Person === '3' && !lex.pronouns.has(tokens[i].norm)) afterReport = true;
  for (let i = vEnd; i < a.end && i < vEnd + 6 && finite; i++) {
    const t = tokens[i];
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || a.clauseAt[i - a.start] !== clause) break;
    // "ha annunciato mercoledì che ...": a time expression is no inverted subject
    if (inTimex(doc, t)) continue;
    // a determiner + adjective at the end is a noun phrase the tagger misread ("said the general.")
    const nounLike = NOMINAL.has(t.pos) || ((t.pos === 'ADJ' || t.pos === 'X') && tokens[i - 1]?.pos === 'DET' && tokens[i + 1]?.pos === 'PUNCT');
    if (nounLike) {
      const [s, e0] = nounPhrase(doc, i, vEnd, a.end, lex);
      // "ha riferito il ministero domenica": the time expression after the subject is no part of it,
      // nor a phrase of another preposition than "of" ("ha dichiarato un portavoce ai giornalisti")
      let e = e0;
      while (e > s + 1 && inTimex(doc, tokens[e - 1])) e--;
      for (let k = s + 1; k < e; k++) {
        if (tokens[k].pos === 'ADP' && !lex.npLinks.has(tokens[k].norm)) {
          e = k;
          break;
        }
      }
      const next = tokens[e];
      const complementAfter = e < a.end && (next.pos === 'SCONJ' || a.clauseAt[e - a.start] !== clause);
      if (!afterReport && !complementAfter) break;
      return phraseLink(doc, s, e, 'scope.heuristic.subject-inverted');
    }
  }
  if (vg && vg.finite < 0) return { kind: 'author', rule: 'scope.heuristic.no-subject' };
  const m = antecedent(doc, vStart, a.sentence, finite?.feats.Number) ?? antecedent(doc, vStart, a.sentence);
  if (m) return fromMention(m, 'scope.heuristic.prodrop');
  return unnamed(doc, cue, 'scope.heuristic.no-subject');
}

/** "secondo X", "according to X": the phrase after the cue. */
export function phraseSource(doc: CronacaDocument, a: SentenceAnalysis, cue: CueMatch, lex: FactualityLexicon): SourceResult {
  const tokens = doc.tokens;
  for (let i = cue.end; i < a.end && i < cue.end + 4; i++) {
    const t = tokens[i];
    if (isFirstPerson(t, lex)) return { kind: 'author', rule: 'scope.heuristic.first-person' };
    if (NOMINAL.has(t.pos) || t.pos === 'X') {
      const [s, e] = nounPhrase(doc, i, cue.end, a.end, lex);
      // "secondo fonti vicine al Cremlino": an unnamed source
      const opener = unnamedCueAt(a, s);
      if (opener) return unnamed(doc, opener, 'scope.heuristic.unnamed-phrase');
      return phraseLink(doc, s, e, 'scope.heuristic.source-phrase');
    }
  }
  return unnamed(doc, cue, 'scope.heuristic.source-phrase');
}
