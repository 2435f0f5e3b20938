// Training with the arc-hybrid dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013):
// the model is updated toward the best zero-cost action whenever its own choice costs gold arcs,
// and from iteration `exploreFrom` on it follows its own (possibly wrong) choice with probability
// `explore`, so it learns to act well after its own mistakes.
import { AveragedPerceptron } from '../../learn/averaged-perceptron.js';
import { seededRandom, shuffleInPlace } from '../../learn/prng.js';
import type { TaggedWord } from '../types.js';
import { encodeSentence, type EncodedSentence } from './encode.js';
import { FEATURE_SET, MAX_TRANSITION_FEATURES } from './features.js';
import { MAX_LABEL_FEATURES } from './label-features.js';
import { findShortcuts, type LabelShortcut } from './label-shortcuts.js';
import { actionCosts, projectivise } from './oracle.js';
import { ParserModel, ROOT_LABEL } from './parser.js';
import { N_ACTIONS, ParseState, SHIFT } from './transitions.js';

export interface TreeExample {
  words: TaggedWord[];
  /** 1-based heads, 0 = root (as in CoNLL-U). */
  heads: number[];
  deprels: string[];
}

export interface TrainOptions {
  iterations: number;
  seed: number;
  /** First iteration (0-based) that explores. */
  exploreFrom?: number;
  /** Probability of following the model's own wrong action when exploring. */
  explore?: number;
  /** 'projectivise' lifts non-projective arcs; 'skip' drops non-projective sentences. */
  nonProjective?: 'projectivise' | 'skip';
  /** Transition feature set (features.ts); default the newest. */
  featureSet?: number;
  /** Called after each iteration. */
  onIteration?: (iteration: number, stats: IterationStats) => void;
  /** Called after the iterations listed in `checkpoints` (0-based) with a model of the weights averaged so far. */
  checkpoint?: (iteration: number, model: ParserModel) => void;
  checkpoints?: number[];
}

export interface IterationStats {
  /** Share of transitions where the model's choice had zero cost. */
  transitionAccuracy: number;
  /** Label accuracy on correct arcs. */
  labelAccuracy: number;
  seconds: number;
}

interface Prepared {
  enc: EncodedSentence;
  /** 0-based heads with n for the root, projectivised. */
  gold: Int32Array;
  /** Label class of each word. */
  labels: Int32Array;
}

export interface PreparedStats {
  sentences: number;
  nonProjective: number;
  lifted: number;
  skipped: number;
}

export function collectLabels(examples: readonly TreeExample[]): string[] {
  const set = new Set<string>([ROOT_LABEL]);
  for (const ex of examples) for (const d of ex.deprels) set.add(d);
  return [...set].sort();
}

function prepare(examples: readonly TreeExample[], labelNames: string[], mode: 'projectivise' | 'skip'): { data: Prepared[]; stats: PreparedStats } {
  const labelId = new Map(labelNames.map((l, i) => [l, i]));
  const data: Prepared[] = [];
  const stats: PreparedStats = { sentences: examples.length, nonProjective: 0, lifted: 0, skipped: 0 };
  for (const ex of examples) {
    const n = ex.words.length;
    if (n === 0) continue;
    const gold = new Int32Array(n);
    for (let i = 0; i < n; i++) gold[i] = ex.heads[i] === 0 ? n : ex.heads[i] - 1;
    const lifts = projectivise(gold);
    if (lifts > 0) {
      stats.nonProjective++;
      stats.lifted += lifts;
      if (mode === 'skip') {
        stats.skipped++;
        continue;
      }
    }
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) labels[i] = labelId.get(ex.deprels[i]) ?? 0;
    data.push({ enc: encodeSentence(ex.words), gold, labels });
  }
  return { data, stats };
}

/** The (non-root) arcs of the training trees: head tag, dependent tag, dependent first, label. */
function* trainingArcs(data: readonly Prepared[]): Generator<[number, number, boolean, number]> {
  for (const { enc, gold, labels } of data) {
    for (let d = 0; d < enc.n; d++) if (gold[d] !== enc.n) yield [enc.p[gold[d]], enc.p[d], d < gold[d], labels[d]];
  }
}

