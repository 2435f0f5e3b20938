// Word-level tokens inside one sentence: URLs, e-mails, dates, times, dotted acronyms, numbers and
// hyphenated words stay whole; then pack-driven handling of abbreviation dots and apostrophes
// (elision or clitics). Punctuation marks are tokens of their own.
import type { SegmentData } from './segment-data.js';

export interface RawToken {
  start: number;
  end: number;
}

// Sticky expressions tried according to the token's first character (cheaper than one alternation).
const URL = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+/iy;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
// Numbers keep a short letter suffix: ordinals and decades ("3rd", "1990s", "10km").
const NUMERIC = /\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d+(?:[.,]\d+)*(?:\p{L}{1,3}(?![\p{L}\p{N}]))?/uy;
const ACRONYM = /(?:\p{L}\.){2,}/uy;
const WORD = /[\p{L}\p{M}\p{N}_]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_START = /[\p{L}\p{M}_]/u;
const SPACE = /\s/;
const URL_TRAILING = /[.,;:!?)\]'"’»]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTERS = /[\p{L}]+/uy;
const ABBREV_EXTENSION = /\.\p{L}+\.?/uy;
const DIGIT_AFTER_SPACE = /\s*\d/y;
const SINGLE_UPPER = /^\p{Lu}$/u;
const UPPER_AFTER_SPACE = /\s+\p{Lu}/uy;

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

/** Length of an abbreviation starting with `word` at `end` (the dot's index), or 0. */
function abbreviationEnd(text: string, wordStart: number, end: number, limit: number, data: SegmentData): number {
  if (text[end] !== '.') return 0;
  ABBREV_EXTENSION.lastIndex = end;
  const ext = ABBREV_EXTENSION.exec(text);
  if (ext && ext.index + ext[0].length <= limit) {
    const compoundEnd = end + ext[0].length;
    if (data.abbreviations.get(text.slice(wordStart, compoundEnd).toLowerCase()) === 'plain') return compoundEnd;
  }
  const kind = data.abbreviations.get(text.slice(wordStart, end + 1).toLowerCase());
  if (kind === 'num') {
    DIGIT_AFTER_SPACE.lastIndex = end + 1;
    return DIGIT_AFTER_SPACE.test(text) ? end + 1 : 0;
  }
  if (kind) return end + 1;
  // A capital initial ("J. R. R. Tolkien", "George W. Bush") keeps its dot.
  if (SINGLE_UPPER.test(text.slice(wordStart, end))) {
    UPPER_AFTER_SPACE.lastIndex = end + 1;
    if (UPPER_AFTER_SPACE.test(text)) return end + 1;
  }
  return 0;
}

/**
 * Apostrophe handling after a word text[pos, wordEnd). Returns the end of the word token to emit,
 * or minus the next position when it has already pushed the word and a clitic token itself.
 */
function apostrophes(text: string, pos: number, wordEnd: number, end: number, data: SegmentData, out: RawToken[]): number {
  let tokEnd = wordEnd;
  while (isApostrophe(text[tokEnd]) && tokEnd < end) {
    const next = text[tokEnd + 1];
    const followedByWord = next !== undefined && tokEnd + 1 < end && LETTER_OR_DIGIT.test(next);
    if (data.elision) {
      const withApos = text.slice(pos, tokEnd).toLowerCase() + "'";
      return followedByWord || data.keepApostrophe.has(withApos) ? tokEnd + 1 : tokEnd;
    }
    if (!followedByWord) return tokEnd;
    LETTERS.lastIndex = tokEnd + 1;
    const after = LETTERS.exec(text);
    const suffixLen = after ? after[0].length : 0;
    const suffix = "'" + (after ? after[0].toLowerCase() : '');
    if (suffix === "'t" && text[tokEnd - 1].toLowerCase() === 'n' && tokEnd - pos > 1 && data.clitics.has("n't")) {
      out.push({ start: pos, end: tokEnd - 1 });
      out.push({ start: tokEnd - 1, end: tokEnd + 2 });
      return -(tokEnd + 2);
    }
    if (data.clitics.has(suffix)) {
      out.push({ start: pos, end: tokEnd });
      out.push({ start: tokEnd, end: tokEnd + 1 + suffixLen });
      return -(tokEnd + 1 + suffixLen);
    }
    if (suffixLen === 0) return tokEnd;
    // An apostrophe inside a name ("O'Brien"): keep the whole word, then look again ("O'Brien's").
    tokEnd = Math.min(end, tokEnd + 1 + suffixLen);
  }
  return tokEnd;
}

function stickyMatch(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** Tokens of text[start, end), appended to `out`. */
export function tokenize(text: string, start: number, end: number, data: SegmentData, out: RawToken[]): void {
  const at = text.indexOf('@', start);
  const mayHaveEmail = at >= 0 && at < end;
  let pos = start;
  while (pos < end) {
    const code = text.charCodeAt(pos);
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(text[pos]))) {
      pos++;
      continue;
    }
    let tokEnd = -1;
    const ch = text[pos];
    if (mayHaveEmail) tokEnd = stickyMatch(EMAIL, text, pos);
    if (tokEnd < 0 && (code === 104 || code === 119 || code === 72 || code === 87)) {
      tokEnd = stickyMatch(URL, text, pos);
      if (tokEnd > 0) {
        const trailing = URL_TRAILING.exec(text.slice(pos, tokEnd));
        if (trailing) tokEnd -= trailing[0].length;
      }
    }
    if (tokEnd < 0 && code >= 48 && code <= 57) tokEnd = stickyMatch(NUMERIC, text, pos);
    if (tokEnd < 0 && text.charCodeAt(pos + 1) === 46) tokEnd = stickyMatch(ACRONYM, text, pos);
    if (tokEnd >= 0) {
      tokEnd = Math.min(tokEnd, end);
      out.push({ start: pos, end: tokEnd });
      pos = tokEnd;
      continue;
    }
    const isAsciiLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (isAsciiLetter || (code > 127 && WORD_START.test(text.slice(pos, pos + 2)))) {
      tokEnd = Math.min(stickyMatch(WORD, text, pos), end);
      if (tokEnd > pos) {
        pos = word(text, pos, tokEnd, end, data, out);
        continue;
      }
    }
    // Punctuation or symbol: a run of dots, or one code point.
    if (ch === '.' && text[pos + 1] === '.') {
      tokEnd = pos + 2;
      while (tokEnd < end && text[tokEnd] === '.') tokEnd++;
    } else {
      tokEnd = code >= 0xd800 && code <= 0xdbff && pos + 1 < end ? pos + 2 : pos + 1;
    }
    out.push({ start: pos, end: tokEnd });
    pos = tokEnd;
  }
}

/** A word text[pos, wordEnd): abbreviation dot, then apostrophes. Returns the next position. */
function word(text: string, pos: number, wordEnd: number, end: number, data: SegmentData, out: RawToken[]): number {
  const abbrEnd = abbreviationEnd(text, pos, wordEnd, end, data);
  if (abbrEnd) {
    out.push({ start: pos, end: abbrEnd });
    return abbrEnd;
  }
  const tokEnd = apostrophes(text, pos, wordEnd, end, data, out);
  if (tokEnd < 0) return -tokEnd;
  out.push({ start: pos, end: tokEnd });
  return tokEnd;
}
