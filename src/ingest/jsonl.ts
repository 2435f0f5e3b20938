import type { DocumentMeta } from '../core/types.js';
import { isBlank, normaliseText } from './decode.js';
import { isIsoDate } from './date.js';
import type { InputDocument, InputProblem, ReadResult } from './types.js';

const STRING_FIELDS = ['id', 'published', 'url', 'title', 'source', 'language'] as const;

/** One document per line: {"id","text","published","url","title","source","language"}. */
export function parseJsonl(text: string, name: string): ReadResult {
  const documents: InputDocument[] = [];
  const problems: InputProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      // The id, when it can still be read from the broken line, helps find the record upstream.
      const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|\d+)/.exec(line)?.[1];
      const label = id ? `line ${i + 1} (id ${id})` : `line ${i + 1}`;
      problems.push({ document: name, problem: `${label}: invalid JSON (${(e as Error).message})` });
      continue;
    }
    const result = recordToDocument(value, `${name}:${i + 1}`, `line ${i + 1}`);
    if ('problem' in result) problems.push({ document: name, problem: result.problem });
    else documents.push(result);
  }
  return { documents, problems, batch: true };
}

/** A .json file: one record object, or an array of them. */
export function parseJson(text: string, name: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { documents: [], problems: [{ document: name, problem: `invalid JSON (${(e as Error).message})` }] };
  }
  const items = Array.isArray(value) ? value : [value];
  const documents: InputDocument[] = [];
  const problems: InputProblem[] = [];
  const batch = Array.isArray(value);
  items.forEach((item, i) => {
    const where = Array.isArray(value) ? `item ${i + 1}` : 'record';
    const result = recordToDocument(item, batch ? `${name}#${i + 1}` : name, where);
    if ('problem' in result) problems.push({ document: name, problem: result.problem });
    else documents.push({ ...result, format: 'json' });
  });
  return { documents, problems, batch };
}

function recordToDocument(value: unknown, docName: string, where: string): InputDocument | { problem: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `${where}: expected a JSON object with a "text" field` };
  }
  const rec = value as Record<string, unknown>;
  const rawId = rec.id;
  const label = typeof rawId === 'string' || typeof rawId === 'number' ? `${where} (id ${JSON.stringify(rawId)})` : where;
  if (rec.text === undefined) return { problem: `${label}: missing "text"` };
  if (typeof rec.text !== 'string') return { problem: `${label}: "text" must be a string, got ${typeOf(rec.text)}` };
  const meta: DocumentMeta = {};
  for (const field of STRING_FIELDS) {
    let v = rec[field];
    if (v === undefined || v === null) continue;
    if (field === 'id' && typeof v === 'number') v = String(v);
    if (typeof v !== 'string') return { problem: `${label}: "${field}" must be a string, got ${typeOf(v)}` };
    meta[field] = v;
  }
  if (meta.published !== undefined && !isIsoDate(meta.published)) {
    return { problem: `${label}: "published" must be YYYY-MM-DD or an ISO date-time, got ${JSON.stringify(meta.published)}` };
  }
  const text = normaliseText(rec.text);
  if (isBlank(text)) return { problem: `${label}: empty "text"` };
  return { name: meta.id ? `${docName} (id ${meta.id})` : docName, text, meta, format: 'jsonl' };
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
