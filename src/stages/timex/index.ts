import type { Stage } from '../../core/stage.js';
import type { CronacaDocument, Timex } from '../../core/types.js';
import { formatDay, parseIsoDate, type Ymd } from './calendar.js';
import { annotateTimexes } from './annotate.js';

export { annotateTimexes } from './annotate.js';

export interface DocumentAnchor extends Ymd {
  /** YYYY-MM-DD */
  value: string;
}

/** The publication date that anchors relative expressions, or undefined when unknown or invalid. */
export function documentAnchor(doc: CronacaDocument): DocumentAnchor | undefined {
  const ymd = parseIsoDate(doc.meta.published);
  return ymd ? { ...ymd, value: formatDay(ymd) } : undefined;
}

/** The timexes of one sentence, in text order. */
export function timexesInSentence(doc: CronacaDocument, sentenceIndex: number): Timex[] {
  return doc.timexes.filter((t) => t.sentence === sentenceIndex);
}

export const timexStage: Stage = {
  name: 'timex',
  run(doc, options) {
    const anchor = parseIsoDate(doc.meta.published ?? options.published);
    doc.timexes = annotateTimexes(doc.text, doc.language.code, doc.sentences, anchor, doc.tokens);
  },
};
