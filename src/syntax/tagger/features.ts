// Integer feature keys for the UPOS and feature classifiers. Each word's strings are hashed once
// per form; templates combine those hashes with hashInts, so no strings are built per feature.
// The UPOS templates come in groups by what they read, so that the tagger can cache the scores of a
// group (tagger.ts): the word alone (per form), a neighbour alone (per form and role), tags and
// morph tags only (per small-int combination), and the rest, hashed per word.
import { hashInts, hashString } from '../../learn/feature-hash.js';
import { UPOS_TAGS, type LexiconHint } from './lexicon-hints.js';
import { normForm, wordShape } from './text.js';

const BOS1 = hashString('<s>');
const BOS2 = hashString('<s2>');
const EOS1 = hashString('</s>');
const EOS2 = hashString('</s2>');
/** Tag id for positions before the sentence start. */
export const NO_TAG = 31;
// Indices in UPOS_TAGS (lexicon-hints.ts), which the models' class ids follow.
const auxTag = UPOS_TAGS.indexOf('AUX');
const verbTag = UPOS_TAGS.indexOf('VERB');
const punctTag = UPOS_TAGS.indexOf('PUNCT');

/** 0 lower case (or no letters), 1 initial capital, 2 all capitals (two letters or more), 3 mixed. */
export function capType(form: string): number {
  const lower = form.toLowerCase();
  if (lower === form) return 0;
  if (form.toUpperCase() === form) return lower.length >= 2 && /\p{L}.*\p{L}/u.test(form) ? 2 : 1;
  return form.slice(1) === lower.slice(1) ? 1 : 3;
}

/** A feature dictionary entry (tagger.ts): value index per feature group, and the FEATS string. */
export interface KnownFeats {
  values: Int32Array;
  text: string;
}

/** What the features need of one word form, computed once per form and cached. */
export interface WordInfo {
  norm: string;
  hint: LexiconHint;
  w: number;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  p1: number;
  p3: number;
  shape: number;
  upper: number;
  cap: number;
  /** UPOS of the form in the tag dictionary, -1 if none (filled by the tagger at run time). */
  dictTag?: number;
  /** Whether the form has a letter (sentence capitalisation counts only those). */
  letters: boolean;
  /** Lazily filled by the tagger at run time (never while training): cached partial scores. */
  own?: Int32Array;
  ownKey?: number;
  roles?: Int32Array;
  featsStatic?: (Int32Array | undefined)[];
  lemmas?: (string | undefined)[];
  featsKnown?: (KnownFeats | null | undefined)[];
}

export function wordInfo(form: string, hint: (norm: string) => LexiconHint): WordInfo {
  const norm = normForm(form);
  const len = norm.length;
  return {
    norm,
    hint: hint(norm),
    w: hashString(norm),
    s1: hashString(norm.slice(len - 1)),
    s2: len >= 2 ? hashString(norm.slice(len - 2)) : 0,
    s3: len >= 3 ? hashString(norm.slice(len - 3)) : 0,
    s4: len >= 4 ? hashString(norm.slice(len - 4)) : 0,
    p1: hashString(norm.slice(0, 1)),
    p3: len >= 3 ? hashString(norm.slice(0, 3)) : 0,
    shape: hashString(wordShape(form)),
    upper: form !== norm && form.charAt(0) !== norm.charAt(0) ? 1 : 0,
    cap: capType(form),
    letters: norm.toUpperCase() !== norm,
    // The tagger's lazy caches, declared so every WordInfo has one object shape (the hot loops
    // then read them monomorphically, whatever order they are filled in).
    dictTag: undefined,
    own: undefined,
    ownKey: undefined,
    roles: undefined,
    featsStatic: undefined,
    lemmas: undefined,
    featsKnown: undefined,
  };
}

/** Per-word hashes of one sentence, reused between sentences. */
export class SentenceContext {
  infos: WordInfo[] = [];
  n = 0;
  norms: string[] = [];
  hints: LexiconHint[] = [];
  w = new Int32Array(0);
  s1 = new Int32Array(0);
  s2 = new Int32Array(0);
  s3 = new Int32Array(0);
  s4 = new Int32Array(0);
  p1 = new Int32Array(0);
  p3 = new Int32Array(0);
  shape = new Int32Array(0);
  upper = new Uint8Array(0);
  cap = new Uint8Array(0);
  /** UPOS index the morph stage chose for each word, NO_MORPH when it has none (or the model does not use it). */
  morph = new Int32Array(0);
  /** Capitalisation of the sentence: 0 ordinary, 1 most words capitalised, 2 all capitals, 3 none. */
  sentCase = 0;

