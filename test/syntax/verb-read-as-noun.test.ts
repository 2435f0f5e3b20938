// The verb-read-as-noun repair (src/stages/syntax/verb-read-as-noun.ts) on tagged words written for
// this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { repairVerbReadAsNoun, VERB_READ_AS_NOUN_RULE } from '../../src/stages/syntax/verb-read-as-noun.js';
import { skipWithoutItParser, word } from './repair-helpers.js';

const FIN = 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin';
const first = () => [word('Minsk', 'PROPN', 'Minsk'), word('respinge', 'VERB', 'respingere', FIN), word('le', 'DET', 'il'), word('critiche', 'NOUN', 'critica'), word('e', 'CCONJ', 'e')];

test('a noun right after "e" that the lexicon knows as a finite verb of the same number, before its object, is that verb', () => {
  const words = [...first(), word('accusa', 'NOUN', 'accusa', 'Gender=Fem|Number=Sing'), word('Vilnius', 'PROPN', 'Vilnius'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairVerbReadAsNoun('it', words), [5]);
  assert.equal(words[5].upos, 'VERB');
  assert.equal(words[5].lemma, 'accusare');
  assert.match(words[5].feats, /VerbForm=Fin/);
});

test('left alone: no finite verb before, no object after, a noun with no verb reading', () => {
  const noVerb = [word('Le', 'DET', 'il'), word('critiche', 'NOUN', 'critica'), word('e', 'CCONJ', 'e'), word('accusa', 'NOUN', 'accusa'), word('Vilnius', 'PROPN', 'Vilnius')];
  assert.deepEqual(repairVerbReadAsNoun('it', noVerb), []);
  const noObject = [...first(), word('accusa', 'NOUN', 'accusa'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairVerbReadAsNoun('it', noObject), []);
  const noun = [...first(), word('minacce', 'NOUN', 'minaccia'), word('la', 'DET', 'il'), word('Lituania', 'PROPN', 'Lituania')];
  assert.deepEqual(repairVerbReadAsNoun('it', noun), []);
});

test('through the pipeline: the repaired verb carries the rule and its accusation has a target', { skip: skipWithoutItParser }, () => {
  const doc = runPipeline('Teheran respinge le critiche come ingerenze e accusa Washington e Londra di fomentare i disordini.', { language: 'it' });
  const accusa = doc.words.find((w) => w.form === 'accusa');
  assert.ok(accusa);
  assert.equal(accusa.pos, 'VERB');
  assert.ok(accusa.rule.includes(VERB_READ_AS_NOUN_RULE), accusa.rule);
  const accusation = doc.events.find((e) => e.trigger.text === 'accusa');
  assert.deepEqual(accusation?.target.map((a) => a.text), ['Washington', 'Londra']);
});

test('a noun right after a relative pronoun subject, before a word opening its object, is the relative clause\'s verb', () => {
  const w = [word('Turkey', 'PROPN', 'Turkey'), word(',', 'PUNCT', ','), word('which', 'PRON', 'which', 'PronType=Rel'), word('arms', 'NOUN', 'arm', 'Number=Plur'),
    word('several', 'ADJ', 'several'), word('factions', 'NOUN', 'faction', 'Number=Plur')];
  assert.deepEqual(repairVerbReadAsNoun('en', w), [3]);
  assert.equal(w[3].upos, 'VERB');
  // after a preposition a relative is no subject: "per cui mobili alti"
  const obl = [word('per', 'ADP', 'per'), word('cui', 'PRON', 'cui', 'PronType=Rel'), word('mobili', 'NOUN', 'mobile', 'Number=Plur'), word('alti', 'ADJ', 'alto')];
  assert.deepEqual(repairVerbReadAsNoun('it', obl), []);
});
