import { createDocument } from './document.js';
import type { AnalyzeOptions, Stage } from './stage.js';
import type { CronacaDocument } from './types.js';
import { languageStage } from '../stages/language/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { morphStage } from '../stages/morph/index.js';
import { syntaxStage } from '../stages/syntax/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { timexStage } from '../stages/timex/index.js';
import { eventsStage } from '../stages/events/index.js';
import { factualityStage } from '../stages/factuality/index.js';

/** The stages in the order they run; each reads earlier layers and adds its own. */
export const STAGES: Stage[] = [
  languageStage,
  segmentStage,
  morphStage,
  syntaxStage,
  entitiesStage,
  timexStage,
  eventsStage,
  factualityStage,
];

/** Stages after language detection run only when a pack exists for the language. */
export function runPipeline(text: string, options: AnalyzeOptions = {}, stages: Stage[] = STAGES): CronacaDocument {
  const doc = createDocument(text, {
    id: options.id,
    url: options.url,
    title: options.title,
    source: options.source,
    published: options.published,
    language: options.language,
  });
  for (const stage of stages) {
    if (stage !== languageStage && !doc.language.supported) break;
    stage.run(doc, options);
  }
  return doc;
}
