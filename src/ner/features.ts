// Feature keys of the entity-mention tagger, one list per token. Every key is an int built with
// hashInts(template, values...): word hashes, affixes, shapes, sentence position, the document's
// casing of the word, gazetteer matches covering the token ("inside a city match, at its end")
// and the rule-based candidates (the stage's own guesses, which the model learns when to trust);
// around a capitalised word, the lower-case words up to six away (BagWindow). Templates are only
// ever added: a model trained before a template existed has no weights for it and runs unchanged.
// No strings are built per feature; word hashes are computed once per token.
// UPOS is deliberately not a feature: on WN_dev it added 0.001 F1 (0.8035 vs 0.8025), and it
// would tie the model to one tagger model (each retrained tagger would call for a retrained NER).
import type { CronacaDocument, Token } from '../core/types.js';
import { hashInts, hashString, hashStringRange } from '../learn/feature-hash.js';
import type { Draft } from '../stages/entities/draft.js';
import { type FlatPieces, SHAPE_CAPITAL, SHAPE_LOWER } from '../stages/entities/flat.js';
import { longestAt } from '../stages/entities/gazetteer-match.js';
import type { GazValue, Lexicon } from '../stages/entities/lexicon.js';

/** Template ids: the first int of every key. Never renumber: saved models use them. */
const enum T {
  Bias = 1,
  W0, Wm1, Wp1, Wm2, Wp2,
  Pre3, Suf2, Suf3, Suf4,
  Shape0, ShapeM1S0, ShapeS0P1, ShapeM1S0P1,
  Wm1Shape0, Shape0Wp1, Wm1W0, W0Wp1,
  Position, Casing, Gaz, Draft, DraftRule, Length, GazNext, DraftPrev, DraftNext,
  Form, Wm2Wm1, Wp1Wp2, ShapeM2, ShapeP2, Pre2, Suf1, DocDraft, PriorOwn, PriorContext, PriorDocument,
  BagWindow,
}

/** How far around a capitalised word the lower-case words of the sentence are read (BagWindow). */
const BAG_WINDOW = 6;

/** Stand-ins for words and tags beyond the sentence edges. */
const BOS = 0x5eed0001;
const EOS = 0x5eed0002;

/** Punctuation after which a capital may just open a clause. */
const CLAUSE_OPENERS = new Set(['"', '“', '”', '«', '»', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '…']);

/** Position of a token inside a span: single, begin, inside, end. */
const enum At { Single = 1, Begin, Inside, End }

function at(start: number, end: number, i: number): At {
  if (end - start === 1) return At.Single;
  if (i === start) return At.Begin;
  return i === end - 1 ? At.End : At.Inside;
}


/**
 * Word shape as an int: character classes (upper, lower, digit, other) with runs collapsed, at
 * most six classes, plus a flag for long words. "Roma" -> Xx, "USA" -> X, "G8" -> Xd.
 */
export function shapeCode(text: string): number {
  let code = 1;
  let last = -1;
  let n = 0;
  for (let k = 0; k < text.length && n < 6; k++) {
    const c = text.charCodeAt(k);
    let cls: number;
    if (c >= 48 && c <= 57) cls = 2;
    else if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) cls = 0;
    else if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) cls = 1;
    else if (c > 0xff) {
      const ch = text[k];
      cls = ch !== ch.toLowerCase() ? 0 : ch !== ch.toUpperCase() ? 1 : 3;
    } else cls = 3;
    if (cls === last) continue;
    code = code * 4 + cls;
    last = cls;
    n++;
  }
  return text.length > 12 ? -code : code;
}

function lengthBucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
}

function populationBucket(pop: number): number {
  return pop <= 0 ? 0 : Math.min(7, Math.floor(Math.log10(pop)));
}

/** What the features read: the document after morph, and the entities stage's gazetteer data and candidates. */
export interface FeatureInput {
  doc: CronacaDocument;
  lex: Lexicon;
  flat: FlatPieces;
  /** Rule-based candidate mentions (findCandidates), in text order. */
  drafts: Draft[];
}

/** Feature keys of every token of a document: token i owns keys[offsets[i], offsets[i + 1]). */
export interface TokenFeatures {
  offsets: Int32Array;
  keys: Int32Array;
  /** Per token: hash of the folded word, and 1 when it starts with a capital (for the second pass). */
  word: Int32Array;
  capital: Uint8Array;
}

const ruleFamilyCache = new Map<string, number>();

