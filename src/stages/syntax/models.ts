// Loads the tagger and (when its model exists) the parser of a language once per model folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MwtExpander } from '../../syntax/mwt.js';
import { loadTaggerFile, TAGGER_FILE } from '../../syntax/tagger/model-io.js';
import type { Tagger } from '../../syntax/tagger/tagger.js';
import { loadParser, type Parser } from '../../syntax/parser/index.js';

export interface SyntaxModels {
  tagger?: Tagger;
  expander?: MwtExpander;
  parser?: Parser;
  /** Why the tagger or parser is missing, for the document's info message. */
  problems: string[];
}

const cache = new Map<string, SyntaxModels>();

export function syntaxModels(lang: string, modelDir: string): SyntaxModels {
  const key = `${modelDir}\u0000${lang}`;
  let m = cache.get(key);
  if (m) return m;
  m = { problems: [] };
  const taggerPath = join(modelDir, lang, TAGGER_FILE);
  if (!existsSync(taggerPath)) m.problems.push(`no tagger model at ${taggerPath}`);
  else {
    try {
      m.tagger = loadTaggerFile(taggerPath).tagger;
      m.expander = new MwtExpander(lang, m.tagger.vocab.mwt);
    } catch (e) {
      m.problems.push(`tagger model ${taggerPath} could not be read: ${(e as Error).message}`);
    }
  }
  if (m.tagger) {
    try {
      m.parser = loadParser(lang, modelDir);
      if (!m.parser) m.problems.push(`no parser model for "${lang}" in ${modelDir}`);
    } catch (e) {
      m.problems.push(`parser model for "${lang}" could not be loaded: ${(e as Error).message}`);
    }
  }
  cache.set(key, m);
  return m;
}
