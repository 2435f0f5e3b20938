import { extname } from 'node:path';
import type { InputFormat } from './types.js';

/** File extensions read from a folder, and the format each implies. */
export const EXTENSION_FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.json': 'json',
  '.xml': 'rss',
};

/** Format from the extension when it is one we know, else from the content. */
export function detectFormat(name: string, text: string): InputFormat {
  const byExt = EXTENSION_FORMATS[extname(name).toLowerCase()];
  if (byExt === 'text' || byExt === 'html') return byExt;
  const sniffed = sniffFormat(text);
  // JSON Lines saved as .json (or the reverse) is common: trust the content between the two.
  if ((byExt === 'json' || byExt === 'jsonl') && (sniffed === 'json' || sniffed === 'jsonl')) return sniffed;
  // A .xml that is not a feed, or a .json(l) that is not JSON, is still read as what it claims,
  // so the user gets that format's error rather than a silent reinterpretation.
  return byExt ?? sniffed;
}

export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0].trim();
    if (head.startsWith('[')) return 'json';
    return firstLine.endsWith('}') && isJson(firstLine) ? 'jsonl' : 'json';
  }
  if (head.startsWith('<')) {
    const lower = head.toLowerCase();
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'rss';
    if (/<(!doctype html|html|head|body|article|p|div|meta|title)[\s>/]/.test(lower)) return 'html';
    if (lower.startsWith('<?xml')) return 'rss';
    return 'html';
  }
  return 'text';
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
