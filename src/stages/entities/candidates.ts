// First pass: every gazetteer match and every capitalised-name run, left to right, without
// overlaps. Demonyms are kept as drafts here; the attach pass folds them into their nouns.
import { dependentIn } from '../../core/dependency.js';
import type { CronacaDocument, Sentence, Token, Upos } from '../../core/types.js';
import type { Draft } from './draft.js';
import { type FlatPieces, SHAPE_CAPITAL, SHAPE_LETTER, SHAPE_LOWER } from './flat.js';
import { type GazMatch, isPlacePiece, longestAt } from './gazetteer-match.js';
import { type GazValue, type Lexicon, hasCue, isPlaceType, placeTypeAt } from './lexicon.js';
import { isAcronym } from './text.js';

const CLOSED_CLASS = new Set<Upos>(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM']);
/** Punctuation after which a capital letter may just start a clause. */
const CLAUSE_OPENERS = new Set(['"', '“', '”', '«', '»', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '…']);
const HYPHENS = new Set(['-', '‐', '‑']);
const ROMAN = /^[IVXLCDM]+$/;
const PARTICLE_HYPHEN = /^(\p{Ll}{1,3})-\p{Lu}/u;
/** Kind (packs/<lang>/org-keywords.tsv) of the keywords that make a name a place: Oceano, Lake, Mount. */
const PLACE_KIND = 'place';
/** Kind of the keywords that open the name of an event, a prize or a competition: Festival, Premio, Cup. */
const EVENT_KIND = 'event';
/** Kind of the head nouns that close the name of a region or a town (Rivers State, Gaza City): places that govern (GPE). */
const REGION_KIND = 'region';
const COMPANY_KIND = 'company';
/** A word ending in a hyphen and a lower-case word ("EADS-led", "Kremlin-backed"). */
const PARTICIPLE_AFTER_HYPHEN = /-\p{Ll}{2,}$/u;
/** Headline-like sentences (mostly capitalised words) do not trust capitals. */
const HEADLINE_RATIO = 0.8;

interface Ctx {
  doc: CronacaDocument;
  lex: Lexicon;
  flat: FlatPieces;
  tokens: Token[];
  sentence: Sentence;
  /** Per token: inside a headline-like line. */
  headline: Uint8Array;
  gaz: (GazMatch | undefined)[];
  casing: DocCasing;
  /** Token index one past the last place mention found in this sentence (-1 when none). */
  lastPlaceEnd: number;
  /** Per word (flat.wordId): its cue classes (lex.cues), looked up once per document. */
  cues: (Set<string> | undefined)[];
}

/** hasCue for the word of token i. */
function cue(c: Ctx, i: number, cls: string): boolean {
  return c.cues[c.flat.wordId[i]]?.has(cls) ?? false;
}

/**
 * How words are written elsewhere in the document, per word (flat.wordId): MID_CAPS when seen
 * capitalised where a capital is not required, LOWER when seen in lower case. A clause-initial
 * capital proves nothing.
 */
type DocCasing = Uint8Array;
const MID_CAPS = 1;
const LOWER = 2;
/** Seen capitalised as the last word of a run of capitalised words ("Aleksandar Vucic said"). */
const RUN_END = 4;

function docCasing(doc: CronacaDocument, flat: FlatPieces, headline: Uint8Array): DocCasing {
  const out = new Uint8Array(flat.words.length);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const shape = flat.shape[i];
      if (shape & SHAPE_CAPITAL) {
        if (!clauseInitial(doc.tokens, s, i) && !headline[i]) {
          out[flat.wordId[i]] |= MID_CAPS;
          const runEnd = i + 1 >= s.tokenEnd || !(flat.shape[i + 1] & SHAPE_CAPITAL);
          if (runEnd && i > s.tokenStart && (flat.shape[i - 1] & SHAPE_CAPITAL)) out[flat.wordId[i]] |= RUN_END;
        }
      } else if ((shape & SHAPE_LOWER) && !particleName(doc.tokens[i].text)) {
        out[flat.wordId[i]] |= LOWER;
      }
    }
  }
  return out;
}

/** "al-Kabir", "el-Sisi": a name after a lower-case particle is not the word written in lower case. */
const particleName = (text: string): boolean => text.includes('-') && UPPER_ANYWHERE.test(text);
const UPPER_ANYWHERE = /\p{Lu}/u;

/** Token i's word is written capitalised elsewhere where a capital is not required. */
function midCaps(c: Ctx, i: number): boolean {
  return (c.casing[c.flat.wordId[i]] & MID_CAPS) !== 0;
}

/** Token i's word is written in lower case somewhere in the document. */
function lowerElsewhere(c: Ctx, i: number): boolean {
  return (c.casing[c.flat.wordId[i]] & LOWER) !== 0;
}

function clauseInitial(tokens: Token[], s: Sentence, i: number, text?: string): boolean {
  if (i === s.tokenStart) return true;
  const prev = tokens[i - 1].text;
  if (prev.length === 1 && CLAUSE_OPENERS.has(prev)) return true; // every opener is one character
  // a title line without final punctuation runs into the first sentence of the text
  return text !== undefined && newlineBetween(text, tokens[i - 1].end, tokens[i].start);
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Marks the tokens of headline-like lines (mostly capitalised words) of a sentence: capitals prove nothing there. */
function markHeadlines(doc: CronacaDocument, flat: FlatPieces, s: Sentence, out: Uint8Array): void {
  let lineStart = s.tokenStart;
  for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
    const lineEnds = i === s.tokenEnd || (i > lineStart && newlineBetween(doc.text, doc.tokens[i - 1].end, doc.tokens[i].start));
    if (!lineEnds) continue;
    let words = 0;
    let caps = 0;
    for (let k = lineStart; k < i; k++) {
      const shape = flat.shape[k];
      if (!(shape & SHAPE_LETTER)) continue;
      words++;
      if (shape & SHAPE_CAPITAL) caps++;
    }
    const headline = words >= 4 && caps / words >= HEADLINE_RATIO;
    if (headline) out.fill(1, lineStart, i);
    lineStart = i;
  }
}

