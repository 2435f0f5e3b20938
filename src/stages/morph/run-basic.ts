// Runs only the language, segment and morph stages: for tests and scripts that must not depend on
// the later stages.
import { createDocument } from '../../core/document.js';
import type { AnalyzeOptions } from '../../core/stage.js';
import type { CronacaDocument } from '../../core/types.js';
import { languageStage } from '../language/index.js';
import { segmentStage } from '../segment/index.js';
import { morphStage } from './index.js';

export function runBasicStages(text: string, options: AnalyzeOptions = {}): CronacaDocument {
  const doc = createDocument(text, { language: options.language, published: options.published });
  languageStage.run(doc, options);
  if (!doc.language.supported) return doc;
  segmentStage.run(doc, options);
  morphStage.run(doc, options);
  return doc;
}