/** "world:cities:3175064+entities.city-context" -> hash of "world:cities". */
function ruleFamily(rule: string): number {
  let h = ruleFamilyCache.get(rule);
  if (h === undefined) {
    const head = rule.split('+')[0];
    const parts = head.split(':');
    h = hashString(parts.length > 2 ? parts.slice(0, 2).join(':') : head);
    if (ruleFamilyCache.size < 50_000) ruleFamilyCache.set(rule, h);
  }
  return h;
}

/** Category and sub-code of a gazetteer value as feature values (cached: lexicon values live as long as the process). */
const gazCodes = new WeakMap<GazValue, [number, number]>();

function gazCode(lex: Lexicon, v: GazValue): [number, number] {
  let code = gazCodes.get(v);
  if (!code) gazCodes.set(v, (code = computeGazCode(lex, v)));
  return code;
}

function computeGazCode(lex: Lexicon, v: GazValue): [number, number] {
  switch (v.cat) {
    case 'actor':
      return [1, hashString(modelPlaceType(lex.actors.get(v.ref)?.type ?? 'ORG'))];
    case 'country':
      return [2, 0];
    case 'city':
      return [3, v.curated ? 9 : populationBucket(lex.cities.get(v.ref)?.population ?? 0)];
    case 'group':
      return [4, 0];
    case 'role':
      return [5, 0];
    case 'anaphor':
      return [6, 0];
    case 'demonym':
      return [7, 0];
  }
}

/**
 * The models know GPE only for countries and gazetteer cities (their own category features): any
 * other place, a region of the actor gazetteer or a name typed by its context, reaches them as LOC.
 */
function modelPlaceType(type: string): string {
  return type === 'GPE' ? 'LOC' : type;
}

/** hashString(`${d.source}/${d.type}/${d.kind}`), without building the string. */
function draftCode(d: Draft): number {
  let h = hashPart(String(d.source));
  h = hashPart('/', h);
  h = hashPart(d.source === 'country' || d.source === 'city' || d.source === 'demonym' ? String(d.type) : modelPlaceType(d.type), h);
  h = hashPart('/', h);
  return hashPart(String(d.kind), h);
}

const hashPart = (s: string, h?: number): number => hashStringRange(s, 0, s.length, h);

/** Gazetteer keys a token may take (more are dropped). */
const MAX_GAZ = 8;

/**
 * Per token: extra keys (gazetteer and candidate features), filled span by span: up to MAX_GAZ
 * gazetteer keys, then the keys of the candidates covering it (one, as candidates do not overlap;
 * more go to `more`).
 */
class Extras {
  readonly gaz: Int32Array;
  readonly gazCount: Uint8Array;
  readonly draft: Int32Array;
  readonly draftCount: Uint8Array;
  readonly more = new Map<number, number[]>();

  constructor(n: number) {
    this.gaz = new Int32Array(n * MAX_GAZ);
    this.gazCount = new Uint8Array(n);
    this.draft = new Int32Array(n * 2);
    this.draftCount = new Uint8Array(n);
  }

  addDraft(k: number, a: number, b: number): void {
    if (this.draftCount[k] === 0) {
      this.draft[2 * k] = a;
      this.draft[2 * k + 1] = b;
      this.draftCount[k] = 2;
      return;
    }
    let list = this.more.get(k);
    if (!list) this.more.set(k, (list = []));
    list.push(a, b);
  }
}

function addGazetteer(input: FeatureInput, sStart: number, sEnd: number, extras: Extras, gazAt: Int32Array): void {
  const { lex, flat } = input;
  for (let i = sStart; i < sEnd; i++) {
    const m = longestAt(lex, flat, i, sEnd);
    if (!m) continue;
    const [cat, sub] = gazCode(lex, m.value);
    gazAt[i] = cat * 16 + (sub & 15);
    for (let k = m.start; k < m.end; k++) {
      const c = extras.gazCount[k];
      if (c < MAX_GAZ) {
        extras.gaz[k * MAX_GAZ + c] = hashInts(T.Gaz, cat, sub, at(m.start, m.end, k));
        extras.gazCount[k] = c + 1;
      }
    }
  }
}