  private ensure(n: number): void {
    if (this.w.length >= n) return;
    const cap = Math.max(n, this.w.length * 2, 64);
    this.w = new Int32Array(cap);
    this.s1 = new Int32Array(cap);
    this.s2 = new Int32Array(cap);
    this.s3 = new Int32Array(cap);
    this.s4 = new Int32Array(cap);
    this.p1 = new Int32Array(cap);
    this.p3 = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.upper = new Uint8Array(cap);
    this.cap = new Uint8Array(cap);
    this.morph = new Int32Array(cap);
  }

  fill(forms: readonly string[], info: (form: string) => WordInfo): void {
    const n = forms.length;
    this.ensure(n);
    this.n = n;
    this.norms.length = n;
    this.hints.length = n;
    this.infos.length = n;
    let letters = 0;
    let caps = 0;
    let allCaps = 0;
    for (let i = 0; i < n; i++) {
      const x = info(forms[i]);
      this.infos[i] = x;
      this.norms[i] = x.norm;
      this.hints[i] = x.hint;
      this.w[i] = x.w;
      this.s1[i] = x.s1;
      this.s2[i] = x.s2;
      this.s3[i] = x.s3;
      this.s4[i] = x.s4;
      this.p1[i] = x.p1;
      this.p3[i] = x.p3;
      this.shape[i] = x.shape;
      this.upper[i] = x.upper;
      this.cap[i] = x.cap;
      if (x.letters) {
        letters++;
        if (x.cap === 1) caps++;
        else if (x.cap === 2) allCaps++;
      }
    }
    this.sentCase =
      letters < 2 ? 0 : allCaps >= letters * 0.8 ? 2 : caps + allCaps >= letters * 0.6 ? 1 : caps + allCaps === 0 ? 3 : 0;
  }

  word(i: number): number {
    if (i < 0) return i === -1 ? BOS1 : BOS2;
    if (i >= this.n) return i === this.n ? EOS1 : EOS2;
    return this.w[i];
  }

  suffix3(i: number): number {
    return i < 0 || i >= this.n ? this.word(i) : this.s3[i] || this.w[i];
  }

  /** Lexicon UPOS mask, negative for guessed masks, 1<<30 outside the sentence. */
  lex(i: number): number {
    if (i < 0 || i >= this.n) return 1 << 30;
    const h = this.hints[i];
    return h.known !== 0 ? h.known : -h.guessed - 1;
  }

  /** Morph-stage tag of word i, NO_TAG outside the sentence. */
  morphAt(i: number): number {
    return i >= 0 && i < this.n ? this.morph[i] : NO_TAG;
  }
}

/** Morph tag id for a word the morph stage gives no (known) UPOS. */
export const NO_MORPH = 30;

// ---- UPOS templates, by group ----

/**
 * Features of word i that depend on the form, its morph tag, whether it starts the sentence and
 * the sentence's capitalisation: cacheable per form under ownKey().
 */
export function uposOwnFeatures(c: SentenceContext, i: number, out: Int32Array, n = 0): number {
  const lex = c.lex(i);
  const first = i === 0 ? 1 : 0;
  const cap = c.cap[i];
  const m = c.morph[i];
  out[n++] = hashInts(1, 0);
  out[n++] = hashInts(2, c.w[i]);
  out[n++] = hashInts(3, c.s1[i]);
  out[n++] = hashInts(4, c.s2[i]);
  out[n++] = hashInts(5, c.s3[i]);
  out[n++] = hashInts(6, c.s4[i]);
  out[n++] = hashInts(7, c.p1[i]);
  out[n++] = hashInts(8, c.p3[i]);
  out[n++] = hashInts(9, c.shape[i]);
  out[n++] = hashInts(19, lex);
  out[n++] = hashInts(23, lex, c.s3[i]);
  out[n++] = hashInts(24, c.shape[i], first);
  out[n++] = hashInts(30, c.upper[i], first, lex);
  // Capitalisation: per word, and against the sentence's (headlines, all-caps lines, no capitals at all).
  out[n++] = hashInts(50, c.w[i], cap);
  out[n++] = hashInts(53, cap, lex);
  out[n++] = hashInts(51, cap, c.sentCase, first);
  out[n++] = hashInts(52, c.sentCase, lex, cap);
  out[n++] = hashInts(40, m);
  out[n++] = hashInts(42, m, c.w[i]);
  out[n++] = hashInts(44, m, lex);
  return n;
}

/** What uposOwnFeatures reads besides the form. */
export function ownKey(c: SentenceContext, i: number): number {
  return (c.morph[i] * 4 + c.sentCase) * 2 + (i === 0 ? 1 : 0);
}

