// parser.bin: the transition and label perceptrons (int16 weights with a scale) and the label
// names in one gzip container (src/learn/model-file.ts), with training metadata and the label
// shortcuts (label-shortcuts.ts; absent in older models).
import type { AveragedPerceptron } from '../../learn/averaged-perceptron.js';
import { jsonSection, parseJsonSection, readModelFile, writeModelFile, type ModelFile } from '../../learn/model-file.js';
import { ParserModel } from './parser.js';
import type { LabelShortcut } from './label-shortcuts.js';
import { scorerFromPerceptronBuffer } from './weight-table.js';

export const PARSER_FORMAT = 'cronaca-parser-1';

export interface ParserWeights {
  transitions: AveragedPerceptron;
  labeller: AveragedPerceptron;
  labelNames: string[];
  featureSet: number;
  labelShortcuts: LabelShortcut[];
}

export function saveParserModel(path: string, w: ParserWeights, meta: Record<string, unknown>): void {
  writeModelFile(path, { format: PARSER_FORMAT, featureSet: w.featureSet, ...meta }, {
    labels: jsonSection(w.labelNames),
    labelShortcuts: jsonSection(w.labelShortcuts),
    transitions: w.transitions.toBuffer({ quantize: true }),
    labeller: w.labeller.toBuffer({ quantize: true, sparse: true }),
  });
}

export function loadParserModel(path: string): { model: ParserModel; meta: Record<string, unknown> } {
  return parserFromModelFile(readModelFile(path), path);
}

/** The parser in a decoded model file (`path` names it in errors). */
export function parserFromModelFile({ meta, sections }: ModelFile, path: string): { model: ParserModel; meta: Record<string, unknown> } {
  if (meta.format !== PARSER_FORMAT) throw new Error(`${path}: not a cronaca parser model (format ${String(meta.format)})`);
  const labels = parseJsonSection<string[]>(sections.labels, 'labels');
  if (!sections.transitions || !sections.labeller) throw new Error(`${path}: parser model sections are missing`);
  const transitions = scorerFromPerceptronBuffer(sections.transitions, `${path} (transitions)`);
  const labeller = scorerFromPerceptronBuffer(sections.labeller, `${path} (labels)`);
  // Models written before feature set 2 existed carry no featureSet.
  const featureSet = typeof meta.featureSet === 'number' ? meta.featureSet : 1;
  const model = new ParserModel(transitions, labeller, labels, featureSet);
  // Models written before label shortcuts existed have none: every arc is scored.
  if (sections.labelShortcuts) {
    const list = parseJsonSection<LabelShortcut[]>(sections.labelShortcuts, 'labelShortcuts');
    if (!Array.isArray(list) || !list.every((x) => Array.isArray(x) && x.length === 4)) throw new Error(`${path}: malformed label shortcuts`);
    model.setLabelShortcuts(list, path);
  }
  return { model, meta };
}
