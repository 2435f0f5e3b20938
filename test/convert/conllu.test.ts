import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertConllu } from '../../src/convert/conllu.js';
import { goldErrors } from '../../src/gold/schema.js';
import { FORMATS_DIR } from './fixtures.js';

test('CoNLL-U: SpaceAfter, multiword tokens, empty nodes, newdoc and newpar', () => {
  const docs = convertConllu(join(FORMATS_DIR, 'conllu'));
  assert.deepEqual(docs.map((d) => [d.id, d.language, d.text]), [
    ['xx_demo-ud-dev-0001', 'xx', 'Vado al mare.\n\nPiove'],
    ['xx_demo-ud-dev-0002', 'xx', 'Ciao!'],
  ]);
  const t = docs[0].tokens ?? [];
  assert.deepEqual(t.map((w) => [w.form, w.start, w.end, w.upos, w.head, w.mwt]), [
    ['Vado', 0, 4, 'VERB', -1, undefined],
    ['a', 5, 7, 'ADP', 3, 1],
    ['il', 5, 7, 'DET', 3, 1],
    ['mare', 8, 12, 'NOUN', 0, undefined],
    ['.', 12, 13, 'PUNCT', 0, undefined],
    ['Piove', 15, 20, 'VERB', -1, undefined],
  ]);
  assert.equal(t[3].feats, 'Gender=Masc|Number=Sing');
  assert.equal(t[1].feats, '');
  assert.equal(t[0].lemma, 'andare');
  for (const d of docs) assert.deepEqual(goldErrors(d), []);
});

test('CoNLL-U: documents split after maxSentences', () => {
  const docs = convertConllu(join(FORMATS_DIR, 'conllu'), { maxSentences: 1, language: 'it' });
  assert.deepEqual(docs.map((d) => [d.language, d.text]), [['it', 'Vado al mare.'], ['it', 'Piove'], ['it', 'Ciao!']]);
});
