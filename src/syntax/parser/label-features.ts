// Features of the label classifier, called when an arc head -> dep is made. In arc-hybrid the
// dependent's subtree is complete at that moment, so its children (e.g. the preposition of an
// oblique: "da" / "by" for obl:agent) are known, and the head's nearer children too (aux:pass
// for nsubj:pass). Values are computed once per arc; the templates are split into small functions
// so that V8 inlines every featureKey call.
import { featureKey } from './feature-key.js';
import { ROOT_TAG, type EncodedSentence } from './encode.js';
import { distanceBucket } from './features.js';
import type { ParseState } from './transitions.js';

export const MAX_LABEL_FEATURES = 48;

const at = (a: Int32Array, i: number): number => (i < 0 ? 0 : a[i]);

export class LabelValues {
  dir = 0;
  dist = 0;
  dw = 0;
  hw = 0;
  dl1 = 0;
  dl1l = 0;
  dl2l = 0;
  dr1lab = 0;
  hl1 = 0;
  hr1 = 0;
  dls = 0;
  drs = 0;
  hls = 0;
  hrs = 0;
  dprev = 0;
  dnext = 0;
  hdp = 0;
  dp = 0;
  dwp = 0;
  dl = 0;
  df = 0;
  hp = 0;
  hwp = 0;
  hl = 0;
  hf = 0;
  dl2 = 0;
  dr1 = 0;
  dl1lab = 0;
  dl1p = 0;
  dl2lab = 0;
  dr1p = 0;
  hl1lab = 0;
  hl1p = 0;
  hr1lab = 0;
  hr1p = 0;
  headIsRoot = 0;
  depIsFirst = 0;
}

const values = new LabelValues();

export function labelFeatures(enc: EncodedSentence, st: ParseState, dep: number, head: number, out: Int32Array): number {
  const v = labelValues(enc, st, dep, head);
  return labelRestFeatures(v, out, arcTagFeatures(v, out, 0));
}

/** Fills the shared Values object for the arc head -> dep (valid until the next call). */
export function labelValues(enc: EncodedSentence, st: ParseState, dep: number, head: number): LabelValues {
  const v = values;
  const { w, p, wp, l, f } = enc;
  const labels = st.labels;
  const n = st.n;
  v.dir = head > dep ? 1 : 2;
  v.dist = head === n ? 8 : distanceBucket(Math.abs(head - dep));
  v.dw = w[dep];
  v.dp = p[dep];
  v.dwp = wp[dep];
  v.dl = l[dep];
  v.df = f[dep];
  v.hw = w[head];
  v.hp = p[head];
  v.hwp = wp[head];
  v.hl = l[head];
  v.hf = f[head];
  v.dl1 = st.lc1[dep];
  v.dl2 = st.lc2[dep];
  v.dr1 = st.rc1[dep];
  v.dl1l = at(l, v.dl1);
  v.dl1lab = at(labels, v.dl1);
  v.dl1p = at(p, v.dl1);
  v.dl2l = at(l, v.dl2);
  v.dl2lab = at(labels, v.dl2);
  v.dr1lab = at(labels, v.dr1);
  v.dr1p = at(p, v.dr1);
  v.hl1 = head === n ? -1 : st.lc1[head];
  v.hr1 = head === n ? -1 : st.rc1[head];
  v.dls = featureKey(0, st.leftLo[dep], st.leftHi[dep]);
  v.drs = featureKey(0, st.rightLo[dep], st.rightHi[dep]);
  v.hls = head === n ? 0 : featureKey(0, st.leftLo[head], st.leftHi[head]);
  v.hrs = head === n ? 0 : featureKey(0, st.rightLo[head], st.rightHi[head]);
  v.dprev = dep > 0 ? p[dep - 1] : 0;
  v.dnext = p[dep + 1];
  v.hdp = featureKey(0, v.hp, v.dp, v.dir);

  v.hl1lab = at(labels, v.hl1);
  v.hl1p = at(p, v.hl1);
  v.hr1lab = at(labels, v.hr1);
  v.hr1p = at(p, v.hr1);
  v.headIsRoot = head === n ? 1 : 0;
  v.depIsFirst = dep === 0 ? 1 : 0;
  return v;
}

