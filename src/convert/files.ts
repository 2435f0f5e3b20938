import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** The file itself, or the files with one of these extensions in a folder (recursively), sorted. */
export function inputFiles(path: string, extensions: string[]): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.includes(extname(name).toLowerCase())) out.push(full);
    }
  };
  walk(path);
  return out;
}

/** File name without its extension, for document ids. */
export function stem(path: string): string {
  return basename(path, extname(path));
}
