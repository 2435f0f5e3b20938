import type { CronacaDocument } from './types.js';

export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD or ISO date-time): the anchor for relative time expressions. */
  published?: string;
  /** Force the language (ISO 639-1) instead of detecting it. */
  language?: string;
  id?: string;
  url?: string;
  title?: string;
  source?: string;
  /** Folder of learned models (<modelDir>/<lang>/tagger.bin …); default $CRONACA_MODELS, else <project root>/models. */
  modelDir?: string;
}

/** One step of the pipeline: reads the layers earlier stages wrote and adds its own. */
export interface Stage {
  name: string;
  run(doc: CronacaDocument, options: AnalyzeOptions): void;
}
