// The subordinator-before-clause repair (src/stages/syntax/subordinator-before-clause.ts) on tagged
// words written for this test, and through the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { repairSubordinatorBeforeClause, SUBORDINATOR_BEFORE_CLAUSE_RULE } from '../../src/stages/syntax/subordinator-before-clause.js';
import { word } from './repair-helpers.js';

const skip = existsSync(join(PROJECT_ROOT, 'models', 'en', 'parser.bin')) ? false : 'no en parser model';
const FIN = 'Mood=Ind|Tense=Past|VerbForm=Fin';
const main = [word('Chile', 'PROPN', 'Chile'), word('recalled', 'VERB', 'recall', FIN), word('its', 'PRON', 'its'), word('envoy', 'NOUN', 'envoy')];
const after = () => word('after', 'ADP', 'after');
const end = [word('the', 'DET', 'the'), word('consulate', 'NOUN', 'consulate'), word('.', 'PUNCT', '.')];

test('a listed preposition before one noun phrase and a finite verb is the subordinator of that clause', () => {
  const words = [...main, after(), word('masked', 'ADJ', 'masked'), word('men', 'NOUN', 'man'), word('raided', 'VERB', 'raid', FIN), ...end];
  assert.deepEqual(repairSubordinatorBeforeClause('en', words), [4]);
  assert.equal(words[4].upos, 'SCONJ');
  // two bare nouns joined by "and"; a passive auxiliary before its verb
  const joined = [...main, after(), word('rockets', 'NOUN', 'rocket'), word('and', 'CCONJ', 'and'), word('drones', 'NOUN', 'drone'), word('were', 'AUX', 'be', FIN), word('fired', 'VERB', 'fire', 'Tense=Past|VerbForm=Part'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('en', joined), [4]);
  // a fronted clause before a comma and the main clause
  const fronted = [word('Days', 'NOUN', 'day'), after(), word('rebels', 'NOUN', 'rebel'), word('seized', 'VERB', 'seize', FIN), word('the', 'DET', 'the'), word('town', 'NOUN', 'town'), word(',', 'PUNCT', ','), word('troops', 'NOUN', 'troop'), word('arrived', 'VERB', 'arrive', FIN), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('en', fronted), [1]);
});

test('left alone: two noun phrases, a time word, a copula, a preposition inside the subject, an unlisted word, Italian', () => {
  const twoPhrases = [after(), word('the', 'DET', 'the'), word('vote', 'NOUN', 'vote'), word('the', 'DET', 'the'), word('president', 'NOUN', 'president'), word('resigned', 'VERB', 'resign', FIN), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('en', twoPhrases), []);
  const time = [...main, word('since', 'ADP', 'since'), word('Monday', 'PROPN', 'Monday'), word('protesters', 'NOUN', 'protester'), word('marched', 'VERB', 'march', FIN), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('en', time), []);
  const copula = [...main, word('before', 'ADP', 'before'), word('the', 'DET', 'the'), word('vote', 'NOUN', 'vote'), word('was', 'AUX', 'be', FIN), word('over', 'ADJ', 'over'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('en', copula), []);
  const inSubject = [word('The', 'DET', 'the'), word('worst', 'ADJ', 'bad'), word('riots', 'NOUN', 'riot'), word('since', 'ADP', 'since'), word('the', 'DET', 'the'), word('war', 'NOUN', 'war'), word('shook', 'VERB', 'shake', FIN), word('the', 'DET', 'the'), word('city', 'NOUN', 'city'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('en', inSubject), []);
  const unlisted = [...main, word('with', 'ADP', 'with'), word('masked', 'ADJ', 'masked'), word('men', 'NOUN', 'man'), word('raided', 'VERB', 'raid', FIN), ...end];
  assert.deepEqual(repairSubordinatorBeforeClause('en', unlisted), []);
  const italian = [word('Proteste', 'NOUN', 'protesta'), word('continuano', 'VERB', 'continuare', 'Mood=Ind|Tense=Pres|VerbForm=Fin'), word('nonostante', 'ADP', 'nonostante'), word('la', 'DET', 'il'), word('polizia', 'NOUN', 'polizia'), word('abbia', 'AUX', 'avere', 'Mood=Sub|VerbForm=Fin'), word('vietato', 'VERB', 'vietare', 'VerbForm=Part'), word('.', 'PUNCT', '.')];
  assert.deepEqual(repairSubordinatorBeforeClause('it', italian), []);
});

test('through the pipeline: the clause has its subject, and the possessive its owner as the target', { skip }, () => {
  const doc = runPipeline('Chile broke off relations with Peru after Peruvian police stormed its consulate in Tacna on Friday.', { language: 'en', published: '2024-05-02' });
  const marker = doc.words.find((w) => w.form === 'after');
  assert.ok(marker);
  assert.ok(marker.rule.includes(SUBORDINATOR_BEFORE_CLAUSE_RULE), marker.rule);
  const police = doc.words.find((w) => w.form === 'police');
  const stormed = doc.words.find((w) => w.form === 'stormed');
  assert.ok(police && stormed);
  assert.equal(police.deprel, 'nsubj');
  assert.equal(police.head, stormed.index);
  const storming = doc.events.find((e) => e.trigger.text === 'stormed');
  assert.ok(storming);
  assert.deepEqual(storming.target.map((a) => a.text), ['its']);
  const chile = doc.entities.find((e) => e.name === 'Chile');
  assert.equal(storming.target[0].entity, chile?.id);
});

test('a past participle with an object after the subordinator\'s noun phrase is the clause\'s finite verb', { skip }, () => {
  const doc = runPipeline('The president dropped the bill a day after demonstrators stormed parliament in Nairobi.', { language: 'en' });
  const stormed = doc.words.find((w) => w.form === 'stormed');
  assert.ok(stormed);
  assert.match(stormed.feats, /VerbForm=Fin/);
  assert.ok(stormed.rule.includes(SUBORDINATOR_BEFORE_CLAUSE_RULE), stormed.rule);
  assert.deepEqual(doc.events.filter((e) => e.trigger.text === 'stormed').map((e) => [e.type, e.source.map((a) => a.text)]), [['PROTEST', ['demonstrators']]]);
});