function makeAccept(c: Ctx): (v: GazValue, start: number, end: number) => boolean {
  const { tokens, lex } = c;
  return (v, start, end) => {
    const sentence = c.sentence;
    // "US$ 2 billion", "HK$5": a country code written against a currency sign names the currency
    if (end < sentence.tokenEnd && !tokens[end - 1].spaceAfter && cue(c, end, 'currency')) return false;
    if (v.cat === 'city' && !v.curated && end - start === 1) {
      // A bulk city name at the start of a clause must look like a name to the morphology.
      if (clauseInitial(tokens, sentence, start) && tokens[start].pos !== 'PROPN') return false;
      if (c.headline[start] && !midCaps(c, start)) return false;
    }
    if (v.cat === 'actor' && end - start === 1 && clauseInitial(tokens, sentence, start) && !isAcronym(tokens[start].text)) {
      // "Modi diversi ...": a one-word alias at a clause start that the document otherwise writes in lower case
      if (lowerElsewhere(c, start) && !midCaps(c, start)) return false;
      // "Nato a Roma nel 1950": the morphology reads a verb or an adjective there
      const pos = tokens[start].pos;
      if (pos === 'VERB' || pos === 'AUX' || pos === 'ADJ' || pos === 'ADV') return false;
    }
    if (v.cat === 'group' && lex.settings.modifierBefore && end < sentence.tokenEnd && tokens[end].pos === 'NOUN' &&
        !(c.flat.shape[end] & SHAPE_CAPITAL)) {
      // "military aid", "police station": a group noun used as a modifier is not a mention
      return false;
    }
    if (v.cat === 'group' && end - start === 1 && start > sentence.tokenStart && tokens[start].pos === 'ADJ' && tokens[start - 1].pos === 'NOUN' &&
        tokens[start].feats.Number !== undefined && tokens[start].feats.Number === tokens[start - 1].feats.Number) {
      // "paesi democratici": a group word the tagger reads as an adjective agreeing with the noun before it qualifies that noun
      return false;
    }
    // "i responsabili saranno puniti" but "ritenuti responsabili": a group word also used as an adjective
    if (v.cat === 'group' && end - start === 1 && lex.groups.get(v.ref)?.flags.has('noun-only') && !referringNoun(c, start)) return false;
    // "la difesa ricorrerà" but "la difesa aerea", "la Difesa" (the ministry)
    if (v.cat === 'group' && end - start === 1 && lex.groups.get(v.ref)?.flags.has('subject-only') && !lowerSubject(c, start)) return false;
    if (v.cat === 'anaphor') {
      const prev = start > sentence.tokenStart ? tokens[start - 1] : undefined;
      const determined = prev !== undefined && cue(c, start - 1, 'determiner');
      const capitalisedMidClause = (c.flat.shape[start] & SHAPE_CAPITAL) !== 0 && !clauseInitial(tokens, sentence, start);
      if (!determined && !capitalisedMidClause) return false;
    }
    return true;
  };
}

/** A noun that refers, not a predicate: "ritenuti responsabili" (xcomp) and "sono responsabili" (with a copula) say what someone is. */
function referringNoun(c: Ctx, i: number): boolean {
  const t = c.tokens[i];
  return t.pos === 'NOUN' && t.deprel !== 'xcomp' && dependentIn(c.tokens, c.sentence.tokenStart, c.sentence.tokenEnd, i, 'cop') < 0;
}

function lowerSubject(c: Ctx, i: number): boolean {
  return !(c.flat.shape[i] & SHAPE_CAPITAL) && (c.tokens[i].deprel ?? '').startsWith('nsubj');
}

function isNameToken(c: Ctx, i: number): boolean {
  const t = c.tokens[i];
  if (!(c.flat.shape[i] & SHAPE_CAPITAL)) {
    // the regex needs a hyphen: most lower-case words have none
    const m = t.text.includes('-') ? PARTICLE_HYPHEN.exec(t.text) : null;
    return m !== null && c.lex.nameParticles.has(m[1]);
  }
  const key = c.flat.tokKey[i];
  if (cue(c, i, 'not-name') && !givenNameAfterTitle(c, i)) return false;
  // "Clemente Russo": a nationality adjective the language writes in lower case, capitalised inside a name
  if (c.lex.demonymWords.has(key) && !(c.lex.lowerDemonyms.has(key) && i > c.sentence.tokenStart && !clauseInitial(c.tokens, c.sentence, i) &&
      (c.flat.shape[i - 1] & SHAPE_CAPITAL) !== 0 && !cue(c, i - 1, 'determiner'))) return false;
  const hyphen = key.lastIndexOf('-');
  // "Pro-Russian": a compound ending in a nationality is an adjective
  if (hyphen > 0 && c.lex.demonymWords.has(key.slice(hyphen + 1))) return false;
  const pos = t.pos as Upos | undefined;
  if (pos && pos !== 'PROPN' && CLOSED_CLASS.has(pos)) return false;
  if (c.headline[i]) return isAcronym(t.text) || midCaps(c, i);
  if (clauseInitial(c.tokens, c.sentence, i, c.doc.text)) {
    if (isAcronym(t.text)) return true;
    // "Vucic accused...": a word the tagger read as no proper noun that ends a name elsewhere in the
    // text ("Aleksandar Vucic said"), is never written in lower case and is no lexicon word.
    if (pos !== 'PROPN') return (c.casing[c.flat.wordId[i]] & RUN_END) !== 0 && !lowerElsewhere(c, i) && c.gaz[i - c.sentence.tokenStart] === undefined;
    if (midCaps(c, i)) return true;
    return !lowerElsewhere(c, i) && !endsLikeCommonWord(c.lex, key);
  }
  return true;
}

