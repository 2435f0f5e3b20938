// Feature templates for the transition classifier, after Zhang & Nivre (2011) adapted to
// arc-hybrid (s0/s1/s2 on the stack, b0/b1/b2 in the buffer; b0 only has left children), plus
// lemma and morphological-feature templates. Each feature is featureKey(templateId, values...).
// The values are computed once per state into one object; the templates are split into small
// functions so that V8 inlines every featureKey call (one big function exceeds its inlining budget).
import { featureKey } from './feature-key.js';
import type { EncodedSentence } from './encode.js';
import type { ParseState } from './transitions.js';

export const MAX_TRANSITION_FEATURES = 128;

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
  dist = 0;
  dist1 = 0;
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
 * Feature sets: 1 = the templates below; 2 adds counts of punctuation marks and verbs between s0
 * and b0 and between s1 and s0 (commas and clauses in between change where words attach).
 */
export const FEATURE_SET = 2;

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

  v.dist = v.s0 >= 0 && v.b0 >= 0 ? (v.b0 === st.n ? 8 : distanceBucket(v.b0 - v.s0)) : 0;
  v.dist1 = v.s0 >= 0 && v.s1 >= 0 ? distanceBucket(v.s0 - v.s1) : 0;
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

export function transitionFeatures(enc: EncodedSentence, st: ParseState, out: Int32Array, featureSet = FEATURE_SET): number {
  const v = stateValues(enc, st);
  let k = 0;
  k = singleWords(v, out, k);
  k = wordPairs(v, out, k);
  k = threeWords(v, out, k);
  k = distance(v, out, k);
  k = valency(v, out, k);
  k = childrenUnigrams(v, out, k);
  k = thirdOrder(v, out, k);
  k = labelSets(v, out, k);
  k = lemmasAndMorphology(v, out, k);
  if (featureSet >= 2) k = between(enc, v, out, k);
  return k;
}

// single words
function singleWords(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(1, v.s0wp);
  out[k++] = featureKey(2, v.s0w);
  out[k++] = featureKey(3, v.s0p);
  out[k++] = featureKey(4, v.b0wp);
  out[k++] = featureKey(5, v.b0w);
  out[k++] = featureKey(6, v.b0p);
  out[k++] = featureKey(7, v.b1wp);
  out[k++] = featureKey(8, v.b1w);
  out[k++] = featureKey(9, v.b1p);
  out[k++] = featureKey(10, v.b2wp);
  out[k++] = featureKey(11, v.b2w);
  out[k++] = featureKey(12, v.b2p);
  out[k++] = featureKey(13, v.s1wp);
  out[k++] = featureKey(14, v.s1w);
  out[k++] = featureKey(15, v.s1p);
  out[k++] = featureKey(16, v.s2p);
  out[k++] = featureKey(17, v.s2w);
  return k;
}

// word pairs
function wordPairs(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(18, v.s0wp, v.b0wp);
  out[k++] = featureKey(19, v.s0wp, v.b0w);
  out[k++] = featureKey(20, v.s0w, v.b0wp);
  out[k++] = featureKey(21, v.s0wp, v.b0p);
  out[k++] = featureKey(22, v.s0p, v.b0wp);
  out[k++] = featureKey(23, v.s0w, v.b0w);
  out[k++] = featureKey(24, v.s0p, v.b0p);
  out[k++] = featureKey(25, v.b0p, v.b1p);
  out[k++] = featureKey(26, v.s1w, v.s0w);
  out[k++] = featureKey(27, v.s1p, v.s0p);
  out[k++] = featureKey(28, v.s1wp, v.s0p);
  out[k++] = featureKey(29, v.s1p, v.s0wp);
  out[k++] = featureKey(30, v.s1wp, v.s0wp);
  out[k++] = featureKey(31, v.s1p, v.b0p);
  out[k++] = featureKey(32, v.s1w, v.b0w);
  return k;
}

// three words
function threeWords(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(33, v.b0p, v.b1p, v.b2p);
  out[k++] = featureKey(34, v.s0p, v.b0p, v.b1p);
  out[k++] = featureKey(35, v.s1p, v.s0p, v.b0p);
  out[k++] = featureKey(36, v.s0p, v.s0l1p, v.b0p);
  out[k++] = featureKey(37, v.s0p, v.s0r1p, v.b0p);
  out[k++] = featureKey(38, v.s0p, v.b0p, v.b0l1p);
  out[k++] = featureKey(39, v.s1p, v.s0p, v.s0l1p);
  out[k++] = featureKey(40, v.s1p, v.s1r1p, v.s0p);
  out[k++] = featureKey(41, v.s2p, v.s1p, v.s0p);
  out[k++] = featureKey(42, v.s1p, v.s0p, v.s0r1p);
  out[k++] = featureKey(43, v.s0p, v.s0next, v.b0p);
  out[k++] = featureKey(44, v.s0p, v.b0prev, v.b0p);
  out[k++] = featureKey(45, v.s1p, v.s0p, v.b1p);
  return k;
}

// distance
function distance(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(46, v.s0w, v.dist);
  out[k++] = featureKey(47, v.s0p, v.dist);
  out[k++] = featureKey(48, v.b0w, v.dist);
  out[k++] = featureKey(49, v.b0p, v.dist);
  out[k++] = featureKey(50, v.s0w, v.b0w, v.dist);
  out[k++] = featureKey(51, v.s0p, v.b0p, v.dist);
  out[k++] = featureKey(52, v.s1p, v.s0p, v.dist1);
  out[k++] = featureKey(53, v.s1w, v.s0w, v.dist1);
  out[k++] = featureKey(54, v.s1p, v.s0p, featureKey(0, v.b0p, v.dist, v.dist1));
  return k;
}

