// Shared by the tests of the repairs between tagging and parsing (src/stages/syntax/*-*.ts).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { runPipeline } from '../../src/core/pipeline.js';
import type { CronacaDocument } from '../../src/core/types.js';
import type { TaggedWord } from '../../src/syntax/types.js';

export const word = (form: string, upos: string, lemma: string, feats = '_'): TaggedWord => ({ form, upos, lemma, feats, alt: undefined, altMargin: undefined });

export const skipWithoutItParser = existsSync(join(PROJECT_ROOT, 'models', 'it', 'parser.bin')) ? false : 'no it parser model';
export const skipWithoutEnParser = existsSync(join(PROJECT_ROOT, 'models', 'en', 'parser.bin')) ? false : 'no en parser model';

/** Runs the Italian pipeline and asserts that the word `form` was repaired to a verb by `rule`. */
export function repairedToVerb(text: string, form: string, rule: string): { doc: CronacaDocument; verb: CronacaDocument['words'][number] } {
  const doc = runPipeline(text, { language: 'it', published: '2024-05-02' });
  const verb = doc.words.find((w) => w.form === form);
  assert.ok(verb);
  assert.equal(verb.pos, 'VERB');
  assert.ok(verb.rule.includes(rule), verb.rule);
  return { doc, verb };
}