/**
 * "Judge April Perry", "Senator May Ellis": a word that is no name elsewhere (a month) between a
 * title and a capitalised word is a given name.
 */
function givenNameAfterTitle(c: Ctx, i: number): boolean {
  const next = i + 1;
  if (next >= c.sentence.tokenEnd || !(c.flat.shape[next] & SHAPE_CAPITAL) || cue(c, next, 'not-name')) return false;
  for (let k = i - 1; k >= c.sentence.tokenStart && k >= i - 3; k--) {
    const g = c.gaz[k - c.sentence.tokenStart];
    if (g && g.end === i) return g.value.cat === 'role' && (c.flat.shape[k] & SHAPE_CAPITAL) !== 0;
  }
  return false;
}

function endsLikeCommonWord(lex: Lexicon, key: string): boolean {
  for (const suf of lex.notNameSuffixes) if (key.endsWith(suf)) return true;
  return false;
}

const FUNCTION_AFTER = new Set<Upos>(['ADP', 'DET', 'ADV']);

/**
 * "Intorno alle 21:30", "Stamane, verso le 8": a lone capitalised word opening a clause, followed by a
 * preposition, an article or an adverb, and never written capitalised inside a sentence, is a common word.
 */
function clauseInitialWord(c: Ctx, i: number, next: number): boolean {
  if (next >= c.sentence.tokenEnd || !clauseInitial(c.tokens, c.sentence, i, c.doc.text)) return false;
  if (isAcronym(c.tokens[i].text) || midCaps(c, i)) return false;
  return FUNCTION_AFTER.has(c.tokens[next].pos) || (c.tokens[next].text === ',' && c.tokens[i].pos !== 'PROPN');
}

/** A gazetteer match at k that a name run must not swallow. */
function blocksRun(c: Ctx, k: number): boolean {
  const g = c.gaz[k - c.sentence.tokenStart];
  return g !== undefined && g.value.cat !== 'demonym' && g.value.cat !== 'anaphor';
}

/** Inside a name run: a one-word city or region after a name word is part of it ("Fabrizio Corona", "Libera Terra"). */
function blocksInside(c: Ctx, k: number): boolean {
  const g = c.gaz[k - c.sentence.tokenStart];
  const place = g !== undefined && (g.value.cat === 'city' || (g.value.cat === 'actor' && isPlaceType(c.lex.actors.get(g.value.ref)?.type)));
  if (place && g.end - g.start === 1 && (c.flat.shape[k - 1] & SHAPE_CAPITAL) !== 0 && isNameToken(c, k - 1)) return false;
  return blocksRun(c, k);
}

/** Words that cannot open a name: a Roman numeral, an article at a clause start, a portfolio after "of". */
function cannotOpen(c: Ctx, i: number): boolean {
  const t = c.tokens[i];
  if (ROMAN.test(t.text)) return true;
  if (!t.spaceAfter && i + 1 < c.sentence.tokenEnd && cue(c, i + 1, 'currency')) return true;
  if (clauseInitial(c.tokens, c.sentence, i) && cue(c, i, 'determiner')) return true;
  if (i === c.sentence.tokenStart || !cue(c, i, 'portfolio')) return false;
  return cue(c, i - 1, 'of') || cue(c, i - 1, 'determiner');
}

function isLowerContent(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  if (c.flat.shape[k] & SHAPE_CAPITAL) return false;
  const key = c.flat.tokKey[k];
  return !c.lex.demonymWords.has(key) && !cue(c, k, 'of') && !cue(c, k, 'determiner');
}

interface Run {
  end: number;
  orgKind?: string;
  /** A lower-case organisation noun right after the name says it names a body ("the Radaa militia"); its group id when the gazetteer knows it. */
  bodyAfter?: { group?: string };
  country?: string;
  countryRule?: string;
}

/** An organisation keyword inside a name; a place keyword counts only at either end of the name ("Oceano Atlantico", "Black Sea"). */
function laterKind(lex: Lexicon, key: string): string | undefined {
  const kind = lex.orgKeywords.get(key);
  return kind === PLACE_KIND || kind === EVENT_KIND || kind === REGION_KIND ? undefined : kind;
}

/**
 * "Vertex Holdings and Kestrel Ltd.": where the head noun comes last, a name that has just closed
 * on its keyword is complete, and "and" starts the next one ("Department of Health and Human
 * Services" opened with its keyword and goes on).
 */
function headClosedBeforeAnd(c: Ctx, i: number, k: number): boolean {
  return c.lex.settings.modifierBefore && k - 1 > i && cue(c, k, 'coordination') && c.lex.orgKeywords.has(c.flat.tokKey[k - 1]);
}

