// Where learned models live: the `modelDir` option, else $CRONACA_MODELS, else <project root>/models.
// Each language has a folder: <modelDir>/<lang>/tagger.bin, parser.bin.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../core/packs.js';

export function resolveModelDir(option?: string): string {
  return option ?? process.env.CRONACA_MODELS ?? join(PROJECT_ROOT, 'models');
}

/** The UD treebank files of a language under ../shared (the training data, never in the repo). */
export const UD_FILES: Record<string, { folder: string; prefix: string }> = {
  it: { folder: 'UD_Italian-ISDT', prefix: 'it_isdt-ud' },
  en: { folder: 'UD_English-EWT', prefix: 'en_ewt-ud' },
};

export function udFile(lang: string, split: 'train' | 'dev'): string {
  const f = UD_FILES[lang];
  if (!f) throw new Error(`no UD treebank configured for language "${lang}" (known: ${Object.keys(UD_FILES).join(', ')})`);
  return join(PROJECT_ROOT, '..', 'shared', 'gold', 'ud', f.folder, `${f.prefix}-${split}.conllu`);
}
