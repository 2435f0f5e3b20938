import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FORMATS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'gold-formats');

/** The text under a span. */
export function at(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
