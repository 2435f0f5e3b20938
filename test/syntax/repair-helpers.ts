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

/** Runs the Italian pipeline and asserts that the word `form` was repaired to `pos` by `rule`. */
export function repairedTo(pos: string, text: string, form: string, rule: string, published = '2024-05-02'): { doc: CronacaDocument; word: CronacaDocument['words'][number] } {
  const doc = runPipeline(text, { language: 'it', published });
  const w = doc.words.find((x) => x.form === form);
  assert.ok(w);
  assert.ok(w.rule.includes(rule), `the tagger reads "${form}" right here: pick another sentence (${w.rule})`);
  assert.equal(w.pos, pos);
  return { doc, word: w };
}

/** repairedTo('VERB', ...). */
export function repairedToVerb(text: string, form: string, rule: string): { doc: CronacaDocument; verb: CronacaDocument['words'][number] } {
  const { doc, word: verb } = repairedTo('VERB', text, form, rule);
  return { doc, verb };
}
