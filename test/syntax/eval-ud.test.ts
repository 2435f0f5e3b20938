// The UD scorer on a small treebank written for this test, with stand-in tagger and parser whose
// mistakes are known, and `cronaca eval --ud` on the real dev file when the models are installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu } from '../../src/learn/ud.js';
import { langFromUdFile, scoreUd } from '../../src/syntax/eval-ud.js';
import { resolveModelDir, udFile } from '../../src/syntax/model-dir.js';
import type { TaggedWord } from '../../src/syntax/types.js';
import { runCli } from '../cli/run-cli.js';

const row = (id: number, form: string, lemma: string, upos: string, head: number, deprel: string): string =>
  [id, form, lemma, upos, '_', '_', head, deprel, '_', '_'].join('\t');

// "Marta legge libri ." and "Piove ."
const TREEBANK = [
  '# sent_id = a',
  row(1, 'Marta', 'Marta', 'PROPN', 2, 'nsubj'),
  row(2, 'legge', 'leggere', 'VERB', 0, 'root'),
  row(3, 'libri', 'libro', 'NOUN', 2, 'obj'),
  row(4, '.', '.', 'PUNCT', 2, 'punct'),
  '',
  '# sent_id = b',
  row(1, 'Piove', 'piovere', 'VERB', 0, 'root'),
  row(2, '.', '.', 'PUNCT', 1, 'punct'),
  '',
].join('\n');

test('scoreUd counts tags, lemmas and arcs over all words, LAS on the universal label', () => {
  const sentences = parseConllu(TREEBANK);
  // The tagger gets "libri" wrong (ADJ, lemma "libri"); everything else right.
  const tagger = {
    tag: (forms: readonly string[]): TaggedWord[] =>
      forms.map((f) => {
        const g = sentences.flatMap((s) => s.words).find((w) => w.form === f)!;
        return f === 'libri' ? { form: f, lemma: 'libri', upos: 'ADJ', feats: '_' } : { form: f, lemma: g.lemma, upos: g.upos, feats: '_' };
      }),
  };
  // The parser attaches "." of the first sentence to "libri" and calls "libri" obj:dir (same universal label).
  const parser = {
    parse: (words: TaggedWord[]) =>
      words.length === 4
        ? { heads: Int32Array.from([2, 0, 2, 3]), deprels: ['nsubj', 'root', 'obj:dir', 'punct'] }
        : { heads: Int32Array.from([0, 1]), deprels: ['root', 'punct'] },
  };
  const s = scoreUd(sentences, tagger, parser, { file: 'x.conllu', lang: 'it' });
  assert.equal(s.words, 6);
  assert.equal(s.upos, Math.round((5 / 6) * 10000) / 10000);
  assert.equal(s.lemma, Math.round((5 / 6) * 10000) / 10000);
  assert.equal(s.uas, Math.round((5 / 6) * 10000) / 10000);
  assert.equal(s.las, Math.round((5 / 6) * 10000) / 10000, 'obj:dir counts as obj');
  assert.equal(s.lasFull, Math.round((4 / 6) * 10000) / 10000);
  assert.deepEqual(s.perRelation.punct, { gold: 2, predicted: 2, recall: 0.5, precision: 0.5 });

  const untagged = scoreUd(sentences, tagger, undefined, { file: 'x.conllu', lang: 'it' });
  assert.equal(untagged.uas, null);
  assert.equal(untagged.las, null);
});

test('the language comes from a UD file name', () => {
  assert.equal(langFromUdFile('/a/b/it_isdt-ud-dev.conllu'), 'it');
  assert.equal(langFromUdFile('en_ewt-ud-train.conllu'), 'en');
  assert.equal(langFromUdFile('treebank.conllu'), undefined);
});

const dev = udFile('it', 'dev');
const haveModels = existsSync(join(resolveModelDir(), 'it', 'tagger.bin')) && existsSync(join(resolveModelDir(), 'it', 'parser.bin'));
test('cronaca eval --ud scores the Italian dev file (json and table)', { skip: !existsSync(dev) || !haveModels ? 'no Italian dev file or models' : false }, () => {
  const r = runCli(['eval', '--ud', dev, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout) as { lang: string; words: number; upos: number; uas: number; las: number };
  assert.equal(s.lang, 'it');
  assert.equal(s.words, 11907);
  for (const k of ['upos', 'uas', 'las'] as const) assert.ok(s[k] > 0.5 && s[k] <= 1, `${k} = ${s[k]}`);
  assert.ok(s.las <= s.uas);
  const t = runCli(['eval', '--ud', dev]);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /UAS\s+\d+\.\d\d/);
  assert.match(t.stdout, /LAS\s+\d+\.\d\d/);
});

test('cronaca eval --ud refuses a missing file', () => {
  const r = runCli(['eval', '--ud', 'no/such/file.conllu']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not found/);
});
