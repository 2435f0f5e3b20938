// The values the transition templates read (after Zhang & Nivre 2011, adapted to arc-hybrid:
// s0/s1/s2 on the stack, b0/b1/b2 in the buffer; b0 only has left children), computed once per
// state into one object. The templates themselves are in partial-features.ts, grouped by what they
// read so that the parser can cache partial scores; transitionFeatures below is all the groups.
import { featureKey } from './feature-key.js';
import { punctBetween, verbsBetween, type EncodedSentence } from './encode.js';
import { bufferFeatures, movingFeatures, stackFeatures } from './partial-features.js';
import type { ParseState } from './transitions.js';

export const MAX_TRANSITION_FEATURES = 160;

/** Distance bucket: 1, 2, 3, 4, 5-6, 7-9, 10+. */
export function distanceBucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

const at = (a: Int32Array, i: number): number => (i < 0 ? 0 : a[i]);

/** The configuration's items and their attributes, as the templates read them. */
export class Values {
  s0 = 0;
  s1 = 0;
  s2 = 0;
  b0 = 0;
  b1 = 0;
  b2 = 0;
  s0l1 = 0;
  s0l2 = 0;
  s0r1 = 0;
  s0r2 = 0;
  s1l1 = 0;
  s1r1 = 0;
  b0l1 = 0;
  b0l2 = 0;
  s0w = 0;
  s0p = 0;
  s0wp = 0;
  s0lm = 0;
  s0f = 0;
  s1w = 0;
  s1p = 0;
  s1wp = 0;
  s1lm = 0;
  s1f = 0;
  s2w = 0;
  s2p = 0;
  b0w = 0;
  b0p = 0;
  b0wp = 0;
  b0lm = 0;
  b0f = 0;
  b1w = 0;
  b1p = 0;
  b1wp = 0;
  b1lm = 0;
  b2w = 0;
  b2p = 0;
  b2wp = 0;
  b1f = 0;
  b3p = 0;
  /** The tagger's close runner-up tags (encode.ts `a`). */
  s0a = 0;
  s1a = 0;
  b0a = 0;
  b1a = 0;
  dist = 0;
  dist1 = 0;
  /** Punctuation marks (1-4, capped) and verbs (1-3) between s0 and b0; 0 without both. */
  p0 = 0;
  v0 = 0;
  s0vl = 0;
  s0vr = 0;
  b0vl = 0;
  s1vr = 0;
  s0l1p = 0;
  s0l2p = 0;
  s0r1p = 0;
  s0r2p = 0;
  s0l1lab = 0;
  s0l2lab = 0;
  s0r1lab = 0;
  s0r2lab = 0;
  b0l1p = 0;
  b0l2p = 0;
  b0l1lab = 0;
  b0l2lab = 0;
  s1r1p = 0;
  s1r1lab = 0;
  s1l1p = 0;
  s1l1lab = 0;
  s0next = 0;
  b0prev = 0;
  s0ls = 0;
  s0rs = 0;
  b0ls = 0;
  s0l1w = 0;
  s0r1w = 0;
  b0l1w = 0;
  s1r1w = 0;
  s0l2w = 0;
  s0r2w = 0;
  b0l2w = 0;
}

const values = new Values();

/**
 * Feature sets: 1 = the Zhang & Nivre style templates; 2 adds counts of punctuation marks and verbs
 * between s0 and b0 and between s1 and s0 (commas and clauses in between change where words attach);
 * 3 adds word pairs and a fourth word in the buffer, and s2 and lemma pairs on the stack (features
 * that the parser caches per word, so they cost little at run time); 4 adds the tagger's close
 * runner-up tags of b0, b1, s0 and s1 (encode.ts), so a word tagged NOUN that nearly was a VERB can
 * still attach like one.
 */
export const FEATURE_SET = 4;

