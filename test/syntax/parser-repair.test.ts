// The relcl-root repair on hand-built parses (no model needed): the misparse it undoes, and the
// parses it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairRelativeClauseRoot } from '../../src/syntax/parser/repair.js';
import type { ParseResult } from '../../src/syntax/parser/parser.js';
import type { TaggedWord } from '../../src/syntax/types.js';

/** Words as "form/UPOS/FEATS/head/deprel" (head 1-based, 0 = root). */
function sentence(spec: string[]): { words: TaggedWord[]; parse: ParseResult } {
  const rows = spec.map((s) => s.split('/'));
  return {
    words: rows.map(([form, upos, feats]) => ({ form, lemma: form.toLowerCase(), upos, feats })),
    parse: { heads: Int32Array.from(rows.map((r) => Number(r[3]))), deprels: rows.map((r) => r[4]) },
  };
}

// "The rebels who seized the port were expelled by the army ." read with "the port were expelled"
// as a clause inside the relative clause and the noun "rebels" as the root.
const MISPARSE = [
  'The/DET/_/2/det',
  'rebels/NOUN/Number=Plur/0/root',
  'who/PRON/PronType=Rel/4/nsubj',
  'seized/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/2/acl:relcl',
  'the/DET/_/6/det',
  'port/NOUN/Number=Sing/8/nsubj:pass',
  'were/AUX/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/8/aux:pass',
  'expelled/VERB/Tense=Past|VerbForm=Part|Voice=Pass/4/ccomp',
  'by/ADP/_/11/case',
  'the/DET/_/11/det',
  'army/NOUN/Number=Sing/8/obl:agent',
  './PUNCT/_/2/punct',
];

test('relcl-root: the finite clause becomes the root, the nominal its subject, the inner subject the relative verb\'s object', () => {
  const { words, parse } = sentence(MISPARSE);
  const moved = repairRelativeClauseRoot(words, parse);
  assert.deepEqual([...moved].sort((a, b) => a - b), [1, 5, 7, 11]);
  assert.deepEqual([...parse.heads], [2, 8, 4, 2, 6, 4, 8, 0, 11, 11, 8, 8]);
  assert.deepEqual(parse.deprels, ['det', 'nsubj:pass', 'nsubj', 'acl:relcl', 'det', 'obj', 'aux:pass', 'root', 'case', 'det', 'obl:agent', 'punct']);
});

test('relcl-root leaves a parse alone when the finite verb agrees with the inner subject only', () => {
  const spec = [...MISPARSE];
  spec[1] = 'rebel/NOUN/Number=Sing/0/root';
  spec[5] = 'ports/NOUN/Number=Plur/8/nsubj:pass';
  const { words, parse } = sentence(spec);
  const before = [...parse.heads];
  assert.deepEqual(repairRelativeClauseRoot(words, parse), []);
  assert.deepEqual([...parse.heads], before);
});

test('relcl-root leaves a complement clause with a complementizer, a relative verb with an object, and a verbal root alone', () => {
  // "The rebels who said that the ports were taken": a real complement clause.
  const withMark = sentence([
    'The/DET/_/2/det', 'rebels/NOUN/Number=Plur/0/root', 'who/PRON/_/4/nsubj', 'said/VERB/VerbForm=Fin/2/acl:relcl', 'that/SCONJ/_/9/mark',
    'the/DET/_/7/det', 'ports/NOUN/Number=Plur/9/nsubj:pass', 'were/AUX/Number=Plur|VerbForm=Fin/9/aux:pass', 'taken/VERB/VerbForm=Part/4/ccomp',
  ]);
  assert.deepEqual(repairRelativeClauseRoot(withMark.words, withMark.parse), []);
  // "The rebels who told us the port were taken": the relative verb has its object already.
  const withObject = sentence([
    'The/DET/_/2/det', 'rebels/NOUN/Number=Plur/0/root', 'who/PRON/_/4/nsubj', 'told/VERB/VerbForm=Fin/2/acl:relcl', 'us/PRON/_/4/obj',
    'the/DET/_/7/det', 'port/NOUN/Number=Sing/9/nsubj:pass', 'were/AUX/Number=Plur|VerbForm=Fin/9/aux:pass', 'taken/VERB/VerbForm=Part/4/ccomp',
  ]);
  assert.deepEqual(repairRelativeClauseRoot(withObject.words, withObject.parse), []);
  const verbal = sentence(['Police/NOUN/Number=Plur/2/nsubj', 'expelled/VERB/VerbForm=Fin/0/root', 'rebels/NOUN/Number=Plur/2/obj']);
  assert.deepEqual(repairRelativeClauseRoot(verbal.words, verbal.parse), []);
});
