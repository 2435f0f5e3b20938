import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learnMwtTable, MwtExpander } from '../../src/syntax/mwt.js';
import { parseConllu } from '../../src/learn/ud.js';

// A tiny treebank written for this test: "della" is always split, "dei" only once in three.
const CONLLU = [
  '1-2\tdella\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tdi\tdi\tADP\tE\t_\t3\tcase\t_\t_',
  '2\tla\til\tDET\tRD\t_\t3\tdet\t_\t_',
  '3\tcasa\tcasa\tNOUN\tS\t_\t0\troot\t_\t_',
  '4-5\tdei\t_\t_\t_\t_\t_\t_\t_\t_',
  '4\tdi\tdi\tADP\tE\t_\t6\tcase\t_\t_',
  '5\ti\til\tDET\tRD\t_\t6\tdet\t_\t_',
  '6\tdei\tdio\tNOUN\tS\t_\t3\tnmod\t_\t_',
  '7\tdei\tdio\tNOUN\tS\t_\t3\tnmod\t_\t_',
  '8-9\tDella\t_\t_\t_\t_\t_\t_\t_\t_',
  '8\tDi\tdi\tADP\tE\t_\t10\tcase\t_\t_',
  '9\tla\til\tDET\tRD\t_\t10\tdet\t_\t_',
  '10\tcosa\tcosa\tNOUN\tS\t_\t3\tnmod\t_\t_',
  '',
].join('\n');

test('the learned table keeps forms split in at least half of their occurrences, lower-cased', () => {
  const table = learnMwtTable(parseConllu(CONLLU));
  assert.deepEqual(table, { della: ['di', 'la'] });
});

test('expansion keeps the surface case of the token', () => {
  const x = new MwtExpander('en', { della: ['di', 'la'], cannot: ['can', 'not'] });
  assert.deepEqual(x.expand('della'), ['di', 'la']);
  assert.deepEqual(x.expand('Della'), ['Di', 'la']);
  assert.deepEqual(x.expand('CANNOT'), ['CAN', 'NOT']);
  assert.equal(x.expand('casa'), undefined);
});

test('unseen Italian infinitives and gerunds with enclitics are split by the pack rules', () => {
  const x = new MwtExpander('it', {});
  assert.deepEqual(x.expand('arrestarlo'), ['arrestar', 'lo']);
  assert.deepEqual(x.expand('Interrogandoli'), ['Interrogando', 'li']);
  assert.deepEqual(x.expand('consegnarglielo'), ['consegnar', 'glie', 'lo']);
  assert.deepEqual(x.expand('liberandosene'), ['liberando', 'se', 'ne']);
  // Words that merely end like a clitic are left alone.
  assert.equal(x.expand('parlo'), undefined);
  assert.equal(x.expand('stella'), undefined);
  assert.equal(x.expand('famiglia'), undefined);
});

test('English has no clitic rules: only the table splits', () => {
  const x = new MwtExpander('en', {});
  assert.equal(x.expand('calling'), undefined);
  assert.equal(x.expand('cannot'), undefined);
});
