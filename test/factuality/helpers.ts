// Test helpers: analyse a text up to the stages factuality needs, and find a predicate by its words.
import { createDocument } from '../../src/core/document.js';
import type { CronacaDocument, Factuality } from '../../src/core/types.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { morphStage } from '../../src/stages/morph/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { timexStage } from '../../src/stages/timex/index.js';
import { assessFactuality } from '../../src/stages/factuality/index.js';

export function analyze(text: string, language: string, published = '2024-03-15'): CronacaDocument {
  const doc = createDocument(text, { language, published });
  doc.language = { code: language, supported: true, rule: 'lang.given' };
  const options = { language, published };
  segmentStage.run(doc, options);
  morphStage.run(doc, options);
  entitiesStage.run(doc, options);
  timexStage.run(doc, options);
  return doc;
}

/** Token range of the `nth` occurrence of `words` (space-separated surface forms, case-insensitive). */
export function findTokens(doc: CronacaDocument, words: string, nth = 0): { tokenStart: number; tokenEnd: number; sentence: number } {
  const ws = words.toLowerCase().split(/\s+/);
  let seen = 0;
  for (let i = 0; i + ws.length <= doc.tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < ws.length; k++) if (doc.tokens[i + k].text.toLowerCase() !== ws[k]) { ok = false; break; }
    if (ok && seen++ === nth) return { tokenStart: i, tokenEnd: i + ws.length, sentence: doc.tokens[i].sentence };
  }
  throw new Error(`"${words}" not found in: ${doc.text}`);
}

export function assess(text: string, language: string, trigger: string, published?: string, nth = 0): { doc: CronacaDocument; f: Factuality } {
  const doc = analyze(text, language, published);
  return { doc, f: assessFactuality(doc, findTokens(doc, trigger, nth)) };
}

/** The text under the spans of a judgement, joined with "|". */
export function spanText(doc: CronacaDocument, spans: { start: number; end: number }[]): string {
  return spans.map((s) => doc.text.slice(s.start, s.end)).join('|');
}

/** Compact summary used in assertions. */
export function summary(f: Factuality): string {
  return `${f.certainty.value}/${f.polarity.value}/${f.time.value}/${f.special.value}/${f.commitment.value} [${f.attribution.map((l) => l.text).join(' > ')}]`;
}
