import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, sentenceTexts } from './helpers.js';

test('Italian abbreviations do not end sentences', () => {
  const doc = segment('Il dott. Bianchi ha incontrato il sen. Verdi e l’on. Neri. Poi il prof. Gialli è partito.', 'it');
  assert.deepEqual(sentenceTexts(doc), [
    'Il dott. Bianchi ha incontrato il sen. Verdi e l’on. Neri.',
    'Poi il prof. Gialli è partito.',
  ]);
  assert.deepEqual(doc.sentences.map((s) => [s.start, s.end, s.tokenStart, s.tokenEnd]), [[0, 58, 0, 13], [59, 89, 13, 20]]);
});

test('English titles, months and company names do not end sentences', () => {
  const doc = segment('Mr. Lane met Gen. Ortiz on Jan. 12 in St. Paul. Rep. Moore of Acme Inc. was there. They left.', 'en');
  assert.deepEqual(sentenceTexts(doc), ['Mr. Lane met Gen. Ortiz on Jan. 12 in St. Paul.', 'Rep. Moore of Acme Inc. was there.', 'They left.']);
});

test('single-letter initials and dotted acronyms', () => {
  const doc = segment('J. R. R. Tolkien wrote it. George W. Bush spoke with U.S. officials. Then he left.', 'en');
  assert.deepEqual(sentenceTexts(doc), ['J. R. R. Tolkien wrote it.', 'George W. Bush spoke with U.S. officials.', 'Then he left.']);
});

test('number abbreviations join only before a number', () => {
  const doc = segment('Lo dice l’art. 3 della legge n. 12. Non ne vedo altri n. Dopo.', 'it');
  assert.deepEqual(sentenceTexts(doc), ['Lo dice l’art. 3 della legge n. 12.', 'Non ne vedo altri n.', 'Dopo.']);
});

test('"final" abbreviations end a sentence before a capital', () => {
  const doc = segment('Portarono armi, munizioni ecc. Il giorno dopo arrivarono altri.', 'it');
  assert.deepEqual(sentenceTexts(doc), ['Portarono armi, munizioni ecc.', 'Il giorno dopo arrivarono altri.']);
});

test('a blank line always ends a sentence; a single line break before lower case does not', () => {
  const doc = segment('Proteste ad Almaty\n\nLa polizia è intervenuta\nnella notte. Altri scontri\n\nsono seguiti.', 'it');
  assert.deepEqual(sentenceTexts(doc), ['Proteste ad Almaty', 'La polizia è intervenuta\nnella notte.', 'Altri scontri', 'sono seguiti.']);
});

test('closing quotes and brackets stay with their sentence', () => {
  const doc = segment('Ha detto: «Non ci fermeremo.» Poi è uscito. (Lo ha confermato anche lui.) Fine.', 'it');
  assert.deepEqual(sentenceTexts(doc), ['Ha detto: «Non ci fermeremo.»', 'Poi è uscito.', '(Lo ha confermato anche lui.)', 'Fine.']);
  const en = segment('He said: "We will stay." She disagreed.', 'en');
  assert.deepEqual(sentenceTexts(en), ['He said: "We will stay."', 'She disagreed.']);
});

test('question and exclamation marks end sentences', () => {
  const doc = segment('Chi ha sparato? Nessuno lo sa! Indagini in corso.', 'it');
  assert.deepEqual(sentenceTexts(doc), ['Chi ha sparato?', 'Nessuno lo sa!', 'Indagini in corso.']);
});

test('a 1 MB line without punctuation is split fast at whitespace', () => {
  const text = 'parola '.repeat(150_000).trim();
  assert.ok(text.length > 1_000_000);
  // CPU time rather than wall time: test machines are often shared.
  const t0 = process.cpuUsage().user;
  const doc = segment(text, 'it');
  const ms = (process.cpuUsage().user - t0) / 1000;
  assert.ok(ms < 1000, `took ${ms} ms of CPU`);
  assert.equal(doc.tokens.length, 150_000);
  assert.ok(doc.sentences.length >= 700);
  for (const s of doc.sentences) assert.ok(s.end - s.start <= 1500);
  assert.equal(doc.sentences[doc.sentences.length - 1].end, text.length);
});

test('a long sentence is force-split near 1,500 characters', () => {
  const long = 'Il corteo ' + 'attraversò la piazza e '.repeat(100) + 'si fermò.';
  const doc = segment(long + ' Poi basta.', 'it');
  assert.equal(sentenceTexts(doc).at(-1), 'Poi basta.');
  assert.ok(doc.sentences.length === 3);
  assert.ok(doc.sentences[0].end - doc.sentences[0].start <= 1500);
});

test('empty text has no sentences', () => {
  const doc = segment('  \n ', 'it');
  assert.deepEqual(doc.sentences, []);
  assert.deepEqual(doc.tokens, []);
});

test('a list marker on its own line stays with its item', () => {
  const doc = segment('Punti chiave:\n1. Il governo cade.\n2. Nuove elezioni.', 'it');
  assert.deepEqual(sentenceTexts(doc), ['Punti chiave:', '1. Il governo cade.', '2. Nuove elezioni.']);
});

test('a dateline opening a paragraph is a segment of its own', () => {
  assert.deepEqual(sentenceTexts(segment('ROMA – Il governo ha approvato il decreto. I sindacati protestano.', 'it')), [
    'ROMA –', 'Il governo ha approvato il decreto.', 'I sindacati protestano.',
  ]);
  assert.deepEqual(sentenceTexts(segment('Title line\n\nNEW YORK (AP) — Talks resumed on Monday.', 'en')), ['Title line', 'NEW YORK (AP) —', 'Talks resumed on Monday.']);
  assert.deepEqual(sentenceTexts(segment('KYIV, Nov 26 (Reuters) - Drones hit the city.', 'en')), ['KYIV, Nov 26 (Reuters) -', 'Drones hit the city.']);
  assert.deepEqual(sentenceTexts(segment('ROMA, 14 marzo – Il governo cade.', 'it')), ['ROMA, 14 marzo –', 'Il governo cade.']);
  // Capitals mid-paragraph, a capitalised word in mixed case, or a dash without a space stay in the sentence.
  assert.deepEqual(sentenceTexts(segment('The UN – and NATO – met.', 'en')), ['The UN – and NATO – met.']);
  assert.deepEqual(sentenceTexts(segment('Roma – Il governo cade.', 'it')), ['Roma – Il governo cade.']);
  assert.deepEqual(sentenceTexts(segment('KYIV-based analysts said so.', 'en')), ['KYIV-based analysts said so.']);
});
