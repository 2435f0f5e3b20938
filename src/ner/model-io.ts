// The NER model file: one cronaca model container (src/learn/model-file.ts) holding the
// quantised perceptron weights, the transition table and the metadata.
import { AveragedPerceptron, decodePerceptron } from '../learn/averaged-perceptron.js';
import { parseJsonSection, readModelFile, jsonSection, writeModelFile } from '../learn/model-file.js';
import { LABELS, N_LABELS } from './labels.js';
import { NerModel } from './model.js';
import { NerTagger, Transitions } from './tagger.js';

export const NER_MODEL_FORMAT = 'cronaca-ner/1';
/** Bump when feature templates change: a model trained with other features must not load. */
export const NER_FEATURES_VERSION = 1;

export interface NerModelMeta {
  format: string;
  featuresVersion: number;
  language: string;
  [key: string]: unknown;
}

function transitionBytes(t: Transitions): Buffer {
  return Buffer.from(t.weights.buffer, t.weights.byteOffset, t.weights.byteLength);
}

export function saveNerModel(path: string, model: NerModel, meta: Record<string, unknown>): void {
  const sections: Record<string, Buffer> = {
    labels: jsonSection(LABELS),
    weights: model.first.perceptron.toBuffer({ quantize: true }),
    transitions: transitionBytes(model.first.transitions),
  };
  if (model.second) {
    sections.weights2 = model.second.perceptron.toBuffer({ quantize: true });
    sections.transitions2 = transitionBytes(model.second.transitions);
  }
  writeModelFile(path, { format: NER_MODEL_FORMAT, featuresVersion: NER_FEATURES_VERSION, ...meta }, sections);
}

function readTagger(path: string, weights: Buffer | undefined, transitions: Buffer | undefined): NerTagger {
  if (!weights || !transitions) throw new Error(`${path}: weights or transitions missing`);
  const tb = new Uint8Array(transitions);
  if (tb.length !== (N_LABELS + 1) * N_LABELS * 4) throw new Error(`${path}: transition table has ${tb.length} bytes`);
  const tagger = new NerTagger(AveragedPerceptron.fromBuffer(weights), new Transitions(new Float32Array(tb.buffer, tb.byteOffset, tb.length / 4)));
  return tagger.freeze(decodePerceptron(new Uint8Array(weights), `${path} weights`)); // a copy: aligned
}

export function loadNerModel(path: string): { model: NerModel; meta: NerModelMeta } {
  const { meta, sections } = readModelFile(path);
  const m = meta as NerModelMeta;
  if (m.format !== NER_MODEL_FORMAT) throw new Error(`${path}: not a cronaca NER model (format ${String(m.format)})`);
  if (m.featuresVersion !== NER_FEATURES_VERSION) {
    throw new Error(`${path}: trained with feature version ${m.featuresVersion}, this cronaca computes version ${NER_FEATURES_VERSION}; retrain it`);
  }
  const labels = parseJsonSection<string[]>(sections.labels, 'labels');
  if (labels.join(' ') !== LABELS.join(' ')) throw new Error(`${path}: unexpected labels ${labels.join(' ')}`);
  const first = readTagger(path, sections.weights, sections.transitions);
  const second = sections.weights2 ? readTagger(path, sections.weights2, sections.transitions2) : undefined;
  return { model: new NerModel(first, second), meta: m };
}
