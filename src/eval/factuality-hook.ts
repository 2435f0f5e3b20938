// The factuality stage's per-predicate entry point, looked up at run time so evaluation compiles
// and runs (reporting "unavailable") while the stage does not export it yet.
import * as factualityStage from '../stages/factuality/index.js';
import type { CronacaDocument, Factuality } from '../core/types.js';

export interface Predicate {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
}

export type AssessFactuality = (doc: CronacaDocument, predicate: Predicate) => Factuality;

export function factualityAssessor(): AssessFactuality | undefined {
  const fn = (factualityStage as Record<string, unknown>).assessFactuality;
  return typeof fn === 'function' ? (fn as AssessFactuality) : undefined;
}
