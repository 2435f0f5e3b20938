// The transition templates of features.ts regrouped by what they read, so that the parser can
// cache partial scores (parser.ts). In arc-hybrid, while a word i is on the stack the items below it
// (s1, s2) and their children do not change, and neither do i's left children (they were attached
// while i was b0): templates over those only ("stack" features) score the same every time i is s0.
// Templates over b0, b1, b2 and not b0's children ("buffer" features) score the same for every
// state with the same b0. The rest ("moving" features) change from state to state: those over s0
// and its right children or over b0 and its left children change only when that word changes or
// gains such a child, and are cached per (word, children); the pair group is extracted in every state.
// Within the groups, the templates over tags only are cached per tag tuple, and those that read one
// word only per (word type, role) (word-types.ts), both for the model's lifetime.
// These functions are the only definition of the transition templates (featureKey(id, ...): each
// id once); features.ts's transitionFeatures is all the groups together. Each writes from out[k0]
// and returns the new end.
import { featureKey } from './feature-key.js';
import { punctBetween, ROOT_TAG, verbsBetween, type EncodedSentence } from './encode.js';
import type { Values } from './features.js';

export const MAX_PARTIAL_FEATURES = 64;

/** The stack group: stackPairFeatures and the single-word templates of s0, s1 and s2. */
export function stackFeatures(enc: EncodedSentence, v: Values, out: Int32Array, featureSet: number, k0 = 0): number {
  let k = stackPairFeatures(enc, v, out, featureSet, k0);
  k = wordFeatures(S0, wordValues(v.s0w, v.s0p, v.s0wp, v.s0lm, v.s0f, v.s0a), out, featureSet, k);
  k = wordFeatures(S1, wordValues(v.s1w, v.s1p, v.s1wp, v.s1lm, v.s1f, v.s1a), out, featureSet, k);
  return wordFeatures(S2, wordValues(v.s2w, v.s2p, 0, 0, 0, 0), out, featureSet, k);
}

/** The stack group's templates over more than one word (or over s0's left children). */
export function stackPairFeatures(enc: EncodedSentence, v: Values, out: Int32Array, featureSet: number, k0 = 0): number {
  let k = stackWords(v, out, k0);
  k = stackChildren(v, out, k);
  if (featureSet >= 2) {
    const p1 = v.s1 >= 0 ? punctBetween(enc, v.s1, v.s0) : 0;
    const v1 = v.s1 >= 0 ? verbsBetween(enc, v.s1, v.s0) : 0;
    out[k++] = featureKey(113, v.s1p, v.s0p, p1);
    out[k++] = featureKey(114, v.s1p, v.s0p, v1);
  }
  if (featureSet >= 3) {
    // Feature set 3: s2 with each of s0 and s1, and the lemmas of s0 and s1 with the other's tag.
    out[k++] = featureKey(124, v.s2p, v.s0p);
    out[k++] = featureKey(125, v.s2p, v.s1p);
    out[k++] = featureKey(126, v.s1lm, v.s0p);
    out[k++] = featureKey(127, v.s1p, v.s0lm);
  }
  // Feature set 4: the tagger's close runner-up tags (encode.ts) of s0 and s1.
  if (featureSet >= 4) out[k++] = featureKey(134, v.s0p, v.s0a, v.s1p);
  return k;
}

function stackWords(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(26, v.s1w, v.s0w);
  out[k++] = featureKey(27, v.s1p, v.s0p);
  out[k++] = featureKey(28, v.s1wp, v.s0p);
  out[k++] = featureKey(29, v.s1p, v.s0wp);
  out[k++] = featureKey(30, v.s1wp, v.s0wp);
  out[k++] = featureKey(41, v.s2p, v.s1p, v.s0p);
  out[k++] = featureKey(52, v.s1p, v.s0p, v.dist1);
  out[k++] = featureKey(53, v.s1w, v.s0w, v.dist1);
  out[k++] = featureKey(104, v.s1lm, v.s0lm);
  out[k++] = featureKey(109, featureKey(0, v.s1p, v.s1f), featureKey(0, v.s0p, v.s0f));
  return k;
}

