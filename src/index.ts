export type * from './core/types.js';
export type { AnalyzeOptions, Stage } from './core/stage.js';
export { PLOVER_TYPES } from './core/types.js';
export { runPipeline, STAGES } from './core/pipeline.js';
import { runPipeline } from './core/pipeline.js';
import type { AnalyzeOptions } from './core/stage.js';
import type { CronacaDocument } from './core/types.js';

/** Analyse one plain-text document. */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<CronacaDocument> {
  return runPipeline(text, options);
}