export interface TrainedParser {
  /** Parses with the (averaged) perceptrons below. */
  model: ParserModel;
  transitions: AveragedPerceptron;
  labeller: AveragedPerceptron;
  labelNames: string[];
  featureSet: number;
  /** Arcs labelled from their tags alone (label-shortcuts.ts), set on `model` too. */
  labelShortcuts: LabelShortcut[];
  stats: PreparedStats;
}

export function trainParserModel(examples: readonly TreeExample[], options: TrainOptions): TrainedParser {
  const labelNames = collectLabels(examples);
  const { data, stats } = prepare(examples, labelNames, options.nonProjective ?? 'projectivise');
  const transitions = new AveragedPerceptron(N_ACTIONS, 1 << 20);
  const labeller = new AveragedPerceptron(labelNames.length, 1 << 17);
  const featureSet = options.featureSet ?? FEATURE_SET;
  const model = new ParserModel(transitions, labeller, labelNames, featureSet);
  const random = seededRandom(options.seed);
  const exploreFrom = options.exploreFrom ?? 1;
  const explore = options.explore ?? 0.9;
  const tFeats = new Int32Array(MAX_TRANSITION_FEATURES);
  const lFeats = new Int32Array(MAX_LABEL_FEATURES);
  const costs = new Int32Array(N_ACTIONS);
  const scores = new Float32Array(N_ACTIONS);
  const order = data.map((_, i) => i);

  for (let it = 0; it < options.iterations; it++) {
    const started = Date.now();
    shuffleInPlace(order, random);
    let steps = 0, right = 0, arcs = 0, labelsRight = 0;
    const exploring = it >= exploreFrom;
    for (const idx of order) {
      const { enc, gold, labels } = data[idx];
      const st = new ParseState(enc.n);
      while (!st.isTerminal()) {
        const pred = model.bestAction(enc, st, tFeats, scores);
        const nFeatures = model.lastFeatureCount;
        actionCosts(st, gold, costs);
        let best = -1;
        for (let a = 0; a < N_ACTIONS; a++) {
          if (costs[a] < 0) continue;
          if (best < 0 || costs[a] < costs[best] || (costs[a] === costs[best] && scores[a] > scores[best])) best = a;
        }
        steps++;
        if (costs[pred] === costs[best]) right++;
        else transitions.update(best, pred, tFeats, nFeatures);
        transitions.tick();
        const next = costs[pred] === costs[best] || (exploring && random() < explore) ? pred : best;
        let label = 0;
        if (next !== SHIFT) {
          const [dep, head] = st.arcOf(next);
          const guess = model.bestLabel(enc, st, dep, head, lFeats);
          const nl = model.lastFeatureCount;
          label = guess;
          if (gold[dep] === head && nl > 0) {
            arcs++;
            if (guess === labels[dep]) labelsRight++;
            else labeller.update(labels[dep], guess, lFeats, nl);
            labeller.tick();
            if (!exploring) label = labels[dep];
          }
          label++;
        }
        st.apply(next, label);
      }
    }
    options.onIteration?.(it, {
      transitionAccuracy: steps ? right / steps : 0,
      labelAccuracy: arcs ? labelsRight / arcs : 0,
      seconds: (Date.now() - started) / 1000,
    });
    if (options.checkpoint && options.checkpoints?.includes(it) && it < options.iterations - 1) {
      options.checkpoint(it, new ParserModel(transitions.averaged(), labeller.averaged(), labelNames, featureSet));
    }
  }
  transitions.average();
  labeller.average();
  const labelShortcuts = findShortcuts(trainingArcs(data), labelNames);
  model.setLabelShortcuts(labelShortcuts);
  return { model, transitions, labeller, labelNames, featureSet, labelShortcuts, stats };
}