function stackChildren(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(39, v.s1p, v.s0p, v.s0l1p);
  out[k++] = featureKey(40, v.s1p, v.s1r1p, v.s0p);
  out[k++] = featureKey(57, v.s0w, v.s0vl);
  out[k++] = featureKey(58, v.s0p, v.s0vl);
  out[k++] = featureKey(61, v.s1p, v.s1vr);
  out[k++] = featureKey(62, v.s1w, v.s1vr);
  out[k++] = featureKey(63, v.s0l1w);
  out[k++] = featureKey(64, v.s0l1p);
  out[k++] = featureKey(65, v.s0l1lab);
  out[k++] = featureKey(72, v.s1r1w);
  out[k++] = featureKey(73, v.s1r1p);
  out[k++] = featureKey(74, v.s1r1lab);
  out[k++] = featureKey(75, v.s1l1p, v.s1l1lab);
  out[k++] = featureKey(76, v.s0l2w);
  out[k++] = featureKey(77, v.s0l2p);
  out[k++] = featureKey(78, v.s0l2lab);
  out[k++] = featureKey(85, v.s0p, v.s0l1lab, v.s0l2lab);
  out[k++] = featureKey(88, v.s0p, v.s0l1p, v.s0l2p);
  out[k++] = featureKey(93, v.s0w, v.s0ls);
  out[k++] = featureKey(94, v.s0p, v.s0ls);
  return k;
}

/** The buffer group: bufferPairFeatures and the single-word templates of b0, b1 and b2. */
export function bufferFeatures(v: Values, out: Int32Array, featureSet: number, k0 = 0): number {
  let k = bufferPairFeatures(v, out, featureSet, k0);
  k = wordFeatures(B0, wordValues(v.b0w, v.b0p, v.b0wp, v.b0lm, v.b0f, v.b0a), out, featureSet, k);
  k = wordFeatures(B1, wordValues(v.b1w, v.b1p, v.b1wp, v.b1lm, v.b1f, v.b1a), out, featureSet, k);
  return wordFeatures(B2, wordValues(v.b2w, v.b2p, v.b2wp, 0, 0, 0), out, featureSet, k);
}

/** The buffer group's templates over more than one word (and b3's tag). */
export function bufferPairFeatures(v: Values, out: Int32Array, featureSet: number, k0 = 0): number {
  let k = k0;
  out[k++] = featureKey(25, v.b0p, v.b1p);
  out[k++] = featureKey(33, v.b0p, v.b1p, v.b2p);
  if (featureSet >= 3) k = bufferPairs(v, out, k);
  if (featureSet >= 4) out[k++] = featureKey(131, v.b0p, v.b0a, v.b1p);
  return k;
}

/** The columns of one word (encode.ts) that the single-word templates read. */
export interface WordValues {
  w: number;
  p: number;
  wp: number;
  l: number;
  f: number;
  a: number;
}

const scratchWord: WordValues = { w: 0, p: 0, wp: 0, l: 0, f: 0, a: 0 };

/** The shared WordValues object, filled (valid until the next call). */
export function wordValues(w: number, p: number, wp: number, l: number, f: number, a: number): WordValues {
  const x = scratchWord;
  x.w = w;
  x.p = p;
  x.wp = wp;
  x.l = l;
  x.f = f;
  x.a = a;
  return x;
}

/** Roles of a word in the single-word templates. */
export const B0 = 0;
export const B1 = 1;
export const B2 = 2;
export const S0 = 3;
export const S1 = 4;
export const S2 = 5;
export const ROLES = 6;

/**
 * The templates that read one word only, by the word's role. Their sum depends on the word's
 * columns alone, so the parser caches it per (word type, role) for the model's lifetime.
 */
