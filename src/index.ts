export type * from './core/types.js';
export type { AnalyzeOptions, Stage } from './core/stage.js';
export { PLOVER_TYPES } from './core/types.js';
export { runPipeline, STAGES } from './core/pipeline.js';
export {
  readInput, readBytes, readText, extractHtml, documentOptions, isIsoDate, InputError,
  type InputDocument, type InputProblem, type ReadResult, type IngestOptions, type InputFormat, type ExtractedHtml,
} from './ingest/index.js';
export {
  toRecord, toCsv, toCsvRows, csvHeader, CSV_COLUMNS, formatReport, validateRecord, createOutputStream,
  OUTPUT_FORMATS, RECORD_SCHEMA_ID, RECORD_SCHEMA_PATH,
  type CronacaRecord, type EntityRecord, type RecordOptions, type ReportOptions, type OutputFormat,
} from './output/index.js';
import { runPipeline } from './core/pipeline.js';
import type { AnalyzeOptions } from './core/stage.js';
import type { CronacaDocument } from './core/types.js';
import { extractHtml } from './ingest/html.js';
import { normaliseText } from './ingest/decode.js';

/** Analyse one plain-text document. */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<CronacaDocument> {
  return runPipeline(normaliseText(text), options);
}

/**
 * Analyse an HTML page: the main article is extracted first (title and publication date from its
 * meta tags unless given in `options`); spans index into the extracted text, `doc.text`.
 */
export async function analyzeHtml(html: string, options: AnalyzeOptions = {}): Promise<CronacaDocument> {
  const page = extractHtml(normaliseText(html));
  return runPipeline(page.text, {
    ...options,
    title: options.title ?? page.title,
    published: options.published ?? page.published,
    url: options.url ?? page.url,
  });
}

export type BatchItem = AnalyzeOptions & { text: string };
export type BatchResult = { ok: true; document: CronacaDocument } | { ok: false; error: string; id?: string };

/** Analyse many documents; one failing document gives an error result and does not stop the rest. */
export async function analyzeBatch(items: Iterable<BatchItem>): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const { text, ...options } of items) {
    try {
      results.push({ ok: true, document: runPipeline(normaliseText(text), options) });
    } catch (e) {
      results.push({ ok: false, error: e instanceof Error ? e.message : String(e), id: options.id });
    }
  }
  return results;
}
