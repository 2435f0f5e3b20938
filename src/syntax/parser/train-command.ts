// `cronaca train parser`: trains on a UD train file, scores on dev, writes <out>/<lang>/parser.bin.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedPerceptron } from '../../learn/averaged-perceptron.js';
import { type UdSentence } from '../../learn/ud.js';
import { resolveModelDir } from '../model-dir.js';
import { readTrainingInputs } from '../training-inputs.js';
import { loadTaggerFile, TAGGER_FILE } from '../tagger/model-io.js';
import { TAGGER_ITERATIONS } from '../tagger/train-command.js';
import { RUNNER_UP_MARGIN } from '../tagger/tagger.js';
import type { TaggedWord } from '../types.js';
import { PARSER_FILE } from './index.js';
import { jackknifeTags } from './jackknife.js';
import { saveParserModel } from './model-io.js';
import { ParserModel } from './parser.js';
import { trainParserModel, type TrainedParser, type TreeExample } from './train.js';
import { scorerFromPerceptronBuffer } from './weight-table.js';
import { AttachmentTally, toExample, type AttachmentScores } from './treebank.js';
import { cronacaVersion, dataRef } from '../../learn/provenance.js';

export const PARSER_SEED = 20261126;
export const PARSER_ITERATIONS = 12;
/**
 * Weight rows whose largest averaged weight is below a threshold are dropped before saving; the
 * threshold is chosen on dev among these (best LAS, ties to the smaller model). Pruning acts as
 * regularisation: on ISDT dev 2 scored better than 1 at under half the size; on EWT dev 1 was best.
 */
export const PARSER_PRUNE_CHOICES = [1, 1.5, 2, 3];
export const JACKKNIFE_FOLDS = 5;


const round4 = (x: number): number => Math.round(x * 10000) / 10000;

export function scoreParser(model: ParserModel, examples: readonly TreeExample[]): AttachmentScores {
  const tally = new AttachmentTally();
  for (const ex of examples) tally.add(ex, model.parse(ex.words));
  const s = tally.scores();
  return { words: s.words, uas: round4(s.uas), las: round4(s.las), lasFull: round4(s.lasFull) };
}

/** Dev examples tagged by the tagger model of `lang` in `modelDir`, when there is one. */
export function predictedTagExamples(dev: UdSentence[], lang: string, modelDir: string): TreeExample[] | undefined {
  const path = join(modelDir, lang, TAGGER_FILE);
  if (!existsSync(path)) return undefined;
  const { tagger } = loadTaggerFile(path);
  return dev.map((s) => {
    const tagged: TaggedWord[] = tagger.tag(s.words.map((w) => w.form));
    return toExample(s, tagged);
  });
}

/** The pruning threshold with the best dev LAS, scored as shipped (int16 weight tables). */
function choosePruning(trained: TrainedParser, dev: TreeExample[], log: (s: string) => void): number {
  const saved = { t: trained.transitions.toBuffer(), l: trained.labeller.toBuffer() };
  let best = PARSER_PRUNE_CHOICES[0];
  let bestLas = -1;
  for (const threshold of PARSER_PRUNE_CHOICES) {
    const t = AveragedPerceptron.fromBuffer(saved.t);
    const l = AveragedPerceptron.fromBuffer(saved.l);
    t.prune(threshold);
    l.prune(threshold);
    const m = new ParserModel(
      scorerFromPerceptronBuffer(t.toBuffer({ quantize: true })),
      scorerFromPerceptronBuffer(l.toBuffer({ quantize: true })),
      trained.labelNames,
      trained.featureSet,
    );
    m.setLabelShortcuts(trained.labelShortcuts);
    const s = scoreParser(m, dev);
    log(`  pruned below ${threshold}: ${t.featureCount} + ${l.featureCount} weight rows, dev UAS ${s.uas}  LAS ${s.las}`);
    if (s.las >= bestLas) {
      best = threshold;
      bestLas = s.las;
    }
  }
  return best;
}

