import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { decodeAnalyses, encodeTag, decodeTag } from '../../src/stages/morph/analysis.js';
import { decodeLemma, encodeLemma, serializeLexicon } from '../../src/stages/morph/it-lexicon-build.js';
import { italianLexicon, loadItalianLexicon } from '../../src/stages/morph/it-lexicon.js';
import { ITALIAN_LEXICON_PATH } from '../../src/stages/morph/lexicon-files.js';
import { SortedLexicon } from '../../src/stages/morph/sorted-lexicon.js';

test('feature tags round-trip', () => {
  const f = { Mood: 'Cnd', Tense: 'Pres', VerbForm: 'Fin', Person: '3', Number: 'Plur' } as const;
  assert.equal(encodeTag(f), 'CpF3p-');
  assert.deepEqual(decodeTag('CpF3p-'), f);
  assert.deepEqual(decodeTag('-aP-sf'), { Tense: 'Past', VerbForm: 'Part', Number: 'Sing', Gender: 'Fem' });
});

test('lemmas are stored relative to the form', () => {
  for (const [form, lemma] of [['arrestato', 'arrestare'], ['uomini', 'uomo'], ['città', 'città'], ['tolto', 'togliere'], ['è', 'essere']]) {
    assert.equal(decodeLemma(form, encodeLemma(form, lemma)), lemma);
  }
  assert.equal(encodeLemma('arrestato', 'arrestare'), '2re');
});

test('the sorted lexicon finds every form by binary search', () => {
  const map = new Map([
    ['arresto', 'arresto,NOUN,----sm'],
    ['arresti', 'arrestare,VERB,IpF2s-;arresto,NOUN,----pm'],
    ['arrestò', 'arrestare,VERB,IaF3s-'],
    ['a', 'a,ADP,------'],
  ]);
  const lex = new SortedLexicon(serializeLexicon(map));
  assert.equal(lex.size, 4);
  for (const [form, enc] of map) assert.equal(lex.get(form), enc);
  assert.equal(lex.get('arrest'), undefined);
  assert.equal(lex.get('arrestoo'), undefined);
  assert.equal(lex.get(''), undefined);
});

test('without the generated file the lexicon is rebuilt in memory with the same content', () => {
  const rebuilt = loadItalianLexicon('/nonexistent/morph-it.tsv');
  assert.equal(rebuilt.fromCache, false);
  const arrestato = decodeAnalyses(rebuilt.lookup.get('arrestato') ?? '');
  assert.deepEqual(arrestato[0], { lemma: 'arrestare', pos: 'VERB', feats: { Tense: 'Past', VerbForm: 'Part', Number: 'Sing', Gender: 'Masc' } });
  if (existsSync(ITALIAN_LEXICON_PATH)) {
    const file = italianLexicon();
    assert.equal(file.fromCache, true);
    for (const form of ['arrestato', 'proteste', 'rimosso', 'sbarcate', 'città', 'della', 'inviando']) {
      assert.equal(file.lookup.get(form), rebuilt.lookup.get(form), form);
    }
  }
});