function addDrafts(input: FeatureInput, sStart: number, sEnd: number, extras: Extras, draftAt: Int32Array, from: number): number {
  const drafts = input.drafts;
  let d = from;
  while (d < drafts.length && drafts[d].start < sStart) d++;
  for (; d < drafts.length && drafts[d].start < sEnd; d++) {
    const dr = drafts[d];
    const code = draftCode(dr);
    const family = ruleFamily(dr.rule);
    const end = Math.min(dr.end, sEnd);
    for (let k = dr.start; k < end; k++) {
      const pos = at(dr.start, dr.end, k);
      draftAt[k] = code;
      extras.addDraft(k, hashInts(T.Draft, code, pos), hashInts(T.DraftRule, family, pos));
    }
  }
  return d;
}

/** A one-character token after which a capital may just open a clause (CLAUSE_OPENERS). */
function opensClause(text: string): boolean {
  return text.length === 1 && CLAUSE_OPENERS.has(text);
}

/** Per word (flat.wordId): bit 1 when the document writes it in lower case, bit 2 when capitalised away from a clause start. */
const LOWER = 1;
const MID_CAPS = 2;

function documentCasing(input: FeatureInput): Uint8Array {
  const { doc, flat } = input;
  const out = new Uint8Array(flat.words.length);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const shape = flat.shape[i];
      if (shape & SHAPE_CAPITAL) {
        if (i > s.tokenStart && !opensClause(doc.tokens[i - 1].text)) out[flat.wordId[i]] |= MID_CAPS;
      } else if (shape & SHAPE_LOWER) {
        out[flat.wordId[i]] |= LOWER;
      }
    }
  }
  return out;
}

/** Per capitalised word (flat.wordId): the candidate kinds it has anywhere in the document, and whether inside a longer name. */
function documentDrafts(input: FeatureInput): (number[] | undefined)[] {
  const { flat, drafts } = input;
  const out: (number[] | undefined)[] = new Array(flat.words.length);
  for (const d of drafts) {
    const code = hashInts(draftCode(d), d.end - d.start > 1 ? 1 : 0);
    for (let k = d.start; k < d.end; k++) {
      if (!(flat.shape[k] & SHAPE_CAPITAL)) continue;
      const id = flat.wordId[k];
      let list = out[id];
      if (!list) out[id] = list = [];
      if (list.length < 4 && !list.includes(code)) list.push(code);
    }
  }
  return out;
}

/** Keys of the templates that read one word alone, per distinct word of a document (flat.words). */
const enum WK {
  Hash, W0, Wm1, Wp1, Wm2, Wp2, Bag, Length, NAffix, Affix,
}
/** Affix keys of a word: Pre3, Suf2, Suf3, Suf4, Pre2, Suf1 at most. */
const WORD_STRIDE = WK.Affix + 6;

function wordKeys(words: string[], hashes: Int32Array): Int32Array {
  const out = new Int32Array(words.length * WORD_STRIDE);
  for (let id = 0; id < words.length; id++) {
    const key = words[id];
    const o = id * WORD_STRIDE;
    const w = hashes[id];
    out[o + WK.Hash] = w;
    out[o + WK.W0] = hashInts(T.W0, w);
    out[o + WK.Wm1] = hashInts(T.Wm1, w);
    out[o + WK.Wp1] = hashInts(T.Wp1, w);
    out[o + WK.Wm2] = hashInts(T.Wm2, w);
    out[o + WK.Wp2] = hashInts(T.Wp2, w);
    out[o + WK.Bag] = hashInts(T.BagWindow, w);
    const len = key.length;
    out[o + WK.Length] = len;
    let a = o + WK.Affix;
    if (len > 3) {
      out[a++] = hashInts(T.Pre3, hashStringRange(key, 0, 3));
      out[a++] = hashInts(T.Suf2, hashStringRange(key, len - 2, len));
      out[a++] = hashInts(T.Suf3, hashStringRange(key, len - 3, len));
    }
    if (len > 4) out[a++] = hashInts(T.Suf4, hashStringRange(key, len - 4, len));
    if (len > 2) {
      out[a++] = hashInts(T.Pre2, hashStringRange(key, 0, 2));
      out[a++] = hashInts(T.Suf1, hashStringRange(key, len - 1, len));
    }
    out[o + WK.NAffix] = a - (o + WK.Affix);
  }
  return out;
}

const BIAS_KEY = hashInts(T.Bias, 0);
const EDGE_KEYS = {
  wm1: hashInts(T.Wm1, BOS),
  wm2: hashInts(T.Wm2, BOS),
  wp1: hashInts(T.Wp1, EOS),
  wp2: hashInts(T.Wp2, EOS),
};

