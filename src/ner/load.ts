// Loads a language's NER model once, lazily, from <modelDir>/<name>/ner.bin, and tags documents
// with it. A missing model is not an error: the entities stage then runs on rules alone and says
// so in an info message; an unreadable one gives a warning.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../core/types.js';
import { type FeatureInput, extractFeatures } from './features.js';
import { type LabelSpan, spansOf } from './labels.js';
import { loadNerModel } from './model-io.js';
import type { NerModel } from './model.js';

export const NER_MODEL_FILE = 'ner.bin';

export interface NerModelState {
  model?: NerModel;
  /** Why there is no model, for the document's messages. */
  message?: Message;
}

/** Keyed by model folder and name: the stage asks once per document. */
const cache = new Map<string, NerModelState>();

export function nerModelPath(modelDir: string, name: string): string {
  return join(modelDir, name, NER_MODEL_FILE);
}

/** The model `name` (a folder under modelDir, e.g. "ner-it"), loaded on first use. */
export function nerModel(modelDir: string, name: string): NerModelState {
  const key = `${modelDir}\u0000${name}`;
  let state = cache.get(key);
  if (state) return state;
  const path = nerModelPath(modelDir, name);
  if (!existsSync(path)) {
    state = { message: { level: 'info', code: 'ner-model-missing', text: `Entity mentions come from gazetteers and rules only: no NER model at ${path}.` } };
  } else {
    try {
      state = { model: loadNerModel(path).model };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      state = { message: { level: 'warning', code: 'ner-model-invalid', text: `NER model not used, entity mentions come from rules only: ${why}` } };
    }
  }
  cache.set(key, state);
  return state;
}

/** Forgets loaded models (tests that swap model folders). */
export function clearNerModels(): void {
  cache.clear();
}

/** The mentions the model finds in a document, sentence by sentence, in text order. */
export function tagMentions(model: NerModel, input: FeatureInput): LabelSpan[] {
  const sentences = input.doc.sentences.map((s) => [s.tokenStart, s.tokenEnd] as const);
  const labels = model.labels(extractFeatures(input), sentences);
  const out: LabelSpan[] = [];
  for (const [s, e] of sentences) out.push(...spansOf(labels, s, e));
  return out;
}
