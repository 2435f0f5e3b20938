// Rewrites the label model of an existing parser model file with sparse rows (the format that
// `cronaca train parser` writes since 2026-11-26): the same keys, scale and int16 weights, so the
// parser gives the same trees; the file inflates to less than half and loads faster.
//   node --import tsx scripts/sparse-parser-labels.ts models/en/parser.bin
import { sparsePerceptronBuffer } from '../src/learn/averaged-perceptron.js';
import { readModelFile, writeModelFile } from '../src/learn/model-file.js';

const paths = process.argv.slice(2);
if (!paths.length) {
  process.stderr.write('usage: node --import tsx scripts/sparse-parser-labels.ts PARSER.bin...\n');
  process.exit(2);
}
for (const path of paths) {
  const { meta, sections } = readModelFile(path);
  if (!sections.labeller) throw new Error(`${path}: no labeller section`);
  const labeller = sparsePerceptronBuffer(sections.labeller);
  writeModelFile(path, meta, { ...sections, labeller });
  process.stdout.write(`${path}: label model ${sections.labeller.length} -> ${labeller.length} bytes\n`);
}