export interface TrainParserCommand {
  lang: string;
  train?: string;
  dev?: string;
  out?: string;
  iterations?: number;
  /** Seed of the training order (the jackknifed tags keep PARSER_SEED, so their cache stays valid). */
  seed?: number;
  /** Tags of the training words: jackknifed tagger output (default) or the treebank's gold tags. */
  trainingTags?: 'jackknife' | 'gold';
  /** JSON file keeping the jackknifed tags between runs (reused when made from the same train file). */
  tagsCache?: string;
  /** Exploration settings of train.ts (defaults there). */
  exploreFrom?: number;
  explore?: number;
  /** Transition feature set (features.ts); default the newest. */
  featureSet?: number;
  /** Pruning threshold; default the one of PARSER_PRUNE_CHOICES with the best dev LAS. */
  pruneBelow?: number;
  /** Label weights below this in magnitude are cleared after pruning (pruneWeights); default none. */
  labelWeightsBelow?: number;
}

interface TagsCache {
  trainSha256: string;
  folds: number;
  taggerIterations: number;
  seed: number;
  /** The tagger's runner-up margin (tagger.ts) the tags were made with. */
  runnerUpMargin: number;
  /** Per sentence, per word: [lemma, upos, feats], then the runner-up tag and its margin when there is one. */
  tags: ([string, string, string] | [string, string, string, string, number])[][];
}

function jackknifeWithCache(train: UdSentence[], o: TrainParserCommand, trainSha: string, log: (s: string) => void): TaggedWord[][] {
  const key = { trainSha256: trainSha, folds: JACKKNIFE_FOLDS, taggerIterations: TAGGER_ITERATIONS, seed: PARSER_SEED, runnerUpMargin: RUNNER_UP_MARGIN };
  if (o.tagsCache && existsSync(o.tagsCache)) {
    const c = JSON.parse(readFileSync(o.tagsCache, 'utf8')) as TagsCache;
    const same = (Object.keys(key) as (keyof typeof key)[]).every((k) => c[k] === key[k]);
    if (same && c.tags.length === train.length) {
      log(`jackknifed tags read from ${o.tagsCache}`);
      return c.tags.map((s, i) =>
        s.map(([lemma, upos, feats, alt, altMargin], j) => {
          const w: TaggedWord = { form: train[i].words[j].form, lemma, upos, feats };
          if (alt !== undefined) {
            w.alt = alt;
            w.altMargin = altMargin;
          }
          return w;
        }),
      );
    }
    log(`${o.tagsCache} was made from other data or settings: recomputing`);
  }
  log(`tagging the ${o.lang} training set with ${JACKKNIFE_FOLDS}-fold jackknifed taggers (${TAGGER_ITERATIONS} iterations each)`);
  const tags = jackknifeTags(train, { lang: o.lang, folds: JACKKNIFE_FOLDS, iterations: TAGGER_ITERATIONS, seed: PARSER_SEED, log });
  if (o.tagsCache) {
    const c: TagsCache = { ...key, tags: tags.map((s) => s.map((w) => (w.alt === undefined ? [w.lemma, w.upos, w.feats] : [w.lemma, w.upos, w.feats, w.alt, w.altMargin ?? 0]))) };
    writeFileSync(o.tagsCache, JSON.stringify(c));
  }
  return tags;
}

