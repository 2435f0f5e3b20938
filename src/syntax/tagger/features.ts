// Integer feature keys for the UPOS and feature classifiers. Each word's strings are hashed once
// per sentence; templates combine those hashes with hashInts, so no strings are built per feature.
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
  /** Lazily filled by the tagger at run time (never while training): partial scores of the word's own features. */
  uposStatic?: Float32Array;
  featsStatic?: (Float32Array | undefined)[];
  lemmas?: (string | undefined)[];
  featsKnown?: (Int32Array | null | undefined)[];
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
  /** UPOS index the morph stage chose for each word (when the model uses it), else all -1. */
  morph = new Int32Array(0);

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
    this.morph = new Int32Array(cap);
  }

  fill(forms: readonly string[], info: (form: string) => WordInfo): void {
    const n = forms.length;
    this.ensure(n);
    this.n = n;
    this.norms.length = n;
    this.hints.length = n;
    this.infos.length = n;
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
    }
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
}

/** UPOS features of word i that depend on the word alone (cacheable per form). */
export function uposWordFeatures(c: SentenceContext, i: number, out: Int32Array, n = 0): number {
  const lex = c.lex(i);
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
  return n;
}

/** UPOS features of word i from its context, given the tags predicted so far (tags[j] for j < i). */
export function uposContextFeatures(c: SentenceContext, i: number, tags: Int32Array, out: Int32Array, n = 0): number {
  const t1 = i >= 1 ? tags[i - 1] : NO_TAG;
  const t2 = i >= 2 ? tags[i - 2] : NO_TAG;
  const w = c.w[i];
  const lex = c.lex(i);
  out[n++] = hashInts(10, t1);
  out[n++] = hashInts(11, t1, t2);
  out[n++] = hashInts(12, t1, w);
  out[n++] = hashInts(13, c.word(i - 1));
  out[n++] = hashInts(14, c.suffix3(i - 1));
  out[n++] = hashInts(15, c.word(i - 2));
  out[n++] = hashInts(16, c.word(i + 1));
  out[n++] = hashInts(17, c.suffix3(i + 1));
  out[n++] = hashInts(18, c.word(i + 2));
  out[n++] = hashInts(20, c.lex(i + 1));
  out[n++] = hashInts(21, c.lex(i - 1));
  out[n++] = hashInts(22, t1, lex);
  out[n++] = hashInts(24, c.shape[i], i === 0 ? 1 : 0);
  out[n++] = hashInts(25, w, c.word(i + 1));
  out[n++] = hashInts(26, c.word(i - 1), w);
  out[n++] = hashInts(27, t1, c.word(i + 1));
  out[n++] = hashInts(28, lex, c.lex(i + 1));
  out[n++] = hashInts(29, t2);
  out[n++] = hashInts(30, c.upper[i], i === 0 ? 1 : 0, lex);
  out[n++] = hashInts(31, t1, lex, c.lex(i + 1));
  const m = c.morph[i];
  if (m >= 0) {
    out[n++] = hashInts(40, m);
    out[n++] = hashInts(41, m, t1);
    out[n++] = hashInts(42, m, w);
    out[n++] = hashInts(43, m, i + 1 < c.n ? c.morph[i + 1] : NO_TAG);
    out[n++] = hashInts(44, m, lex);
  }
  return n;
}

/** All UPOS classifier features of word i. */
export function uposFeatures(c: SentenceContext, i: number, tags: Int32Array, out: Int32Array): number {
  return uposContextFeatures(c, i, tags, out, uposWordFeatures(c, i, out));
}

export const MAX_FEATURES = 48;

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

/**
 * Feature-classifier features of word i from its context, once every UPOS of the sentence is
 * known; `prevAgr` is a small int summarising the previous word's predicted gender and number.
 */
export function featsContextFeatures(
  c: SentenceContext,
  i: number,
  tags: Int32Array,
  prevAgr: number,
  out: Int32Array,
  n = 0,
): number {
  const u = tags[i];
  const u1 = i >= 1 ? tags[i - 1] : NO_TAG;
  const u2 = i >= 2 ? tags[i - 2] : NO_TAG;
  const un = i + 1 < c.n ? tags[i + 1] : NO_TAG;
  out[n++] = hashInts(107, u, u1);
  out[n++] = hashInts(108, u, un);
  out[n++] = hashInts(109, u, c.word(i - 1));
  out[n++] = hashInts(110, u, c.word(i + 1));
  out[n++] = hashInts(111, u, prevAgr, u1);
  out[n++] = hashInts(112, u, c.word(i - 2));
  out[n++] = hashInts(113, u, u1, u2);
  out[n++] = hashInts(116, u, un, c.word(i + 1));
  // The nearest auxiliary within four words before: tense, mood and voice of a participle depend on it.
  let aux = 0;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (tags[j] === auxTag) {
      aux = c.w[j];
      break;
    }
  }
  out[n++] = hashInts(118, u, aux);
  out[n++] = hashInts(119, u, aux, c.s2[i]);
  // Whether a verb already precedes in the clause (since the last punctuation): a participle after
  // one is more often a reduced relative ("the deal signed by"), a first one the main verb.
  let verbBefore = 0;
  for (let j = i - 1; j >= 0 && tags[j] !== punctTag; j--) {
    if (tags[j] === verbTag || tags[j] === auxTag) {
      verbBefore = 1;
      break;
    }
  }
  out[n++] = hashInts(120, u, verbBefore, c.s2[i]);
  out[n++] = hashInts(121, u, verbBefore, u1);
  return n;
}

export function featsFeatures(c: SentenceContext, i: number, tags: Int32Array, prevAgr: number, out: Int32Array): number {
  return featsContextFeatures(c, i, tags, prevAgr, out, featsWordFeatures(c, i, tags[i], out));
}