export function wordFeatures(role: number, x: WordValues, out: Int32Array, featureSet: number, k: number): number {
  switch (role) {
    case B0:
      out[k++] = featureKey(4, x.wp);
      out[k++] = featureKey(5, x.w);
      out[k++] = featureKey(6, x.p);
      out[k++] = featureKey(98, x.l);
      out[k++] = featureKey(106, x.p, x.f);
      if (featureSet >= 4) {
        out[k++] = featureKey(128, x.p, x.a);
        out[k++] = featureKey(129, x.w, x.a);
      }
      return k;
    case B1:
      out[k++] = featureKey(7, x.wp);
      out[k++] = featureKey(8, x.w);
      out[k++] = featureKey(9, x.p);
      out[k++] = featureKey(100, x.l);
      if (featureSet >= 3) out[k++] = featureKey(122, x.p, x.f);
      if (featureSet >= 4) out[k++] = featureKey(130, x.p, x.a);
      return k;
    case B2:
      out[k++] = featureKey(10, x.wp);
      out[k++] = featureKey(11, x.w);
      out[k++] = featureKey(12, x.p);
      return k;
    case S0:
      out[k++] = featureKey(1, x.wp);
      out[k++] = featureKey(2, x.w);
      out[k++] = featureKey(3, x.p);
      out[k++] = featureKey(97, x.l);
      out[k++] = featureKey(105, x.p, x.f);
      if (featureSet >= 4) out[k++] = featureKey(132, x.p, x.a);
      return k;
    case S1:
      out[k++] = featureKey(13, x.wp);
      out[k++] = featureKey(14, x.w);
      out[k++] = featureKey(15, x.p);
      out[k++] = featureKey(99, x.l);
      out[k++] = featureKey(107, x.p, x.f);
      if (featureSet >= 4) out[k++] = featureKey(133, x.p, x.a);
      return k;
    default:
      out[k++] = featureKey(16, x.p);
      out[k++] = featureKey(17, x.w);
      return k;
  }
}

/** Feature set 3: word pairs and a fourth word in the buffer (cached per b0, so nearly free). */
function bufferPairs(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(116, v.b0w, v.b1w);
  out[k++] = featureKey(117, v.b0w, v.b1p);
  out[k++] = featureKey(118, v.b0p, v.b1w);
  out[k++] = featureKey(119, v.b3p);
  out[k++] = featureKey(120, v.b1p, v.b2p, v.b3p);
  out[k++] = featureKey(121, v.b0lm, v.b1p);
  out[k++] = featureKey(123, featureKey(0, v.b0p, v.b0f), v.b1p);
  return k;
}

/** Every template that changes from state to state: the pair groups and both children groups. */
export function movingFeatures(enc: EncodedSentence, v: Values, out: Int32Array, featureSet: number, k0 = 0): number {
  let k = pairTagFeatures(v, out, featureSet, k0);
  k = stackPairTagFeatures(v, out, k);
  k = pairFeatures(v, out, featureSet, k);
  return bufferLeftFeatures(v, out, stackRightFeatures(v, out, k));
}

/** Number of distinct pairTagTuple values. */
export const PAIR_TAG_TUPLES = (ROOT_TAG + 1) * (ROOT_TAG + 1) * 9 * 5 * 4;

/** (s0 tag, b0 tag, their distance, punctuation and verbs between them): all that pairTagFeatures read. */
export function pairTagTuple(v: Values): number {
  return (((v.s0p * (ROOT_TAG + 1) + v.b0p) * 9 + v.dist) * 5 + v.p0) * 4 + v.v0;
}

/** Templates over s0's and b0's tags and what lies between them: the parser caches their sum per pairTagTuple. */
export function pairTagFeatures(v: Values, out: Int32Array, featureSet: number, k: number): number {
  out[k++] = featureKey(24, v.s0p, v.b0p);
  out[k++] = featureKey(47, v.s0p, v.dist);
  out[k++] = featureKey(49, v.b0p, v.dist);
  out[k++] = featureKey(51, v.s0p, v.b0p, v.dist);
  if (featureSet >= 2) {
    out[k++] = featureKey(111, v.s0p, v.b0p, v.p0);
    out[k++] = featureKey(112, v.s0p, v.b0p, v.v0);
  }
  return k;
}

/** Number of distinct stackPairTagTuple values. */
export const STACK_PAIR_TAG_TUPLES = (ROOT_TAG + 1) ** 4;

/** The tags of s1, s0, b0 and b1: all that stackPairTagFeatures read. */
export function stackPairTagTuple(v: Values): number {
  return ((v.s1p * (ROOT_TAG + 1) + v.s0p) * (ROOT_TAG + 1) + v.b0p) * (ROOT_TAG + 1) + v.b1p;
}

/** Templates over the tags of s1, s0, b0 and b1: cached per stackPairTagTuple. */
export function stackPairTagFeatures(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(31, v.s1p, v.b0p);
  out[k++] = featureKey(34, v.s0p, v.b0p, v.b1p);
  out[k++] = featureKey(35, v.s1p, v.s0p, v.b0p);
  out[k++] = featureKey(45, v.s1p, v.s0p, v.b1p);
  return k;
}

