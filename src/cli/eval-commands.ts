// `cronaca convert FORMAT PATH` and `cronaca eval --gold FILE`; main.ts wires them in.
import { existsSync } from 'node:fs';
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { CONVERT_FORMATS, convert, type ConvertFormat } from '../convert/index.js';
import { GoldFormatError, readGoldFile, toGoldJsonl } from '../gold/read.js';
import { UsageError } from './exit-codes.js';

function mustExist(path: string, what: string): void {
  if (!existsSync(path)) throw new UsageError(`${what} not found: ${path}`);
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return n;
}

export function registerEvalCommands(program: Command): void {
  program
    .command('convert')
    .description('convert a public gold corpus to cronaca gold JSONL on stdout (see docs/evaluation.md)')
    .addArgument(new Argument('<format>', 'corpus format').choices(CONVERT_FORMATS))
    .argument('<path>', 'corpus file or folder')
    .option('--language <code>', 'language of the documents (default: from the corpus)')
    .option('--sentences-per-doc <n>', 'most sentences per document when the corpus has no document boundaries (kind, conllu)', count)
    .action((format: ConvertFormat, path: string, opts: { language?: string; sentencesPerDoc?: number }) => {
      mustExist(path, 'corpus file or folder');
      const docs = convert(format, path, { language: opts.language, maxSentences: opts.sentencesPerDoc });
      process.stdout.write(toGoldJsonl(docs));
    });

  program
    .command('eval')
    .description('run the pipeline on gold documents and score every layer they carry (see docs/evaluation.md)')
    .option('--gold <file>', 'gold JSONL file')
    .option('--ud <file>', 'UD CoNLL-U treebank: score the tagger and parser with gold tokenization')
    .option('--lang <code>', 'language of the --ud file (default: from its name, e.g. it_isdt-ud-dev.conllu)')
    .addOption(new Option('--format <format>', 'report format').choices(['table', 'json']).default('table'))
    .option('--worst <n>', 'how many worst sentences to list', count, 10)
    .action(async (opts: { gold?: string; ud?: string; lang?: string; format: 'table' | 'json'; worst: number }) => {
      if (opts.ud !== undefined) {
        mustExist(opts.ud, 'UD file');
        const { evaluateUdFile, formatUdTable } = await import('../syntax/eval-ud.js');
        let scores;
        try {
          scores = evaluateUdFile(opts.ud, opts.lang);
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
        process.stdout.write(opts.format === 'json' ? JSON.stringify(scores, null, 2) + '\n' : formatUdTable(scores));
        return;
      }
      if (opts.gold === undefined) throw new UsageError('pass --gold FILE or --ud FILE');
      // Loaded here so that `convert` does not load the pipeline.
      const { evaluate } = await import('../eval/evaluate.js');
      const { formatTable } = await import('../eval/format-table.js');
      mustExist(opts.gold, 'gold file');
      let gold;
      try {
        gold = readGoldFile(opts.gold);
      } catch (e) {
        if (e instanceof GoldFormatError) throw new UsageError(`invalid gold file: ${e.message}`);
        throw e;
      }
      const report = evaluate(gold, { worst: opts.worst });
      process.stdout.write(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatTable(report));
    });
}
