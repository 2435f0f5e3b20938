// The passive-subject-of-active repair (src/stages/syntax/passive-subject-of-active.ts) on hand-built
// parses. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairPassiveSubjectOfActive } from '../../src/stages/syntax/passive-subject-of-active.js';
import { word } from './repair-helpers.js';

const PART = 'Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part';

// "Daki ha firmato a Suva un accordo"
const words = [word('Daki', 'PROPN', 'Daki'), word('ha', 'AUX', 'avere', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'), word('firmato', 'VERB', 'firmare', PART),
  word('a', 'ADP', 'a'), word('Suva', 'PROPN', 'Suva'), word('un', 'DET', 'uno'), word('accordo', 'NOUN', 'accordo')];

test('a passive subject after a participle whose auxiliary makes it active (avere) is its object', () => {
  const parse = { heads: Int32Array.from([3, 3, 0, 5, 3, 7, 3]), deprels: ['nsubj', 'aux', 'root', 'case', 'obl', 'det', 'nsubj:pass'] };
  assert.deepEqual(repairPassiveSubjectOfActive('it', words, parse), [6]);
  assert.equal(parse.deprels[6], 'obj');
});

test('a real passive (essere, or a passive auxiliary) keeps its subject', () => {
  const passive = [word('è', 'AUX', 'essere', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'), word('stato', 'AUX', 'essere', PART), word('firmato', 'VERB', 'firmare', PART), word('un', 'DET', 'uno'), word('accordo', 'NOUN', 'accordo')];
  const parse = { heads: Int32Array.from([3, 3, 0, 5, 3]), deprels: ['aux', 'aux:pass', 'root', 'det', 'nsubj:pass'] };
  assert.deepEqual(repairPassiveSubjectOfActive('it', passive, parse), []);
  const essere = { heads: Int32Array.from([3, 3, 0, 5, 3]), deprels: ['aux', 'aux', 'root', 'det', 'nsubj:pass'] };
  assert.deepEqual(repairPassiveSubjectOfActive('it', passive, essere), []);
});
