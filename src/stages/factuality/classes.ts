// Cue classes (language-neutral): what a cue of each class does to the event it governs.
import type { Certainty } from '../../core/types.js';

export const CUE_CLASS_LIST = [
  'hedge-probable', 'hedge-possible', 'allegation',
  // "unlikely", "difficilmente": probable that not (FactBank PR-), a hedge that also negates
  'hedge-unlikely',
  'modal-epistemic-possible', 'modal-ability-past', 'modal-probable', 'modal-necessity', 'deontic',
  'epistemic-verb-probable', 'epistemic-verb-possible', 'doubt',
  'reporting-neutral', 'source-introducer', 'unnamed-source', 'unnamed-hedge', 'distancing', 'factive', 'denial',
  'counter-factive', 'negative-implicative', 'positive-implicative', 'attempt',
  'intention', 'request', 'threat', 'promise', 'future', 'conditional-aux',
  'negation', 'negative-concord', 'false-negation', 'booster', 'question', 'generic',
  'support', 'aux', 'aux-perfect',
  // a plan or schedule stated in the past ("was due to fly", "doveva partire"): its outcome is not told
  'scheduled-past',
] as const;
export type CueClass = (typeof CUE_CLASS_LIST)[number];
export const CUE_CLASSES: ReadonlySet<CueClass> = new Set(CUE_CLASS_LIST);

/** Classes whose governing verb introduces a new source (its subject). */
export const SOURCE_CLASSES: ReadonlySet<CueClass> = new Set<CueClass>([
  'epistemic-verb-probable', 'epistemic-verb-possible', 'doubt', 'reporting-neutral', 'distancing',
  'factive', 'denial', 'question',
]);

/** Classes that embed a future act (intention, plan, request, order, threat, promise). */
export const PROSPECTIVE_CLASSES: ReadonlySet<CueClass> = new Set<CueClass>(['intention', 'request', 'threat', 'promise']);

/** Classes whose complement shares the governor's own tense, modality and negation. */
export const IMPLICATIVE_CLASSES: ReadonlySet<CueClass> = new Set<CueClass>([
  'negative-implicative', 'positive-implicative', 'attempt',
]);

/** Certainty a hedge-like class imposes (the weakest wins). */
export const CLASS_CERTAINTY: Partial<Record<CueClass, Certainty>> = {
  'hedge-probable': 'PROBABLE',
  'hedge-possible': 'POSSIBLE',
  'hedge-unlikely': 'PROBABLE',
  allegation: 'PROBABLE',
  'modal-epistemic-possible': 'POSSIBLE',
  'modal-ability-past': 'POSSIBLE',
  'modal-probable': 'PROBABLE',
  'epistemic-verb-probable': 'PROBABLE',
  'epistemic-verb-possible': 'POSSIBLE',
  doubt: 'PROBABLE',
  attempt: 'POSSIBLE',
  'unnamed-hedge': 'PROBABLE',
  deontic: 'UNDERSPECIFIED',
  'scheduled-past': 'UNDERSPECIFIED',
};

/** A hedge: it sets the certainty of the clause or complement it governs. */
export function isHedge(cls: CueClass): boolean {
  return cls === 'hedge-probable' || cls === 'hedge-possible' || cls === 'hedge-unlikely';
}

const RANK: Record<Certainty, number> = { CERTAIN: 3, PROBABLE: 2, POSSIBLE: 1, UNDERSPECIFIED: 0 };

export function certaintyRank(c: Certainty): number {
  return RANK[c];
}

/** FactBank-style score (factuality.md §4): certainty weight times polarity sign. */
export function factualityScore(certainty: Certainty, polarity: 'POS' | 'NEG' | 'UNDERSPECIFIED'): number {
  const sign = polarity === 'POS' ? 1 : polarity === 'NEG' ? -1 : 0;
  return RANK[certainty] * sign;
}
