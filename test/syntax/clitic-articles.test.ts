// The clitic-article repair (src/stages/syntax/clitic-articles.ts) on tagged words written for this
// test, and through the real pipeline (tagger, repair, parser, events). Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPackTsv } from '../../src/core/packs.js';
import { CLITIC_ARTICLE_RULE, cliticArticleRow, repairCliticArticles } from '../../src/stages/syntax/clitic-articles.js';
import { repairedToVerb, skipWithoutItParser as skip, word } from './repair-helpers.js';

test('an article that disagrees with a noun that is also a finite verb is the clitic of that verb', () => {
  const words = [word('La', 'DET', 'il', 'Definite=Def|Gender=Fem|Number=Sing|PronType=Art'), word('procura', 'NOUN', 'procura', 'Gender=Fem|Number=Sing'),
    word('lo', 'DET', 'il', 'Definite=Def|Gender=Masc|Number=Sing|PronType=Art'), word('minaccia', 'NOUN', 'minaccia', 'Gender=Fem|Number=Sing')];
  assert.deepEqual(repairCliticArticles('it', words), [2, 3]);
  assert.equal(words[2].upos, 'PRON');
  assert.match(words[2].feats, /Clitic=Yes\|Gender=Masc\|Number=Sing\|Person=3\|PronType=Prs/);
  assert.equal(words[3].upos, 'VERB');
  assert.equal(words[3].lemma, 'minacciare');
  assert.match(words[3].feats, /Person=3/);
  assert.match(words[3].feats, /VerbForm=Fin/);
  // the article of its own noun, a noun with no verb reading, and English: untouched
  const agreeing = [word('lo', 'DET', 'il', 'Gender=Masc|Number=Sing'), word('sciopero', 'NOUN', 'sciopero', 'Gender=Masc|Number=Sing')];
  assert.deepEqual(repairCliticArticles('it', agreeing), []);
  assert.equal(agreeing[0].upos, 'DET');
  assert.deepEqual(repairCliticArticles('it', [word('lo', 'DET', 'il', 'Gender=Masc|Number=Sing'), word('corruzione', 'NOUN', 'corruzione', 'Gender=Fem|Number=Sing')]), []);
  assert.deepEqual(repairCliticArticles('en', [word('the', 'DET', 'the'), word('threat', 'NOUN', 'threat', 'Number=Sing')]), []);
});

test('through the pipeline: the repaired verb is parsed as the verb, says so, and codes its event', { skip }, () => {
  const { doc, verb } = repairedToVerb('La procura di Milano lo accusa di corruzione.', 'accusa', CLITIC_ARTICLE_RULE);
  assert.equal(verb.head, -1, 'the verb is the root');
  const e = doc.events.find((x) => x.trigger.text === 'accusa');
  assert.ok(e, 'ACCUSE event');
  assert.equal(e.type, 'ACCUSE');
  assert.deepEqual(e.source.map((a) => a.text), ['procura']);
});

test('every clitic-articles.tsv row is well formed; a malformed one is refused naming the file and the row', () => {
  const rows = readPackTsv('it', 'clitic-articles.tsv');
  assert.ok(rows.length >= 4);
  for (const row of rows) assert.doesNotThrow(() => cliticArticleRow('it', row));
  assert.throws(() => cliticArticleRow('it', ['lo', 'Neut', 'Sing', 'Masc', 'Sing']), /packs\/it\/clitic-articles\.tsv: malformed row "lo\tNeut\tSing\tMasc\tSing"/);
  assert.throws(() => cliticArticleRow('it', ['la', 'Fem', 'Sing']), /Masc\|Fem\|- and Sing\|Plur\|- for the clitic/);
});
