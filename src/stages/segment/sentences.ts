// Sentence boundaries: Intl.Segmenter run over bounded windows (its cost grows faster than
// linearly with input length), then data-driven fix-ups: abbreviations, initials, line breaks,
// closing quotes, and a hard limit on sentence length.
import type { Span } from '../../core/types.js';
import type { SegmentData } from './segment-data.js';

/** Characters handed to Intl.Segmenter at once. */
const WINDOW = 3000;
/** Longer sentences are force-split at whitespace near this length. */
export const MAX_SENTENCE = 1500;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const WS = /\s/;
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;
const TERMINAL = /[.!?…:;"'»”’)\]]$/u;
const CLOSERS = /^[)\]»”’"']+/u;
const SENTENCE_END = /[.!?…]$/u;
const INITIAL = /^\p{Lu}\.$/u;
const LOWER_START = /^[\p{Ll}]/u;
const DIGIT_START = /^\d/;
const OPENERS = /^.*[("'«“‘’[]/u;

/** Cut point for an over-long stretch starting at `start`: the last whitespace before the limit. */
function forcedCut(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_SENTENCE);
  if (limit >= end) return end;
  for (let i = limit; i > start + MAX_SENTENCE / 2; i--) if (WS.test(text[i])) return i;
  // No whitespace: cut anyway, but never inside a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit + 1 : limit;
}

function rawSegments(text: string, start: number, end: number, lang: string, out: Span[]): void {
  const segmenter = sentenceSegmenter(lang);
  let pos = start;
  while (pos < end) {
    const winEnd = Math.min(end, pos + WINDOW);
    const bounds: number[] = [];
    for (const seg of segmenter.segment(text.slice(pos, winEnd))) bounds.push(pos + seg.index);
    if (winEnd === end) {
      for (let i = 0; i < bounds.length; i++) out.push({ start: bounds[i], end: bounds[i + 1] ?? end });
      return;
    }
    if (bounds.length > 1) {
      // The last segment may be cut by the window: segment it again with the next window.
      for (let i = 0; i < bounds.length - 1; i++) out.push({ start: bounds[i], end: bounds[i + 1] });
      pos = bounds[bounds.length - 1];
    } else {
      const cut = forcedCut(text, pos, end);
      out.push({ start: pos, end: cut });
      pos = cut;
    }
  }
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && WS.test(text[start])) start++;
  while (end > start && WS.test(text[end - 1])) end--;
  return { start, end };
}

/** The last whitespace-delimited word of a span, without leading brackets or quotes. */
function lastWord(text: string, span: Span): string {
  let i = span.end;
  while (i > span.start && !WS.test(text[i - 1])) i--;
  return text.slice(i, span.end).replace(OPENERS, '');
}

const LIST_MARKER = /^(?:\d{1,3}|\p{L})[.)]$/u;
// A dateline opening a paragraph: a place in capitals, maybe a date ("Nov 26", "14 marzo") and an
// agency in brackets, then a dash ("BISHKEK – ...", "KYIV, Nov 26 (Reuters) - ..."). It is a
// segment of its own, so the parser does not read the place as the first sentence's subject.
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}'’. -]{1,40}?(?:,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}))?(?:\s*\([^()\n]{1,40}\))?\s+[–—-](?=\s)/u;

function shouldJoin(text: string, a: Span, b: Span, data: SegmentData): boolean {
  const next = text.slice(b.start, b.start + 2);
  // A list marker on its own ("1.", "a)") belongs to the item it introduces.
  if (a.end - a.start <= 4 && LIST_MARKER.test(text.slice(a.start, a.end))) return true;
  const word = lastWord(text, a);
  if (word.endsWith('.')) {
    const lower = word.toLowerCase();
    // "dott.ssa", "sig.ra": compare the part from the last dot-delimited word that is listed.
    const kind = data.abbreviations.get(lower);
    if (kind === 'plain') return true;
    if (kind === 'num') return DIGIT_START.test(next);
    if (kind === 'final') return LOWER_START.test(next);
    if (INITIAL.test(word)) return true;
    if (/^(?:\p{L}\.)+\p{L}\.$/u.test(word) && data.abbreviations.has(lower)) return true;
  }
  // A single line break inside a sentence (hard-wrapped text) is not a boundary.
  const gap = text.slice(a.end, b.start);
  if (gap.includes('\n') && !TERMINAL.test(text[a.end - 1]) && (LOWER_START.test(next) || DIGIT_START.test(next))) return true;
  return false;
}

export function splitSentences(text: string, lang: string, data: SegmentData): Span[] {
  const result: Span[] = [];
  const paragraphs: Span[] = [];
  let p = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    paragraphs.push({ start: p, end: m.index });
    p = m.index + m[0].length;
  }
  paragraphs.push({ start: p, end: text.length });

  for (const para of paragraphs) {
    const raw: Span[] = [];
    const dateline = DATELINE.exec(text.slice(para.start, Math.min(para.end, para.start + 100)));
    if (dateline && dateline[0].length < para.end - para.start) {
      raw.push({ start: para.start, end: para.start + dateline[0].length });
      para.start += dateline[0].length;
    }
    rawSegments(text, para.start, para.end, lang, raw);
    const merged: Span[] = [];
    for (const r of raw) {
      const span = trim(text, r);
      if (span.start >= span.end) continue;
      const prev = merged[merged.length - 1];
      if (prev) {
        // Closing quotes/brackets right after a full stop belong to the sentence they close.
        const closers = SENTENCE_END.test(text[prev.end - 1]) ? CLOSERS.exec(text.slice(span.start, span.start + 8)) : null;
        if (closers && span.start === prev.end + 0) {
          prev.end = span.start + closers[0].length;
          span.start = trim(text, { start: prev.end, end: span.end }).start;
          if (span.start >= span.end) continue;
        }
        if (shouldJoin(text, prev, span, data)) {
          prev.end = span.end;
          continue;
        }
      }
      merged.push(span);
    }
    for (const span of merged) {
      let s = span.start;
      while (span.end - s > MAX_SENTENCE) {
        const cut = forcedCut(text, s, span.end);
        const piece = trim(text, { start: s, end: cut });
        if (piece.start < piece.end) result.push(piece);
        s = cut;
      }
      const last = trim(text, { start: s, end: span.end });
      if (last.start < last.end) result.push(last);
    }
  }
  return result;
}
