import { readFileSync } from 'node:fs';
import { goldErrors } from './schema.js';
import type { GoldDocument } from './types.js';

export class GoldFormatError extends Error {}

/** Parses gold JSONL (one document per non-blank line), validating every document. */
export function parseGoldJsonl(text: string, name = 'gold'): GoldDocument[] {
  const docs: GoldDocument[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new GoldFormatError(`${name}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const errors = goldErrors(value);
    if (errors.length > 0) throw new GoldFormatError(`${name}:${i + 1}: ${errors.slice(0, 5).join('; ')}`);
    docs.push(value as GoldDocument);
  }
  return docs;
}

export function readGoldFile(path: string): GoldDocument[] {
  return parseGoldJsonl(readFileSync(path, 'utf8'), path);
}

export function toGoldJsonl(docs: Iterable<GoldDocument>): string {
  let out = '';
  for (const d of docs) out += JSON.stringify(d) + '\n';
  return out;
}
