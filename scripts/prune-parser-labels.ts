// Clears the label weights below W in magnitude in an existing parser model, as
// `cronaca train parser --label-weights-below W` does after training, and re-scores it on the dev file:
//   node --import tsx scripts/prune-parser-labels.ts models/en/parser.bin 1
// The transition weights and the other sections are kept byte for byte; the metadata records W and
// the new dev scores. Running it twice with the same W changes nothing more.
import { AveragedPerceptron } from '../src/learn/averaged-perceptron.js';
import { readModelFile, writeModelFile } from '../src/learn/model-file.js';
import { readConllu } from '../src/learn/ud.js';
import { udFile } from '../src/syntax/model-dir.js';
import { parserFromModelFile } from '../src/syntax/parser/model-io.js';
import { predictedTagExamples, scoreParser } from '../src/syntax/parser/train-command.js';
import { toExample } from '../src/syntax/parser/treebank.js';
import { dirname, resolve } from 'node:path';

const [path, threshold] = process.argv.slice(2);
const w = Number(threshold);
if (!path || !(w > 0)) {
  process.stderr.write('usage: node --import tsx scripts/prune-parser-labels.ts PARSER.bin W (W > 0)\n');
  process.exit(2);
}
const { meta, sections } = readModelFile(path);
if (!sections.labeller) throw new Error(`${path}: no labeller section`);
const labeller = AveragedPerceptron.fromBuffer(sections.labeller);
const before = labeller.featureCount;
const cleared = labeller.pruneWeights(w);
const features = { ...(meta.features as object), labels: labeller.featureCount };
const pruned = { ...sections, labeller: labeller.toBuffer({ quantize: true, sparse: true }) };

const lang = String(meta.lang);
const dev = readConllu(udFile(lang, 'dev'));
const { model } = parserFromModelFile({ meta, sections: pruned }, path);
const predictedTags = predictedTagExamples(dev, lang, resolve(dirname(path), '..'));
const scores = {
  predictedTags: predictedTags ? scoreParser(model, predictedTags) : undefined,
  goldTags: scoreParser(model, dev.map((s) => toExample(s))),
};
const old = meta.dev_scores as Record<string, unknown>;
writeModelFile(path, { ...meta, labelWeightsBelow: w, features, dev_scores: { ...old, ...scores } }, pruned);
process.stdout.write(
  `${path}: ${cleared} label weights below ${w} cleared, label rows ${before} -> ${labeller.featureCount}\n` +
    `dev, predicted tags: UAS ${scores.predictedTags?.uas} LAS ${scores.predictedTags?.las}; gold tags: UAS ${scores.goldTags.uas} LAS ${scores.goldTags.las}\n`,
);
