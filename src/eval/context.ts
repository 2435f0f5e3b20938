import type { CronacaDocument, Span } from '../core/types.js';
import type { GoldDocument } from '../gold/types.js';
import type { Tally } from './tally.js';

/** One disagreement between gold and prediction, for the worst-misses list. */
export interface Issue {
  layer: string;
  start: number;
  end: number;
  expected?: string;
  produced?: string;
  rules: string[];
}

export interface EvalOptions {
  /** Score predicted GPE as LOC (when the gold set has no GPE type, e.g. KIND, MEANTIME). */
  gpeAsLoc: boolean;
}

export interface ScoreContext {
  gold: GoldDocument;
  doc: CronacaDocument;
  tally: Tally;
  issues: Issue[];
  options: EvalOptions;
  inScope(span: Span): boolean;
}
