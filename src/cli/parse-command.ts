// `cronaca parse FILE --format conllu`: segmentation, morphology, tagging and dependency parsing
// only (no entities, events...), printed as CoNLL-U.
import { Option, type Command } from 'commander';
import { hasPack, packLanguages } from '../core/packs.js';
import type { AnalyzeOptions } from '../core/stage.js';
import { documentOptions } from '../ingest/options.js';
import { readInput } from '../ingest/read.js';
import { EXIT, UsageError } from './exit-codes.js';
import { reportInternal, reportProblem } from './stderr.js';
import { StdoutWriter } from './writer.js';

export const PARSE_FORMATS = ['conllu'] as const;

interface ParseFlags {
  lang?: string;
  format: (typeof PARSE_FORMATS)[number];
  models?: string;
}

export async function parseCommand(input: string, flags: ParseFlags): Promise<number> {
  if (flags.lang !== undefined && !hasPack(flags.lang)) {
    throw new UsageError(`no language pack for "${flags.lang}" (available: ${packLanguages().sort().join(', ')})`);
  }
  const read = await readInput(input);
  for (const p of read.problems) reportProblem(p.document, p.problem);
  if (read.documents.length === 0) return EXIT.INPUT;
  const { runPipeline, STAGES } = await import('../core/pipeline.js');
  const { toConllu } = await import('../output/conllu.js');
  const last = STAGES.findIndex((s) => s.name === 'syntax');
  if (last < 0) throw new Error('the pipeline has no syntax stage');
  const stages = STAGES.slice(0, last + 1);
  const overrides: AnalyzeOptions = { language: flags.lang, modelDir: flags.models };
  const out = new StdoutWriter();
  let written = 0;
  let failed = read.problems.length;
  let unsupported = 0;
  for (const doc of read.documents) {
    try {
      const analysed = runPipeline(doc.text, { ...documentOptions(doc, overrides), modelDir: flags.models }, stages);
      if (!analysed.language.supported) {
        unsupported++;
        reportProblem(doc.name, `unsupported language "${analysed.language.code || 'und'}" (force one with --lang)`);
        continue;
      }
      if (analysed.words.length === 0 && analysed.tokens.length > 0) {
        const why = analysed.messages.find((m) => m.code.startsWith('syntax-'));
        if (why && written === 0) reportProblem(doc.name, why.text);
      }
      await out.write(toConllu(analysed));
      written++;
    } catch (e) {
      failed++;
      reportInternal(doc.name, e);
    }
    if (out.closed) break;
  }
  await out.end();
  if (written === 0) return unsupported > 0 && failed === 0 ? EXIT.UNSUPPORTED_LANGUAGE : EXIT.INPUT;
  return failed + unsupported > 0 ? EXIT.PARTIAL : EXIT.OK;
}

/** Adds `parse`; `setExit` receives the exit code (main.ts passes its own). */
export function registerParseCommand(program: Command, setExit: (code: number) => void = (c) => (process.exitCode = c)): void {
  program
    .command('parse')
    .description('tag and dependency-parse a file, a folder or stdin ("-"); prints CoNLL-U')
    .argument('<input>', 'file, folder, or - for stdin')
    .option('-l, --lang <code>', 'force the language instead of detecting it (it, en)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(PARSE_FORMATS).default('conllu'))
    .option('--models <dir>', 'folder of learned models (default $CRONACA_MODELS, else <project>/models)')
    .action(async (input: string, flags: ParseFlags) => {
      setExit(await parseCommand(input, flags));
    });
}
