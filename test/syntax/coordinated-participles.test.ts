// The coordinated-participle repair (src/stages/syntax/coordinated-participles.ts) on tagged words
// written for this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COORDINATED_PARTICIPLE_RULE, repairCoordinatedParticiples } from '../../src/stages/syntax/coordinated-participles.js';
import type { TaggedWord } from '../../src/syntax/types.js';
import { repairedToVerb, skipWithoutItParser as skip, word } from './repair-helpers.js';

/** "Il governo ha chiuso il confine nord e sospeso i voli": the second participle tagged as an adjective. */
const sentence = (second: TaggedWord, after: TaggedWord[]): TaggedWord[] => [
  word('Il', 'DET', 'il'), word('governo', 'NOUN', 'governo'), word('ha', 'AUX', 'avere', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin'),
  word('chiuso', 'VERB', 'chiudere', 'Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part'), word('il', 'DET', 'il'), word('confine', 'NOUN', 'confine'),
  word('nord', 'ADJ', 'nord'), word('e', 'CCONJ', 'e'), second, ...after,
];

test('an adjective after "e" that is a participle and takes an object, after a compound tense, is that participle', () => {
  const words = sentence(word('sospeso', 'ADJ', 'sospeso', 'Gender=Masc|Number=Sing'), [word('i', 'DET', 'il'), word('voli', 'NOUN', 'volo')]);
  assert.deepEqual(repairCoordinatedParticiples('it', words), [8]);
  assert.equal(words[8].upos, 'VERB');
  assert.equal(words[8].lemma, 'sospendere');
  assert.match(words[8].feats, /VerbForm=Part/);
  // no object after it, or a noun phrase that has its own verb: untouched
  assert.deepEqual(repairCoordinatedParticiples('it', sentence(word('sospeso', 'ADJ', 'sospeso'), [word('.', 'PUNCT', '.')])), []);
  assert.deepEqual(repairCoordinatedParticiples('it', sentence(word('armati', 'ADJ', 'armato'), [word('gruppi', 'NOUN', 'gruppo'), word('hanno', 'AUX', 'avere', 'VerbForm=Fin')])), []);
});

test('through the pipeline: the repaired participle is a verb that says so and codes its event with the shared subject', { skip }, () => {
  const { doc } = repairedToVerb("Riga aveva convocato l'incaricato d'affari bielorusso e minacciato ritorsioni.", 'minacciato', COORDINATED_PARTICIPLE_RULE);
  const threat = doc.events.find((e) => e.trigger.text === 'minacciato');
  assert.ok(threat, doc.events.map((e) => e.trigger.text).join(', '));
  assert.equal(threat.type, 'THREATEN');
  assert.deepEqual(threat.source.map((a) => a.text), ['Riga']);
});