/** The roles a neighbour j of the tagged word plays, with the features it contributes alone. */
export const ROLE_PREV = 0;
export const ROLE_PREV2 = 1;
export const ROLE_NEXT = 2;
export const ROLE_NEXT2 = 3;

export function uposRoleFeatures(c: SentenceContext, role: number, j: number, out: Int32Array, n = 0): number {
  switch (role) {
    case ROLE_PREV:
      out[n++] = hashInts(13, c.word(j));
      out[n++] = hashInts(14, c.suffix3(j));
      out[n++] = hashInts(21, c.lex(j));
      break;
    case ROLE_PREV2:
      out[n++] = hashInts(15, c.word(j));
      break;
    case ROLE_NEXT:
      out[n++] = hashInts(16, c.word(j));
      out[n++] = hashInts(17, c.suffix3(j));
      out[n++] = hashInts(20, c.lex(j));
      break;
    default:
      out[n++] = hashInts(18, c.word(j));
  }
  return n;
}

/**
 * Templates over two small ints only (tags, morph tags: each below 32), one table per kind:
 * previous two tags; morph tag and previous tag; morph tags of the word and the next; morph tags
 * of the next two words; previous tag and next morph tag.
 */
export const PAIR_HISTORY = 0;
export const PAIR_MORPH_PREV = 1;
export const PAIR_MORPH_NEXT = 2;
export const PAIR_RIGHT = 3;
export const PAIR_PREV_RIGHT = 4;
export const PAIR_KINDS = 5;

export function uposPairFeatures(kind: number, a: number, b: number, out: Int32Array, n = 0): number {
  switch (kind) {
    case PAIR_HISTORY:
      out[n++] = hashInts(10, a);
      out[n++] = hashInts(11, a, b);
      out[n++] = hashInts(29, b);
      break;
    case PAIR_MORPH_PREV:
      out[n++] = hashInts(41, a, b);
      break;
    case PAIR_MORPH_NEXT:
      out[n++] = hashInts(43, a, b);
      break;
    case PAIR_RIGHT:
      out[n++] = hashInts(70, a);
      out[n++] = hashInts(73, a, b);
      break;
    default:
      out[n++] = hashInts(72, a, b);
  }
  return n;
}

/** The pair arguments of word i, in PAIR_* order, into args (2 per kind). */
export function uposPairArgs(c: SentenceContext, i: number, tags: Int32Array, args: Int32Array): void {
  const t1 = i >= 1 ? tags[i - 1] : NO_TAG;
  const t2 = i >= 2 ? tags[i - 2] : NO_TAG;
  const m = c.morph[i];
  const r1 = c.morphAt(i + 1);
  args[0] = t1;
  args[1] = t2;
  args[2] = m;
  args[3] = t1;
  args[4] = m;
  args[5] = r1;
  args[6] = r1;
  args[7] = c.morphAt(i + 2);
  args[8] = t1;
  args[9] = r1;
}

/** The remaining UPOS features of word i (read the word with its context), hashed per word. */
export function uposContextFeatures(c: SentenceContext, i: number, tags: Int32Array, out: Int32Array, n = 0): number {
  const t1 = i >= 1 ? tags[i - 1] : NO_TAG;
  const w = c.w[i];
  const lex = c.lex(i);
  const lexNext = c.lex(i + 1);
  const wNext = c.word(i + 1);
  const r1 = c.morphAt(i + 1);
  out[n++] = hashInts(12, t1, w);
  out[n++] = hashInts(22, t1, lex);
  out[n++] = hashInts(25, w, wNext);
  out[n++] = hashInts(26, c.word(i - 1), w);
  out[n++] = hashInts(27, t1, wNext);
  out[n++] = hashInts(28, lex, lexNext);
  out[n++] = hashInts(31, t1, lex, lexNext);
  out[n++] = hashInts(71, w, r1);
  out[n++] = hashInts(74, lex, r1);
  return n;
}

const pairArgs = new Int32Array(PAIR_KINDS * 2);

/** All UPOS classifier features of word i (training reads them at once). */
export function uposFeatures(c: SentenceContext, i: number, tags: Int32Array, out: Int32Array): number {
  let n = uposOwnFeatures(c, i, out);
  n = uposRoleFeatures(c, ROLE_PREV, i - 1, out, n);
  n = uposRoleFeatures(c, ROLE_PREV2, i - 2, out, n);
  n = uposRoleFeatures(c, ROLE_NEXT, i + 1, out, n);
  n = uposRoleFeatures(c, ROLE_NEXT2, i + 2, out, n);
  uposPairArgs(c, i, tags, pairArgs);
  for (let k = 0; k < PAIR_KINDS; k++) n = uposPairFeatures(k, pairArgs[2 * k], pairArgs[2 * k + 1], out, n);
  return uposContextFeatures(c, i, tags, out, n);
}