/** Fills the shared Values object for the state (valid until the next call). */
export function stateValues(enc: EncodedSentence, st: ParseState): Values {
  const v = values;
  const { w, p, wp, l, f } = enc;
  const labels = st.labels;
  v.s0 = st.s(0);
  v.s1 = st.s(1);
  v.s2 = st.s(2);
  v.b0 = st.b <= st.n ? st.b : -1;
  v.b1 = v.b0 >= 0 && v.b0 + 1 <= st.n ? v.b0 + 1 : -1;
  v.b2 = v.b0 >= 0 && v.b0 + 2 <= st.n ? v.b0 + 2 : -1;
  v.s0l1 = v.s0 < 0 ? -1 : st.lc1[v.s0];
  v.s0l2 = v.s0 < 0 ? -1 : st.lc2[v.s0];
  v.s0r1 = v.s0 < 0 ? -1 : st.rc1[v.s0];
  v.s0r2 = v.s0 < 0 ? -1 : st.rc2[v.s0];
  v.s1l1 = v.s1 < 0 ? -1 : st.lc1[v.s1];
  v.s1r1 = v.s1 < 0 ? -1 : st.rc1[v.s1];
  v.b0l1 = v.b0 < 0 ? -1 : st.lc1[v.b0];
  v.b0l2 = v.b0 < 0 ? -1 : st.lc2[v.b0];

  v.s0w = at(w, v.s0);
  v.s0p = at(p, v.s0);
  v.s0wp = at(wp, v.s0);
  v.s0lm = at(l, v.s0);
  v.s0f = at(f, v.s0);
  v.s1w = at(w, v.s1);
  v.s1p = at(p, v.s1);
  v.s1wp = at(wp, v.s1);
  v.s1lm = at(l, v.s1);
  v.s1f = at(f, v.s1);
  v.s2w = at(w, v.s2);
  v.s2p = at(p, v.s2);
  v.b0w = at(w, v.b0);
  v.b0p = at(p, v.b0);
  v.b0wp = at(wp, v.b0);
  v.b0lm = at(l, v.b0);
  v.b0f = at(f, v.b0);
  v.b1w = at(w, v.b1);
  v.b1p = at(p, v.b1);
  v.b1wp = at(wp, v.b1);
  v.b1lm = at(l, v.b1);
  v.b2w = at(w, v.b2);
  v.b2p = at(p, v.b2);
  v.b2wp = at(wp, v.b2);
  v.b1f = at(f, v.b1);
  v.b3p = v.b2 >= 0 && v.b2 + 1 <= st.n ? p[v.b2 + 1] : 0;
  v.s0a = at(enc.a, v.s0);
  v.s1a = at(enc.a, v.s1);
  v.b0a = at(enc.a, v.b0);
  v.b1a = at(enc.a, v.b1);

  v.dist = v.s0 >= 0 && v.b0 >= 0 ? (v.b0 === st.n ? 8 : distanceBucket(v.b0 - v.s0)) : 0;
  v.dist1 = v.s0 >= 0 && v.s1 >= 0 ? distanceBucket(v.s0 - v.s1) : 0;
  const between = v.s0 >= 0 && v.b0 >= 0;
  v.p0 = between ? punctBetween(enc, v.s0, v.b0) : 0;
  v.v0 = between ? verbsBetween(enc, v.s0, v.b0) : 0;
  v.s0vl = v.s0 < 0 ? 0 : st.nLeft[v.s0] + 1;
  v.s0vr = v.s0 < 0 ? 0 : st.nRight[v.s0] + 1;
  v.b0vl = v.b0 < 0 ? 0 : st.nLeft[v.b0] + 1;
  v.s1vr = v.s1 < 0 ? 0 : st.nRight[v.s1] + 1;

  v.s0l1p = at(p, v.s0l1);
  v.s0l2p = at(p, v.s0l2);
  v.s0r1p = at(p, v.s0r1);
  v.s0r2p = at(p, v.s0r2);
  v.s0l1lab = at(labels, v.s0l1);
  v.s0l2lab = at(labels, v.s0l2);
  v.s0r1lab = at(labels, v.s0r1);
  v.s0r2lab = at(labels, v.s0r2);
  v.b0l1p = at(p, v.b0l1);
  v.b0l2p = at(p, v.b0l2);
  v.b0l1lab = at(labels, v.b0l1);
  v.b0l2lab = at(labels, v.b0l2);
  v.s1r1p = at(p, v.s1r1);
  v.s1r1lab = at(labels, v.s1r1);
  v.s1l1p = at(p, v.s1l1);
  v.s1l1lab = at(labels, v.s1l1);
  // Neighbours in the sentence: the word after s0 and the word before b0.
  v.s0next = v.s0 >= 0 && v.s0 + 1 < st.n ? at(p, v.s0 + 1) : 0;
  v.b0prev = v.b0 > 0 ? at(p, v.b0 - 1) : 0;

  v.s0l1w = at(w, v.s0l1);
  v.s0r1w = at(w, v.s0r1);
  v.b0l1w = at(w, v.b0l1);
  v.s1r1w = at(w, v.s1r1);
  v.s0l2w = at(w, v.s0l2);
  v.s0r2w = at(w, v.s0r2);
  v.b0l2w = at(w, v.b0l2);
  v.s0ls = v.s0 < 0 ? 0 : featureKey(0, st.leftLo[v.s0], st.leftHi[v.s0]);
  v.s0rs = v.s0 < 0 ? 0 : featureKey(0, st.rightLo[v.s0], st.rightHi[v.s0]);
  v.b0ls = v.b0 < 0 ? 0 : featureKey(0, st.leftLo[v.b0], st.leftHi[v.b0]);
  return v;
}

/** All transition features of the state (the stack, buffer and moving groups of partial-features.ts). */
export function transitionFeatures(enc: EncodedSentence, st: ParseState, out: Int32Array, featureSet = FEATURE_SET): number {
  const v = stateValues(enc, st);
  const k = stackFeatures(enc, v, out, featureSet, 0);
  return movingFeatures(enc, v, out, featureSet, bufferFeatures(v, out, featureSet, k));
}
