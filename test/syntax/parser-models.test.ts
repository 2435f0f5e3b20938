// The shipped parser models against the floors in eval/floors.json ("ud" section, key "parser"),
// scored on the UD dev files read from ../shared with tags from the shipped tagger, as at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { readConllu } from '../../src/learn/ud.js';
import { resolveModelDir, udFile } from '../../src/syntax/model-dir.js';
import { loadParserModel } from '../../src/syntax/parser/model-io.js';
import { loadParser, PARSER_FILE } from '../../src/syntax/parser/index.js';
import { scoreParser } from '../../src/syntax/parser/train-command.js';
import { toExample } from '../../src/syntax/parser/treebank.js';
import { loadTaggerFile, TAGGER_FILE } from '../../src/syntax/tagger/model-io.js';

interface ParserFloors {
  uas: number;
  las: number;
}
const floors = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval', 'floors.json'), 'utf8')) as { ud?: Record<string, { parser?: ParserFloors }> }).ud;

for (const lang of ['it', 'en']) {
  const dir = resolveModelDir();
  const model = join(dir, lang, PARSER_FILE);
  const tagger = join(dir, lang, TAGGER_FILE);
  const dev = udFile(lang, 'dev');
  const skip = !existsSync(model) || !existsSync(tagger) ? `no models in ${dir}/${lang}` : !existsSync(dev) ? `no dev file at ${dev}` : false;

  test(`${lang} parser model: dev UAS/LAS with predicted tags reach the floors`, { skip }, () => {
    const floor = floors?.[lang]?.parser;
    assert.ok(floor, `eval/floors.json has no ud.${lang}.parser floors`);
    // Budget: all of models/ <= 30 MB; a parser aims at 8 MB (en is 8.0 MB, it 3.8 MB).
    assert.ok(statSync(model).size < 8_500_000, 'parser model over 8.5 MB');
    const { model: parser, meta } = loadParserModel(model);
    assert.equal(meta.lang, lang);
    for (const k of ['train', 'dev', 'seed', 'iterations', 'date', 'dev_scores']) assert.ok(k in meta, `metadata lacks ${k}`);
    const tag = loadTaggerFile(tagger).tagger;
    const sentences = readConllu(dev);
    const s = scoreParser(parser, sentences.map((x) => toExample(x, tag.tag(x.words.map((w) => w.form)))));
    assert.ok(s.uas >= floor.uas, `UAS ${s.uas} < ${floor.uas}`);
    assert.ok(s.las >= floor.las, `LAS ${s.las} < ${floor.las}`);
  });
}

test('loadParser is lazy and cached, and undefined without a model file', () => {
  assert.equal(loadParser('it', join(PROJECT_ROOT, 'no-such-models')), undefined);
  const dir = resolveModelDir();
  if (!existsSync(join(dir, 'it', PARSER_FILE))) return;
  const a = loadParser('it');
  assert.ok(a);
  assert.equal(loadParser('it', dir), a, 'one parser per model file');
  const parsed = a.parse([
    { form: 'Piove', lemma: 'piovere', upos: 'VERB', feats: 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin' },
    { form: '.', lemma: '.', upos: 'PUNCT', feats: '_' },
  ]);
  assert.deepEqual([...parsed.heads], [0, 1]);
  assert.deepEqual(parsed.deprels, ['root', 'punct']);
  assert.deepEqual(a.parse([]), { heads: new Int32Array(0), deprels: [] });
});