/** Number of distinct (head tag, dependent tag, direction, distance) tuples: see labelTuple. */
export const LABEL_TUPLES = (ROOT_TAG + 1) * (ROOT_TAG + 1) * 2 * 9;

/** The arc's (head tag, dependent tag, direction, distance), the only values arcTagFeatures read. */
export function labelTuple(v: LabelValues): number {
  return ((v.hp * (ROOT_TAG + 1) + v.dp) * 2 + v.dir - 1) * 9 + v.dist;
}

/** The templates over the arc's tags, direction and distance only: the parser caches their sum per labelTuple. */
export function arcTagFeatures(v: LabelValues, out: Int32Array, k: number): number {
  out[k++] = featureKey(2, v.dp);
  out[k++] = featureKey(7, v.hp);
  out[k++] = v.hdp;
  out[k++] = featureKey(15, v.hdp, v.dist);
  out[k++] = featureKey(16, v.dp, v.dir, v.dist);
  return k;
}

/** Every template but arcTagFeatures. */
export function labelRestFeatures(v: LabelValues, out: Int32Array, k: number): number {
  k = arcWords(v, out, k);
  k = dependentChildren(v, out, k);
  k = headChildren(v, out, k);
  return dependentContext(v, out, k);
}

// the words of the arc
function arcWords(v: LabelValues, out: Int32Array, k: number): number {
  out[k++] = featureKey(1, v.dw);
  out[k++] = featureKey(3, v.dwp);
  out[k++] = featureKey(4, v.dl);
  out[k++] = featureKey(5, v.dp, v.df);
  out[k++] = featureKey(6, v.hw);
  out[k++] = featureKey(8, v.hwp);
  out[k++] = featureKey(9, v.hl);
  out[k++] = featureKey(10, v.hp, v.hf);
  out[k++] = featureKey(11, v.hw, v.dp, v.dir);
  out[k++] = featureKey(12, v.hp, v.dw, v.dir);
  out[k++] = featureKey(13, v.hw, v.dw, v.dir);
  out[k++] = featureKey(14, v.hl, v.dl, v.dir);
  out[k++] = featureKey(17, featureKey(0, v.hp, v.hf), featureKey(0, v.dp, v.df), v.dir);
  return k;
}

// the dependent's own children
function dependentChildren(v: LabelValues, out: Int32Array, k: number): number {
  out[k++] = featureKey(18, v.dl1l, v.dp);
  out[k++] = featureKey(19, v.dl1l, v.dl1lab, v.hdp);
  out[k++] = featureKey(20, v.dl1lab, v.dp);
  out[k++] = featureKey(21, v.dl1p, v.dp, v.hp);
  out[k++] = featureKey(22, v.dl2l, v.dl2lab, v.dp);
  out[k++] = featureKey(23, v.dr1lab, v.dr1p, v.dp);
  out[k++] = featureKey(24, v.dls, v.dp);
  out[k++] = featureKey(25, v.drs, v.dp);
  out[k++] = featureKey(26, v.dls, v.hdp);
  out[k++] = featureKey(27, v.dl1l, v.hl, v.dir);
  out[k++] = featureKey(28, v.dl1l, v.dl);
  return k;
}

// the head's children attached so far
function headChildren(v: LabelValues, out: Int32Array, k: number): number {
  out[k++] = featureKey(29, v.hls, v.hdp);
  out[k++] = featureKey(30, v.hrs, v.hdp);
  out[k++] = featureKey(31, v.hl1lab, v.hl1p, v.hdp);
  out[k++] = featureKey(32, v.hr1lab, v.hr1p, v.hdp);
  out[k++] = featureKey(33, v.hls, v.hrs, v.dp);
  return k;
}

// context around the dependent
function dependentContext(v: LabelValues, out: Int32Array, k: number): number {
  out[k++] = featureKey(34, v.dprev, v.dp, v.dnext);
  out[k++] = featureKey(35, v.dprev, v.dp, v.hp);
  out[k++] = featureKey(36, v.dp, v.dnext, v.hp);
  out[k++] = featureKey(37, v.headIsRoot, v.dp, v.depIsFirst);
  out[k++] = featureKey(38, featureKey(0, v.hw, v.hl), v.dp, v.dl1l);
  out[k++] = featureKey(39, v.dw, v.hp, v.dir);
  return k;
}