/** An organisation or place keyword, not an event's ("a news conference Smith gave" names no body). */
function isNounKeyword(lex: Lexicon, key: string): boolean {
  const kind = lex.orgKeywords.get(key);
  return kind !== undefined && kind !== EVENT_KIND && kind !== REGION_KIND;
}

/** blocksInside for a run opened by a place keyword (never blocked) or an organisation keyword (group nouns do not block). */
function blocksNamedRun(c: Ctx, m: number, placeFirst: boolean, orgFirst: boolean): boolean {
  if (placeFirst) return false;
  if (orgFirst) {
    const g = c.gaz[m - c.sentence.tokenStart];
    if (g && (g.value.cat === 'group' || g.value.cat === 'role')) return false;
  }
  return blocksInside(c, m);
}

/**
 * "High Court", "Defence Force": where the head noun comes last, a capitalised organisation keyword
 * that the gazetteer reads as a group noun closes the name before it instead of blocking it.
 */
function closesNameAsHead(c: Ctx, k: number): boolean {
  if (!c.lex.settings.modifierBefore || !(c.flat.shape[k] & SHAPE_CAPITAL)) return false;
  if (laterKind(c.lex, c.flat.tokKey[k]) === undefined) return false;
  const g = c.gaz[k - c.sentence.tokenStart];
  return g !== undefined && g.end - g.start === 1 && (g.value.cat === 'group' || g.value.cat === 'role');
}

/** "Police Chiefs' Council", "Workers' Party": a bare possessive apostrophe before the organisation keyword. */
function plainPossessiveBeforeKeyword(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (t.text.length !== 1 || !cue(c, k, 'possessive') || c.tokens[k - 1].spaceAfter || k + 1 >= c.sentence.tokenEnd) return false;
  return (c.flat.shape[k + 1] & SHAPE_CAPITAL) !== 0 && laterKind(c.lex, c.flat.tokKey[k + 1]) !== undefined;
}

function nameRun(c: Ctx, i: number): Run | undefined {
  const { tokens, lex } = c;
  const end = c.sentence.tokenEnd;
  if (cannotOpen(c, i)) return undefined;
  if (!isNameToken(c, i)) {
    // a capitalised particle opening a surname: "Di Maio ha detto", "De Luca"
    const particle = (c.flat.shape[i] & SHAPE_CAPITAL) !== 0 && lex.nameParticles.has(c.flat.tokKey[i]);
    if (!particle || i + 1 >= end || !isNameToken(c, i + 1) || blocksRun(c, i + 1)) return undefined;
  }
  const keys = c.flat.tokKey;
  // A region's head noun counts only at the end of the name ("State Department" is no place).
  const firstKind = lex.orgKeywords.get(keys[i]) === REGION_KIND ? undefined : lex.orgKeywords.get(keys[i]);
  let orgKind = firstKind;
  let k = i + 1;
  let extended = 0;
  // "Gulf of Mexico", "Lago di Garda": a place keyword takes the known place after it into its name
  const placeFirst = firstKind === PLACE_KIND;
  // "Arma dei Carabinieri", "Corpo dei Vigili del Fuoco": an organisation name takes group nouns in
  const orgFirst = firstKind !== undefined && !placeFirst && firstKind !== EVENT_KIND;
  // "Air France", "Air India": a word that opens a company name with a place name after it
  const airline = cue(c, i, 'company-opener') ? runEndingAtPlace(c, k, COMPANY_KIND) : undefined;
  if (airline) return airline;
  while (k < end) {
    if (closesNameAsHead(c, k)) {
      orgKind ??= laterKind(lex, keys[k]);
      k++;
      continue;
    }
    if (plainPossessiveBeforeKeyword(c, k)) {
      orgKind ??= laterKind(lex, keys[k + 1]);
      k += 2;
      continue;
    }
    if (blocksNamedRun(c, k, placeFirst, orgFirst)) break;
    const t = tokens[k];
    if (isNameToken(c, k)) {
      orgKind ??= laterKind(lex, keys[k]);
      k++;
      continue;
    }
    if (HYPHENS.has(t.text) && !tokens[k - 1].spaceAfter && !t.spaceAfter && k + 1 < end && isNameToken(c, k + 1) && !blocksNamedRun(c, k + 1, placeFirst, orgFirst)) {
      k += 2;
      continue;
    }
    if (lex.nameParticles.has(keys[k])) {
      let m = k;
      while (m < end && m - k < 2 && lex.nameParticles.has(keys[m])) m++;
      // a lower-case "of" particle takes one last surname only: "Luca di Montezemolo", not "Cina di Lenovo"
      const ofParticle = (c.flat.shape[k] & SHAPE_CAPITAL) === 0 && cue(c, k, 'of');
      const single = !ofParticle || ((m + 1 >= end || !isNameToken(c, m + 1)) && c.gaz[i - c.sentence.tokenStart] === undefined);
      if (m < end && isNameToken(c, m) && !blocksNamedRun(c, m, placeFirst, orgFirst) && single && !(ofParticle && lex.orgKeywords.has(keys[i]))) {
        k = m + 1;
        continue;
      }
    }
    if (lex.settings.placeEndsOrgName && orgKind !== undefined && orgKind !== EVENT_KIND && orgKind !== PLACE_KIND && cue(c, k, 'of')) {
      // "Bank of England", "University of Tehran", "High Court of Kenya": the place after "of" ends the name
      const named = runEndingAtPlace(c, k + 1, orgKind);
      if (named) return named;
    }
    if (orgKind !== undefined && orgKind !== EVENT_KIND) {
      const lowerOk = lex.settings.orgLowercaseExtension && firstKind !== undefined && firstKind !== PLACE_KIND && firstKind !== EVENT_KIND;
      if (cue(c, k, 'org-link') && (orgKind !== PLACE_KIND || cue(c, k, 'of')) && k + 1 < end && !blocksNamedRun(c, k + 1, placeFirst, orgFirst) &&
          !headClosedBeforeAnd(c, i, k) &&
          ((isNameToken(c, k + 1)) || (lowerOk && isLowerContent(c, k + 1)))) {
        k += 2;
        extended++;
        continue;
      }
      // "Movimento per l'Autonomia", "Autostrade per l'Italia": a link word and an article before the next word
      if (orgKind !== PLACE_KIND && cue(c, k, 'org-link') && k + 2 < end && cue(c, k + 1, 'determiner') &&
          !cue(c, k, 'determiner') && !cue(c, k, 'coordination') && isNameToken(c, k + 2) && !blocksNamedRun(c, k + 2, placeFirst, orgFirst)) {
        k += 3;
        extended++;
        continue;
      }
      if (lowerOk && extended < 4 && isLowerContent(c, k)) {
        k++;
        extended++;
        continue;
      }
    }
    break;
  }
  // where the head noun comes last ("Atlantic Ocean", "Black Sea"), even after an organisation word ("Parliament Square")
  if (lex.settings.modifierBefore && k - i > 1 && lex.orgKeywords.get(keys[k - 1]) === PLACE_KIND) orgKind = PLACE_KIND;
  // "Worldwide Developers Conference", "Olympic Games", "World Cup": an event named by its head noun
  if (lex.settings.modifierBefore && k - i > 1 && lex.orgKeywords.get(keys[k - 1]) === EVENT_KIND) orgKind = EVENT_KIND;
  // "Rivers State", "Gaza City", "North Darfur Province": a region's head noun closes a place that governs
  if (lex.settings.modifierBefore && k - i > 1 && lex.orgKeywords.get(keys[k - 1]) === REGION_KIND) orgKind = REGION_KIND;
  // ...or comes after the name in lower case ("the Ayalon highway", "the Attari border crossing", "Sisaket province")
  if (orgKind === undefined && lex.settings.modifierBefore) orgKind = placeHeadAfter(c, k, end);
  if (k === i + 1 && orgKind === undefined && clauseInitialWord(c, i, k)) return undefined;
  const run: Run = { end: k, orgKind };
  // "the Tren de Aragua gang", "the Conti group": a body noun in lower case after the name
  if (orgKind === undefined && lex.settings.modifierBefore && k < end && !(c.flat.shape[k] & SHAPE_CAPITAL) && cue(c, k, 'org-head')) run.bodyAfter = bodyNoun(c, k);
  if (orgKind !== undefined && k < end) {
    const g = c.gaz[k - c.sentence.tokenStart];
    if (g && g.value.cat === 'demonym') {
      run.end = g.end;
      run.country = g.value.ref;
      run.countryRule = g.value.rule;
    }
  }
  return run;
}

