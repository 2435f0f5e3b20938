// `cronaca train tagger|parser|ner`: trains a model on annotated data and writes it to the model folder.
import { Command, InvalidArgumentError } from 'commander';

interface TrainFlags {
  lang: string;
  train?: string[];
  dev?: string;
  out?: string;
  iterations?: number;
  seed?: number;
  pruneBelow?: number;
  labelWeightsBelow?: number;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function trainCommand(name: string, description: string, languages: string, run: (flags: TrainFlags) => Promise<number>, setCode: (code: number) => void): Command {
  return new Command(name)
    .description(description)
    .requiredOption('-l, --lang <code>', `language (${languages})`)
    .option('--train <file>', 'training file (repeatable; default: the corpus under ../shared/gold)', collect)
    .option('--dev <file>', 'development file for model selection and the reported scores')
    .option('--out <dir>', 'model folder to write (default: the model folder in use, see CRONACA_MODELS)')
    .option('--iterations <n>', 'training passes over the data', positiveInt)
    .option('--seed <n>', 'seed of the training order (default: the fixed seed the shipped models use)', nonNegativeInt)
    .action(async (flags: TrainFlags) => setCode(await run(flags)));
}

export function registerTrainCommands(program: Command, setCode: (code: number) => void): void {
  const train = program.command('train').description('train a model (tagger, parser, ner) on annotated data; deterministic');
  const add = (command: Command): void => {
    train.addCommand(command.copyInheritedSettings(train));
  };
  add(
    trainCommand('tagger', 'part-of-speech, features and lemma tagger on a UD CoNLL-U treebank', 'it, en', async (f) => {
      const { trainTaggerCommand } = await import('../syntax/tagger/train-command.js');
      return trainTaggerCommand({ lang: f.lang, train: f.train?.[0], dev: f.dev, out: f.out, iterations: f.iterations, seed: f.seed });
    }, setCode),
  );
  add(
    trainCommand('parser', 'transition-based dependency parser on a UD CoNLL-U treebank', 'it, en', async (f) => {
      const { trainParserCommand } = await import('../syntax/parser/train-command.js');
      return trainParserCommand({ lang: f.lang, train: f.train?.[0], dev: f.dev, out: f.out, iterations: f.iterations, seed: f.seed, pruneBelow: f.pruneBelow, labelWeightsBelow: f.labelWeightsBelow });
    }, setCode)
      .option('--prune-below <x>', 'drop weight rows whose largest weight is below x (default: the threshold with the best dev LAS)', positiveNumber)
      .option('--label-weights-below <w>', 'then clear the label weights below w in magnitude: a faster label classifier (default: keep them)', positiveNumber),
  );
  add(
    trainCommand('ner', 'entity-mention tagger on KIND-style BIO files', 'it', async (f) => {
      const { trainNerCommand } = await import('../ner/train-command.js');
      return trainNerCommand({ lang: f.lang, train: f.train, dev: f.dev, out: f.out, iterations: f.iterations, seed: f.seed });
    }, setCode),
  );
}
