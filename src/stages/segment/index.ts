// Segment stage: sentences and tokens with exact offsets into doc.text.
import type { Stage } from '../../core/stage.js';
import type { Token } from '../../core/types.js';
import { normalizeToken } from './normalize.js';
import { segmentData } from './segment-data.js';
import { splitSentences } from './sentences.js';
import { tokenize, type RawToken } from './tokens.js';

export { normalizeToken } from './normalize.js';
export { splitSentences, MAX_SENTENCE } from './sentences.js';

const WS = /\s/;

export const segmentStage: Stage = {
  name: 'segment',
  run(doc) {
    const text = doc.text;
    const data = segmentData(doc.language.code);
    const spans = splitSentences(text, doc.language.code, data);
    const tokens: Token[] = [];
    const raw: RawToken[] = [];
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s];
      raw.length = 0;
      tokenize(text, span.start, span.end, data, raw);
      const tokenStart = tokens.length;
      for (const r of raw) {
        const t = text.slice(r.start, r.end);
        tokens.push({
          index: tokens.length,
          sentence: doc.sentences.length,
          start: r.start,
          end: r.end,
          text: t,
          norm: normalizeToken(t),
          lemma: '',
          pos: 'X',
          feats: {},
          morphRule: '',
          spaceAfter: r.end < text.length && WS.test(text[r.end]),
        });
      }
      if (tokens.length === tokenStart) continue;
      doc.sentences.push({ index: doc.sentences.length, start: span.start, end: span.end, tokenStart, tokenEnd: tokens.length });
    }
    doc.tokens = tokens;
  },
};
