import { statSync } from 'node:fs';
import type { AnalyzeOptions } from '../core/stage.js';
import { documentOptions } from '../ingest/options.js';
import { readInput, STDIN } from '../ingest/read.js';
import type { IngestOptions } from '../ingest/types.js';
import { createOutputStream, type OutputFormat } from '../output/formats.js';
import { EXIT } from './exit-codes.js';
import { reportInternal, reportProblem } from './stderr.js';
import { StdoutWriter } from './writer.js';
import { packLanguages } from '../core/packs.js';

export interface AnalyzeCommand {
  input: string;
  format: OutputFormat;
  ingest: IngestOptions;
  overrides: AnalyzeOptions;
  tokens: boolean;
}

/** Read, analyse and print; returns the exit code. Problems go to stderr, one line each. */
export async function analyzeCommand(cmd: AnalyzeCommand): Promise<number> {
  const read = await readInput(cmd.input, cmd.ingest);
  for (const p of read.problems) reportProblem(p.document, p.problem);
  const isFolder = cmd.input !== STDIN && isDirectory(cmd.input);
  const batch = Boolean(read.batch) || isFolder || read.documents.length + read.problems.length > 1;

  const out = new StdoutWriter();
  const stream = createOutputStream(cmd.format, {
    batch,
    tokens: cmd.tokens,
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    width: Math.min(process.stdout.columns ?? 120, 160) || 120,
  });
  // The pipeline (and its language data) is loaded only when there is something to analyse.
  const { runPipeline } = read.documents.length > 0 ? await import('../core/pipeline.js') : { runPipeline: undefined };
  let written = 0;
  let unsupported = 0;
  let failed = read.problems.length;
  if (read.documents.length > 0) await out.write(stream.start());
  for (const input of read.documents) {
    try {
      const doc = runPipeline!(input.text, documentOptions(input, cmd.overrides));
      if (!doc.language.supported) {
        unsupported++;
        reportProblem(input.name, unsupportedMessage(doc.language.code));
        continue;
      }
      await out.write(stream.document(doc, input.name));
      written++;
    } catch (e) {
      failed++;
      reportInternal(input.name, e);
    }
    if (out.closed) break;
  }
  if (read.documents.length > 0) await out.write(stream.end());
  await out.end();

  if (written === 0) {
    return unsupported > 0 && failed === 0 ? EXIT.UNSUPPORTED_LANGUAGE : EXIT.INPUT;
  }
  return failed + unsupported > 0 ? EXIT.PARTIAL : EXIT.OK;
}

function unsupportedMessage(code: string): string {
  const have = packLanguages().sort().join(', ');
  if (!code || code === 'und') return `could not identify the language (supported: ${have}; force one with --lang)`;
  return `unsupported language "${code}" (supported: ${have})`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
