// Greedy arc-hybrid parsing with two averaged perceptrons: one picks the transition, one labels
// each arc as it is made (so later decisions see the labels of attached children).
import { REPAIRS } from './repair.js';
import type { TaggedWord } from '../types.js';
import { encodeSentence, type EncodedSentence } from './encode.js';
import { FEATURE_SET, MAX_TRANSITION_FEATURES, stateValues, transitionFeatures } from './features.js';
import {
  B0,
  bufferFeatures,
  bufferLeftFeatures,
  bufferPairFeatures,
  ROLES,
  S0,
  stackPairFeatures,
  wordFeatures,
  wordValues,
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
import { GroupSums } from './group-sums.js';
import { WordTypes } from './word-types.js';
import { SparseTable, ThreeClassTable, type Scorer } from './weight-table.js';

export interface ParseResult {
  /** 1-based heads, 0 = root. */
  heads: Int32Array;
  deprels: string[];
  /** Repairs (repair.ts) that moved these 0-based words after decoding. */
  repairs?: { rule: string; words: number[] }[];
}

export const ROOT_LABEL = 'root';

/** Word types whose single-word template sums the parser keeps (per model; then it starts again). */
const WORD_TYPES = 16384;

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

  // Partial transition scores (partial-features.ts): per stack word, per buffer front, per (word,
  // children) for s0's right and b0's left children, and per tag tuple for the model's lifetime.
  private readonly stackSums = new GroupSums();
  private readonly bufferSums = new GroupSums();
  private readonly rightSums = new GroupSums();
  private readonly leftSums = new GroupSums();
  private pairTagSums: GroupSums | undefined;
  private stackPairTagSums: GroupSums | undefined;
  private readonly pFeats = new Int32Array(MAX_PARTIAL_FEATURES);
  private readonly total = new Int32Array(2);
  private readonly extra = new Int32Array(2);
  // Sums of the single-word templates per (word type, role), for the model's lifetime (word-types.ts).
  private wordTypes = new WordTypes(WORD_TYPES);
  private roleSums = Array.from({ length: ROLES }, () => new GroupSums(WORD_TYPES + 1));
  private typeOf = new Int32Array(0);

  /** Bounds the word-type caches to `max` types (default WORD_TYPES): a test drives their restarts with it. */
  limitWordTypes(max: number): void {
    this.wordTypes = new WordTypes(max);
    this.roleSums = Array.from({ length: ROLES }, () => new GroupSums(max + 1));
  }

  /** Word type ids of the sentence's words (and the root), or false when the sentence has too many types to cache. */
  private assignTypes(enc: EncodedSentence): boolean {
    if (enc.n + 1 > this.wordTypes.maxTypes / 2) return false;
    if (this.typeOf.length < enc.n + 1) this.typeOf = new Int32Array(Math.max(enc.n + 1, this.typeOf.length * 2));
    const { wordTypes, typeOf } = this;
    for (let pass = 0; pass < 2; pass++) {
      const generation = wordTypes.generation;
      for (let i = 0; i <= enc.n; i++) typeOf[i] = wordTypes.id(enc.w[i], enc.p[i], enc.l[i], enc.f[i], enc.a[i]);
      // The table started again while this sentence was being added: its earlier ids are stale.
      if (wordTypes.generation === generation) return true;
    }
    return false;
  }

  /**
   * The single-word sums of words i0, i1 and i2 in roles first, first + 1 and first + 2 (B0-B2 or
   * S0-S2), in a shared pair of ints. It may write pFeats: call it before extracting other features.
   */
  private wordSums(enc: EncodedSentence, first: number, i0: number, i1: number, i2: number, table: ThreeClassTable): Int32Array {
    const extra = this.extra;
    extra[0] = 0;
    extra[1] = 0;
    this.addWord(enc, first, i0, table, extra);
    this.addWord(enc, first + 1, i1, table, extra);
    this.addWord(enc, first + 2, i2, table, extra);
    return extra;
  }

  /** Adds the single-word sums of word i (-1: no word, in the slot after the types) in `role` to `into`. */
  private addWord(enc: EncodedSentence, role: number, i: number, table: ThreeClassTable, into: Int32Array): void {
    const sums = this.roleSums[role];
    const slot = i < 0 ? this.wordTypes.maxTypes : this.typeOf[i];
    const key = this.wordTypes.generation;
    if (!sums.isFor(slot, key)) {
      const x = i < 0 ? wordValues(0, 0, 0, 0, 0, 0) : wordValues(enc.w[i], enc.p[i], enc.wp[i], enc.l[i], enc.f[i], enc.a[i]);
      sums.fill(slot, key, table, this.pFeats, wordFeatures(role, x, this.pFeats, this.featureSet, 0));
    }
    sums.addTo(slot, into);
  }

  /**
   * parseEncoded with the read-only table: the same decisions (the scores are the same integer
   * sums), but each cacheable group of features (partial-features.ts) is looked up once per word, per
   * (word, children) or per tag tuple instead of once per state, and a state with one legal action
   * is not scored.
   */
  private parseCached(enc: EncodedSentence, table: ThreeClassTable): ParseState {
    const st = this.state.reset(enc.n);
    const size = enc.n + 1;
    const { stackSums, bufferSums, rightSums, leftSums, pFeats: feats, total } = this;
    for (const g of [stackSums, bufferSums, rightSums, leftSums]) g.reset(size);
    const typed = this.assignTypes(enc);
    const pairTag = (this.pairTagSums ??= new GroupSums(PAIR_TAG_TUPLES));
    const stackPairTag = (this.stackPairTagSums ??= new GroupSums(STACK_PAIR_TAG_TUPLES));
    const scores = this.tScores;
    const fs = this.featureSet;
    while (!st.isTerminal()) {
      const only = onlyLegalAction(st);
      if (only >= 0) {
        this.applyLabelled(enc, st, only);
        continue;
      }
      const v = stateValues(enc, st);
      total[0] = 0;
      total[1] = 0;
      table.addRaw(feats, pairFeatures(v, feats, fs), total);
      const pt = pairTagTuple(v);
      if (!pairTag.isFor(pt, 1)) pairTag.fill(pt, 1, table, feats, pairTagFeatures(v, feats, fs, 0));
      pairTag.addTo(pt, total);
      const spt = stackPairTagTuple(v);
      if (!stackPairTag.isFor(spt, 1)) stackPairTag.fill(spt, 1, table, feats, stackPairTagFeatures(v, feats, 0));
      stackPairTag.addTo(spt, total);
      const b0 = v.b0;
      if (!bufferSums.isFor(b0, 1)) {
        const words = typed ? this.wordSums(enc, B0, b0, v.b1, v.b2, table) : undefined;
        bufferSums.fill(b0, 1, table, feats, words ? bufferPairFeatures(v, feats, fs) : bufferFeatures(v, feats, fs), words);
      }
      bufferSums.addTo(b0, total);
      if (!leftSums.isFor(b0, v.b0vl)) leftSums.fill(b0, v.b0vl, table, feats, bufferLeftFeatures(v, feats, 0));
      leftSums.addTo(b0, total);
      // s0 >= 0: a state with an empty stack can only shift.
      const s0 = v.s0;
      if (!stackSums.isFor(s0, 1)) {
        const words = typed ? this.wordSums(enc, S0, s0, v.s1, v.s2, table) : undefined;
        stackSums.fill(s0, 1, table, feats, words ? stackPairFeatures(enc, v, feats, fs) : stackFeatures(enc, v, feats, fs), words);
      }
      stackSums.addTo(s0, total);
      if (!rightSums.isFor(s0, v.s0vr)) rightSums.fill(s0, v.s0vr, table, feats, stackRightFeatures(v, feats, 0));
      rightSums.addTo(s0, total);
      scores[0] = total[0] * table.scale;
      scores[1] = total[1] * table.scale;
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
    const result: ParseResult = { heads, deprels };
    for (const [rule, repair] of REPAIRS) {
      const moved = repair(words, result);
      if (moved.length) (result.repairs ??= []).push({ rule, words: moved });
    }
    return result;
  }
}
