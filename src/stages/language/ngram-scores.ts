// Language scores from byte n-grams, the method of eld (Nito T.M., Apache-2.0) over its own table
// (ngram-table.ts): the text's words as UTF-8 bytes, cut into 4-byte windows every 3 bytes plus
// each word's last 4 bytes, the first and last marked by a word boundary; each distinct n-gram adds
// its weight (+ a base) to the languages that have it.
import { ngramTable, type NgramTable } from './ngram-table.js';

/** Characters read: eld's limit. */
const MAX_CHARS = 1000;
/** Bytes after which the words stop at the next space, and after which they stop anyway. */
const CUT_AT_SPACE = 350;
const CUT_ANYWHERE = 380;
/** Bytes of a word that start windows. */
const MAX_WORD = 70;
/** Added to every stored weight (the table stores weight - 53). */
const BASE_WEIGHT = 53;
/** Maps a mean n-gram score s to s / (s + SCALE), a 0-1 score. */
const SCALE = 25;
const RELIABLE_RATIO = 0.75;
/**
 * Runs of non-letters, except those that end in an apostrophe (kept inside words: "don't"). As in
 * eld, only letters of the Basic Multilingual Plane count as letters.
 */
const SEPARATORS = /(?:[^\p{L}]|[\u{10000}-\u{10FFFF}])+(?<![\x27\x60\u2019])/gu;

export interface LanguageScores {
  /** Languages with a positive score, best first, each with its 0-1 score. */
  ranked: [code: string, score: number][];
  /** False when the text gave fewer than 3 n-grams or the best score is under 3/4 of that language's usual score. */
  reliable: boolean;
}

/** The text's words as Latin-1 strings of their UTF-8 bytes, blank bytes as ' ' (up to CUT_ANYWHERE bytes). */
function byteWords(text: string, blank: Uint8Array): string[] {
  const words: string[] = [];
  let word = '';
  let bytes = 0;
  const put = (b: number): void => {
    word += blank[b] ? ' ' : String.fromCharCode(b);
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (word !== '') words.push(word);
        word = '';
        if (bytes > CUT_AT_SPACE) break;
      } else word += text[i];
      bytes++;
    } else if (code < 0x800) {
      put(0xc0 | (code >> 6));
      put(0x80 | (code & 0x3f));
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      put(0xe0 | (code >> 12));
      put(0x80 | ((code >> 6) & 0x3f));
      put(0x80 | (code & 0x3f));
      bytes += 3;
    } else {
      // a surrogate pair, read as one character
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      put(0xf0 | (code >> 18));
      put(0x80 | ((code >> 12) & 0x3f));
      put(0x80 | ((code >> 6) & 0x3f));
      put(0x80 | (code & 0x3f));
      bytes += 4;
    }
    if (bytes > CUT_ANYWHERE) break;
  }
  if (word !== '') words.push(word);
  return words;
}

/** The distinct n-grams of the words; ' ' marks a word's start or end. */
function ngrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, MAX_WORD);
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    // the word's tail: its last 4 bytes (all of a word of 3 or fewer), to the word's real end
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}

function rawScores(grams: Set<string>, table: NgramTable): Float64Array {
  const scores = new Float64Array(table.languages.length);
  const { index, entries } = table;
  for (const gram of grams) {
    const at = index.get(gram);
    if (at === undefined) continue;
    const start = at >> 6;
    const end = start + (at & 63);
    for (let e = start; e < end; e++) scores[entries[e] >> 8] += (entries[e] & 0xff) + BASE_WEIGHT;
  }
  return scores;
}

export function languageScores(text: string): LanguageScores {
  const table = ngramTable();
  const clean = text.substring(0, MAX_CHARS).replace(SEPARATORS, ' ').trim().toLowerCase();
  const grams = ngrams(byteWords(clean, table.blank));
  const raw = rawScores(grams, table);
  const ranked: [string, number][] = [];
  const order: number[] = [];
  for (let l = 0; l < raw.length; l++) if (raw[l] > 0) order.push(l);
  const scaled = (l: number): number => {
    const mean = raw[l] / grams.size;
    return mean / (mean + SCALE);
  };
  // best first; ties keep the table's language order
  order.sort((a, b) => scaled(b) - scaled(a) || a - b);
  for (const l of order) ranked.push([table.languages[l], scaled(l)]);
  const top = order[0];
  const reliable = top !== undefined && grams.size >= 3 && ranked[0][1] >= table.average[top] * RELIABLE_RATIO;
  return { ranked, reliable };
}
