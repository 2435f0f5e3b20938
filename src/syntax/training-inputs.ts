// The checked inputs of `cronaca train tagger|parser`: the UD files (given or the defaults under
// ../shared), read, and the number of iterations. Problems become a one-line message and an exit code.
import { existsSync } from 'node:fs';
import { readConllu, type UdSentence } from '../learn/ud.js';
import { UD_FILES, udFile } from './model-dir.js';

export interface TrainingInputs {
  trainPath: string;
  devPath: string;
  train: UdSentence[];
  dev: UdSentence[];
  iterations: number;
}

export function readTrainingInputs(
  o: { lang: string; train?: string; dev?: string; iterations?: number },
  defaultIterations: number,
  log: (line: string) => void,
): TrainingInputs | number {
  if ((!o.train || !o.dev) && !UD_FILES[o.lang]) {
    log(`cronaca: no default UD treebank for language "${o.lang}" (known: ${Object.keys(UD_FILES).join(', ')}); pass --train and --dev`);
    return 1;
  }
  const trainPath = o.train ?? udFile(o.lang, 'train');
  const devPath = o.dev ?? udFile(o.lang, 'dev');
  for (const p of [trainPath, devPath]) {
    if (!existsSync(p)) {
      log(`cronaca: ${p}: file not found (pass --train/--dev)`);
      return 2;
    }
  }
  const iterations = o.iterations ?? defaultIterations;
  if (!Number.isInteger(iterations) || iterations < 1) {
    log(`cronaca: --iterations must be a positive integer, got ${o.iterations}`);
    return 1;
  }
  let train: UdSentence[], dev: UdSentence[];
  try {
    train = readConllu(trainPath);
    dev = readConllu(devPath);
  } catch (e) {
    log(`cronaca: ${(e as Error).message}`);
    return 2;
  }
  if (train.length === 0) {
    log(`cronaca: ${trainPath}: no sentences`);
    return 2;
  }
  return { trainPath, devPath, train, dev, iterations };
}
