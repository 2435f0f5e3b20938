import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.js';

const tags = (text: string) => analyse(text, 'en').map((t) => `${t.text}/${t.pos}`).join(' ');
const token = (text: string, word: string) => analyse(text, 'en').find((t) => t.text === word)!;

test('plural nouns after a noun stay nouns unless an object follows', () => {
  assert.equal(tags('Security services and armed forces arrived.'), 'Security/NOUN services/NOUN and/CCONJ armed/VERB forces/NOUN arrived/VERB ./PUNCT');
  assert.equal(tags('Peace talks resumed.'), 'Peace/NOUN talks/NOUN resumed/VERB ./PUNCT');
  assert.equal(tags('The army attacks the city.'), 'The/DET army/NOUN attacks/VERB the/DET city/NOUN ./PUNCT');
});

test('a past verb after determiner + adjective + noun is not an adjective', () => {
  assert.equal(token('The former president said that he would resign.', 'said').pos, 'VERB');
});

test('function words keep their closed-class readings', () => {
  assert.equal(tags('They want to detain him and renew the ban.'), 'They/PRON want/VERB to/PART detain/VERB him/PRON and/CCONJ renew/VERB the/DET ban/NOUN ./PUNCT');
});

test('an unknown word after "to" or a modal is an infinitive named by its form', () => {
  const t = token('They tried to paralyse the city.', 'paralyse');
  assert.deepEqual([t.lemma, t.pos, t.feats.VerbForm, t.morphRule], ['paralyse', 'VERB', 'Inf', 'en:guess-inf+morph.ctx.after-aux']);
});

test('possessive "her" before a noun phrase, object "her" elsewhere', () => {
  const toks = analyse('He met her husband and her talks failed. Police arrested her.', 'en');
  const hers = toks.filter((t) => t.text === 'her').map((t) => `${t.lemma}/${t.pos}/${t.feats.Poss ?? '-'}/${t.morphRule}`);
  assert.deepEqual(hers, [
    'her/PRON/Yes/en:closed-class+morph.ctx.possessive',
    'her/PRON/Yes/en:closed-class+morph.ctx.possessive',
    'she/PRON/-/en:closed-class',
  ]);
  assert.equal(toks.find((t) => t.text === 'talks')!.pos, 'NOUN');
});

test('silent e is restored in lemmas of regular past forms', () => {
  const toks = analyse('She was raped. They planned it and visited the town.', 'en');
  assert.deepEqual(['raped', 'planned', 'visited'].map((w) => toks.find((t) => t.text === w)!.lemma), ['rape', 'plan', 'visit']);
});

test('passive participles record how reliable the passive reading is', () => {
  const rule = (text: string, word: string) => token(text, word).morphRule.split('+')[1];
  assert.equal(rule('He was arrested by police.', 'arrested'), 'morph.passive.agent');
  assert.equal(rule('He has been detained.', 'detained'), 'morph.passive.chain');
  assert.equal(rule('He got arrested.', 'arrested'), 'morph.passive.aux');
  assert.equal(rule('He is concerned.', 'concerned'), 'morph.passive');
});

test('degree words: adverb before an adjective, adjective before a noun; demonstrative pronoun before a verb', () => {
  assert.equal(tags('More people came.'), 'More/ADJ people/NOUN came/VERB ./PUNCT');
  assert.equal(tags('It is more important.'), 'It/PRON is/VERB more/ADV important/ADJ ./PUNCT');
  assert.equal(tags('This shows progress.'), 'This/PRON shows/VERB progress/NOUN ./PUNCT');
});

test('a capitalised adjective before a lower-case noun stays an adjective', () => {
  assert.equal(token('They met Palestinian officials.', 'Palestinian').pos, 'ADJ');
});

test('a preposition before a gerund or a subject + verb introduces a clause; alone it is an adverb', () => {
  assert.equal(token('He left before signing the deal.', 'before').pos, 'SCONJ');
  assert.equal(token('He left after they arrived.', 'after').pos, 'SCONJ');
  assert.equal(token('He left after the talks.', 'after').pos, 'ADP');
});

test('a noun/verb form between a conjunction and a determiner is a verb; "that" after a noun is relative', () => {
  assert.equal(token('They met and support the plan.', 'support').pos, 'VERB');
  const toks = analyse('They armed militias that attack other countries.', 'en');
  assert.deepEqual(['that', 'attack'].map((w) => toks.find((t) => t.text === w)!.pos), ['PRON', 'VERB']);
});