/** The other templates over both s0 and b0 (words, lemmas, children's tags): new in every state. */
export function pairFeatures(v: Values, out: Int32Array, featureSet: number, k0 = 0): number {
  let k = pairs(v, out, k0);
  k = triples(v, out, k);
  if (featureSet >= 2) out[k++] = featureKey(115, v.s0wp, v.p0, v.v0);
  if (featureSet >= 4) out[k++] = featureKey(135, featureKey(0, v.s0p, v.s0a), v.b0p, v.b0a);
  return k;
}

function pairs(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(18, v.s0wp, v.b0wp);
  out[k++] = featureKey(19, v.s0wp, v.b0w);
  out[k++] = featureKey(20, v.s0w, v.b0wp);
  out[k++] = featureKey(21, v.s0wp, v.b0p);
  out[k++] = featureKey(22, v.s0p, v.b0wp);
  out[k++] = featureKey(23, v.s0w, v.b0w);
  out[k++] = featureKey(32, v.s1w, v.b0w);
  out[k++] = featureKey(101, v.s0lm, v.b0p);
  out[k++] = featureKey(102, v.s0p, v.b0lm);
  out[k++] = featureKey(103, v.s0lm, v.b0lm);
  out[k++] = featureKey(108, featureKey(0, v.s0p, v.s0f), featureKey(0, v.b0p, v.b0f));
  out[k++] = featureKey(110, v.s0lm, v.b0lm, v.dist);
  return k;
}

function triples(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(36, v.s0p, v.s0l1p, v.b0p);
  out[k++] = featureKey(37, v.s0p, v.s0r1p, v.b0p);
  out[k++] = featureKey(38, v.s0p, v.b0p, v.b0l1p);
  out[k++] = featureKey(43, v.s0p, v.s0next, v.b0p);
  out[k++] = featureKey(44, v.s0p, v.b0prev, v.b0p);
  out[k++] = featureKey(46, v.s0w, v.dist);
  out[k++] = featureKey(48, v.b0w, v.dist);
  out[k++] = featureKey(50, v.s0w, v.b0w, v.dist);
  out[k++] = featureKey(54, v.s1p, v.s0p, featureKey(0, v.b0p, v.dist, v.dist1));
  return k;
}

/**
 * s0 with its right children: the same while s0 stays on top and gains no right child (a LEFT that
 * pops the word above it gives it back unchanged), so the parser caches them per (s0, right children).
 */
export function stackRightFeatures(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(55, v.s0w, v.s0vr);
  out[k++] = featureKey(56, v.s0p, v.s0vr);
  out[k++] = featureKey(66, v.s0r1w);
  out[k++] = featureKey(67, v.s0r1p);
  out[k++] = featureKey(68, v.s0r1lab);
  out[k++] = featureKey(79, v.s0r2w);
  out[k++] = featureKey(80, v.s0r2p);
  out[k++] = featureKey(81, v.s0r2lab);
  out[k++] = featureKey(86, v.s0p, v.s0r1lab, v.s0r2lab);
  out[k++] = featureKey(89, v.s0p, v.s0r1p, v.s0r2p);
  out[k++] = featureKey(91, v.s0w, v.s0rs);
  out[k++] = featureKey(92, v.s0p, v.s0rs);
  out[k++] = featureKey(42, v.s1p, v.s0p, v.s0r1p);
  return k;
}

/** b0 with its left children: the same until b0 changes or gains a left child (cached likewise). */
export function bufferLeftFeatures(v: Values, out: Int32Array, k: number): number {
  out[k++] = featureKey(59, v.b0w, v.b0vl);
  out[k++] = featureKey(60, v.b0p, v.b0vl);
  out[k++] = featureKey(69, v.b0l1w);
  out[k++] = featureKey(70, v.b0l1p);
  out[k++] = featureKey(71, v.b0l1lab);
  out[k++] = featureKey(82, v.b0l2w);
  out[k++] = featureKey(83, v.b0l2p);
  out[k++] = featureKey(84, v.b0l2lab);
  out[k++] = featureKey(87, v.b0p, v.b0l1lab, v.b0l2lab);
  out[k++] = featureKey(90, v.b0p, v.b0l1p, v.b0l2p);
  out[k++] = featureKey(95, v.b0w, v.b0ls);
  out[k++] = featureKey(96, v.b0p, v.b0ls);
  return k;
}

