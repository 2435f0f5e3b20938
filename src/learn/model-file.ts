// One gzip file per model: a JSON header (metadata and the section table) followed by binary sections.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'CRONACA-MODEL 1\n';

export interface ModelFile {
  meta: Record<string, unknown>;
  sections: Record<string, Buffer>;
}

export function encodeModel(meta: object, sections: Record<string, Buffer>): Buffer {
  const table = Object.entries(sections).map(([name, buf]) => ({ name, bytes: buf.length }));
  const header = Buffer.from(JSON.stringify({ meta, sections: table }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, ...Object.values(sections)]), { level: 9 });
}

/**
 * One output chunk as large as the file's uncompressed size (the gzip trailer's last four bytes),
 * instead of zlib's 16 KB chunks joined at the end: parser models inflate to 8-15 MB, and the
 * copying and growing cost a third of the inflate time. Only a hint: a wrong size is still read right.
 */
function outputChunk(data: Buffer): number {
  const size = data.length >= 4 ? data.readUInt32LE(data.length - 4) : 0;
  return Math.min(Math.max(size + 1, 64 * 1024), 256 * 1024 * 1024);
}

export function decodeModel(data: Buffer, where = 'model'): ModelFile {
  let raw: Buffer;
  try {
    raw = gunzipSync(data, { chunkSize: outputChunk(data) });
  } catch {
    throw new Error(`${where}: not a gzip-compressed cronaca model`);
  }
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${where}: not a cronaca model file`);
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(raw.subarray(at, at + headerLength).toString('utf8')) as {
    meta: Record<string, unknown>;
    sections: { name: string; bytes: number }[];
  };
  at += headerLength;
  const sections: Record<string, Buffer> = {};
  for (const s of header.sections) {
    if (at + s.bytes > raw.length) throw new Error(`${where}: section "${s.name}" is truncated`);
    sections[s.name] = raw.subarray(at, at + s.bytes);
    at += s.bytes;
  }
  return { meta: header.meta, sections };
}

export function writeModelFile(path: string, meta: object, sections: Record<string, Buffer>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodeModel(meta, sections));
}

export function readModelFile(path: string): ModelFile {
  return decodeModel(readFileSync(path), path);
}

/** JSON values (vocabularies, label lists) as a section. */
export function jsonSection(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

export function parseJsonSection<T>(buf: Buffer | undefined, name: string): T {
  if (!buf) throw new Error(`model section "${name}" is missing`);
  return JSON.parse(buf.toString('utf8')) as T;
}
