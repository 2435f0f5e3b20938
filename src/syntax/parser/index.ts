// The dependency parser of a language, loaded lazily once per model folder from
// <modelDir>/<lang>/parser.bin.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveModelDir } from '../model-dir.js';
import type { TaggedWord } from '../types.js';
import { loadParserModel } from './model-io.js';
import type { ParseResult } from './parser.js';

export const PARSER_FILE = 'parser.bin';

export interface Parser {
  parse(words: TaggedWord[]): ParseResult;
}

export type { ParseResult } from './parser.js';

const cache = new Map<string, Parser | null>();

export function parserPath(lang: string, modelDir?: string): string {
  return join(resolveModelDir(modelDir), lang, PARSER_FILE);
}

/** The parser for `lang`, or undefined when its model file is missing; a corrupt file throws. */
export function loadParser(lang: string, modelDir?: string): Parser | undefined {
  const path = parserPath(lang, modelDir);
  let p = cache.get(path);
  if (p === undefined) {
    p = existsSync(path) ? loadParserModel(path).model : null;
    cache.set(path, p);
  }
  return p ?? undefined;
}
