// The object-relative repair (src/stages/syntax/object-relative.ts) on a hand-built parse and
// through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { OBJECT_RELATIVE_RULE, repairObjectRelative } from '../../src/stages/syntax/object-relative.js';
import { skipWithoutEnParser, word } from './repair-helpers.js';

test('"whom" read as a possessor becomes the object of the verb its noun is the subject of', () => {
  // "a minister whom prosecutors charged" with "whom" the possessor of "prosecutors"
  const words = [word('a', 'DET', 'a'), word('minister', 'NOUN', 'minister'), word('whom', 'PRON', 'whom'), word('prosecutors', 'NOUN', 'prosecutor'), word('charged', 'VERB', 'charge')];
  const parse = { heads: Int32Array.from([2, 0, 4, 5, 2]), deprels: ['det', 'root', 'nmod:poss', 'nsubj', 'acl:relcl'] };
  assert.deepEqual(repairObjectRelative('en', words, parse), [2]);
  assert.deepEqual([...parse.heads], [2, 0, 5, 5, 2]);
  assert.equal(parse.deprels[2], 'obj');
  // "whose" stays a possessor, and Italian lists no such pronoun
  const whose = { heads: Int32Array.from([2, 0, 4, 5, 2]), deprels: ['det', 'root', 'nmod:poss', 'nsubj', 'acl:relcl'] };
  assert.deepEqual(repairObjectRelative('en', words.map((w) => (w.form === 'whom' ? { ...w, form: 'whose' } : w)), whose), []);
  assert.deepEqual(repairObjectRelative('it', words, whose), []);
});

test('through the pipeline: the charged minister is the target', { skip: skipWithoutEnParser }, () => {
  const doc = runPipeline('He met Vladimir Padrino López, a minister whom American prosecutors charged with drug trafficking in 2020.', { language: 'en', published: '2023-11-02' });
  const whom = doc.words.find((w) => w.form === 'whom');
  assert.ok(whom?.rule.includes(OBJECT_RELATIVE_RULE), whom?.rule);
  assert.deepEqual(doc.events.find((e) => e.trigger.text === 'charged')?.target.map((a) => a.text), ['minister']);
});
