import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../core/packs.js';

/**
 * Folder of the public gold corpora: $CRONACA_GOLD_DIR, else <project root>/../shared/gold
 * (the layout used in development and CI). Returns undefined when it does not exist.
 */
export function goldDir(): string | undefined {
  const dir = goldDirCandidate();
  return existsSync(dir) ? dir : undefined;
}

/** Where the gold folder is looked for, whether or not it exists. */
export function goldDirCandidate(): string {
  return process.env.CRONACA_GOLD_DIR ? resolve(process.env.CRONACA_GOLD_DIR) : resolve(PROJECT_ROOT, '..', 'shared', 'gold');
}

/** Path of a file under the gold folder, or undefined when the folder or the file is absent. */
export function goldPath(...parts: string[]): string | undefined {
  const dir = goldDir();
  if (!dir) return undefined;
  const path = join(dir, ...parts);
  return existsSync(path) ? path : undefined;
}
