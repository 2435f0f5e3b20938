// The role-read-as-verb repair (src/stages/syntax/role-read-as-verb.ts) on tagged words written for
// this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairRoleReadAsVerb, ROLE_READ_AS_VERB_RULE } from '../../src/stages/syntax/role-read-as-verb.js';
import { repairedTo, skipWithoutItParser, word } from './repair-helpers.js';

test('it: a role read as a verb after an article is the noun, and the clitic reading of the article goes', () => {
  const words = [word('mentre', 'SCONJ', 'mentre'), word('la', 'PRON', 'lo', 'Gender=Fem|Number=Sing|Person=3'),
    word('sindaca', 'VERB', 'sindacare', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'), word('Anna', 'PROPN', 'Anna')];
  assert.deepEqual(repairRoleReadAsVerb('it', words), [2, 1]);
  assert.equal(words[2].upos, 'NOUN');
  assert.equal(words[2].feats, 'Gender=Fem|Number=Sing');
  assert.equal(words[1].upos, 'DET');
});

test('left alone: a verb after a pronoun that is no article, a verb that is no role', () => {
  const pronoun = [word('lui', 'PRON', 'lui'), word('sindaca', 'VERB', 'sindacare', 'Number=Sing|VerbForm=Fin')];
  assert.deepEqual(repairRoleReadAsVerb('it', pronoun), []);
  const verb = [word('la', 'PRON', 'lo'), word('arresta', 'VERB', 'arrestare', 'Number=Sing|VerbForm=Fin')];
  assert.deepEqual(repairRoleReadAsVerb('it', verb), []);
});

test('through the pipeline: the mayor who called the deployment alarming is the critic', { skip: skipWithoutItParser }, () => {
  const { doc } = repairedTo('NOUN', "Centinaia di persone hanno sfilato in centro, mentre la sindaca Anna Ferri, che ha definito l'intervento «inquietante», evita lo scontro.", 'sindaca', ROLE_READ_AS_VERB_RULE, '2025-08-20');
  assert.deepEqual(doc.events.find((e) => e.trigger.text === 'definito')?.source.map((a) => a.text), ['sindaca Anna Ferri']);
});