// valency
function valency(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(55, v.s0w, v.s0vr);
  out[k++] = featureKey(56, v.s0p, v.s0vr);
  out[k++] = featureKey(57, v.s0w, v.s0vl);
  out[k++] = featureKey(58, v.s0p, v.s0vl);
  out[k++] = featureKey(59, v.b0w, v.b0vl);
  out[k++] = featureKey(60, v.b0p, v.b0vl);
  out[k++] = featureKey(61, v.s1p, v.s1vr);
  out[k++] = featureKey(62, v.s1w, v.s1vr);
  return k;
}

// children unigrams
function childrenUnigrams(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(63, v.s0l1w);
  out[k++] = featureKey(64, v.s0l1p);
  out[k++] = featureKey(65, v.s0l1lab);
  out[k++] = featureKey(66, v.s0r1w);
  out[k++] = featureKey(67, v.s0r1p);
  out[k++] = featureKey(68, v.s0r1lab);
  out[k++] = featureKey(69, v.b0l1w);
  out[k++] = featureKey(70, v.b0l1p);
  out[k++] = featureKey(71, v.b0l1lab);
  out[k++] = featureKey(72, v.s1r1w);
  out[k++] = featureKey(73, v.s1r1p);
  out[k++] = featureKey(74, v.s1r1lab);
  out[k++] = featureKey(75, v.s1l1p, v.s1l1lab);
  return k;
}

// third order
function thirdOrder(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(76, v.s0l2w);
  out[k++] = featureKey(77, v.s0l2p);
  out[k++] = featureKey(78, v.s0l2lab);
  out[k++] = featureKey(79, v.s0r2w);
  out[k++] = featureKey(80, v.s0r2p);
  out[k++] = featureKey(81, v.s0r2lab);
  out[k++] = featureKey(82, v.b0l2w);
  out[k++] = featureKey(83, v.b0l2p);
  out[k++] = featureKey(84, v.b0l2lab);
  out[k++] = featureKey(85, v.s0p, v.s0l1lab, v.s0l2lab);
  out[k++] = featureKey(86, v.s0p, v.s0r1lab, v.s0r2lab);
  out[k++] = featureKey(87, v.b0p, v.b0l1lab, v.b0l2lab);
  out[k++] = featureKey(88, v.s0p, v.s0l1p, v.s0l2p);
  out[k++] = featureKey(89, v.s0p, v.s0r1p, v.s0r2p);
  out[k++] = featureKey(90, v.b0p, v.b0l1p, v.b0l2p);
  return k;
}

// label sets
function labelSets(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(91, v.s0w, v.s0rs);
  out[k++] = featureKey(92, v.s0p, v.s0rs);
  out[k++] = featureKey(93, v.s0w, v.s0ls);
  out[k++] = featureKey(94, v.s0p, v.s0ls);
  out[k++] = featureKey(95, v.b0w, v.b0ls);
  out[k++] = featureKey(96, v.b0p, v.b0ls);
  return k;
}

// lemmas and morphology
function lemmasAndMorphology(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(97, v.s0lm);
  out[k++] = featureKey(98, v.b0lm);
  out[k++] = featureKey(99, v.s1lm);
  out[k++] = featureKey(100, v.b1lm);
  out[k++] = featureKey(101, v.s0lm, v.b0p);
  out[k++] = featureKey(102, v.s0p, v.b0lm);
  out[k++] = featureKey(103, v.s0lm, v.b0lm);
  out[k++] = featureKey(104, v.s1lm, v.s0lm);
  out[k++] = featureKey(105, v.s0p, v.s0f);
  out[k++] = featureKey(106, v.b0p, v.b0f);
  out[k++] = featureKey(107, v.s1p, v.s1f);
  out[k++] = featureKey(108, featureKey(0, v.s0p, v.s0f), featureKey(0, v.b0p, v.b0f));
  out[k++] = featureKey(109, featureKey(0, v.s1p, v.s1f), featureKey(0, v.s0p, v.s0f));
  out[k++] = featureKey(110, v.s0lm, v.b0lm, v.dist);
  return k;
}

// punctuation and verbs between the candidate words (counts capped)
function between(enc: EncodedSentence, v: Values, out: Int32Array, k: number): number {
  const { punctBefore, verbBefore } = enc;
  let p0 = 0, v0 = 0, p1 = 0, v1 = 0;
  if (v.s0 >= 0 && v.b0 >= 0) {
    p0 = Math.min(3, punctBefore[v.b0] - punctBefore[v.s0 + 1]) + 1;
    v0 = Math.min(2, verbBefore[v.b0] - verbBefore[v.s0 + 1]) + 1;
  }
  if (v.s1 >= 0) {
    p1 = Math.min(3, punctBefore[v.s0] - punctBefore[v.s1 + 1]) + 1;
    v1 = Math.min(2, verbBefore[v.s0] - verbBefore[v.s1 + 1]) + 1;
  }
  out[k++] = featureKey(111, v.s0p, v.b0p, p0);
  out[k++] = featureKey(112, v.s0p, v.b0p, v0);
  out[k++] = featureKey(113, v.s1p, v.s0p, p1);
  out[k++] = featureKey(114, v.s1p, v.s0p, v1);
  out[k++] = featureKey(115, v.s0wp, p0, v0);
  return k;
}