/** End of the company words ("Group PLC", "Co.") after a known organisation's name; -1 when none follow. */
function companySuffixEnd(c: Ctx, g: GazMatch): number {
  if (g.value.cat !== 'actor' || c.lex.actors.get(g.value.ref)?.type !== 'ORG') return -1;
  let k = g.end;
  while (k < c.sentence.tokenEnd && laterKind(c.lex, c.flat.tokKey[k]) !== undefined && (c.flat.shape[k] & SHAPE_CAPITAL) !== 0) k++;
  return k > g.end && c.lex.orgKeywords.get(c.flat.tokKey[k - 1]) === COMPANY_KIND ? k : -1;
}

function gazDraft(c: Ctx, g: GazMatch): Draft {
  const v = g.value;
  const text = c.tokens[g.start].text;
  const d: Draft = {
    start: g.start, end: g.end, sentence: c.sentence.index, source: v.cat, type: 'GPE', kind: 'name', ref: v.ref, rule: v.rule,
  };
  switch (v.cat) {
    case 'actor': {
      const a = c.lex.actors.get(v.ref);
      d.type = a?.type ?? 'ORG';
      d.kind = g.end - g.start === 1 && isAcronym(text) ? 'acronym' : 'name';
      break;
    }
    case 'group':
      d.type = 'GROUP';
      d.kind = 'group';
      break;
    case 'role':
      d.type = 'PER';
      d.kind = 'role';
      d.role = v.ref;
      break;
    case 'anaphor':
      d.type = 'ORG';
      d.kind = 'alias';
      break;
    case 'city':
      if (g.alternatives?.length) d.alternatives = g.alternatives.map((a) => a.ref);
      break;
    default:
      break;
  }
  return d;
}

