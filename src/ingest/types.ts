import type { DocumentMeta } from '../core/types.js';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'json' | 'rss';

/** One analysable document read from the input, before the pipeline runs. */
export interface InputDocument {
  /** Human-readable name for messages: file path, "stdin", "file.jsonl:12", "feed.xml#3". */
  name: string;
  text: string;
  meta: DocumentMeta;
  format: InputFormat;
}

/** A document (or part of one) that could not be read; reported, never thrown to the user. */
export interface InputProblem {
  document: string;
  problem: string;
}

export interface ReadResult {
  documents: InputDocument[];
  problems: InputProblem[];
  /** True when the input is a collection (folder, JSONL, JSON array, feed), whatever its size. */
  batch?: boolean;
}

export interface IngestOptions {
  /** Override format detection. */
  format?: InputFormat;
  /** Largest accepted input, in bytes (default 10 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
