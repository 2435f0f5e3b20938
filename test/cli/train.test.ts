// `cronaca train tagger|parser|ner` through the real command line on small slices of the real
// corpora (read from ../shared, written to a temporary folder, never into the repo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, ROOT, runCli, tempDir } from './run-cli.js';
import { readModelFile } from '../../src/learn/model-file.js';

const UD_IT = join(ROOT, '..', 'shared', 'gold', 'ud', 'UD_Italian-ISDT');
const KIND = join(ROOT, '..', 'shared', 'gold', 'kind');
const dir = tempDir();
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The first n blank-line-separated blocks of a file. */
function slice(from: string, to: string, n: number): string {
  const blocks = readFileSync(from, 'utf8').split(/\n\s*\n/).slice(0, n);
  writeFileSync(to, blocks.join('\n\n') + '\n\n');
  return to;
}

test('train tagger and parser on a treebank slice, then score them with eval --ud', { skip: !existsSync(UD_IT) && 'UD data not found' }, () => {
  const train = slice(join(UD_IT, 'it_isdt-ud-train.conllu'), join(dir, 'it_isdt-ud-train.conllu'), 400);
  const dev = slice(join(UD_IT, 'it_isdt-ud-dev.conllu'), join(dir, 'it_isdt-ud-dev.conllu'), 100);
  const models = join(dir, 'models');
  for (const what of ['tagger', 'parser']) {
    const r = runCli(['train', what, '--lang', 'it', '--train', train, '--dev', dev, '--out', models, '--iterations', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(models, 'it', `${what}.bin`)), `${what}.bin written`);
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
  }
  const e = runCli(['eval', '--ud', dev, '--format', 'json'], { env: { CRONACA_MODELS: models } });
  assert.equal(e.code, 0, e.stderr);
  const scores = JSON.parse(e.stdout) as { upos: number; uas: number | null; las: number | null };
  assert.ok(scores.upos > 0.8 && scores.upos <= 1, `UPOS accuracy of a 400-sentence model on dev: ${scores.upos}`);
  assert.ok(scores.uas !== null && scores.uas > 0.5, `UAS of a 400-sentence, one-pass parser: ${scores.uas}`);
  assert.ok(scores.las !== null && scores.las <= scores.uas, 'LAS never exceeds UAS');
});

test('train ner on a KIND slice writes a model and reports dev scores', { skip: !existsSync(KIND) && 'KIND data not found' }, () => {
  const train = slice(join(KIND, 'WN_train.tsv'), join(dir, 'wn-train.tsv'), 500);
  const dev = slice(join(KIND, 'WN_dev.tsv'), join(dir, 'wn-dev.tsv'), 100);
  const models = join(dir, 'models');
  const r = runCli(['train', 'ner', '--lang', 'it', '--train', train, '--dev', dev, '--out', models, '--iterations', '1']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(models, 'ner-it', 'ner.bin')));
  assert.match(r.stdout + r.stderr, /F1/);
});

test('train --seed sets the training order and is recorded in the model', { skip: !existsSync(UD_IT) && 'UD data not found' }, () => {
  const train = slice(join(UD_IT, 'it_isdt-ud-train.conllu'), join(dir, 'seed-train.conllu'), 200);
  const dev = slice(join(UD_IT, 'it_isdt-ud-dev.conllu'), join(dir, 'seed-dev.conllu'), 50);
  const models = join(dir, 'seeded');
  const r = runCli(['train', 'tagger', '--lang', 'it', '--train', train, '--dev', dev, '--out', models, '--iterations', '1', '--seed', '7']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((readModelFile(join(models, 'it', 'tagger.bin')).meta as { seed: number }).seed, 7);
  const bad = runCli(['train', 'tagger', '--lang', 'it', '--seed', '-1']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--seed/);
});

test('train parser --prune-below and --label-weights-below set the pruning thresholds and say so in the model', { skip: !existsSync(UD_IT) && 'UD data not found' }, () => {
  const train = slice(join(UD_IT, 'it_isdt-ud-train.conllu'), join(dir, 'prune-train.conllu'), 150);
  const dev = slice(join(UD_IT, 'it_isdt-ud-dev.conllu'), join(dir, 'prune-dev.conllu'), 40);
  const models = join(dir, 'pruned');
  const tagger = runCli(['train', 'tagger', '--lang', 'it', '--train', train, '--dev', dev, '--out', models, '--iterations', '1']);
  assert.equal(tagger.code, 0, tagger.stderr);
  const r = runCli(['train', 'parser', '--lang', 'it', '--train', train, '--dev', dev, '--out', models, '--iterations', '1', '--prune-below', '2', '--label-weights-below', '0.5']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /label weights below 0\.5 cleared: [1-9]/);
  const meta = readModelFile(join(models, 'it', 'parser.bin')).meta as { pruneBelow: number; pruneChoice: string; featureSet: number; labelWeightsBelow: number };
  assert.equal(meta.pruneBelow, 2);
  assert.equal(meta.labelWeightsBelow, 0.5);
  assert.match(meta.pruneChoice, /^given \(--prune-below; best dev LAS at [0-9.]+\)$/);
  assert.equal(meta.featureSet, 4);
  for (const option of ['--prune-below', '--label-weights-below']) {
    for (const value of ['0', '-1', 'lots']) {
      const bad = runCli(['train', 'parser', '--lang', 'it', option, value]);
      assert.equal(bad.code, 1, value);
      assert.match(bad.stderr, new RegExp(`${option}.*expected a number > 0`));
      assert.ok(!hasStackTrace(bad.stderr), bad.stderr);
    }
  }
});

test('train: bad input gets a one-line error and a non-zero exit', () => {
  const missing = runCli(['train', 'tagger', '--lang', 'it', '--train', join(dir, 'nope.conllu')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.conllu/);
  assert.ok(!hasStackTrace(missing.stderr), missing.stderr);
  const notConllu = join(dir, 'bad.conllu');
  writeFileSync(notConllu, 'this is not\ta treebank\n');
  const bad = runCli(['train', 'parser', '--lang', 'it', '--train', notConllu, '--dev', notConllu, '--out', join(dir, 'm2')]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /bad\.conllu/);
  assert.ok(!hasStackTrace(bad.stderr), bad.stderr);
  const noLang = runCli(['train', 'tagger']);
  assert.equal(noLang.code, 1);
  assert.match(noLang.stderr, /^cronaca: required option '-l, --lang <code>'/);
});
