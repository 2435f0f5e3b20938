// Hand-made predictions for scorer tests: a CronacaDocument with simple tokens and whatever
// layers a test adds.
import { createDocument } from '../../src/core/document.js';
import type { CronacaDocument, Factuality, Mention, PloverEvent, Span, Timex, Upos } from '../../src/core/types.js';

export function span(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

export function predictedDoc(text: string, language = 'en'): CronacaDocument {
  const doc = createDocument(text, { language });
  doc.language = { code: language, supported: true, rule: 'test' };
  for (const m of text.matchAll(/[\p{L}\d']+|[^\s\p{L}\d]/gu)) {
    const start = m.index ?? 0;
    doc.tokens.push({
      index: doc.tokens.length, sentence: 0, start, end: start + m[0].length, text: m[0], norm: m[0].toLowerCase(),
      lemma: m[0].toLowerCase(), pos: 'X' as Upos, feats: {}, morphRule: 'test', spaceAfter: text[start + m[0].length] === ' ',
    });
  }
  doc.sentences.push({ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: doc.tokens.length });
  return doc;
}

export function mention(text: string, words: string, type: Mention['type'], kind: Mention['kind'] = 'name', from = 0): Mention {
  const s = span(text, words, from);
  return { ...s, id: `m${s.start}`, text: words, type, kind, entity: `e${s.start}`, sentence: 0, tokenStart: 0, tokenEnd: 0, rule: `test:${type}` };
}

export function timex(text: string, words: string, type: Timex['type'], value: string): Timex {
  return { ...span(text, words), id: `t-${words}`, text: words, type, value, anchor: 'published', sentence: 0, rule: 'test:timex' };
}

export function factuality(certainty: Factuality['certainty']['value'], polarity: Factuality['polarity']['value'], score = 3): Factuality {
  const j = <T>(value: T) => ({ value, spans: [], rule: 'test:fact' });
  return {
    certainty: j(certainty), polarity: j(polarity), time: j('NON_FUTURE' as const), special: j('NONE' as const),
    commitment: j('COMMITTED' as const), attribution: [], cues: [], score,
  };
}

export function ploverEvent(text: string, trigger: string, type: PloverEvent['type'], extra: Partial<PloverEvent> = {}): PloverEvent {
  const s = span(text, trigger);
  return {
    id: `ev${s.start}`, type, modes: [], quad: 4, sentence: 0,
    trigger: { spans: [s], rule: `test:${type}`, text: trigger, lemma: trigger },
    evidence: { start: 0, end: text.length }, source: [], target: [],
    factuality: factuality('CERTAIN', 'POS'), rules: [`test:${type}`], ...extra,
  };
}
