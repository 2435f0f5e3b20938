// Scores computed from tallies: P/R/F1, accuracies, per-class scores with confusion matrices,
// MAE and Pearson r for the -3..+3 scale.
import type { Tally } from './tally.js';

export interface PRF {
  tp: number;
  pred: number | null;
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  n: number;
  correct: number;
  accuracy: number | null;
}

export interface ClassScore {
  gold: number;
  pred: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface ClassReport {
  n: number;
  accuracy: number | null;
  macroF1: number | null;
  perClass: Record<string, ClassScore>;
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
  baseline: { label: string; accuracy: number | null; macroF1: number | null };
  /**
   * The classes other than the baseline label taken together (e.g. POSSIBLE + PROBABLE +
   * UNDERSPECIFIED for certainty): `micro` counts a hit only with the exact class, `detection` any
   * non-baseline prediction on a non-baseline gold item. The always-baseline answer scores 0 on both.
   */
  minority: { micro: PRF; detection: PRF };
}

export interface ScaleReport {
  n: number;
  mae: number | null;
  pearson: number | null;
  baseline: { value: number; mae: number | null };
}

export function round(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Math.round(x * 10000) / 10000;
}

/** pred = null: precision not measurable (partial gold). */
export function prf(tp: number, pred: number | null, gold: number): PRF {
  const precision = pred === null || (pred === 0 && gold === 0) ? null : pred === 0 ? 0 : tp / pred;
  const recall = gold === 0 ? null : tp / gold;
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, pred, gold, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function accuracy(correct: number, n: number): Accuracy {
  return { n, correct, accuracy: n === 0 ? null : round(correct / n) };
}

function classScore(tp: number, pred: number, gold: number): ClassScore {
  const s = prf(tp, pred, gold);
  return { gold, pred, precision: s.precision, recall: s.recall, f1: s.f1 };
}

/** From confusion counts `${prefix}${gold}>${pred}`; baseline = always predicting `baselineLabel`. */
export function classReport(tally: Tally, prefix: string, baselineLabel: string): ClassReport {
  const confusion: Record<string, Record<string, number>> = {};
  const labels = new Set<string>();
  let n = 0;
  let correct = 0;
  for (const key of tally.keysUnder(prefix)) {
    const [g, p] = key.split('>');
    if (p === undefined) continue;
    const c = tally.get(prefix + key);
    (confusion[g] ??= {})[p] = c;
    labels.add(g);
    labels.add(p);
    n += c;
    if (g === p) correct += c;
  }
  const goldCount = (l: string) => Object.values(confusion[l] ?? {}).reduce((a, b) => a + b, 0);
  const predCount = (l: string) => Object.values(confusion).reduce((a, row) => a + (row[l] ?? 0), 0);
  const perClass: Record<string, ClassScore> = {};
  const goldLabels = [...labels].filter((l) => goldCount(l) > 0).sort();
  for (const l of [...labels].sort()) perClass[l] = classScore(confusion[l]?.[l] ?? 0, predCount(l), goldCount(l));
  const macro = (scores: (number | null)[]) => (scores.length === 0 ? null : round(scores.reduce<number>((a, b) => a + (b ?? 0), 0) / scores.length));
  const baseF1 = goldLabels.map((l) => (l === baselineLabel ? classScore(goldCount(l), n, goldCount(l)).f1 : 0));
  let mTp = 0;
  let mDetected = 0;
  let mPred = 0;
  let mGold = 0;
  for (const [g, row] of Object.entries(confusion)) {
    for (const [p, c] of Object.entries(row)) {
      if (p !== baselineLabel) mPred += c;
      if (g === baselineLabel) continue;
      mGold += c;
      if (p === g) mTp += c;
      if (p !== baselineLabel) mDetected += c;
    }
  }
  return {
    n,
    accuracy: n === 0 ? null : round(correct / n),
    macroF1: macro(goldLabels.map((l) => perClass[l].f1)),
    perClass,
    confusion,
    baseline: { label: baselineLabel, accuracy: n === 0 ? null : round(goldCount(baselineLabel) / n), macroF1: n === 0 ? null : macro(baseF1) },
    minority: { micro: prf(mTp, mPred, mGold), detection: prf(mDetected, mPred, mGold) },
  };
}

export function scaleReport(tally: Tally, prefix: string, baselineValue: number): ScaleReport {
  const n = tally.get(prefix + 'n');
  if (n === 0) return { n, mae: null, pearson: null, baseline: { value: baselineValue, mae: null } };
  const [sx, sy, sxx, syy, sxy] = ['sx', 'sy', 'sxx', 'syy', 'sxy'].map((k) => tally.get(prefix + k));
  const cov = sxy - (sx * sy) / n;
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  const pearson = vx <= 1e-12 || vy <= 1e-12 ? null : cov / Math.sqrt(vx * vy);
  return {
    n,
    mae: round(tally.get(prefix + 'abs') / n),
    pearson: round(pearson),
    baseline: { value: baselineValue, mae: round(tally.get(prefix + 'baseAbs') / n) },
  };
}
