// The byte n-gram table of packs/world/language-ngrams.tsv (built from eld's database by
// scripts/build-language-ngrams.ts), loaded once: n-grams as Latin-1 strings (one character per
// byte) mapped to a run of (language, weight) entries in one Uint16Array.
import { readFileSync } from 'node:fs';
import { packFile } from '../../core/packs.js';

export interface NgramTable {
  /** Language codes by index. */
  languages: string[];
  /** Score of a typical right detection per language (eld's avgScore): below 3/4 of it a guess is unreliable. */
  average: number[];
  /** 1 for the bytes of non-ASCII characters that count as a blank (rare scripts, invalid UTF-8). */
  blank: Uint8Array;
  /** n-gram -> first entry * 64 + entry count. */
  index: Map<string, number>;
  /** language << 8 | weight. */
  entries: Uint16Array;
}

const FILE = 'language-ngrams.tsv';
let table: NgramTable | undefined;

function field(line: string | undefined, name: string): string[] {
  const [key, value] = (line ?? '').split('\t');
  if (key !== name || value === undefined) throw new Error(`packs/world/${FILE}: expected a "${name}" line, found ${JSON.stringify((line ?? '').slice(0, 40))}`);
  return value.split(' ');
}

/** Parses the table file's text; a malformed header line throws naming the file and the line. */
export function parseNgramTable(text: string): NgramTable {
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const languages = field(lines[0], 'languages');
  const average = field(lines[1], 'average').map(Number);
  const blank = new Uint8Array(256);
  for (const b of field(lines[2], 'blanks')) blank[parseInt(b, 16)] = 1;
  const index = new Map<string, number>();
  const values: number[] = [];
  for (let i = 3; i < lines.length; i++) {
    const [hex, pairs] = lines[i].split('\t');
    if (!pairs || !/^(?:[0-9a-f]{2})+$/.test(hex)) throw new Error(`packs/world/${FILE}: bad n-gram row ${JSON.stringify(lines[i].slice(0, 40))}`);
    const start = values.length;
    for (const pair of pairs.split(' ')) {
      const colon = pair.indexOf(':');
      values.push((Number(pair.slice(0, colon)) << 8) | Number(pair.slice(colon + 1)));
    }
    index.set(Buffer.from(hex, 'hex').toString('latin1'), start * 64 + values.length - start);
  }
  return { languages, average, blank, index, entries: Uint16Array.from(values) };
}

export function ngramTable(): NgramTable {
  table ??= parseNgramTable(readFileSync(packFile('world', FILE), 'utf8'));
  return table;
}
