// Validation of gold documents against schema/cronaca-gold.schema.json, plus the checks a JSON
// Schema cannot express (offsets inside the text, start <= end).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from '../core/packs.js';
import type { Span } from '../core/types.js';
import type { GoldDocument } from './types.js';

export const GOLD_SCHEMA_PATH = join(PROJECT_ROOT, 'schema', 'cronaca-gold.schema.json');

let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(GOLD_SCHEMA_PATH, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

function spanErrors(what: string, spans: Partial<Span>[] | undefined, length: number, out: string[]): void {
  spans?.forEach((s, i) => {
    if (s.start === undefined || s.end === undefined) return;
    if (s.start > s.end || s.end > length) out.push(`${what}[${i}]: bad span ${s.start}..${s.end} (text length ${length})`);
  });
}

/** Problems with one gold document; empty when it is valid. */
export function goldErrors(doc: unknown): string[] {
  const validate = schemaValidator();
  if (!validate(doc)) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
  }
  const gold = doc as GoldDocument;
  const n = gold.text.length;
  const out: string[] = [];
  spanErrors('scope', gold.scope, n, out);
  spanErrors('sentences', gold.sentences, n, out);
  spanErrors('entities', gold.entities, n, out);
  spanErrors('timexes', gold.timexes, n, out);
  spanErrors('events', gold.events, n, out);
  spanErrors('tokens', gold.tokens, n, out);
  gold.events?.forEach((e, i) => {
    spanErrors(`events[${i}].source`, e.source, n, out);
    spanErrors(`events[${i}].target`, e.target, n, out);
    spanErrors(`events[${i}].attribution`, e.attribution, n, out);
    if (e.place) spanErrors(`events[${i}].place`, [e.place], n, out);
  });
  return out;
}