export async function trainParserCommand(o: TrainParserCommand): Promise<number> {
  const log = (s: string) => process.stderr.write(s + '\n');
  const inputs = readTrainingInputs(o, PARSER_ITERATIONS, log);
  if (typeof inputs === 'number') return inputs;
  const { trainPath, devPath, train, dev, iterations } = inputs;
  const modelDir = resolveModelDir(o.out);
  const started = Date.now();
  const trainingTags = o.trainingTags ?? 'jackknife';
  let tags: TaggedWord[][] | undefined;
  const trainRef = dataRef(trainPath);
  if (trainingTags === 'jackknife') tags = jackknifeWithCache(train, o, trainRef.sha256, log);
  let predictedDev: TreeExample[] | undefined;
  try {
    predictedDev = predictedTagExamples(dev, o.lang, modelDir);
  } catch (e) {
    log(`cronaca: the tagger model could not be used for the dev score: ${(e as Error).message}`);
  }
  const goldDev = dev.map((s) => toExample(s));
  log(`training the ${o.lang} parser on ${train.length} sentences, ${iterations} iterations`);
  const trained = trainParserModel(
    train.map((s, i) => toExample(s, tags?.[i])),
    {
      iterations,
      seed: o.seed ?? PARSER_SEED,
      exploreFrom: o.exploreFrom,
      explore: o.explore,
      featureSet: o.featureSet,
      onIteration: (i, s) =>
        log(`  iteration ${i + 1}: transitions ${s.transitionAccuracy.toFixed(4)}, labels ${s.labelAccuracy.toFixed(4)}, ${s.seconds.toFixed(1)} s`),
      // Dev scores along the way (every other iteration from the 6th), to choose the iteration count.
      checkpoints: Array.from({ length: iterations }, (_, i) => i).filter((i) => i >= 5 && i % 2 === 1),
      checkpoint: (i, m) => {
        const s = scoreParser(m, predictedDev ?? goldDev);
        log(`    dev after ${i + 1} iterations (${predictedDev ? 'predicted' : 'gold'} tags): UAS ${s.uas}  LAS ${s.las}`);
      },
    },
  );
  const seconds = (Date.now() - started) / 1000;
  const { model, transitions, labeller, stats } = trained;
  const rows = { transitions: transitions.featureCount, labels: labeller.featureCount };
  const unpruned = scoreParser(model, goldDev);
  const bestOnDev = choosePruning(trained, predictedDev ?? goldDev, log);
  const pruneBelow = o.pruneBelow ?? bestOnDev;
  transitions.prune(pruneBelow);
  labeller.prune(pruneBelow);
  if (o.labelWeightsBelow !== undefined) {
    const cleared = labeller.pruneWeights(o.labelWeightsBelow);
    log(`  label weights below ${o.labelWeightsBelow} cleared: ${cleared}`);
  }
  const goldTags = scoreParser(model, goldDev);
  const predictedTags = predictedDev ? scoreParser(model, predictedDev) : undefined;
  const out = join(modelDir, o.lang, PARSER_FILE);
  const meta = {
    kind: 'cronaca-parser',
    lang: o.lang,
    cronacaVersion: cronacaVersion(),
    date: new Date().toISOString(),
    train: trainRef,
    dev: dataRef(devPath),
    seed: o.seed ?? PARSER_SEED,
    iterations,
    transitionSystem: 'arc-hybrid, root at the end, dynamic oracle with exploration',
    trainingTags: trainingTags === 'jackknife' ? `${JACKKNIFE_FOLDS}-fold jackknifed tagger output (UPOS with close runner-ups, lemma, FEATS)` : 'gold',
    nonProjective: stats,
    pruneBelow,
    pruneChoice: o.pruneBelow === undefined ? 'best dev LAS' : `given (--prune-below; best dev LAS at ${bestOnDev})`,
    labelWeightsBelow: o.labelWeightsBelow ?? null,
    labelShortcuts: trained.labelShortcuts.length,
    trainingSeconds: Math.round(seconds),
    features: { transitions: transitions.featureCount, labels: labeller.featureCount, beforePruning: rows },
    dev_scores: { predictedTags, goldTags, goldTagsUnpruned: unpruned },
  };
  saveParserModel(out, trained, meta);
  const line = (name: string, s: AttachmentScores) => `  ${name}: UAS ${s.uas}  LAS ${s.las}  (LAS with subtypes ${s.lasFull})\n`;
  process.stdout.write(
    `${o.lang} parser, dev (${goldTags.words} words, gold tokenization):\n` +
      (predictedTags ? line('predicted tags', predictedTags) : '  predicted tags: no tagger model in ' + modelDir + '\n') +
      line('gold tags', goldTags) +
      line('gold tags, before pruning', unpruned) +
      `wrote ${out} (${statSync(out).size} bytes) in ${Math.round(seconds)} s\n`,
  );
  return 0;
}