export const MAX_FEATURES = 64;

/** Feature-classifier features of word i read as UPOS u that depend on the word alone (cacheable). */
export function featsWordFeatures(c: SentenceContext, i: number, u: number, out: Int32Array, n = 0): number {
  out[n++] = hashInts(100, u);
  out[n++] = hashInts(101, u, c.w[i]);
  out[n++] = hashInts(102, u, c.s1[i]);
  out[n++] = hashInts(103, u, c.s2[i]);
  out[n++] = hashInts(104, u, c.s3[i]);
  out[n++] = hashInts(105, u, c.s4[i]);
  out[n++] = hashInts(114, u, c.p3[i]);
  out[n++] = hashInts(115, u, c.shape[i]);
  out[n++] = hashInts(117, u, c.lex(i));
  const tags6 = c.hints[i].tags;
  for (let k = 0; k < tags6.length; k++) out[n++] = hashInts(106, u, tags6[k]);
  return n;
}

/** The nearest auxiliary within four words before i (its word hash, 0 if none): tense, mood and voice of a participle depend on it. */
export function auxBefore(c: SentenceContext, i: number, tags: Int32Array): number {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (tags[j] === auxTag) return c.w[j];
  return 0;
}

/**
 * Whether a verb already precedes i in the clause (since the last punctuation): a participle after
 * one is more often a reduced relative ("the deal signed by"), a first one the main verb.
 */
export function verbBefore(i: number, tags: Int32Array): number {
  for (let j = i - 1; j >= 0 && tags[j] !== punctTag; j--) if (tags[j] === verbTag || tags[j] === auxTag) return 1;
  return 0;
}

/**
 * Feature-classifier templates over small ints only (UPOS u of the word, u1 u2 before it, un after
 * it, the previous word's agreement summary, verbBefore), cacheable under featsTagKey().
 */
export function featsTagFeatures(u: number, u1: number, u2: number, un: number, prevAgr: number, vb: number, out: Int32Array, n = 0): number {
  out[n++] = hashInts(107, u, u1);
  out[n++] = hashInts(108, u, un);
  out[n++] = hashInts(111, u, prevAgr, u1);
  out[n++] = hashInts(113, u, u1, u2);
  out[n++] = hashInts(121, u, vb, u1);
  return n;
}

/** A unique non-negative int for the arguments of featsTagFeatures (each tag < 32, prevAgr < 256). */
export function featsTagKey(u: number, u1: number, u2: number, un: number, prevAgr: number, vb: number): number {
  return ((((u * 32 + u1) * 32 + u2) * 32 + un) * 256 + prevAgr) * 2 + vb;
}

/** Feature-classifier templates that read the words around i, hashed per word. */
export function featsWordContextFeatures(c: SentenceContext, i: number, u: number, un: number, aux: number, vb: number, out: Int32Array, n = 0): number {
  out[n++] = hashInts(109, u, c.word(i - 1));
  out[n++] = hashInts(110, u, c.word(i + 1));
  out[n++] = hashInts(112, u, c.word(i - 2));
  out[n++] = hashInts(116, u, un, c.word(i + 1));
  out[n++] = hashInts(118, u, aux);
  out[n++] = hashInts(119, u, aux, c.s2[i]);
  out[n++] = hashInts(120, u, vb, c.s2[i]);
  return n;
}

/**
 * Feature-classifier features of word i from its context, once every UPOS of the sentence is
 * known; `prevAgr` is a small int summarising the previous word's predicted gender and number.
 */
export function featsContextFeatures(c: SentenceContext, i: number, tags: Int32Array, prevAgr: number, out: Int32Array, n = 0): number {
  const u = tags[i];
  const u1 = i >= 1 ? tags[i - 1] : NO_TAG;
  const u2 = i >= 2 ? tags[i - 2] : NO_TAG;
  const un = i + 1 < c.n ? tags[i + 1] : NO_TAG;
  const vb = verbBefore(i, tags);
  n = featsTagFeatures(u, u1, u2, un, prevAgr, vb, out, n);
  return featsWordContextFeatures(c, i, u, un, auxBefore(c, i, tags), vb, out, n);
}

export function featsFeatures(c: SentenceContext, i: number, tags: Int32Array, prevAgr: number, out: Int32Array): number {
  return featsContextFeatures(c, i, tags, prevAgr, out, featsWordFeatures(c, i, tags[i], out));
}