/** Per-token value at i, or a stand-in beyond the sentence [sStart, sEnd). */
function near(values: Int32Array, i: number, sStart: number, sEnd: number): number {
  return i < sStart ? BOS : i >= sEnd ? EOS : values[i];
}

function position(tokens: Token[], sStart: number, i: number): number {
  if (i === sStart) return 1;
  return opensClause(tokens[i - 1].text) ? 2 : 0;
}

/** Most keys one token can take: the fixed templates, MAX_GAZ gazetteer keys, a candidate's two, the bag window and four DocDraft. */
const MAX_TOKEN_KEYS = 40 + MAX_GAZ + 2 + 2 * BAG_WINDOW + 4;

export function extractFeatures(input: FeatureInput): TokenFeatures {
  const { doc, flat } = input;
  const tokens = doc.tokens;
  const n = tokens.length;
  const wk = wordKeys(flat.words, flat.wordHash);
  const wordId = flat.wordId;
  const word = new Int32Array(n);
  const shape = new Int32Array(n);
  const capitals = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    capitals[i] = (flat.shape[i] & SHAPE_CAPITAL) !== 0 ? 1 : 0;
    word[i] = wk[wordId[i] * WORD_STRIDE + WK.Hash];
    shape[i] = shapeCode(tokens[i].text);
  }
  const casing = documentCasing(input);
  const docDrafts = documentDrafts(input);
  const gazAt = new Int32Array(n);
  const draftAt = new Int32Array(n);
  const extras = new Extras(n);
  let keys = new Int32Array(Math.max(1024, n * 40));
  let at = 0;
  const offsets = new Int32Array(n + 1);
  let draftIndex = 0;
  for (const s of doc.sentences) {
    const sStart = s.tokenStart;
    const sEnd = s.tokenEnd;
    addGazetteer(input, sStart, sEnd, extras, gazAt);
    draftIndex = addDrafts(input, sStart, sEnd, extras, draftAt, draftIndex);
    for (let i = sStart; i < sEnd; i++) {
      const more = extras.more.get(i);
      if (at + MAX_TOKEN_KEYS + (more ? more.length : 0) > keys.length) {
        const grown = new Int32Array(keys.length * 2 + (more ? more.length : 0));
        grown.set(keys.subarray(0, at));
        keys = grown;
      }
      offsets[i] = at;
      const o = wordId[i] * WORD_STRIDE;
      const w0 = word[i];
      const s0 = shape[i];
      const wm2 = near(word, i - 2, sStart, sEnd);
      const wm1 = near(word, i - 1, sStart, sEnd);
      const wp1 = near(word, i + 1, sStart, sEnd);
      const wp2 = near(word, i + 2, sStart, sEnd);
      const sm2 = near(shape, i - 2, sStart, sEnd);
      const sm1 = near(shape, i - 1, sStart, sEnd);
      const sp1 = near(shape, i + 1, sStart, sEnd);
      const sp2 = near(shape, i + 2, sStart, sEnd);
      keys[at++] = BIAS_KEY;
      keys[at++] = wk[o + WK.W0];
      keys[at++] = i - 1 >= sStart ? wk[wordId[i - 1] * WORD_STRIDE + WK.Wm1] : EDGE_KEYS.wm1;
      keys[at++] = i + 1 < sEnd ? wk[wordId[i + 1] * WORD_STRIDE + WK.Wp1] : EDGE_KEYS.wp1;
      keys[at++] = i - 2 >= sStart ? wk[wordId[i - 2] * WORD_STRIDE + WK.Wm2] : EDGE_KEYS.wm2;
      keys[at++] = i + 2 < sEnd ? wk[wordId[i + 2] * WORD_STRIDE + WK.Wp2] : EDGE_KEYS.wp2;
      const nAffix = wk[o + WK.NAffix];
      for (let a = 0; a < nAffix; a++) keys[at++] = wk[o + WK.Affix + a];
      keys[at++] = hashInts(T.Form, hashString(tokens[i].text));
      keys[at++] = hashInts(T.Wm2Wm1, wm2, wm1);
      keys[at++] = hashInts(T.Wp1Wp2, wp1, wp2);
      keys[at++] = hashInts(T.ShapeM2, sm2, s0);
      keys[at++] = hashInts(T.ShapeP2, s0, sp2);
      keys[at++] = hashInts(T.Shape0, s0);
      keys[at++] = hashInts(T.ShapeM1S0, sm1, s0);
      keys[at++] = hashInts(T.ShapeS0P1, s0, sp1);
      keys[at++] = hashInts(T.ShapeM1S0P1, sm1, s0, sp1);
      keys[at++] = hashInts(T.Wm1Shape0, wm1, s0);
      keys[at++] = hashInts(T.Shape0Wp1, s0, wp1);
      keys[at++] = hashInts(T.Wm1W0, wm1, w0);
      keys[at++] = hashInts(T.W0Wp1, w0, wp1);
      keys[at++] = hashInts(T.Position, position(tokens, sStart, i), s0);
      const capital = capitals[i];
      const cased = casing[wordId[i]];
      keys[at++] = hashInts(T.Casing, capital, cased & LOWER ? 1 : 0, cased & MID_CAPS ? 1 : 0);
      keys[at++] = hashInts(T.Length, lengthBucket(wk[o + WK.Length]), s0);
      keys[at++] = hashInts(T.GazNext, i + 1 < sEnd ? gazAt[i + 1] : -1, i > sStart ? gazAt[i - 1] : -1);
      keys[at++] = hashInts(T.DraftPrev, i > sStart ? draftAt[i - 1] : -1, draftAt[i]);
      keys[at++] = hashInts(T.DraftNext, draftAt[i], i + 1 < sEnd ? draftAt[i + 1] : -1);
      for (let g = 0, c = extras.gazCount[i]; g < c; g++) keys[at++] = extras.gaz[i * MAX_GAZ + g];
      if (extras.draftCount[i] > 0) {
        keys[at++] = extras.draft[2 * i];
        keys[at++] = extras.draft[2 * i + 1];
      }
      if (more) for (const k of more) keys[at++] = k;
      if (capital) {
        // lower-case words a little further away ("la squadra ... Catania"): the topic around a
        // name. WN dev token F1 +0.3, FIC dev +0.8; the same for every word: -0.2
        for (let j = Math.max(sStart, i - BAG_WINDOW); j < Math.min(sEnd, i + BAG_WINDOW + 1); j++) {
          if (j >= i - 1 && j <= i + 1) continue;
          const jo = wordId[j] * WORD_STRIDE;
          if ((flat.shape[j] & SHAPE_LOWER) !== 0 && (flat.shape[j] & SHAPE_CAPITAL) === 0 && wk[jo + WK.Length] > 3) keys[at++] = wk[jo + WK.Bag];
        }
      }
      const dd = docDrafts[wordId[i]];
      if (dd) for (const v of dd) keys[at++] = hashInts(T.DocDraft, v);
    }
  }
  offsets[n] = at;
  return { offsets, keys: keys.subarray(0, at), word, capital: capitals };
}

