// The shipped tagger models against the floors in eval/floors.json ("ud" section), scored on the
// UD dev files read from ../shared (never copied here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { readConllu } from '../../src/learn/ud.js';
import { resolveModelDir, udFile } from '../../src/syntax/model-dir.js';
import { MwtExpander } from '../../src/syntax/mwt.js';
import { scoreMwt, scoreTagger } from '../../src/syntax/tagger/evaluate.js';
import { loadTaggerFile, TAGGER_FILE } from '../../src/syntax/tagger/model-io.js';

interface UdFloors {
  upos: number;
  lemma: number;
  feats: number;
  mwtTokenAccuracy: number;
}
const floors = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval', 'floors.json'), 'utf8')) as { ud?: Record<string, { tagger?: UdFloors }> }).ud;

for (const lang of ['it', 'en']) {
  const model = join(resolveModelDir(), lang, TAGGER_FILE);
  const dev = udFile(lang, 'dev');
  const skip = !existsSync(model) ? `no model at ${model}` : !existsSync(dev) ? `no dev file at ${dev}` : false;

  test(`${lang} tagger model: dev scores reach the floors`, { skip }, () => {
    const floor = floors?.[lang]?.tagger;
    assert.ok(floor, `eval/floors.json has no ud.${lang}.tagger floors`);
    assert.ok(statSync(model).size < 5_000_000, 'tagger model over 5 MB');
    const { tagger, meta } = loadTaggerFile(model);
    assert.equal(meta.lang, lang);
    for (const k of ['train', 'dev', 'seed', 'iterations', 'date', 'dev_scores']) assert.ok(k in meta, `metadata lacks ${k}`);
    const sentences = readConllu(dev);
    const s = scoreTagger(tagger, sentences);
    assert.ok(s.upos >= floor.upos, `UPOS ${s.upos} < ${floor.upos}`);
    assert.ok(s.lemma >= floor.lemma, `lemma ${s.lemma} < ${floor.lemma}`);
    assert.ok(s.feats >= floor.feats, `FEATS ${s.feats} < ${floor.feats}`);
    const m = scoreMwt(new MwtExpander(lang, tagger.vocab.mwt), sentences);
    assert.ok(m.tokenAccuracy >= floor.mwtTokenAccuracy, `MWT token accuracy ${m.tokenAccuracy} < ${floor.mwtTokenAccuracy}`);
  });
}
