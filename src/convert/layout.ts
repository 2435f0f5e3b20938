// Rebuilds running text from pre-tokenised corpora and records each token's character span.
// Spacing follows the usual token layout of news text: no space before closing punctuation and
// clitics, none after opening brackets/quotes and elided words ending in an apostrophe; straight
// double quotes alternate open/close within a sentence. A sentence following one that ends in final
// punctuation continues the paragraph (one space), unless it is itself heading-like (no final
// punctuation, no trailing colon/semicolon/comma); otherwise a new paragraph starts ("\n\n"):
// headlines, date lines and list items stand alone. When the corpus says where spaces go (CoNLL-U SpaceAfter=No), that wins.
import type { Span } from '../core/types.js';

const CLOSING = /^(?:[,.;:!?%)\]}»”…]+|''|'|’)$/u;
const OPENING = /^(?:[([{«“‘$£€]+|``|`)$/u;
/** Clitics split off by Penn-Treebank-style tokenisers ('s, 're, n't). */
const CLITIC = /^(?:['’]\p{L}+|n['’]t)$/iu;
/** An elided word that leans on the next one (Italian l', dell', un'). */
const ELIDED = /\p{L}['’]$/u;
const FINAL = /[.!?…]+["'»”’)\]]*$/u;

export interface LaidOutSentence {
  tokens: string[];
  /** Per token: is there a space after it? Overrides the heuristics when given. */
  spaceAfter?: boolean[];
  /** Separator to put before this sentence instead of the default (ignored for the first). */
  breakBefore?: string;
}

export interface Layout {
  text: string;
  /** Character span of every token, per sentence. */
  tokens: Span[][];
  sentences: Span[];
}

function spaceBetween(prev: string, next: string, quoteOpen: boolean): boolean {
  if (next === '"') return !quoteOpen; // an opening quote is preceded by a space, a closing one is not
  if (CLOSING.test(next) || CLITIC.test(next)) return false;
  if (prev === '"') return !quoteOpen; // after an opening quote (now open) no space
  if (OPENING.test(prev) || ELIDED.test(prev)) return false;
  return true;
}

/** Does a sentence with this text end a paragraph-internal sentence (final punctuation)? */
export function endsWithFinalPunctuation(text: string): boolean {
  return FINAL.test(text.trimEnd());
}

export function layoutSentences(sentences: LaidOutSentence[]): Layout {
  let text = '';
  const tokens: Span[][] = [];
  const spans: Span[] = [];
  sentences.forEach((sentence, si) => {
    if (si > 0) {
      const prevText = text.slice(spans[si - 1].start, spans[si - 1].end);
      const heading = !endsWithFinalPunctuation(sentence.tokens.join('')) && !/[:;,]$/.test(sentence.tokens.join(''));
      text += sentence.breakBefore ?? (endsWithFinalPunctuation(prevText) && !heading ? ' ' : '\n\n');
    }
    const start = text.length;
    const tokenSpans: Span[] = [];
    let quoteOpen = false;
    sentence.tokens.forEach((tok, ti) => {
      if (ti > 0) {
        const given = sentence.spaceAfter?.[ti - 1];
        const space = given ?? spaceBetween(sentence.tokens[ti - 1], tok, quoteOpen);
        if (space) text += ' ';
      }
      tokenSpans.push({ start: text.length, end: text.length + tok.length });
      text += tok;
      if (tok === '"') quoteOpen = !quoteOpen;
    });
    tokens.push(tokenSpans);
    spans.push({ start, end: text.length });
  });
  return { text, tokens, sentences: spans };
}

/** The smallest span covering the given spans (discontinuous annotations become their hull). */
export function hull(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}
