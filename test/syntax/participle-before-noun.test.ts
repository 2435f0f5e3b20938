// The participle-before-noun repair (src/stages/syntax/participle-before-noun.ts) on tagged words
// written for this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARTICIPLE_BEFORE_NOUN_RULE, repairParticipleBeforeNoun } from '../../src/stages/syntax/participle-before-noun.js';
import { repairedTo, skipWithoutItParser, word } from './repair-helpers.js';

const PART = 'Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part';

test('it: a past participle between a numeral or determiner and its noun is an adjective', () => {
  const words = [word('arrestato', 'VERB', 'arrestare'), word('due', 'NUM', 'due'), word('presunti', 'VERB', 'presumere', PART), word('agenti', 'NOUN', 'agente')];
  assert.deepEqual(repairParticipleBeforeNoun('it', words), [2]);
  assert.equal(words[2].upos, 'ADJ');
  assert.equal(words[2].feats, 'Gender=Masc|Number=Plur');
});

test('left alone: English (its treebank keeps the verb), a participle after its noun, a present participle', () => {
  const en = [word('the', 'DET', 'the'), word('suspected', 'VERB', 'suspect', 'Tense=Past|VerbForm=Part'), word('gunman', 'NOUN', 'gunman')];
  assert.deepEqual(repairParticipleBeforeNoun('en', en), []);
  const after = [word('gli', 'DET', 'il'), word('agenti', 'NOUN', 'agente'), word('arrestati', 'VERB', 'arrestare', PART), word('ieri', 'ADV', 'ieri')];
  assert.deepEqual(repairParticipleBeforeNoun('it', after), []);
  const present = [word('gli', 'DET', 'il'), word('aventi', 'VERB', 'avere', 'Number=Plur|Tense=Pres|VerbForm=Part'), word('diritto', 'NOUN', 'diritto')];
  assert.deepEqual(repairParticipleBeforeNoun('it', present), []);
});

test('through the pipeline: the arrested are the object', { skip: skipWithoutItParser }, () => {
  const { doc } = repairedTo('ADJ', "L'Sbu ha annunciato di aver arrestato in Transcarpazia due presunti agenti dell'intelligence ungherese.", 'presunti', PARTICIPLE_BEFORE_NOUN_RULE, '2025-05-12');
  const arrest = doc.events.find((e) => e.trigger.text === 'arrestato');
  assert.deepEqual(arrest?.target.map((a) => a.text), ['agenti']);
});
