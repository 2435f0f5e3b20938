// Per-language data the segmenter needs, read once from the pack and cached.
import { readPackTsv } from '../../core/packs.js';

export type AbbrevKind = 'plain' | 'final' | 'num';

export interface SegmentData {
  /** Lower-cased abbreviations with their final dot ("dott.", "mr."). */
  abbreviations: Map<string, AbbrevKind>;
  /** Longest abbreviation, in characters: bounds the look-ahead for compound ones ("sig.ra"). */
  maxAbbrevLength: number;
  /** Split after an apostrophe that joins two words (Italian elision). */
  elision: boolean;
  /** Words that end with an apostrophe and keep it ("po'"), apostrophe folded to '. */
  keepApostrophe: Set<string>;
  /** Clitic suffixes split off as tokens ("n't", "'s"), apostrophe folded to '. */
  clitics: Set<string>;
}

const cache = new Map<string, SegmentData>();

export function segmentData(lang: string): SegmentData {
  let data = cache.get(lang);
  if (data) return data;
  const abbreviations = new Map<string, AbbrevKind>();
  let maxAbbrevLength = 0;
  for (const [abbr, kind] of readPackTsv(lang, 'abbreviations.tsv')) {
    const key = abbr.toLowerCase();
    abbreviations.set(key, kind === 'final' || kind === 'num' ? kind : 'plain');
    maxAbbrevLength = Math.max(maxAbbrevLength, key.length);
  }
  let elision = false;
  const keepApostrophe = new Set<string>();
  const clitics = new Set<string>();
  for (const [kind, value] of readPackTsv(lang, 'apostrophes.tsv')) {
    const folded = (value ?? '').toLowerCase().replace(/’/g, "'");
    if (kind === 'elision') elision = true;
    else if (kind === 'keep') keepApostrophe.add(folded);
    else if (kind === 'clitic') clitics.add(folded);
  }
  data = { abbreviations, maxAbbrevLength, elision, keepApostrophe, clitics };
  cache.set(lang, data);
  return data;
}
