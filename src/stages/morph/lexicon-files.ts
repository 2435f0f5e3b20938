import { join } from 'node:path';
import { PROJECT_ROOT } from '../../core/packs.js';

/** Generated, not committed: derived from the morph-it npm packages by scripts/build-morph.ts. */
export const ITALIAN_LEXICON_PATH = join(PROJECT_ROOT, 'build', 'morph-it.tsv');
