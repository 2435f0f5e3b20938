import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from '../core/packs.js';

export const RECORD_SCHEMA_PATH = join(PROJECT_ROOT, 'schema', 'cronaca-record.schema.json');

let validator: ValidateFunction | undefined;

/** Check a record against schema/cronaca-record.schema.json; returns the errors, empty when valid. */
export function validateRecord(record: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(RECORD_SCHEMA_PATH, 'utf8')) as object);
  }
  if (validator(record)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
