// Greedy arc-hybrid parsing with two averaged perceptrons: one picks the transition, one labels
// each arc as it is made (so later decisions see the labels of attached children).
import type { TaggedWord } from '../types.js';
import { encodeSentence, type EncodedSentence } from './encode.js';
import { FEATURE_SET, MAX_TRANSITION_FEATURES, stateValues, transitionFeatures } from './features.js';
import {
  bufferFeatures,
  bufferLeftFeatures,
  MAX_PARTIAL_FEATURES,
  PAIR_TAG_TUPLES,
  pairFeatures,
  pairTagFeatures,
  pairTagTuple,
  STACK_PAIR_TAG_TUPLES,
  stackFeatures,
  stackPairTagFeatures,
  stackPairTagTuple,
  stackRightFeatures,
} from './partial-features.js';
import { arcTagFeatures, LABEL_TUPLES, labelFeatures, labelRestFeatures, labelTuple, labelValues, MAX_LABEL_FEATURES } from './label-features.js';
import { shortcutIndex, shortcutTable, type LabelShortcut } from './label-shortcuts.js';
import { LEFT, N_ACTIONS, ParseState, SHIFT } from './transitions.js';
import { SparseTable, ThreeClassTable, type Scorer } from './weight-table.js';

export interface ParseResult {
  /** 1-based heads, 0 = root. */
  heads: Int32Array;
  deprels: string[];
}

export const ROOT_LABEL = 'root';

/** The action when exactly one is legal (an empty stack, or only RIGHT left to do), else -1. */
function onlyLegalAction(st: ParseState): number {
  let only = -1;
  for (let a = 0; a < N_ACTIONS; a++) {
    if (!st.canDo(a)) continue;
    if (only >= 0) return -1;
    only = a;
  }
  return only;
}

export class ParserModel {
  readonly transitions: Scorer;
  readonly labeller: Scorer;
  /** Label of classifier class c; in a ParseState the label id is c + 1 (0 = none). */
  readonly labelNames: string[];
  readonly rootClass: number;
  private readonly tFeats = new Int32Array(MAX_TRANSITION_FEATURES);
  private readonly lFeats = new Int32Array(MAX_LABEL_FEATURES);
  private readonly tScores = new Float32Array(N_ACTIONS);
  private readonly lScores: Float32Array;

  /** Which transition templates the model was trained with (features.ts). */
  readonly featureSet: number;

  constructor(transitions: Scorer, labeller: Scorer, labelNames: string[], featureSet = FEATURE_SET) {
    this.featureSet = featureSet;
    if (transitions.nClasses !== N_ACTIONS) throw new Error(`transition model has ${transitions.nClasses} classes, expected ${N_ACTIONS}`);
    if (labeller.nClasses !== labelNames.length) throw new Error(`label model has ${labeller.nClasses} classes for ${labelNames.length} labels`);
    this.transitions = transitions;
    this.labeller = labeller;
    this.labelNames = labelNames;
    this.rootClass = labelNames.indexOf(ROOT_LABEL);
    this.lScores = new Float32Array(labelNames.length);
    this.lSums = new Int32Array(labelNames.length);
  }

  /** Label classes settled by the tags (label-shortcuts.ts), -1 elsewhere; none until set. */
  private shortcuts: Int16Array | undefined;
  labelShortcuts: LabelShortcut[] = [];

  setLabelShortcuts(list: LabelShortcut[], where = 'parser'): void {
    this.labelShortcuts = list;
    this.shortcuts = list.length ? shortcutTable(list, this.labelNames, where) : undefined;
  }

  /** Number of features the last bestAction call extracted (left in its `features` array). */
  lastFeatureCount = 0;

  /** Best legal action by the transition model; `scores` receives the action scores. */
  bestAction(enc: EncodedSentence, st: ParseState, features = this.tFeats, scores = this.tScores): number {
    const nf = transitionFeatures(enc, st, features, this.featureSet);
    this.lastFeatureCount = nf;
    this.transitions.score(features, nf, scores);
    let best = -1;
    for (let a = 0; a < N_ACTIONS; a++) if (st.canDo(a) && (best < 0 || scores[a] > scores[best])) best = a;
    return best;
  }

  /** Label class for the arc head -> dep: "root" exactly for the root's child. Features go to `features`. */
  bestLabel(enc: EncodedSentence, st: ParseState, dep: number, head: number, features = this.lFeats): number {
    this.lastFeatureCount = 0;
    if (head === st.n) return this.rootClass;
    if (this.shortcuts) {
      const c = this.shortcuts[shortcutIndex(enc.p[head], enc.p[dep], dep < head)];
      if (c >= 0) return c;
    }
    if (features === this.lFeats && this.labeller instanceof SparseTable) return this.bestLabelCached(enc, st, dep, head, this.labeller);
    const nf = labelFeatures(enc, st, dep, head, features);
    this.lastFeatureCount = nf;
    const scores = this.lScores;
    this.labeller.score(features, nf, scores);
    let best = -1;
    for (let c = 0; c < scores.length; c++) if (c !== this.rootClass && (best < 0 || scores[c] > scores[best])) best = c;
    return best;
  }

