import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.js';

const tags = (text: string) => analyse(text, 'it').map((t) => `${t.text}/${t.pos}`).join(' ');
const token = (text: string, word: string) => analyse(text, 'it').find((t) => t.text === word)!;

test('nouns after determiners and possessives are not verbs', () => {
  assert.equal(tags('I loro incarichi sono finiti.'), 'I/DET loro/DET incarichi/NOUN sono/AUX finiti/VERB ./PUNCT');
  assert.equal(token('Gli attacchi sono ripresi.', 'attacchi').lemma, 'attacco');
  assert.equal(token('I droni dei russi hanno colpito la città.', 'dei').lemma, 'di');
});

test('apocopated infinitives are infinitives and take auxiliary readings', () => {
  const toks = analyse('Dopo aver detto di voler partire, è andato via.', 'it');
  const row = (w: string) => { const t = toks.find((x) => x.text === w)!; return `${t.lemma} ${t.pos} ${t.feats.VerbForm} ${t.morphRule}`; };
  assert.deepEqual([row('aver'), row('voler')], ['avere AUX Inf it:apocope+morph.aux', 'volere AUX Inf it:apocope+morph.aux']);
});

test('participles missing from the verb package, unknown -oni plurals', () => {
  const t = token('Il permesso è stato concesso ieri.', 'concesso');
  assert.deepEqual([t.lemma, t.pos, t.feats.Voice], ['concedere', 'VERB', 'Pass']);
  assert.equal(token('Sono arrivati i droni.', 'droni').lemma, 'drone');
});

test('place names that are also common nouns, sentence-initial -mente adverbs', () => {
  assert.deepEqual([token('Mosca ha risposto.', 'Mosca').pos, token('Mosca ha risposto.', 'Mosca').morphRule], ['PROPN', 'it:capitalised']);
  assert.equal(token('Probabilmente arriverà domani.', 'Probabilmente').pos, 'ADV');
  assert.equal(token('Contemporaneamente la polizia ha arrestato due uomini.', 'Contemporaneamente').pos, 'ADV');
});

test('passive reliability: agent, auxiliary chain, venire, plain essere', () => {
  const rule = (text: string, word: string) => token(text, word).morphRule.split('+')[1];
  assert.equal(rule('L’uomo è stato arrestato dalla polizia.', 'arrestato'), 'morph.passive.agent');
  assert.equal(rule('L’uomo è stato arrestato ieri.', 'arrestato'), 'morph.passive.chain');
  assert.equal(rule('L’uomo venne arrestato.', 'arrestato'), 'morph.passive.aux');
  assert.equal(rule('Il ministro è preoccupato.', 'preoccupato'), 'morph.passive');
});

test('noun/adjective forms: adjective before a noun-only word, after an adverb and after a noun', () => {
  assert.equal(tags('Un grande successo.'), 'Un/DET grande/ADJ successo/NOUN ./PUNCT');
  assert.equal(tags('Il primo ministro è molto giovane.'), 'Il/DET primo/ADJ ministro/NOUN è/VERB molto/ADV giovane/ADJ ./PUNCT');
  assert.equal(tags('Sono arrivate le forze armate.'), 'Sono/AUX arrivate/VERB le/DET forze/NOUN armate/ADJ ./PUNCT');
  assert.equal(token('Il documento firmato dal ministro.', 'firmato').pos, 'VERB');
});

test('a capitalised -mente adverb after a colon or dash is an adverb', () => {
  assert.equal(token('Il ministro ha detto: Probabilmente no.', 'Probabilmente').pos, 'ADV');
  assert.equal(token('Ieri - Contemporaneamente è arrivato.', 'Contemporaneamente').pos, 'ADV');
});

test('quantifiers without a noun are pronouns; a preposition before "di" or punctuation is an adverb', () => {
  assert.equal(token('Lo hanno detto tutti.', 'tutti').pos, 'PRON');
  assert.equal(token('Tutti i giorni arrivano.', 'Tutti').pos, 'DET');
  assert.equal(token('È partito prima di mezzanotte.', 'prima').pos, 'ADV');
  assert.equal(token('È la prima a parlare.', 'prima').pos, 'ADJ');
  assert.equal(token('È la più grande.', 'la').pos, 'DET');
});

test('after a preposition without article, a noun/infinitive form is the infinitive', () => {
  const t = token('Ha detto di sapere tutto.', 'sapere');
  assert.deepEqual([t.pos, t.feats.VerbForm], ['VERB', 'Inf']);
});

test('a name after an article is a subject', () => {
  assert.equal(token('La Russia minaccia di tagliare le forniture.', 'minaccia').pos, 'VERB');
});
