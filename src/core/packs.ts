// Language packs are folders of data files under packs/<lang>/ (packs/world/ for language-neutral
// data). Code reads them only through these helpers, so adding a language means adding a folder.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'packs')) && existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cronaca: cannot find the packs/ folder next to package.json');
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot();
export const PACKS_ROOT = join(PROJECT_ROOT, 'packs');

/** Languages with an analysis pack: folders under packs/ holding a pack.json. */
export function packLanguages(): string[] {
  return readdirSync(PACKS_ROOT).filter((d) => existsSync(join(PACKS_ROOT, d, 'pack.json')));
}

export function hasPack(lang: string): boolean {
  return existsSync(join(PACKS_ROOT, lang, 'pack.json'));
}

export function packFile(pack: string, file: string): string {
  return join(PACKS_ROOT, pack, file);
}

const textCache = new Map<string, string | null>();

export function readPackText(pack: string, file: string): string | undefined {
  const path = packFile(pack, file);
  let text = textCache.get(path);
  if (text === undefined) {
    text = existsSync(path) ? readFileSync(path, 'utf8') : null;
    textCache.set(path, text);
  }
  return text ?? undefined;
}

/** Rows of a tab-separated pack file; blank lines and lines starting with # are skipped. */
export function readPackTsv(pack: string, file: string): string[][] {
  const text = readPackText(pack, file);
  if (text === undefined) return [];
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    rows.push(trimmed.split('\t').map((c) => c.trim()));
  }
  return rows;
}

/** One word or phrase per line; blank lines and # comments skipped. */
export function readPackList(pack: string, file: string): string[] {
  return readPackTsv(pack, file).map((r) => r[0]);
}

const lowerSetCache = new Map<string, ReadonlySet<string>>();

/** A pack list as a set of lower-case words, read once (empty when the pack has no such file). */
export function readPackWordSet(pack: string, file: string): ReadonlySet<string> {
  const key = `${pack}/${file}`;
  let set = lowerSetCache.get(key);
  if (!set) {
    set = new Set(readPackList(pack, file).map((w) => w.toLowerCase()));
    lowerSetCache.set(key, set);
  }
  return set;
}

/** A pack table's first column as a set of lower-case forms, its "|"-separated alternatives apart, read once. */
export function readPackFormSet(pack: string, file: string): ReadonlySet<string> {
  const key = `${pack}/${file}|forms`;
  let set = lowerSetCache.get(key);
  if (!set) {
    set = new Set(readPackList(pack, file).flatMap((w) => w.split('|').map((f) => f.toLowerCase())));
    lowerSetCache.set(key, set);
  }
  return set;
}

/** The lower-case words of one class of a two-column class<TAB>word pack table (argument-markers.tsv), read once. */
export function readPackClassSet(pack: string, file: string, cls: string): ReadonlySet<string> {
  const key = `${pack}/${file}|class:${cls}`;
  let set = lowerSetCache.get(key);
  if (!set) {
    set = new Set(readPackTsv(pack, file).filter((r) => r[0] === cls && r[1] !== undefined).map((r) => r[1].toLowerCase()));
    lowerSetCache.set(key, set);
  }
  return set;
}

export function readPackJson<T>(pack: string, file: string): T | undefined {
  const text = readPackText(pack, file);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}
