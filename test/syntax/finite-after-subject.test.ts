// The finite-after-subject repair (src/stages/syntax/finite-after-subject.ts) on tagged words
// written for this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { FINITE_AFTER_SUBJECT_RULE, repairFiniteAfterSubject } from '../../src/stages/syntax/finite-after-subject.js';
import { skipWithoutEnParser as skip, word } from './repair-helpers.js';

const PART = 'Tense=Past|VerbForm=Part|Voice=Pass';
const fired = () => word('fired', 'VERB', 'fire', PART);
const tail = [word('tear', 'NOUN', 'tear'), word('gas', 'NOUN', 'gas'), word('.', 'PUNCT', '.')];

test('a participle right after the subject, before a noun phrase, with no finite verb before or in its clause, is the finite verb', () => {
  const words = [word('Riot', 'NOUN', 'riot'), word('police', 'NOUN', 'police'), fired(), ...tail];
  assert.deepEqual(repairFiniteAfterSubject('en', words), [2]);
  assert.match(words[2].feats, /VerbForm=Fin/);
  assert.match(words[2].feats, /Tense=Past/);
  // a time phrase between subject and verb is passed over
  const dated = [word('Police', 'NOUN', 'police'), word('on', 'ADP', 'on'), word('Friday', 'PROPN', 'Friday'), fired(), ...tail];
  assert.deepEqual(repairFiniteAfterSubject('en', dated), [3]);
});

test('left alone: a reduced relative (finite verb after, time phrase after, inside a prepositional phrase, an apposition), a fragment', () => {
  const after = [word('Gas', 'NOUN', 'gas'), fired(), word('the', 'DET', 'the'), word('crowd', 'NOUN', 'crowd'), word('was', 'AUX', 'be', 'Mood=Ind|Tense=Past|VerbForm=Fin'), word('toxic', 'ADJ', 'toxic'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', after), []);
  const time = [word('Shells', 'NOUN', 'shell'), fired(), word('last', 'ADJ', 'last'), word('week', 'NOUN', 'week'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', time), []);
  const pp = [word('In', 'ADP', 'in'), word('a', 'DET', 'a'), word('report', 'NOUN', 'report'), word('titled', 'VERB', 'title', PART), word('Fire', 'PROPN', 'Fire'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', pp), []);
  const apposition = [word('Guards', 'NOUN', 'guard'), word(',', 'PUNCT', ','), word('men', 'NOUN', 'man'), fired(), word('the', 'DET', 'the'), word('day', 'NOUN', 'day'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', apposition), []);
  const fragment = [word('Police', 'NOUN', 'police'), fired(), word('tear', 'NOUN', 'tear'), word('gas', 'NOUN', 'gas')];
  assert.deepEqual(repairFiniteAfterSubject('en', fragment), []);
});

test('through the pipeline: a repaired verb says so and heads its clause', { skip }, () => {
  const doc = runPipeline('Security forces used water cannon to push the marchers back.', { language: 'en', published: '2024-05-02' });
  const used = doc.words.find((w) => w.form === 'used');
  assert.ok(used);
  assert.match(used.feats, /VerbForm=Fin/);
  assert.ok(used.rule.includes(FINITE_AFTER_SUBJECT_RULE), used.rule);
  assert.equal(used.head, -1, 'the verb is the root');
});

test('a participle after a subject and its apposition between commas, with no finite verb after it, is the finite verb', () => {
  const sentence = () => [word('Ana', 'PROPN', 'Ana'), word('Ruiz', 'PROPN', 'Ruiz'), word(',', 'PUNCT', ','), word('the', 'DET', 'the'), word('interior', 'NOUN', 'interior'), word('minister', 'NOUN', 'minister'), word(',', 'PUNCT', ','),
    word('accused', 'VERB', 'accuse', PART), word('the', 'DET', 'the'), word('mayor', 'NOUN', 'mayor'), word('of', 'SCONJ', 'of'), word('lying', 'VERB', 'lie', 'VerbForm=Ger')];
  const words = [...sentence(), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', words), [7]);
  assert.match(words[7].feats, /VerbForm=Fin/);
  // a finite verb later makes the participle a reduced relative inside the subject
  const later = [...sentence(), word('resigned', 'VERB', 'resign', 'Mood=Ind|Tense=Past|VerbForm=Fin'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', later), []);
  // ... but not a finite verb with a subject of its own, in a clause of its own
  const own = [...sentence(), word('when', 'ADV', 'when'), word('she', 'PRON', 'she'), word('spoke', 'VERB', 'speak', 'Mood=Ind|Tense=Past|VerbForm=Fin'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', own), [7]);
});

test('after a subject and its apposition, an infinitive marker may follow the finite verb too', () => {
  const words = [word('Ana', 'PROPN', 'Ana'), word('Ruiz', 'PROPN', 'Ruiz'), word(',', 'PUNCT', ','), word('the', 'DET', 'the'), word('party', 'NOUN', 'party'), word('leader', 'NOUN', 'leader'), word(',', 'PUNCT', ','),
    word('threatened', 'VERB', 'threaten', PART), word('to', 'PART', 'to'), word('quit', 'VERB', 'quit', 'VerbForm=Inf'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', words), [7]);
  // (not without the apposition: "people forced to flee")
  const bare = [word('People', 'NOUN', 'people'), word('forced', 'VERB', 'force', PART), word('to', 'PART', 'to'), word('flee', 'VERB', 'flee', 'VerbForm=Inf'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', bare), []);
});

test('a sentence with no finite verb at all has its verb read as a participle: the first one after a noun and before a noun phrase or particle is finite', () => {
  const words = [word('On', 'ADP', 'on'), word('Monday', 'PROPN', 'Monday'), word('a', 'DET', 'a'), word('candidate', 'NOUN', 'candidate'), word('for', 'ADP', 'for'), word('the', 'DET', 'the'), word('party', 'NOUN', 'party'),
    word('set', 'VERB', 'set', PART), word('off', 'ADP', 'off'), word('explosives', 'NOUN', 'explosive'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', words), [7]);
  assert.match(words[7].feats, /VerbForm=Fin/);
  // a preposition after the participle leaves it one (a caption: "Amount allocated per person")
  const caption = [word('Amount', 'NOUN', 'amount'), word('allocated', 'VERB', 'allocate', PART), word('per', 'ADP', 'per'), word('person', 'NOUN', 'person'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', caption), []);
});

test('after a subject and its apposition with no main verb after, a preposition may follow the finite verb too', () => {
  const words = [word('Ana', 'PROPN', 'Ana'), word('Ruiz', 'PROPN', 'Ruiz'), word(',', 'PUNCT', ','), word('the', 'DET', 'the'), word('army', 'NOUN', 'army'), word('chief', 'NOUN', 'chief'), word(',', 'PUNCT', ','),
    word('threatened', 'VERB', 'threaten', PART), word('on', 'ADP', 'on'), word('television', 'NOUN', 'television'), word('to', 'PART', 'to'), word('quit', 'VERB', 'quit', 'VerbForm=Inf'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairFiniteAfterSubject('en', words), [7]);
});
