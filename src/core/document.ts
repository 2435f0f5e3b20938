import { createHash } from 'node:crypto';
import type { CronacaDocument, DocumentMeta } from './types.js';

export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function createDocument(text: string, meta: DocumentMeta = {}): CronacaDocument {
  return {
    id: meta.id ?? contentId(text),
    text,
    meta,
    language: { code: meta.language ?? 'und', supported: false, rule: meta.language ? 'lang.given' : 'lang.pending' },
    sentences: [],
    tokens: [],
    words: [],
    mentions: [],
    entities: [],
    timexes: [],
    events: [],
    messages: [],
  };
}
