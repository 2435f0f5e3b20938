// Greedy arc-hybrid parsing with two averaged perceptrons: one picks the transition, one labels
// each arc as it is made (so later decisions see the labels of attached children).
import type { TaggedWord } from '../types.js';
import { encodeSentence, type EncodedSentence } from './encode.js';
import { FEATURE_SET, MAX_TRANSITION_FEATURES, stateValues, transitionFeatures } from './features.js';
import { bufferFeatures, MAX_PARTIAL_FEATURES, movingFeatures, stackFeatures } from './partial-features.js';
import { labelFeatures, MAX_LABEL_FEATURES } from './label-features.js';
import { shortcutIndex, shortcutTable, type LabelShortcut } from './label-shortcuts.js';
import { LEFT, N_ACTIONS, ParseState, SHIFT } from './transitions.js';
import { ThreeClassTable, type Scorer } from './weight-table.js';

export interface ParseResult {
  /** 1-based heads, 0 = root. */
  heads: Int32Array;
  deprels: string[];
}

export const ROOT_LABEL = 'root';

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
    const nf = labelFeatures(enc, st, dep, head, features);
    this.lastFeatureCount = nf;
    const scores = this.lScores;
    this.labeller.score(features, nf, scores);
    let best = -1;
    for (let c = 0; c < scores.length; c++) if (c !== this.rootClass && (best < 0 || scores[c] > scores[best])) best = c;
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

  // Partial transition scores (integer sums of classes 0 and 1), see partial-features.ts:
  // per stack word (its "stack" features while it is s0) and per buffer front.
  private stackSums = new Int32Array(0);
  private bufferSums = new Int32Array(0);
  private stackDone = new Uint8Array(0);
  private bufferDone = new Uint8Array(0);
  private readonly pFeats = new Int32Array(MAX_PARTIAL_FEATURES);
  private readonly acc = new Int32Array(2);

  /**
   * parseEncoded with the read-only table: the same decisions (the scores are the same integer
   * sums), but the "stack" and "buffer" features are looked up once per word instead of once per
   * state. A word is pushed once, so its stack sums stay valid for the whole sentence.
   */
  private parseCached(enc: EncodedSentence, table: ThreeClassTable): ParseState {
    const st = this.state.reset(enc.n);
    const size = enc.n + 1;
    if (this.stackDone.length < size) {
      const cap = Math.max(size, this.stackDone.length * 2);
      this.stackSums = new Int32Array(cap * 2);
      this.bufferSums = new Int32Array(cap * 2);
      this.stackDone = new Uint8Array(cap);
      this.bufferDone = new Uint8Array(cap);
    }
    const { stackSums, bufferSums, stackDone, bufferDone, pFeats: feats, acc } = this;
    stackDone.fill(0, 0, size);
    bufferDone.fill(0, 0, size);
    const scores = this.tScores;
    const fs = this.featureSet;
    while (!st.isTerminal()) {
      const v = stateValues(enc, st);
      acc[0] = 0;
      acc[1] = 0;
      table.addRaw(feats, movingFeatures(enc, v, feats, fs), acc);
      let a0 = acc[0];
      let a1 = acc[1];
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
      const s0 = v.s0;
      if (s0 < 0 || !stackDone[s0]) {
        acc[0] = 0;
        acc[1] = 0;
        table.addRaw(feats, stackFeatures(enc, v, feats, fs), acc);
        if (s0 >= 0) {
          stackSums[s0 * 2] = acc[0];
          stackSums[s0 * 2 + 1] = acc[1];
          stackDone[s0] = 1;
        } else {
          a0 += acc[0];
          a1 += acc[1];
        }
      }
      if (s0 >= 0) {
        a0 += stackSums[s0 * 2];
        a1 += stackSums[s0 * 2 + 1];
      }
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
