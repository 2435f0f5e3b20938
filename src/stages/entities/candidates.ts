// First pass: every gazetteer match and every capitalised-name run, left to right, without
// overlaps. Demonyms are kept as drafts here; the attach pass folds them into their nouns.
import type { CronacaDocument, Sentence, Token, Upos } from '../../core/types.js';
import type { Draft } from './draft.js';
import { type FlatPieces, SHAPE_CAPITAL, SHAPE_LETTER, SHAPE_LOWER } from './flat.js';
import { type GazMatch, longestAt } from './gazetteer-match.js';
import { type GazValue, type Lexicon, hasCue } from './lexicon.js';
import { isAcronym } from './text.js';

const CLOSED_CLASS = new Set<Upos>(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM']);
/** Punctuation after which a capital letter may just start a clause. */
const CLAUSE_OPENERS = new Set(['"', '“', '”', '«', '»', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '…']);
const HYPHENS = new Set(['-', '‐', '‑']);
const PARTICLE_HYPHEN = /^(\p{Ll}{1,3})-\p{Lu}/u;
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
}

/** How words are written elsewhere in the document: a clause-initial capital proves nothing. */
interface DocCasing {
  /** Folded words seen capitalised where a capital is not required. */
  midCaps: Set<string>;
  /** Folded words seen in lower case. */
  lower: Set<string>;
}

function docCasing(doc: CronacaDocument, flat: FlatPieces, headline: Uint8Array): DocCasing {
  const keys = flat.tokKey;
  const midCaps = new Set<string>();
  const lower = new Set<string>();
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const shape = flat.shape[i];
      if (shape & SHAPE_CAPITAL) {
        if (!clauseInitial(doc.tokens, s, i) && !headline[i]) midCaps.add(keys[i]);
      } else if (shape & SHAPE_LOWER) {
        lower.add(keys[i]);
      }
    }
  }
  return { midCaps, lower };
}

function clauseInitial(tokens: Token[], s: Sentence, i: number): boolean {
  if (i === s.tokenStart) return true;
  return CLAUSE_OPENERS.has(tokens[i - 1].text);
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
    if (v.cat === 'city' && !v.curated && end - start === 1) {
      // A bulk city name at the start of a clause must look like a name to the morphology.
      if (clauseInitial(tokens, sentence, start) && tokens[start].pos !== 'PROPN') return false;
      if (c.headline[start] && !c.casing.midCaps.has(c.flat.tokKey[start])) return false;
    }
    if (v.cat === 'actor' && end - start === 1 && clauseInitial(tokens, sentence, start) && !isAcronym(tokens[start].text)) {
      // "Modi diversi ...": a one-word alias at a clause start that the document otherwise writes in lower case
      const key = c.flat.tokKey[start];
      if (c.casing.lower.has(key) && !c.casing.midCaps.has(key)) return false;
    }
    if (v.cat === 'group' && lex.settings.modifierBefore && end < sentence.tokenEnd && tokens[end].pos === 'NOUN' &&
        !(c.flat.shape[end] & SHAPE_CAPITAL)) {
      // "military aid", "police station": a group noun used as a modifier is not a mention
      return false;
    }
    if (v.cat === 'anaphor') {
      const prev = start > sentence.tokenStart ? tokens[start - 1] : undefined;
      const determined = prev !== undefined && hasCue(lex, c.flat.tokKey[start - 1], 'determiner');
      const capitalisedMidClause = (c.flat.shape[start] & SHAPE_CAPITAL) !== 0 && !clauseInitial(tokens, sentence, start);
      if (!determined && !capitalisedMidClause) return false;
    }
    return true;
  };
}

function isNameToken(c: Ctx, i: number): boolean {
  const t = c.tokens[i];
  if (!(c.flat.shape[i] & SHAPE_CAPITAL)) {
    const m = PARTICLE_HYPHEN.exec(t.text);
    return m !== null && c.lex.nameParticles.has(m[1]);
  }
  const key = c.flat.tokKey[i];
  if (hasCue(c.lex, key, 'not-name') || c.lex.demonymWords.has(key)) return false;
  const hyphen = key.lastIndexOf('-');
  // "Pro-Russian": a compound ending in a nationality is an adjective
  if (hyphen > 0 && c.lex.demonymWords.has(key.slice(hyphen + 1))) return false;
  const pos = t.pos as Upos | undefined;
  if (pos && pos !== 'PROPN' && CLOSED_CLASS.has(pos)) return false;
  if (c.headline[i]) return isAcronym(t.text) || c.casing.midCaps.has(key);
  if (clauseInitial(c.tokens, c.sentence, i)) {
    if (isAcronym(t.text)) return true;
    if (pos !== 'PROPN') return false;
    if (c.casing.midCaps.has(key)) return true;
    return !c.casing.lower.has(key) && !c.lex.notNameSuffixes.some((suf) => key.endsWith(suf));
  }
  return true;
}

