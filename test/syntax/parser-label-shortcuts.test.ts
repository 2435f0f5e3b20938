// Label shortcuts: tag pairs whose training arcs nearly always carry one label are labelled
// without the classifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonSection, readModelFile, writeModelFile } from '../../src/learn/model-file.js';
import { UPOS_TAGS } from '../../src/syntax/parser/encode.js';
import { parserPath } from '../../src/syntax/parser/index.js';
import { loadParserModel } from '../../src/syntax/parser/model-io.js';
import { findShortcuts, shortcutIndex, shortcutTable, SHORTCUT_MIN_ARCS } from '../../src/syntax/parser/label-shortcuts.js';

const id = (tag: string): number => UPOS_TAGS.indexOf(tag) + 1;
const labels = ['amod', 'det', 'nmod', 'punct'];

function* arcs(): Generator<[number, number, boolean, number]> {
  // DET before NOUN: always det (200 arcs).
  for (let i = 0; i < 200; i++) yield [id('NOUN'), id('DET'), true, 1];
  // ADJ before NOUN: amod 180 times, nmod 20 times (90%: left to the classifier).
  for (let i = 0; i < 200; i++) yield [id('NOUN'), id('ADJ'), true, i < 180 ? 0 : 2];
  // PUNCT after VERB: punct, but too few arcs to trust.
  for (let i = 0; i < SHORTCUT_MIN_ARCS - 1; i++) yield [id('VERB'), id('PUNCT'), false, 3];
}

test('a shortcut needs enough arcs and one label in 99% of them', () => {
  assert.deepEqual(findShortcuts(arcs(), labels), [['NOUN', 'DET', 'left', 'det']]);
});

test('the shortcut table gives the label class by head tag, dependent tag and direction', () => {
  const table = shortcutTable([['NOUN', 'DET', 'left', 'det']], labels, 'test');
  assert.equal(table[shortcutIndex(id('NOUN'), id('DET'), true)], 1);
  assert.equal(table[shortcutIndex(id('NOUN'), id('DET'), false)], -1);
  assert.equal(table[shortcutIndex(id('VERB'), id('DET'), true)], -1);
  assert.throws(() => shortcutTable([['NOUN', 'DET', 'left', 'nsubj']], labels, 'm.bin'), /m\.bin: unknown label "nsubj"/);
  assert.throws(() => shortcutTable([['NOUN', 'DT', 'left', 'det']], labels, 'm.bin'), /m\.bin: unknown UPOS tag "DT"/);
});

const enModel = parserPath('en');

test('the shipped en parser has shortcuts, and a malformed shortcut section is refused with the file name', { skip: !existsSync(enModel) ? 'no en parser model' : false }, () => {
  const { model } = loadParserModel(enModel);
  assert.ok(model.labelShortcuts.some(([head, dep, dir, label]) => head === 'VERB' && dep === 'PUNCT' && dir === 'right' && label === 'punct'));
  const { meta, sections } = readModelFile(enModel);
  const dir = mkdtempSync(join(tmpdir(), 'cronaca-parser-'));
  try {
    const bad = join(dir, 'parser.bin');
    writeModelFile(bad, meta, { ...sections, labelShortcuts: jsonSection({ NOUN: 'det' }) });
    assert.throws(() => loadParserModel(bad), /parser\.bin: malformed label shortcuts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
