import type { CronacaDocument } from '../core/types.js';
import { csvHeader, toCsvRows } from './csv.js';
import { toRecord } from './record.js';
import { formatReport } from './report.js';

export const OUTPUT_FORMATS = ['report', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface StreamOptions {
  /** Several documents expected: json prints an array. */
  batch: boolean;
  tokens?: boolean;
  color?: boolean;
  width?: number;
}

/** Writes a sequence of analysed documents in one format, chunk by chunk (nothing is buffered). */
export interface OutputStream {
  start(): string;
  document(doc: CronacaDocument, input?: string): string;
  end(): string;
}

export function createOutputStream(format: OutputFormat, options: StreamOptions): OutputStream {
  let count = 0;
  switch (format) {
    case 'json':
      return {
        start: () => (options.batch ? '[' : ''),
        document: (doc, input) => {
          const json = JSON.stringify(toRecord(doc, { tokens: options.tokens, input }), null, options.batch ? undefined : 2);
          return options.batch ? `${count++ === 0 ? '\n' : ',\n'}${json}` : `${json}\n`;
        },
        end: () => (options.batch ? `${count === 0 ? '' : '\n'}]\n` : ''),
      };
    case 'jsonl':
      return {
        start: () => '',
        document: (doc, input) => `${JSON.stringify(toRecord(doc, { tokens: options.tokens, input }))}\n`,
        end: () => '',
      };
    case 'csv':
      return { start: csvHeader, document: (doc) => toCsvRows(doc), end: () => '' };
    default:
      return {
        start: () => '',
        document: (doc, input) =>
          (count++ === 0 ? '' : '\n') + formatReport(doc, { input, color: options.color, width: options.width }),
        end: () => '',
      };
  }
}