/** A gazetteer match at k that a name run must not swallow. */
function blocksRun(c: Ctx, k: number): boolean {
  const g = c.gaz[k - c.sentence.tokenStart];
  return g !== undefined && g.value.cat !== 'demonym' && g.value.cat !== 'anaphor';
}

function isLowerContent(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  if (c.flat.shape[k] & SHAPE_CAPITAL) return false;
  const key = c.flat.tokKey[k];
  return !c.lex.demonymWords.has(key) && !hasCue(c.lex, key, 'of') && !hasCue(c.lex, key, 'determiner');
}

interface Run {
  end: number;
  orgKind?: string;
  country?: string;
  countryRule?: string;
}

function nameRun(c: Ctx, i: number): Run | undefined {
  const { tokens, lex } = c;
  const end = c.sentence.tokenEnd;
  if (!isNameToken(c, i)) {
    // a capitalised particle opening a surname: "Di Maio ha detto", "De Luca"
    const particle = (c.flat.shape[i] & SHAPE_CAPITAL) !== 0 && lex.nameParticles.has(c.flat.tokKey[i]);
    if (!particle || i + 1 >= end || !isNameToken(c, i + 1) || blocksRun(c, i + 1)) return undefined;
  }
  const keys = c.flat.tokKey;
  const firstKind = lex.orgKeywords.get(keys[i]);
  let orgKind = firstKind;
  let k = i + 1;
  let extended = 0;
  while (k < end) {
    if (blocksRun(c, k)) break;
    const t = tokens[k];
    if (isNameToken(c, k)) {
      orgKind ??= lex.orgKeywords.get(keys[k]);
      k++;
      continue;
    }
    if (HYPHENS.has(t.text) && !tokens[k - 1].spaceAfter && !t.spaceAfter && k + 1 < end && isNameToken(c, k + 1) && !blocksRun(c, k + 1)) {
      k += 2;
      continue;
    }
    if (lex.nameParticles.has(keys[k])) {
      let m = k;
      while (m < end && m - k < 2 && lex.nameParticles.has(keys[m])) m++;
      if (m < end && isNameToken(c, m) && !blocksRun(c, m)) {
        k = m + 1;
        continue;
      }
    }
    if (orgKind !== undefined) {
      const lowerOk = lex.settings.orgLowercaseExtension && firstKind !== undefined;
      if (hasCue(lex, keys[k], 'org-link') && k + 1 < end && !blocksRun(c, k + 1) &&
          ((isNameToken(c, k + 1)) || (lowerOk && isLowerContent(c, k + 1)))) {
        k += 2;
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
  const run: Run = { end: k, orgKind };
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
  if (single && isAcronym(tokens[i].text)) {
    if (hasCue(c.lex, c.flat.tokKey[i], 'not-acronym')) return { ...d, type: 'ORG', rule: 'skip' };
    d.source = 'acronym';
    d.type = 'ORG';
    d.kind = 'acronym';
    d.rule = 'entities.acronym';
  } else if (run.orgKind !== undefined) {
    d.type = 'ORG';
    d.orgKind = run.orgKind;
    d.rule = 'entities.org-keyword';
  } else if (i > c.sentence.tokenStart && c.lex.orgKeywords.has(c.flat.tokKey[i - 1])) {
    // "l'associazione Libera Terra", "the party Forward": a lower-case organisation noun before the name
    d.type = 'ORG';
    d.orgKind = c.lex.orgKeywords.get(c.flat.tokKey[i - 1]);
    d.rule = 'entities.org-noun';
  } else if (caps) {
    d.type = 'ORG';
  } else if (single && i > c.sentence.tokenStart && hasCue(c.lex, c.flat.tokKey[i - 1], 'place')) {
    d.type = 'LOC';
    d.rule = 'entities.capitalised-place';
  }
  if (run.country) {
    d.country = run.country;
    d.rule += `+${run.countryRule}`;
  }
  return d;
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
    doc, lex, flat, tokens, sentence: doc.sentences[0], headline, gaz: [], casing: docCasing(doc, flat, headline),
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
      const ambiguous = !g || (g.end - g.start === 1 && g.value.cat !== 'role' && g.value.cat !== 'demonym');
      const run = ambiguous ? nameRun(c, i) : undefined;
      if (run && (!g || run.end > g.end)) {
        const d = runDraft(c, i, run);
        if (d.rule !== 'skip') out.push(d);
        i = run.end;
      } else if (g) {
        out.push(gazDraft(c, g));
        i = g.end;
      } else {
        i++;
      }
    }
  }
  return out;
}
