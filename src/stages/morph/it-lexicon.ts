// The Italian form -> analyses table: build/morph-it.tsv when present (written by
// scripts/build-morph.ts), otherwise rebuilt in memory from the npm packages.
import { existsSync, readFileSync } from 'node:fs';
import { buildItalianLexicon } from './it-lexicon-build.js';
import { ITALIAN_LEXICON_PATH } from './lexicon-files.js';
import { SortedLexicon } from './sorted-lexicon.js';

export interface LoadedLexicon {
  lookup: { get(form: string): string | undefined };
  /** False when the generated file was missing and the table was rebuilt in memory. */
  fromCache: boolean;
}

let loaded: LoadedLexicon | undefined;

/** Loads the table from `path`, or builds it from the packages when the file is missing (uncached). */
export function loadItalianLexicon(path: string): LoadedLexicon {
  if (existsSync(path)) return { lookup: new SortedLexicon(readFileSync(path, 'utf8')), fromCache: true };
  return { lookup: buildItalianLexicon(), fromCache: false };
}

/** The process-wide table, loaded on first use. */
export function italianLexicon(): LoadedLexicon {
  loaded ??= loadItalianLexicon(ITALIAN_LEXICON_PATH);
  return loaded;
}
