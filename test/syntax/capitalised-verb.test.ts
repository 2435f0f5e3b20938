// The capitalised-verb repair (src/stages/syntax/capitalised-verb.ts) on tagged words written for
// this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { CAPITALISED_VERB_RULE, repairCapitalisedVerbs } from '../../src/stages/syntax/capitalised-verb.js';
import { skipWithoutEnParser, word } from './repair-helpers.js';

test('a capitalised word read as a verb right after a lowercase word is a name; hyphenated, an adjective', () => {
  const words = [word('Nel', 'ADP', 'in'), word('pomeriggio', 'NOUN', 'pomeriggio'), word('Costa', 'VERB', 'costare', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'), word('si', 'PRON', 'si'), word('è', 'AUX', 'essere'), word('dimesso', 'VERB', 'dimettere')];
  assert.deepEqual(repairCapitalisedVerbs(words), [2]);
  assert.equal(words[2].upos, 'PROPN');
  assert.equal(words[2].lemma, 'Costa');
  assert.equal(words[2].feats, '_');
  const hyphen = [word('a', 'DET', 'a'), word('Moscow-based', 'VERB', 'Moscow-base', 'Tense=Past|VerbForm=Part'), word('banker', 'NOUN', 'banker')];
  assert.deepEqual(repairCapitalisedVerbs(hyphen), [1]);
  assert.equal(hyphen[1].upos, 'ADJ');
});

test('left alone: the first word, a word after punctuation or a capitalised word, a lowercase verb', () => {
  const first = [word('Keep', 'VERB', 'keep'), word('calm', 'ADJ', 'calm')];
  assert.deepEqual(repairCapitalisedVerbs(first), []);
  const afterQuote = [word('said', 'VERB', 'say'), word('“', 'PUNCT', '“'), word('Leave', 'VERB', 'leave')];
  assert.deepEqual(repairCapitalisedVerbs(afterQuote), []);
  const afterName = [word('Le', 'PROPN', 'Le'), word('Pen', 'PROPN', 'Pen'), word('Vows', 'VERB', 'vow')];
  assert.deepEqual(repairCapitalisedVerbs(afterName), []);
  const verb = [word('police', 'NOUN', 'police'), word('arrested', 'VERB', 'arrest')];
  assert.deepEqual(repairCapitalisedVerbs(verb), []);
});

test('through the pipeline: the repaired name carries the rule and is the agent of the passive', { skip: skipWithoutEnParser }, () => {
  const doc = runPipeline('The plan was rejected by Downing Street on Monday.', { language: 'en', published: '2024-05-08' });
  const downing = doc.words.find((w) => w.form === 'Downing');
  assert.ok(downing);
  assert.equal(downing.pos, 'PROPN');
  assert.ok(downing.rule.includes(CAPITALISED_VERB_RULE), downing.rule);
  const rejection = doc.events.find((e) => e.trigger.text === 'rejected');
  assert.deepEqual(rejection?.source.map((a) => [a.text, a.rule]), [['Downing Street', 'arg.dep.obl-agent']]);
});
