import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { hasPack, packLanguages, PROJECT_ROOT } from '../core/packs.js';
import { isIsoDate } from '../ingest/date.js';
import { DEFAULT_MAX_BYTES, type InputFormat } from '../ingest/types.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/formats.js';
import { EXIT, EXIT_CODES_HELP, UsageError } from './exit-codes.js';
import { debugEnabled, reportInternal, reportProblem } from './stderr.js';

const INPUT_FORMATS = ['text', 'html', 'jsonl', 'json', 'rss'] as const;

interface AnalyzeFlags {
  published?: string;
  lang?: string;
  format: OutputFormat;
  inputFormat?: InputFormat;
  maxBytes: number;
  tokens?: boolean;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** "10485760", "500K", "20M", "1G" (binary units) to bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+)\s*([kmg]i?b?)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a number of bytes, e.g. 10485760, 500K or 20M');
  const unit = (m[2] ?? '').charAt(0).toLowerCase();
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
  if (n <= 0) throw new InvalidArgumentError('must be greater than 0');
  return n;
}

function parsePublished(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError(`expected YYYY-MM-DD or an ISO date-time such as 2022-01-16T09:30:00Z, got "${value}"`);
  }
  return value.trim();
}

function parseLanguage(value: string): string {
  const code = value.trim().toLowerCase();
  if (!hasPack(code)) throw new InvalidArgumentError(`no language pack for "${value}" (available: ${packLanguages().sort().join(', ')})`);
  return code;
}

/** Commands that live in their own modules; a module that fails to load must not break `analyze`. */
async function registerOtherCommands(program: Command, setCode: (code: number) => void): Promise<void> {
  const modules: [string, () => Promise<void>][] = [
    ['eval/convert', async () => (await import('./eval-commands.js')).registerEvalCommands(program)],
    ['parse', async () => (await import('./parse-command.js')).registerParseCommand(program, setCode)],
    ['train', async () => (await import('./train-commands.js')).registerTrainCommands(program, setCode)],
  ];
  for (const [name, register] of modules) {
    try {
      await register();
    } catch (e) {
      if (debugEnabled()) reportInternal(`${name} commands unavailable`, e);
    }
  }
}

function buildProgram(run: (code: number) => void): Command {
  const program = new Command('cronaca')
    .description('Turn Italian and English news into PLOVER political-event data with factuality and evidence spans.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXIT_CODES_HELP)
    .showHelpAfterError('(run "cronaca --help" for usage)')
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(`cronaca: ${str.replace(/^error: /, '')}`),
    });

  program
    .command('analyze')
    .description('analyse a file, a folder (its .txt .html .htm .jsonl .json .xml files) or stdin ("-")')
    .argument('<input>', 'file, folder, or - for stdin')
    .option('-p, --published <date>', 'publication date (YYYY-MM-DD or ISO date-time): anchors "yesterday", "on Monday"...', parsePublished)
    .option('-l, --lang <code>', 'force the language instead of detecting it (it, en)', parseLanguage)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('report'))
    .addOption(new Option('-i, --input-format <format>', 'input format (default: from extension and content)').choices(INPUT_FORMATS))
    .option('--max-bytes <n>', 'largest input accepted, e.g. 10485760, 500K, 20M', parseByteSize, DEFAULT_MAX_BYTES)
    .option('--tokens', 'include tokens (lemma, POS, features) in json/jsonl output')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(`cronaca: ${str.replace(/^error: /, '')}`),
    })
    .action(async (input: string, flags: AnalyzeFlags) => {
      // Loaded on demand so --help, --version and usage errors do not load the language data.
      const { analyzeCommand } = await import('./analyze.js');
      run(
        await analyzeCommand({
          input,
          format: flags.format,
          ingest: { format: flags.inputFormat, maxBytes: flags.maxBytes },
          overrides: { published: flags.published, language: flags.lang },
          tokens: flags.tokens === true,
        }),
      );
    });
  return program;
}

/** The command line; resolves to the process exit code and never throws. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  try {
    const setCode = (c: number): void => {
      code = c;
    };
    const program = buildProgram(setCode);
    // Other commands load the whole pipeline; skip that when the user wants `analyze` or --version.
    if (argv.length === 0 || !['analyze', '-V', '--version'].includes(argv[0])) await registerOtherCommands(program, setCode);
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; commander has already printed the message for errors.
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (e instanceof UsageError) {
      reportProblem(undefined, e.message);
      return EXIT.USAGE;
    }
    reportInternal(undefined, e);
    return EXIT.INPUT;
  }
}
