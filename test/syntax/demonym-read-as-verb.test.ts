// The demonym-read-as-verb repair (src/stages/syntax/demonym-read-as-verb.ts) on tagged words
// written for this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMONYM_READ_AS_VERB_RULE, repairDemonymReadAsVerb } from '../../src/stages/syntax/demonym-read-as-verb.js';
import { repairedTo, skipWithoutItParser, word } from './repair-helpers.js';

const PLUR = 'Gender=Masc|Number=Plur';

test('it: a demonym read as a verb after a noun or adjective it agrees with is the adjective', () => {
  const words = [word('i', 'DET', 'il'), word('servizi', 'NOUN', 'servizio', PLUR), word('segreti', 'ADJ', 'segreto', PLUR),
    word('russi', 'VERB', 'russare', 'Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin')];
  assert.deepEqual(repairDemonymReadAsVerb('it', words), [3]);
  assert.equal(words[3].upos, 'ADJ');
  assert.equal(words[3].lemma, 'russo');
  assert.equal(words[3].feats, PLUR);
});

test('left alone: the verb after a pronoun, a form that is no demonym, an adjective that does not agree', () => {
  const pronoun = [word('io', 'PRON', 'io'), word('russo', 'VERB', 'russare', 'Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin')];
  assert.deepEqual(repairDemonymReadAsVerb('it', pronoun), []);
  const verb = [word('soldati', 'NOUN', 'soldato', PLUR), word('sparano', 'VERB', 'sparare', 'Number=Plur|VerbForm=Fin')];
  assert.deepEqual(repairDemonymReadAsVerb('it', verb), []);
  const disagreeing = [word('la', 'DET', 'il'), word('nave', 'NOUN', 'nave', 'Gender=Fem|Number=Sing'), word('russi', 'VERB', 'russare', 'Number=Sing|VerbForm=Fin')];
  assert.deepEqual(repairDemonymReadAsVerb('it', disagreeing), []);
});

test('through the pipeline: the accusation names the Russian services', { skip: skipWithoutItParser }, () => {
  const { doc } = repairedTo('ADJ', 'Il dissidente, che attribuisce ai servizi segreti russi due avvelenamenti, è stato condannato.', 'russi', DEMONYM_READ_AS_VERB_RULE, '2023-04-18');
  const accuse = doc.events.find((e) => e.trigger.text === 'attribuisce');
  assert.deepEqual(accuse?.target.map((a) => a.text), ['servizi segreti russi']);
});
