import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes, isBlank } from './decode.js';
import { detectFormat, EXTENSION_FORMATS } from './detect.js';
import { InputError } from './errors.js';
import { extractHtml } from './html.js';
import { parseJson, parseJsonl } from './jsonl.js';
import { parseFeed } from './rss.js';
import { DEFAULT_MAX_BYTES, type IngestOptions, type InputFormat, type ReadResult } from './types.js';

export const STDIN = '-';

/**
 * Read a file, a folder (its .txt/.html/.htm/.jsonl/.json/.xml files, sorted by name) or stdin ("-").
 * Never throws for bad input: every unreadable document becomes a problem and the rest is read.
 */
export async function readInput(path: string, options: IngestOptions = {}): Promise<ReadResult> {
  if (path === STDIN) {
    try {
      const bytes = await readStdin(options.maxBytes ?? DEFAULT_MAX_BYTES);
      return readBytes(bytes, 'stdin', options);
    } catch (e) {
      return fail(e, 'stdin');
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { documents: [], problems: [{ document: path, problem: why }] };
  }
  if (!isDir) return readFile(path, options);
  const files = readdirSync(path)
    .filter((f) => EXTENSION_FORMATS[extname(f).toLowerCase()] !== undefined)
    .sort()
    .map((f) => join(path, f))
    .filter(isFile);
  if (files.length === 0) {
    const exts = Object.keys(EXTENSION_FORMATS).join(', ');
    return { documents: [], problems: [{ document: path, problem: `folder holds no ${exts} files` }] };
  }
  const out: ReadResult = { documents: [], problems: [], batch: true };
  for (const f of files) {
    const r = readFile(f, options);
    out.documents.push(...r.documents);
    out.problems.push(...r.problems);
  }
  return out;
}

export function readFile(path: string, options: IngestOptions = {}): ReadResult {
  try {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = statSync(path).size;
    if (size > max) throw new InputError(path, `file too large (${formatBytes(size)}; limit ${formatBytes(max)}, change it with --max-bytes)`);
    return readBytes(readFileSync(path), path, options);
  } catch (e) {
    return fail(e, path);
  }
}

/** Decode and split raw input into documents; `name` labels messages. */
export function readBytes(bytes: Uint8Array, name: string, options: IngestOptions = {}): ReadResult {
  try {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > max) throw new InputError(name, `input too large (${formatBytes(bytes.length)}; limit ${formatBytes(max)}, change it with --max-bytes)`);
    if (bytes.length === 0) throw new InputError(name, 'empty document');
    const text = decodeBytes(bytes, name);
    return readText(text, name, options.format ?? detectFormat(name, text));
  } catch (e) {
    return fail(e, name);
  }
}

/** Split decoded text into documents according to its format. */
export function readText(text: string, name: string, format: InputFormat): ReadResult {
  if (isBlank(text)) return problem(name, 'empty document (only whitespace)');
  switch (format) {
    case 'jsonl':
      return parseJsonl(text, name);
    case 'json':
      return parseJson(text, name);
    case 'rss':
      return parseFeed(text, name);
    case 'html': {
      const h = extractHtml(text);
      if (isBlank(h.text)) return problem(name, 'no article text found in the HTML');
      return {
        documents: [{ name, text: h.text, format, meta: { title: h.title, published: h.published, url: h.url } }],
        problems: [],
      };
    }
    default:
      return { documents: [{ name, text, format: 'text', meta: {} }], problems: [] };
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function readStdin(max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > max) throw new InputError('stdin', `input too large (over ${formatBytes(max)}; change the limit with --max-bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function problem(document: string, why: string): ReadResult {
  return { documents: [], problems: [{ document, problem: why }] };
}

function fail(e: unknown, name: string): ReadResult {
  if (e instanceof InputError) return problem(e.document, e.problem);
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return problem(name, 'is a folder');
  if (code === 'EACCES') return problem(name, 'permission denied');
  if (code === 'ENOENT') return problem(name, 'no such file');
  return problem(name, `cannot read: ${(e as Error).message}`);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}
