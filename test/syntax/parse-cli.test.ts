// `cronaca parse --format conllu` on texts written for this test: valid CoNLL-U (10 columns, one
// root per sentence, heads inside the sentence), multiword-token ranges ("della" = di + la).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveModelDir } from '../../src/syntax/model-dir.js';
import { runCli, tempDir } from '../cli/run-cli.js';

interface Block {
  comments: string[];
  rows: string[][];
}

function blocks(conllu: string): Block[] {
  const out: Block[] = [];
  for (const chunk of conllu.split(/\n\n+/)) {
    const lines = chunk.split('\n').filter((l) => l !== '');
    if (lines.length === 0) continue;
    out.push({ comments: lines.filter((l) => l.startsWith('#')), rows: lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')) });
  }
  return out;
}

/** Checks the structure every CoNLL-U sentence must have; returns the word rows. */
function checkSentence(b: Block): string[][] {
  assert.ok(b.comments.some((c) => /^# sent_id = \S+/.test(c)), 'sent_id comment');
  assert.ok(b.comments.some((c) => /^# text = \S/.test(c)), 'text comment');
  for (const r of b.rows) assert.equal(r.length, 10, `10 columns: ${r.join(' | ')}`);
  const words = b.rows.filter((r) => /^\d+$/.test(r[0]));
  words.forEach((r, i) => assert.equal(Number(r[0]), i + 1, 'word ids run 1..n'));
  const roots = words.filter((r) => r[6] === '0');
  assert.equal(roots.length, 1, 'one root');
  assert.equal(roots[0][7], 'root');
  for (const r of words) {
    const h = Number(r[6]);
    assert.ok(Number.isInteger(h) && h >= 0 && h <= words.length && h !== Number(r[0]), `head of word ${r[0]}: ${r[6]}`);
    assert.match(r[7], /^[a-z]+(:[a-z]+)?$/, 'a UD relation');
    assert.match(r[3], /^[A-Z]+$/, 'a UPOS tag');
  }
  // every word reaches the root without a cycle
  for (const r of words) {
    let at = Number(r[0]);
    for (let steps = 0; at !== 0; steps++) {
      assert.ok(steps <= words.length, 'cycle');
      at = Number(words[at - 1][6]);
    }
  }
  for (const r of b.rows.filter((x) => x[0].includes('-'))) {
    const [a, z] = r[0].split('-').map(Number);
    assert.ok(z > a && r.slice(2, 9).every((c) => c === '_'), `range line ${r.join(' | ')}`);
  }
  return words;
}

const models = resolveModelDir();
const haveIt = existsSync(join(models, 'it', 'tagger.bin')) && existsSync(join(models, 'it', 'parser.bin'));
const haveEn = existsSync(join(models, 'en', 'tagger.bin')) && existsSync(join(models, 'en', 'parser.bin'));

test('parse an Italian file: ranges for "della" and "dai", a tree per sentence', { skip: !haveIt && 'no Italian models' }, () => {
  const file = join(tempDir(), 'notizia.txt');
  writeFileSync(file, 'Il sindaco della città ha inaugurato la nuova biblioteca. La proposta è stata respinta dai consiglieri.\n');
  const r = runCli(['parse', file, '--format', 'conllu']);
  assert.equal(r.code, 0, r.stderr);
  const bs = blocks(r.stdout);
  assert.equal(bs.length, 2, r.stdout);
  const first = checkSentence(bs[0]);
  assert.equal(first.find((w) => w[6] === '0')?.[1], 'inaugurato', 'a simple clause: the verb is the root');
  const della = bs[0].rows.find((x) => x[1] === 'della');
  assert.ok(della && /^\d+-\d+$/.test(della[0]), 'range line for della');
  const [a, z] = della[0].split('-').map(Number);
  assert.deepEqual(first.slice(a - 1, z).map((w) => w[1].toLowerCase()), ['di', 'la']);
  assert.equal(bs[0].rows.at(-1)?.[1], '.');
  assert.equal(bs[0].rows.find((x) => x[1] === 'biblioteca')?.[9], 'SpaceAfter=No', 'no space before the full stop');
  assert.equal(bs[0].rows.find((x) => x[1] === 'città')?.[9], '_');
  checkSentence(bs[1]);
  assert.ok(bs[1].rows.some((x) => x[1] === 'dai' && x[0].includes('-')), 'range line for dai');
});

test('parse English from stdin with --lang', { skip: !haveEn && 'no English models' }, () => {
  const r = runCli(['parse', '-', '--lang', 'en'], { input: "The council didn't approve the budget on Monday.\n" });
  assert.equal(r.code, 0, r.stderr);
  const bs = blocks(r.stdout);
  assert.equal(bs.length, 1);
  const words = checkSentence(bs[0]);
  // The segmenter already splits English clitics into tokens: did + n't, no multiword token.
  assert.deepEqual(words.slice(2, 4).map((w) => w[1]), ['did', "n't"]);
  assert.equal(words[2][9], 'SpaceAfter=No');
  assert.equal(words.find((w) => w[6] === '0')?.[1], 'approve', 'a simple clause: the verb is the root');
});

test('parse refuses a missing file', () => {
  const r = runCli(['parse', 'no/such/file.txt']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /no\/such\/file\.txt/);
});
