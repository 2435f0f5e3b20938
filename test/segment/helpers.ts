import assert from 'node:assert/strict';
import { createDocument } from '../../src/core/document.js';
import type { CronacaDocument } from '../../src/core/types.js';
import { segmentStage } from '../../src/stages/segment/index.js';

export function segment(text: string, lang: string): CronacaDocument {
  const doc = createDocument(text, { language: lang });
  doc.language = { code: lang, supported: true, rule: 'lang.given' };
  segmentStage.run(doc, {});
  // Offsets are exact for every token and sentence.
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const s of doc.sentences) {
    assert.equal(doc.tokens[s.tokenStart].start, s.start);
    assert.equal(doc.tokens[s.tokenEnd - 1].end, s.end);
  }
  return doc;
}

export function sentenceTexts(doc: CronacaDocument): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

export function tokenTexts(doc: CronacaDocument): string[] {
  return doc.tokens.map((t) => t.text);
}