  /** Integer label sums of arcTagFeatures per labelTuple (label-features.ts), filled on first use. */
  private tupleSums: Int32Array | undefined;
  private tupleDone: Uint8Array | undefined;
  private readonly lSums: Int32Array;

  /**
   * bestLabel with the read-only table: the same label (the same integer sums), with the templates
   * over the arc's tags, direction and distance summed once per such tuple instead of once per arc.
   */
  private bestLabelCached(enc: EncodedSentence, st: ParseState, dep: number, head: number, table: SparseTable): number {
    const nc = this.labelNames.length;
    const v = labelValues(enc, st, dep, head);
    const tuple = labelTuple(v);
    const at = tuple * nc;
    this.tupleSums ??= new Int32Array(LABEL_TUPLES * nc);
    this.tupleDone ??= new Uint8Array(LABEL_TUPLES);
    const { tupleSums, tupleDone, lSums: sums, lFeats: features } = this;
    if (!tupleDone[tuple]) {
      table.addRaw(features, arcTagFeatures(v, features, 0), tupleSums, at);
      tupleDone[tuple] = 1;
    }
    for (let c = 0; c < nc; c++) sums[c] = tupleSums[at + c];
    table.addRaw(features, labelRestFeatures(v, features, 0), sums, 0);
    let best = -1;
    for (let c = 0; c < nc; c++) if (c !== this.rootClass && (best < 0 || sums[c] > sums[best])) best = c;
    return best;
  }

  private readonly state = new ParseState(0);

  /** Applies a transition; an arc-making one gets its label from the label classifier. */
  private applyLabelled(enc: EncodedSentence, st: ParseState, action: number): void {
    let label = 0;
    if (action !== SHIFT) {
      const dep = st.stack[st.sp - 1];
      const head = action === LEFT ? st.b : st.stack[st.sp - 2];
      label = this.bestLabel(enc, st, dep, head) + 1;
    }
    st.apply(action, label);
  }

  /** Parses into a state that the next call reuses: read it before parsing again. */
  parseEncoded(enc: EncodedSentence): ParseState {
    if (this.transitions instanceof ThreeClassTable) return this.parseCached(enc, this.transitions);
    const st = this.state.reset(enc.n);
    while (!st.isTerminal()) {
      const action = this.bestAction(enc, st);
      this.applyLabelled(enc, st, action);
    }
    return st;
  }

  // Partial transition scores (integer sums of classes 0 and 1), see partial-features.ts: per stack
  // word, per buffer front, and per (word, children) for s0's right and b0's left children.
  private stackSums = new Int32Array(0);
  private bufferSums = new Int32Array(0);
  private rightSums = new Int32Array(0);
  private leftSums = new Int32Array(0);
  private stackDone = new Uint8Array(0);
  private bufferDone = new Uint8Array(0);
  /** The number of right (left) children + 1 the word had when rightSums (leftSums) were computed; 0 = never. */
  private rightDone = new Int32Array(0);
  private leftDone = new Int32Array(0);
  private pairTagSums: Int32Array | undefined;
  private pairTagDone: Uint8Array | undefined;
  private stackPairTagSums: Int32Array | undefined;
  private stackPairTagDone: Uint8Array | undefined;
  private readonly pFeats = new Int32Array(MAX_PARTIAL_FEATURES);
  private readonly acc = new Int32Array(2);

  private reserve(size: number): void {
    if (this.stackDone.length >= size) return;
    const cap = Math.max(size, this.stackDone.length * 2);
    this.stackSums = new Int32Array(cap * 2);
    this.bufferSums = new Int32Array(cap * 2);
    this.rightSums = new Int32Array(cap * 2);
    this.leftSums = new Int32Array(cap * 2);
    this.stackDone = new Uint8Array(cap);
    this.bufferDone = new Uint8Array(cap);
    this.rightDone = new Int32Array(cap);
    this.leftDone = new Int32Array(cap);
  }