/**
 * Second-pass features: the first pass's label of the token and its neighbours, and the types the
 * first pass gave the same word elsewhere in the document ("Trenord" read as an organisation
 * twice before makes it one here too).
 */
export function withPriorFeatures(base: TokenFeatures, prior: ArrayLike<number>, typeOf: (label: number) => number): TokenFeatures {
  const n = base.word.length;
  const seen = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (prior[i] === 0) continue;
    let counts = seen.get(base.word[i]);
    if (!counts) seen.set(base.word[i], (counts = [0, 0, 0, 0]));
    counts[typeOf(prior[i])]++;
  }
  const extra = 3;
  const keys = new Int32Array(base.keys.length + n * extra);
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    keys.set(base.keys.subarray(base.offsets[i], base.offsets[i + 1]), at);
    at += base.offsets[i + 1] - base.offsets[i];
    keys[at++] = hashInts(T.PriorOwn, prior[i], base.capital[i]);
    keys[at++] = hashInts(T.PriorContext, i > 0 ? prior[i - 1] : -1, prior[i], i + 1 < n ? prior[i + 1] : -1);
    const counts = seen.get(base.word[i]);
    let others = 0;
    if (counts) {
      const own = prior[i] === 0 ? -1 : typeOf(prior[i]);
      for (let t = 0; t < 3; t++) if (counts[t] - (t === own ? 1 : 0) > 0) others |= 1 << t;
    }
    keys[at++] = hashInts(T.PriorDocument, others, base.capital[i], prior[i] === 0 ? 0 : 1);
  }
  offsets[n] = at;
  return { offsets, keys: keys.subarray(0, at), word: base.word, capital: base.capital };
}
