// A sentence as integer columns, computed once before parsing so that feature extraction only
// combines ints (no string work per feature).
import { hashInts, hashString } from '../../learn/feature-hash.js';
import type { TaggedWord } from '../types.js';

export const UPOS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
const UPOS_ID = new Map(UPOS_TAGS.map((t, i) => [t, i + 1]));
/** Tag id of the root token; 0 means "no word here". */
export const ROOT_TAG = UPOS_TAGS.length + 1;
const ROOT_HASH = hashString('<ROOT>');
const PUNCT = UPOS_ID.get('PUNCT') as number;
const VERB = UPOS_ID.get('VERB') as number;
/** Runner-up tags closer than this (tagger score units) are "very close", the others "close". */
const VERY_CLOSE_MARGIN = 15;

export interface EncodedSentence {
  /** Number of words; index n is the root token. */
  n: number;
  /** Per word (n + 1 entries): form, tag, form+tag, lemma, features hashes. */
  w: Int32Array;
  p: Int32Array;
  wp: Int32Array;
  l: Int32Array;
  f: Int32Array;
  /** The tagger's close runner-up tag: tag id * 4 + closeness (1 very close, 2 close); 0 for none. */
  a: Int32Array;
  /** punctBefore[i] / verbBefore[i]: punctuation marks / verbs among words 0..i-1 (n + 2 entries). */
  punctBefore: Int32Array;
  verbBefore: Int32Array;
}

/** Punctuation marks among the words strictly between left and right, capped at 3, plus 1 (1-4). */
export function punctBetween(enc: EncodedSentence, left: number, right: number): number {
  return Math.min(3, enc.punctBefore[right] - enc.punctBefore[left + 1]) + 1;
}

/** Verbs among the words strictly between left and right, capped at 2, plus 1 (1-3). */
export function verbsBetween(enc: EncodedSentence, left: number, right: number): number {
  return Math.min(2, enc.verbBefore[right] - enc.verbBefore[left + 1]) + 1;
}

/** Lower-cased form with digits folded to 0, so numbers share statistics. */
export function normaliseForm(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

// Hashes of the normalised forms, lemmas and FEATS strings seen so far: a sentence repeats the
// strings of the ones before it, and a Map lookup is cheaper than lower-casing and hashing again.
const MAX_MEMO = 50_000;
const normalisedHashes = new Map<string, number>();
const featsHashes = new Map<string, number>();

function memoHash(memo: Map<string, number>, s: string, normalise: boolean): number {
  let h = memo.get(s);
  if (h === undefined) {
    if (memo.size >= MAX_MEMO) memo.clear();
    h = hashString(normalise ? normaliseForm(s) : s);
    memo.set(s, h);
  }
  return h;
}

export function encodeSentence(words: readonly TaggedWord[]): EncodedSentence {
  const n = words.length;
  const enc: EncodedSentence = {
    n,
    w: new Int32Array(n + 1),
    p: new Int32Array(n + 1),
    wp: new Int32Array(n + 1),
    l: new Int32Array(n + 1),
    f: new Int32Array(n + 1),
    a: new Int32Array(n + 1),
    punctBefore: new Int32Array(n + 2),
    verbBefore: new Int32Array(n + 2),
  };
  for (let i = 0; i < n; i++) {
    const wd = words[i];
    enc.w[i] = memoHash(normalisedHashes, wd.form, true);
    enc.p[i] = UPOS_ID.get(wd.upos) ?? UPOS_ID.get('X') ?? 0;
    enc.l[i] = memoHash(normalisedHashes, wd.lemma || wd.form, true);
    enc.f[i] = memoHash(featsHashes, wd.feats || '_', false);
    enc.wp[i] = hashInts(1, enc.w[i], enc.p[i]);
    if (wd.alt !== undefined) enc.a[i] = (UPOS_ID.get(wd.alt) ?? 0) * 4 + ((wd.altMargin ?? 0) < VERY_CLOSE_MARGIN ? 1 : 2);
  }
  for (let i = 0; i <= n; i++) {
    enc.punctBefore[i + 1] = enc.punctBefore[i] + (enc.p[i] === PUNCT ? 1 : 0);
    enc.verbBefore[i + 1] = enc.verbBefore[i] + (enc.p[i] === VERB ? 1 : 0);
  }
  enc.w[n] = ROOT_HASH;
  enc.p[n] = ROOT_TAG;
  enc.l[n] = ROOT_HASH;
  enc.f[n] = ROOT_HASH;
  enc.wp[n] = hashInts(1, ROOT_HASH, ROOT_TAG);
  return enc;
}