function runDraft(c: Ctx, i: number, run: Run): Draft {
  const { tokens } = c;
  const words: string[] = [];
  let caps = false;
  let bodyBefore: { group?: string } | undefined;
  for (let k = i; k < run.end; k++) {
    const key = c.flat.tokKey[k];
    if (key.toUpperCase() !== key) words.push(key);
    if (isAcronym(tokens[k].text)) caps = true;
  }
  const single = run.end - i === 1;
  const d: Draft = {
    start: i, end: run.end, sentence: c.sentence.index, source: 'name', type: 'PER', kind: 'name',
    ref: words.join(' '), rule: 'entities.capitalised',
  };
  if (single && isAcronym(tokens[i].text) && placeCode(c, i)) {
    // "Vernio (PO)": a short code in brackets after a place is the code of its province or state
    d.type = 'GPE';
    d.rule = 'entities.place-code';
  } else if (single && c.lex.settings.titleCaseAcronym?.test(tokens[i].text) && !cue(c, i, 'not-acronym')) {
    // "le Rsf", "il Bjp": an acronym written in title case, as Italian papers write most
    return { ...d, source: 'acronym', type: 'ORG', kind: 'acronym', rule: 'entities.titlecase-acronym' };
  } else if (single && isAcronym(tokens[i].text)) {
    if (cue(c, i, 'not-acronym')) return { ...d, type: 'ORG', rule: 'skip' };
    d.source = 'acronym';
    d.type = 'ORG';
    d.kind = 'acronym';
    d.rule = 'entities.acronym';
  } else if (single && PARTICIPLE_AFTER_HYPHEN.test(tokens[i].text)) {
    // "EADS-led", "Kremlin-backed", "Moscow-based": a name joined to a participle is an adjective;
    // "Greek-flagged", "Russian-crewed" still say whose ship it is
    const text = tokens[i].text;
    const code = c.lex.demonymWords.get(c.flat.tokKey[i].slice(0, text.lastIndexOf('-')));
    if (code === undefined) return { ...d, rule: 'skip' };
    return { ...d, source: 'demonym', type: 'GPE', ref: code, rule: `${c.lex.lang}:demonyms:${code}+entities.hyphen-demonym` };
  } else if (run.orgKind === EVENT_KIND) {
    // "Gran Premio d'Italia", "Festival di Sanremo": names of events are not actors
    return { ...d, rule: 'skip' };
  } else if (run.orgKind === PLACE_KIND) {
    d.type = 'LOC';
    d.rule = 'entities.place-keyword';
  } else if (run.orgKind === REGION_KIND) {
    d.type = 'GPE';
    d.rule = 'entities.region-keyword';
  } else if (run.orgKind !== undefined) {
    d.type = 'ORG';
    d.orgKind = run.orgKind;
    d.rule = 'entities.org-keyword';
  } else if (run.bodyAfter !== undefined) {
    d.type = 'ORG';
    d.sectorsOf = run.bodyAfter.group;
    d.rule = 'entities.org-head-after';
  } else if (i > c.sentence.tokenStart && isNounKeyword(c.lex, c.flat.tokKey[i - 1]) && !(c.flat.shape[i - 1] & SHAPE_CAPITAL) &&
      !endsRolePhrase(c, i)) {
    // "l'associazione Libera Terra", "the party Forward": a lower-case organisation noun before the name;
    // "il lago Maggiore": a lower-case place noun
    const kind = c.lex.orgKeywords.get(c.flat.tokKey[i - 1]);
    if (kind === PLACE_KIND) {
      d.type = 'LOC';
      d.rule = 'entities.place-noun';
    } else {
      d.type = 'ORG';
      d.orgKind = kind;
      d.rule = 'entities.org-noun';
    }
  } else if (!c.lex.settings.modifierBefore && (bodyBefore = bodyNounBefore(c, i)) !== undefined) {
    // "la banda Tren de Aragua", "il quotidiano Deník N", "il gruppo immobiliare Phuc Son"
    d.type = 'ORG';
    d.sectorsOf = bodyBefore.group;
    d.rule = 'entities.org-head-before';
  } else if (caps || innerCapital(c, i, run.end)) {
    // "SpaceX", "WineFestival", "YouTube": capitals inside a word belong to brands, not to people
    d.type = 'ORG';
  } else if (i > c.sentence.tokenStart && cue(c, i - 1, single ? 'place' : 'place-name') && !possessiveAt(c, run.end)) {
    // an unknown name after "in", "a", "near" is most often a town or a region (docs/annotation.md §8)
    d.type = 'GPE';
    d.rule = 'entities.capitalised-place';
  } else if (afterPlaceNoun(c, i)) {
    d.type = placeTypeAt(c.lex, c.flat.tokKey, i, c.sentence.tokenStart);
    d.rule = 'entities.place-noun-of';
  } else if (hyphenedPlace(c, i, run.end)) {
    // "Emilia-Romagna" is a place; "Iran-backed", "Saudi-led", "Moscow-based" are adjectives, no name.
    if (!startsWithCapital(afterHyphen(c, i))) return { ...d, rule: 'skip' };
    d.type = 'LOC';
    d.rule = 'entities.place-compound';
  } else if (single && coordinatedWithPlace(c, i)) {
    d.type = 'GPE';
    d.rule = 'entities.place-coordination';
  }
  if (d.type === 'PER' && c.lex.settings.articleMarksNonPerson && i > c.sentence.tokenStart && cue(c, i - 1, 'determiner')) {
    d.determined = true;
  }
  const first = c.gaz[i - c.sentence.tokenStart];
  if (d.type === 'ORG' && first && first.value.cat === 'group' && first.end - first.start === 1) d.sectorsOf = first.value.ref;
  if (run.country) {
    d.country = run.country;
    d.rule += `+${run.countryRule}`;
  }
  return d;
}

/** A name of kind `orgKind` that ends with the place the gazetteer finds at token k, with that place's country. */
function runEndingAtPlace(c: Ctx, k: number, orgKind: string): Run | undefined {
  const country = placeCountryAt(c, k);
  if (country === undefined) return undefined;
  const g = c.gaz[k - c.sentence.tokenStart] as GazMatch;
  return { end: g.end, orgKind, country, countryRule: g.value.rule };
}

