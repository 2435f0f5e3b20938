// What a model file records about how it was made: the data files (with SHA-256) and the version.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { PROJECT_ROOT } from '../core/packs.js';

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function cronacaVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * A training or dev file as model metadata: its path inside the project, or its file name when it
 * lives outside (machine-specific folders are not recorded), and its SHA-256, which identifies it.
 */
export function dataRef(path: string): { file: string; sha256: string } {
  const rel = relative(PROJECT_ROOT, path);
  return { file: rel.startsWith('..') ? basename(path) : rel, sha256: fileSha256(path) };
}
