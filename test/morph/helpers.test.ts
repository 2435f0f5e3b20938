import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAuxiliary, isNominal, isPassive, isVerbLike, verbChain } from '../../src/stages/morph/index.js';
import { analyse } from './helpers.js';

test('verbChain collects auxiliaries, passive and the finite tense', () => {
  const toks = analyse('Il leader non è stato arrestato ieri.', 'it');
  const i = toks.findIndex((t) => t.text === 'arrestato');
  const chain = verbChain(toks, i);
  assert.deepEqual(chain, { main: i, auxiliaries: [i - 2, i - 1], passive: true, finite: { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' } });
  // From the auxiliary the same chain is found.
  assert.deepEqual(verbChain(toks, i - 2), chain);
  assert.equal(verbChain(toks, 0), undefined);
});

test('verbChain in English: modal + negation + infinitive', () => {
  const toks = analyse('The army will not arrest them.', 'en');
  const i = toks.findIndex((t) => t.text === 'arrest');
  assert.deepEqual(verbChain(toks, i), { main: i, auxiliaries: [2], passive: false, finite: { VerbForm: 'Fin' } });
  const past = analyse('Protesters were arrested.', 'en');
  assert.deepEqual(verbChain(past, 2), { main: 2, auxiliaries: [1], passive: true, finite: { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' } });
});

test('token predicates', () => {
  const toks = analyse('Troops were deployed in Almaty.', 'en');
  assert.deepEqual(toks.map(isVerbLike), [false, true, true, false, false, false]);
  assert.deepEqual(toks.map(isAuxiliary), [false, true, false, false, false, false]);
  assert.deepEqual(toks.map(isPassive), [false, false, true, false, false, false]);
  assert.deepEqual(toks.map(isNominal), [true, false, false, false, true, false]);
});

test('a clause-introducing word before a determiner is SCONJ', () => {
  const toks = analyse('Officials said that the protesters had left.', 'en');
  assert.deepEqual(toks.map((t) => t.pos), ['NOUN', 'VERB', 'SCONJ', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
});