/** The country of a country, city or place-actor name that the gazetteer finds at token k. */
function placeCountryAt(c: Ctx, k: number): string | undefined {
  if (k >= c.sentence.tokenEnd || !(c.flat.shape[k] & SHAPE_CAPITAL)) return undefined;
  const g = c.gaz[k - c.sentence.tokenStart];
  if (!g) return undefined;
  const v = g.value;
  if (v.cat === 'country') return v.ref;
  if (v.cat === 'city') return c.lex.cities.get(v.ref)?.country;
  if (v.cat === 'actor') {
    const a = c.lex.actors.get(v.ref);
    return a && isPlaceType(a.type) ? a.country : undefined;
  }
  return undefined;
}

/** "il presidente del consiglio Romano Prodi": the word before the name closes a role or group phrase. */
function endsRolePhrase(c: Ctx, i: number): boolean {
  const base = c.sentence.tokenStart;
  for (let k = i - 1; k >= base && k >= i - 5; k--) {
    const g = c.gaz[k - base];
    if (g && g.end === i && (g.value.cat === 'role' || g.value.cat === 'group')) return true;
  }
  return false;
}

/** A capital after three lower-case letters: "WineFestival", "SpaceX", not "McCain", "DiCaprio", "MacArthur". */
const INNER_CAPITAL = /\p{Ll}{3}\p{Lu}/u;

function innerCapital(c: Ctx, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (INNER_CAPITAL.test(c.tokens[k].text)) return true;
  return false;
}

function placeCode(c: Ctx, i: number): boolean {
  const t = c.tokens;
  const base = c.sentence.tokenStart;
  return i - 2 >= base && i + 1 < c.sentence.tokenEnd && t[i - 1].text === '(' && t[i + 1].text === ')' &&
    c.tokens[i].text.length === 2 && (c.flat.shape[i - 2] & SHAPE_CAPITAL) !== 0;
}

/** A possessive ending at token k ("in Ali Gandapur's convoy" names a person's convoy). */
const possessiveAt = (c: Ctx, k: number): boolean => k < c.sentence.tokenEnd && cue(c, k, 'possessive');

/** A lower-case place noun within the two words after a name ending at `k` (before `end`). */
function placeHeadAfter(c: Ctx, k: number, end: number): typeof PLACE_KIND | typeof REGION_KIND | undefined {
  for (let m = k; m < end && m < k + 2; m++) {
    if (c.flat.shape[m] & SHAPE_CAPITAL) return undefined;
    const kind = c.lex.orgKeywords.get(c.flat.tokKey[m]);
    if (kind === PLACE_KIND || kind === REGION_KIND) return kind;
    if (c.tokens[m].pos !== 'NOUN') return undefined;
  }
  return undefined;
}

/** A body noun (cue class org-head) at token k, with the group the gazetteer reads there, whose sectors the name takes. */
function bodyNoun(c: Ctx, k: number): { group?: string } {
  const g = c.gaz[k - c.sentence.tokenStart];
  return { group: g && g.value.cat === 'group' ? g.value.ref : undefined };
}

/** Where modifiers follow the noun: a lower-case body noun right before the name, or before one adjective that is. */
function bodyNounBefore(c: Ctx, i: number): { group?: string } | undefined {
  let j = i - 1;
  const base = c.sentence.tokenStart;
  if (j > base && c.tokens[j].pos === 'ADJ' && !(c.flat.shape[j] & SHAPE_CAPITAL)) j--;
  return j >= base && !(c.flat.shape[j] & SHAPE_CAPITAL) && cue(c, j, 'org-head') ? bodyNoun(c, j) : undefined;
}

/** "il comune di Vernio", "nel villaggio di Khazna", "in località Bandinu": a place noun before the name. */
function afterPlaceNoun(c: Ctx, i: number): boolean {
  const base = c.sentence.tokenStart;
  // directly before the name only after a preposition or an article ("in località Bandinu", not "presidente di zona Paolo Orneli")
  if (i - 2 >= base && placeOrSiteNoun(c, i - 1) && (cue(c, i - 2, 'place') || cue(c, i - 2, 'determiner'))) return true;
  // "nella base di Diego Garcia", "il corridoio di Lachin": a site noun too
  return i - 2 >= base && cue(c, i - 1, 'of') && placeOrSiteNoun(c, i - 2) && !(c.flat.shape[i - 2] & SHAPE_CAPITAL);
}

const placeOrSiteNoun = (c: Ctx, k: number): boolean => cue(c, k, 'place-noun') || cue(c, k, 'site-noun');

/** "Roma-Viterbo", "Mosca-Domodedovo": a hyphenated name opening with a known place is a place (a line, an airport). */
function hyphenedPlace(c: Ctx, i: number, end: number): boolean {
  const f = c.flat;
  const p = f.first[i];
  if (f.first[i + 1] - p >= 3 && f.keys[p + 1] === '-') return isPlacePiece(c.lex, f.keys[p]);
  return end - i >= 3 && HYPHENS.has(c.tokens[i + 1].text) && isPlacePiece(c.lex, f.tokKey[i]);
}

/** The word after a hyphened place's hyphen: inside token i ("Emilia-Romagna") or two tokens on ("Roma - Viterbo"). */
function afterHyphen(c: Ctx, i: number): string {
  const text = c.tokens[i].text;
  const at = text.search(/[-\u2010\u2011]/u);
  return at >= 0 ? text.slice(at + 1) : (c.tokens[i + 2]?.text ?? '');
}

