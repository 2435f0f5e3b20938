import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, tokenTexts } from './helpers.js';

test('Italian elisions split after the apostrophe (both kinds)', () => {
  const doc = segment("L’esercito è arrivato all’aeroporto dell'Alleanza: c'è tensione, un po' ovunque, dall'8 gennaio.", 'it');
  assert.deepEqual(tokenTexts(doc), [
    'L’', 'esercito', 'è', 'arrivato', 'all’', 'aeroporto', "dell'", 'Alleanza', ':', "c'", 'è', 'tensione', ',',
    'un', "po'", 'ovunque', ',', "dall'", '8', 'gennaio', '.',
  ]);
  assert.deepEqual([doc.tokens[4].start, doc.tokens[4].end, doc.tokens[5].start], [22, 26, 26]);
  assert.equal(doc.tokens[4].norm, "all'");
  assert.equal(doc.tokens[4].spaceAfter, false);
  assert.equal(doc.tokens[5].spaceAfter, true);
});

test('English clitics are separate tokens (Penn Treebank style)', () => {
  const doc = segment("Russia's envoy didn't come; they can't and won't, O'Neill's aide said. The protesters' demands grew.", 'en');
  assert.deepEqual(tokenTexts(doc), [
    'Russia', "'s", 'envoy', 'did', "n't", 'come', ';', 'they', 'ca', "n't", 'and', 'wo', "n't", ',', "O'Neill", "'s", 'aide', 'said', '.',
    'The', 'protesters', "'", 'demands', 'grew', '.',
  ]);
  const curly = segment('Russia’s envoy doesn’t know.', 'en');
  assert.deepEqual(tokenTexts(curly), ['Russia', '’s', 'envoy', 'does', 'n’t', 'know', '.']);
  assert.equal(curly.tokens[1].norm, "'s");
});

test('numbers, dates, times and percentages', () => {
  const doc = segment('Il 16/01/2022 alle 10:30 c’erano 1.200 agenti, il 3,5% in più; nel 2021-12-31 erano 1,000.', 'it');
  assert.deepEqual(tokenTexts(doc), [
    'Il', '16/01/2022', 'alle', '10:30', 'c’', 'erano', '1.200', 'agenti', ',', 'il', '3,5', '%', 'in', 'più', ';', 'nel', '2021-12-31', 'erano', '1,000', '.',
  ]);
  const en = segment('Prices rose 3.5 percent to $1,000.50 on 16.01.2022.', 'en');
  assert.deepEqual(tokenTexts(en), ['Prices', 'rose', '3.5', 'percent', 'to', '$', '1,000.50', 'on', '16.01.2022', '.']);
});

test('acronyms with dots, hyphenated words, abbreviations keep their dot', () => {
  const doc = segment('The U.S.A. and the U.K. backed a cease-fire in Alma-Ata, said Mr. Ortiz of Nur-Sultan.', 'en');
  assert.deepEqual(tokenTexts(doc), [
    'The', 'U.S.A.', 'and', 'the', 'U.K.', 'backed', 'a', 'cease-fire', 'in', 'Alma-Ata', ',', 'said', 'Mr.', 'Ortiz', 'of', 'Nur-Sultan', '.',
  ]);
  const it = segment('La sig.ra Rossi e il dott. Verdi, ecc.', 'it');
  assert.deepEqual(tokenTexts(it), ['La', 'sig.ra', 'Rossi', 'e', 'il', 'dott.', 'Verdi', ',', 'ecc.']);
});

test('e-mails and URLs are single tokens; trailing punctuation is not part of a URL', () => {
  const doc = segment('Scrivete a redazione@esempio.it oppure visitate https://www.esempio.it/notizie/2022/01/pagina.html.', 'it');
  assert.deepEqual(tokenTexts(doc), ['Scrivete', 'a', 'redazione@esempio.it', 'oppure', 'visitate', 'https://www.esempio.it/notizie/2022/01/pagina.html', '.']);
});

test('punctuation marks are their own tokens; typographic quotes fold in norm', () => {
  const doc = segment('«Basta!» gridò — “subito”… (forse).', 'it');
  assert.deepEqual(tokenTexts(doc), ['«', 'Basta', '!', '»', 'gridò', '—', '“', 'subito', '”', '…', '(', 'forse', ')', '.']);
  assert.deepEqual(doc.tokens.filter((t) => t.text !== t.norm).map((t) => t.norm), ['"', 'basta', '"', '"', '"']);
});

test('tokens index their sentence and sentences index their tokens', () => {
  const doc = segment('Uno due. Tre quattro cinque.', 'it');
  assert.deepEqual(doc.tokens.map((t) => [t.index, t.sentence]), [[0, 0], [1, 0], [2, 0], [3, 1], [4, 1], [5, 1], [6, 1]]);
  assert.deepEqual(doc.sentences.map((s) => [s.index, s.tokenStart, s.tokenEnd]), [[0, 0, 3], [1, 3, 7]]);
  assert.equal(doc.tokens[6].spaceAfter, false);
});

test('ordinals and decades keep their letter suffix', () => {
  const doc = segment('It was the 3rd vote since the 1990s, on Jan. 21st.', 'en');
  assert.deepEqual(tokenTexts(doc), ['It', 'was', 'the', '3rd', 'vote', 'since', 'the', '1990s', ',', 'on', 'Jan.', '21st', '.']);
});