  /**
   * parseEncoded with the read-only table: the same decisions (the scores are the same integer
   * sums), but each cacheable group of features (partial-features.ts) is looked up once per word or
   * per (word, children) instead of once per state, and a state with one legal action is not scored.
   */
  private parseCached(enc: EncodedSentence, table: ThreeClassTable): ParseState {
    const st = this.state.reset(enc.n);
    const size = enc.n + 1;
    this.reserve(size);
    const { stackSums, bufferSums, rightSums, leftSums, stackDone, bufferDone, rightDone, leftDone, pFeats: feats, acc } = this;
    stackDone.fill(0, 0, size);
    bufferDone.fill(0, 0, size);
    rightDone.fill(0, 0, size);
    leftDone.fill(0, 0, size);
    const scores = this.tScores;
    const fs = this.featureSet;
    // Sums per tag tuple (partial-features.ts) stay valid for every sentence: kept for the model's lifetime.
    this.pairTagSums ??= new Int32Array(PAIR_TAG_TUPLES * 2);
    this.pairTagDone ??= new Uint8Array(PAIR_TAG_TUPLES);
    this.stackPairTagSums ??= new Int32Array(STACK_PAIR_TAG_TUPLES * 2);
    this.stackPairTagDone ??= new Uint8Array(STACK_PAIR_TAG_TUPLES);
    const { pairTagSums, pairTagDone, stackPairTagSums, stackPairTagDone } = this;
    while (!st.isTerminal()) {
      const only = onlyLegalAction(st);
      if (only >= 0) {
        this.applyLabelled(enc, st, only);
        continue;
      }
      const v = stateValues(enc, st);
      acc[0] = 0;
      acc[1] = 0;
      table.addRaw(feats, pairFeatures(v, feats, fs), acc);
      let a0 = acc[0];
      let a1 = acc[1];
      const pt = pairTagTuple(v);
      if (!pairTagDone[pt]) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, pairTagFeatures(v, feats, fs, 0), acc);
        pairTagSums[pt * 2] = acc[0];
        pairTagSums[pt * 2 + 1] = acc[1];
        pairTagDone[pt] = 1;
      }
      a0 += pairTagSums[pt * 2];
      a1 += pairTagSums[pt * 2 + 1];
      const spt = stackPairTagTuple(v);
      if (!stackPairTagDone[spt]) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, stackPairTagFeatures(v, feats, 0), acc);
        stackPairTagSums[spt * 2] = acc[0];
        stackPairTagSums[spt * 2 + 1] = acc[1];
        stackPairTagDone[spt] = 1;
      }
      a0 += stackPairTagSums[spt * 2];
      a1 += stackPairTagSums[spt * 2 + 1];
      const b0 = v.b0;
      if (!bufferDone[b0]) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, bufferFeatures(v, feats, fs), acc);
        bufferSums[b0 * 2] = acc[0];
        bufferSums[b0 * 2 + 1] = acc[1];
        bufferDone[b0] = 1;
      }
      a0 += bufferSums[b0 * 2];
      a1 += bufferSums[b0 * 2 + 1];
      if (leftDone[b0] !== v.b0vl) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, bufferLeftFeatures(v, feats, 0), acc);
        leftSums[b0 * 2] = acc[0];
        leftSums[b0 * 2 + 1] = acc[1];
        leftDone[b0] = v.b0vl;
      }
      a0 += leftSums[b0 * 2];
      a1 += leftSums[b0 * 2 + 1];
      // s0 >= 0: a state with an empty stack can only shift.
      const s0 = v.s0;
      if (!stackDone[s0]) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, stackFeatures(enc, v, feats, fs), acc);
        stackSums[s0 * 2] = acc[0];
        stackSums[s0 * 2 + 1] = acc[1];
        stackDone[s0] = 1;
      }
      a0 += stackSums[s0 * 2];
      a1 += stackSums[s0 * 2 + 1];
      if (rightDone[s0] !== v.s0vr) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, stackRightFeatures(v, feats, 0), acc);
        rightSums[s0 * 2] = acc[0];
        rightSums[s0 * 2 + 1] = acc[1];
        rightDone[s0] = v.s0vr;
      }
      a0 += rightSums[s0 * 2];
      a1 += rightSums[s0 * 2 + 1];
      scores[0] = a0 * table.scale;
      scores[1] = a1 * table.scale;
      scores[2] = 0;
      let action = -1;
      for (let a = 0; a < N_ACTIONS; a++) if (st.canDo(a) && (action < 0 || scores[a] > scores[action])) action = a;
      this.applyLabelled(enc, st, action);
    }
    return st;
  }

  parse(words: readonly TaggedWord[]): ParseResult {
    const n = words.length;
    if (n === 0) return { heads: new Int32Array(0), deprels: [] };
    const st = this.parseEncoded(encodeSentence(words));
    const heads = new Int32Array(n);
    const deprels: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      heads[i] = st.heads[i] === n ? 0 : st.heads[i] + 1;
      deprels[i] = this.labelNames[st.labels[i] - 1] ?? 'dep';
    }
    return { heads, deprels };
  }
}
