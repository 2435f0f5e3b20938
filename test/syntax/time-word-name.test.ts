// The time-word-name repair (src/stages/syntax/time-word-name.ts) on hand-built parses and through
// the real pipeline. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { repairTimeWordName, TIME_WORD_NAME_RULE } from '../../src/stages/syntax/time-word-name.js';
import type { ParseResult } from '../../src/syntax/parser/parser.js';
import { skipWithoutEnParser, skipWithoutItParser, word } from './repair-helpers.js';

/** Words as "form/UPOS/head/deprel" (head 1-based, 0 = root). */
function sentence(spec: string[]): { words: ReturnType<typeof word>[]; parse: ParseResult } {
  const rows = spec.map((s) => s.split('/'));
  return {
    words: rows.map(([form, upos]) => word(form, upos, form.toLowerCase())),
    parse: { heads: Int32Array.from(rows.map((r) => Number(r[2]))), deprels: rows.map((r) => r[3]) },
  };
}

test('a name the parse hung on a weekday takes the weekday\'s place; the weekday becomes an oblique', () => {
  // "On Monday President Joe Biden announced sanctions ." with "Monday" the subject and the name its flat part
  const { words, parse } = sentence(['On/ADP/6/mark', 'Monday/PROPN/6/nsubj', 'President/PROPN/4/nmod:desc', 'Joe/PROPN/2/flat', 'Biden/PROPN/4/flat', 'announced/VERB/0/root', 'sanctions/NOUN/6/obj', './PUNCT/6/punct']);
  assert.ok(repairTimeWordName('en', words, parse).length > 0);
  assert.deepEqual([...parse.heads], [2, 6, 4, 6, 4, 0, 6, 6]);
  assert.deepEqual(parse.deprels, ['case', 'obl', 'nmod:desc', 'nsubj', 'flat', 'root', 'obj', 'punct']);
});

test('it: a date that is already an oblique makes the name the subject, and a subject after the verb its object', () => {
  const { words, parse } = sentence(['Martedì/NOUN/5/obl', 'Giorgia/PROPN/1/nmod', 'Meloni/PROPN/2/flat:name', 'ha/AUX/5/aux', 'incontrato/VERB/0/root', 'Zelensky/PROPN/5/nsubj', './PUNCT/5/punct']);
  assert.ok(repairTimeWordName('it', words, parse).length > 0);
  assert.deepEqual([...parse.heads], [5, 5, 2, 5, 0, 5, 5]);
  assert.deepEqual(parse.deprels, ['obl', 'nsubj', 'flat:name', 'aux', 'root', 'obj', 'punct']);
});

test('a noun phrase with its determiner hung on a weekday takes the weekday\'s place too', () => {
  // "On Thursday an investigating judge , Omar Saleh , charged him ." with the judge an apposition of the weekday
  const { words, parse } = sentence(['On/ADP/2/case', 'Thursday/PROPN/10/obl', 'an/DET/5/det', 'investigating/NOUN/5/compound', 'judge/NOUN/2/appos', ',/PUNCT/8/punct',
    'Omar/PROPN/8/compound', 'Saleh/PROPN/2/conj', ',/PUNCT/10/punct', 'charged/VERB/0/root', 'him/PRON/10/obj', './PUNCT/10/punct']);
  assert.ok(repairTimeWordName('en', words, parse).length > 0);
  assert.equal(parse.heads[4], 10);
  assert.equal(parse.deprels[4], 'nsubj');
  assert.equal(parse.heads[7], 5, 'the name goes with the noun phrase');
});

test('a weekday the parse made a modifier of the name, with the name\'s preposition, goes with that preposition', () => {
  // "On Tuesday India called ..." with "Tuesday" a compound of "India" and "On" the name's case marker
  const { words, parse } = sentence(['On/ADP/3/case', 'Tuesday/PROPN/3/compound', 'India/PROPN/4/obl', 'called/VERB/0/root', 'the/DET/6/det', 'ban/NOUN/4/obj']);
  assert.ok(repairTimeWordName('en', words, parse).length > 0);
  assert.deepEqual([...parse.heads], [2, 4, 4, 0, 6, 4]);
  assert.deepEqual(parse.deprels, ['case', 'obl', 'nsubj', 'root', 'det', 'obj']);
});

test('a weekday the parse made a modifier of a two-word name goes with the name\'s preposition too', () => {
  // "On Friday Yevgeny Prigozhin , the Wagner chief , accused ..." with the weekday and the first name compounds of the surname
  const { words, parse } = sentence(['On/ADP/4/case', 'Friday/PROPN/4/compound', 'Yevgeny/PROPN/4/compound', 'Prigozhin/PROPN/10/obl', ',/PUNCT/8/punct', 'the/DET/8/det',
    'Wagner/PROPN/8/compound', 'chief/NOUN/4/appos', ',/PUNCT/4/punct', 'accused/VERB/0/root']);
  assert.ok(repairTimeWordName('en', words, parse).length > 0);
  assert.deepEqual([...parse.heads].slice(0, 4), [2, 10, 4, 10]);
  assert.deepEqual(parse.deprels.slice(0, 4), ['case', 'obl', 'compound', 'nsubj']);
  // (a common noun between them is no part of the name: left alone)
  const noun = sentence(['On/ADP/4/case', 'Friday/PROPN/4/compound', 'party/NOUN/4/compound', 'Prigozhin/PROPN/5/obl', 'spoke/VERB/0/root']);
  assert.deepEqual(repairTimeWordName('en', noun.words, noun.parse), []);
});

test('left alone: a month inside a name, an abbreviation, a date inside a noun phrase', () => {
  const inName = sentence(['Judge/PROPN/0/root', 'April/PROPN/1/flat', 'Perry/PROPN/1/flat']);
  assert.deepEqual(repairTimeWordName('en', inName.words, inName.parse), []);
  const abbreviation = sentence(['Jan/PROPN/0/root', 'Wilson/PROPN/1/flat']);
  assert.deepEqual(repairTimeWordName('en', abbreviation.words, abbreviation.parse), []);
  const nominal = sentence(['vertice/NOUN/0/root', 'di/ADP/3/case', 'giugno/NOUN/1/nmod', 'Budapest/PROPN/3/nmod']);
  assert.deepEqual(repairTimeWordName('it', nominal.words, nominal.parse), []);
});

test('through the pipeline: the person named after the date is the event\'s participant', { skip: skipWithoutEnParser || skipWithoutItParser }, () => {
  const en = runPipeline('Early on Wednesday Ismail Haniyeh, the head of the bureau, was killed with a bodyguard.', { language: 'en', published: '2024-08-01' });
  assert.ok(en.words.some((w) => w.rule.includes(TIME_WORD_NAME_RULE)));
  assert.deepEqual(en.events.find((e) => e.trigger.text === 'killed')?.target.map((a) => a.text), ['Ismail Haniyeh']);
  const it = runPipeline('Martedì Giorgia Meloni ha incontrato Zelensky.', { language: 'it', published: '2024-05-08' });
  assert.deepEqual(it.events.find((e) => e.trigger.text === 'incontrato')?.source.map((a) => a.text), ['Giorgia Meloni', 'Zelensky']);
});
