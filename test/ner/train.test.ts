// Training the NER tagger: a small slice of KIND Wikinews reaches a recorded floor, training is
// deterministic, a saved model reads back the same, and `cronaca train ner` writes a model folder.
// The KIND tests read ../shared/gold (or $CRONACA_GOLD_DIR) and skip, saying so, when it is absent.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertKind } from '../../src/convert/kind.js';
import { goldDirCandidate, goldPath } from '../../src/gold/paths.js';
import { nerDocument } from '../../src/ner/data.js';
import { loadNerModel, saveNerModel } from '../../src/ner/model-io.js';
import { trainNerCommand } from '../../src/ner/train-command.js';
import { NerModel } from '../../src/ner/model.js';
import { scoreTagger, trainNerModel, trainTagger } from '../../src/ner/train.js';

/** Token-level exact F1 on the first 60 WN_dev documents after 5 iterations on the first 150 WN_train ones, minus 0.03. */
const SLICE_FLOOR = 0.69;

function slice(file: string, n: number) {
  const path = goldPath('kind', file);
  return path ? convertKind(path).slice(0, n).map((g) => nerDocument(g)) : undefined;
}

test('training on a slice of KIND Wikinews reaches the recorded floor', (t) => {
  const train = slice('WN_train.tsv', 150);
  const dev = slice('WN_dev.tsv', 60);
  if (!train || !dev) {
    t.skip(`KIND not found under ${goldDirCandidate()} (set CRONACA_GOLD_DIR)`);
    return;
  }
  const model = trainNerModel(train, { iterations: 5, seed: 7, stacked: true });
  const score = scoreTagger(model, dev);
  const firstOnly = scoreTagger(model.first, dev);
  t.diagnostic(`slice F1 ${score.f1.toFixed(4)} (P ${score.p.toFixed(4)}, R ${score.r.toFixed(4)}, ${score.gold} gold mentions); first pass alone ${firstOnly.f1.toFixed(4)}`);
  assert.ok(score.gold > 500, 'the dev slice has mentions to find');
  assert.ok(score.f1 >= SLICE_FLOOR, `F1 ${score.f1} < ${SLICE_FLOOR}`);

  const path = join(mkdtempSync(join(tmpdir(), 'cronaca-ner-')), 'ner.bin');
  saveNerModel(path, model, { language: 'it' });
  const loaded = loadNerModel(path);
  assert.equal(loaded.meta.language, 'it');
  assert.ok(loaded.model.second instanceof Object);
  const again = scoreTagger(loaded.model, dev);
  assert.ok(Math.abs(again.f1 - score.f1) < 0.005, `quantised model F1 ${again.f1} vs ${score.f1}`);
});

test('training is deterministic', (t) => {
  const train = slice('WN_train.tsv', 20);
  if (!train) {
    t.skip(`KIND not found under ${goldDirCandidate()}`);
    return;
  }
  const a = trainTagger(train, { iterations: 2, seed: 3 });
  const b = trainTagger(train, { iterations: 2, seed: 3 });
  assert.ok(a.perceptron.featureCount > 1000);
  assert.ok(a.perceptron.toBuffer().equals(b.perceptron.toBuffer()));
  assert.deepEqual([...a.transitions.weights], [...b.transitions.weights]);
  assert.ok(new NerModel(a).firstPass(train[0].features, train[0].sentences).some((l) => l !== 0));
});

// Sentences written for this test, in KIND's format (TOKEN<TAB>BIO tag).
const OWN = [
  'Il\tO\nsindaco\tO\ndi\tO\nValdoria\tB-LOC\nha\tO\nincontrato\tO\nGianluca\tB-PER\nFerrandi\tI-PER\n.\tO\n',
  'La\tO\nBrambilla\tB-ORG\nTrasporti\tI-ORG\nha\tO\nassunto\tO\nventi\tO\nautisti\tO\na\tO\nCastelfiorito\tB-LOC\n.\tO\n',
  'Ottavia\tB-PER\nLembi\tI-PER\nlavora\tO\nper\tO\nla\tO\nFondazione\tB-ORG\nArcobaleni\tI-ORG\n.\tO\n',
  'Secondo\tO\nMarco\tB-PER\nSerpieri\tI-PER\n,\tO\nil\tO\nponte\tO\ndi\tO\nMontelupo\tB-LOC\nriaprirà\tO\ndomani\tO\n.\tO\n',
];

test('cronaca train ner writes a model, its metadata and its licence note', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cronaca-train-ner-'));
  const data = join(dir, 'own.tsv');
  writeFileSync(data, OWN.join('\n'));
  const out = join(dir, 'models');
  const code = await trainNerCommand({ lang: 'it', train: [data], dev: data, out, iterations: 3 });
  assert.equal(code, 0);
  const model = join(out, 'ner-it', 'ner.bin');
  assert.ok(existsSync(model));
  const { meta } = loadNerModel(model);
  assert.equal(meta.iterations, 3);
  assert.equal((meta.train as { file: string }[])[0].file, 'own.tsv');
  assert.match((meta.train as { sha256: string }[])[0].sha256, /^[0-9a-f]{64}$/);
  assert.ok(typeof (meta.devTokens as { f1: number }).f1 === 'number');
  assert.match(readFileSync(join(out, 'ner-it', 'LICENSE'), 'utf8'), /carries their licence/);
});

test('cronaca train ner with files of two domains serves the dev file\'s domain', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cronaca-train-ner-'));
  writeFileSync(join(dir, 'NEWS_train.tsv'), OWN.slice(0, 2).join('\n'));
  writeFileSync(join(dir, 'TALES_train.tsv'), OWN.slice(2).join('\n'));
  writeFileSync(join(dir, 'NEWS_dev.tsv'), OWN.join('\n'));
  const out = join(dir, 'models');
  const code = await trainNerCommand({ lang: 'it', train: [join(dir, 'TALES_train.tsv'), join(dir, 'NEWS_train.tsv')], dev: join(dir, 'NEWS_dev.tsv'), out, iterations: 3 });
  assert.equal(code, 0);
  const { meta, model } = loadNerModel(join(out, 'ner-it', 'ner.bin'));
  assert.deepEqual(meta.domains, { target: 'NEWS', others: ['TALES'] });
  assert.ok(model.first.perceptron.featureCount > 100, 'the folded model has weights for plain features');
  assert.ok((meta.devTokens as { f1: number }).f1 > 0.5, `dev F1 ${(meta.devTokens as { f1: number }).f1}`);
});

test('cronaca train ner refuses missing files and bad iteration counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cronaca-train-ner-'));
  assert.equal(await trainNerCommand({ lang: 'it', train: [join(dir, 'nope.tsv')], dev: join(dir, 'nope.tsv'), out: dir }), 2);
  const data = join(dir, 'own.tsv');
  writeFileSync(data, OWN[0]);
  assert.equal(await trainNerCommand({ lang: 'it', train: [data], dev: data, out: dir, iterations: 0 }), 1);
  assert.equal(await trainNerCommand({ lang: 'en', out: dir }), 1);
});
