// `cronaca train tagger`: trains on a UD train file, scores on dev, writes <out>/<lang>/tagger.bin.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveModelDir } from '../model-dir.js';
import { readTrainingInputs } from '../training-inputs.js';
import { MwtExpander } from '../mwt.js';
import { scoreMwt, scoreTagger } from './evaluate.js';
import { saveTagger, TAGGER_FILE } from './model-io.js';
import { trainTagger } from './train.js';
import { normForm } from './text.js';
import { cronacaVersion, dataRef } from '../../learn/provenance.js';

export const TAGGER_SEED = 20261126;
export const TAGGER_ITERATIONS = 6;
const PRUNE_BELOW = 1;


export async function trainTaggerCommand(o: { lang: string; train?: string; dev?: string; out?: string; iterations?: number; seed?: number }): Promise<number> {
  const seed = o.seed ?? TAGGER_SEED;
  const log = (s: string) => process.stderr.write(s + '\n');
  const inputs = readTrainingInputs(o, TAGGER_ITERATIONS, log);
  if (typeof inputs === 'number') return inputs;
  const { trainPath, devPath, train, dev, iterations } = inputs;
  const started = Date.now();
  log(`training the ${o.lang} tagger on ${train.length} sentences, ${iterations} iterations`);
  const tagger = trainTagger(train, { lang: o.lang, iterations, seed, pruneBelow: PRUNE_BELOW, log });
  const seconds = (Date.now() - started) / 1000;
  const trainForms = new Set(train.flatMap((s) => s.words.map((w) => normForm(w.form))));
  const scores = scoreTagger(tagger, dev, trainForms);
  const mwt = scoreMwt(new MwtExpander(o.lang, tagger.vocab.mwt), dev);
  const out = join(resolveModelDir(o.out), o.lang, TAGGER_FILE);
  const meta = {
    kind: 'cronaca-tagger',
    lang: o.lang,
    cronacaVersion: cronacaVersion(),
    date: new Date().toISOString(),
    train: dataRef(trainPath),
    dev: dataRef(devPath),
    seed,
    iterations,
    pruneBelow: PRUNE_BELOW,
    trainingSeconds: Math.round(seconds),
    features: { upos: tagger.uposModel.featureCount, feats: tagger.featsModel.featureCount },
    dev_scores: scores,
    dev_mwt: mwt,
  };
  saveTagger(out, tagger, meta);
  process.stdout.write(
    `${o.lang} tagger, dev (${scores.words} words, gold tokenization): UPOS ${scores.upos}  FEATS ${scores.feats}  ` +
      `UPOS+FEATS ${scores.uposFeats}  lemma ${scores.lemma}  unknown-word UPOS ${scores.unknownUpos} (${scores.unknownWords} words)\n` +
      `per feature: ${Object.entries(scores.perFeature).map(([k, v]) => `${k} ${v}`).join('  ')}\n` +
      `multiword tokens: ${mwt.mwtCorrect}/${mwt.mwtTokens} expanded right, ${mwt.falseSplits}/${mwt.singleTokens} single tokens split; token accuracy ${mwt.tokenAccuracy}\n` +
      `wrote ${out} (${statSync(out).size} bytes) in ${Math.round(seconds)} s\n`,
  );
  return 0;
}