/** The text's first letter is a capital. */
function startsWithCapital(text: string): boolean {
  const first = text.match(/\p{L}/u)?.[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** "in Toscana ed Emilia", "Kufa, Falluja e Ramadi": a one-word name listed right after a known place. */
function coordinatedWithPlace(c: Ctx, i: number): boolean {
  const base = c.sentence.tokenStart;
  if (i - 2 < base || !cue(c, i - 1, 'coordination')) return false;
  // "Rientrato da Dubai, Embaló ha parlato": a name the parse makes a subject opens a clause of its own
  if (c.tokens[i].deprel?.startsWith('nsubj')) return false;
  const prevPlace = c.lastPlaceEnd === i - 1;
  if (prevPlace) return true;
  // the next one may be the known place: "Falluja e Ramadi"
  const next = i + 2 < c.sentence.tokenEnd ? c.gaz[i + 2 - base] : undefined;
  return hasCue(c.lex, c.flat.tokKey[i + 1] ?? '', 'coordination') && next !== undefined && next.value.curated &&
    (next.value.cat === 'country' || next.value.cat === 'city');
}

/** "dell'Iraq Saddam Hussein", "di Belgrado Irinej": a country or city after an article or "of" is not a first name. */
function placeAfterCue(c: Ctx, g: GazMatch): boolean {
  // bulk city names are often first names too ("di Gary Coleman", "di Nelson Mandela")
  if (g.value.cat !== 'country' && !(g.value.cat === 'city' && g.value.curated)) return false;
  if (g.start === c.sentence.tokenStart) return false;
  return cue(c, g.start - 1, 'determiner') || cue(c, g.start - 1, 'of') || cue(c, g.start - 1, 'place');
}

/**
 * "the Kenya National Commission on Human Rights", "the Guyana Defence Force": where the head noun
 * comes last, a country directly before a capitalised organisation name opens it. Pushes that
 * organisation, if any.
 */
function countryOrg(c: Ctx, g: GazMatch, out: Draft[]): boolean {
  if (!c.lex.settings.modifierBefore || g.value.cat !== 'country' || g.end >= c.sentence.tokenEnd) return false;
  if (!(c.flat.shape[g.end] & SHAPE_CAPITAL)) return false;
  const run = nameRun(c, g.end);
  if (!run || run.orgKind === undefined || run.orgKind === PLACE_KIND || run.orgKind === EVENT_KIND || run.orgKind === REGION_KIND) return false;
  const d = runDraft(c, g.start, run);
  d.country ??= g.value.ref;
  d.rule += '+entities.country-org';
  out.push(d);
  return true;
}

/** A longer match starting inside this one and running past it wins ("the West" in "the West Bank"). */
function overtaken(gaz: (GazMatch | undefined)[], base: number, g: GazMatch): boolean {
  for (let k = g.start + 1; k < g.end; k++) {
    const h = gaz[k - base];
    if (h && h.end > g.end && h.end - h.start >= g.end - g.start && h.value.cat !== 'demonym') return true;
  }
  return false;
}

export function findCandidates(doc: CronacaDocument, lex: Lexicon, flat: FlatPieces): Draft[] {
  const tokens = doc.tokens;
  const out: Draft[] = [];
  if (doc.sentences.length === 0) return out;
  const headline = new Uint8Array(tokens.length);
  for (const sentence of doc.sentences) markHeadlines(doc, flat, sentence, headline);
  const c: Ctx = {
    doc, lex, flat, tokens, sentence: doc.sentences[0], headline, gaz: [], casing: docCasing(doc, flat, headline), lastPlaceEnd: -1,
    cues: flat.words.map((w) => lex.cues.get(w)),
  };
  const accept = makeAccept(c);
  for (const sentence of doc.sentences) {
    c.sentence = sentence;
    const gaz = c.gaz;
    gaz.length = sentence.tokenEnd - sentence.tokenStart;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      gaz[i - sentence.tokenStart] = longestAt(lex, flat, i, sentence.tokenEnd, accept);
    }
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      let g = gaz[i - sentence.tokenStart];
      if (g && overtaken(gaz, sentence.tokenStart, g)) g = undefined;
      const ambiguous = !g || (g.end - g.start === 1 && g.value.cat !== 'role' && g.value.cat !== 'demonym' && !placeAfterCue(c, g));
      const run = ambiguous ? nameRun(c, i) : undefined;
      const suffixEnd = g ? companySuffixEnd(c, g) : -1;
      if (g && suffixEnd > g.end && (!run || run.end <= suffixEnd)) {
        // "Boeing Co.", "Aer Lingus Group PLC": a known company with the legal form after its name
        out.push({ ...gazDraft(c, g), end: suffixEnd, rule: `${g.value.rule}+entities.company-suffix` });
        i = suffixEnd;
      } else if (run && (!g || run.end > g.end)) {
        const d = runDraft(c, i, run);
        const prev = out[out.length - 1];
        if (d.rule === 'entities.place-code' && prev && prev.end === i - 1 && prev.source === 'name' && prev.type !== 'LOC' && prev.type !== 'GPE') {
          // "Vernio (PO)": the name before a province code is a town
          prev.type = 'GPE';
          prev.rule += '+entities.place-code';
        }
        if (d.rule !== 'skip') out.push(d);
        if (d.type === 'LOC' || d.type === 'GPE') c.lastPlaceEnd = d.end;
        i = run.end;
      } else if (g && countryOrg(c, g, out)) {
        i = out[out.length - 1].end;
      } else if (g) {
        const d = gazDraft(c, g);
        out.push(d);
        if (d.type === 'GPE' || d.type === 'LOC') c.lastPlaceEnd = d.end;
        i = g.end;
      } else {
        i++;
      }
    }
  }
  return out;
}
