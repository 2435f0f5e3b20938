// Force used on protesters also tells of their protest (test/fixtures/README.md rule 10;
// src/stages/events/repressed-protest.ts). Whole pipeline; sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';

const coded = (lang: string, text: string) =>
  runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text).join('+'), e.target.map((a) => a.text).join('+')]);

test('crowd control aimed at protesters codes their protest, with the protester noun as trigger', () => {
  assert.deepEqual(coded('en', 'Police fired tear gas at hundreds of protesters in Lagos on Sunday.'), [
    ['ASSAULT', 'tear gas', 'Police', 'protesters'],
    ['PROTEST', 'protesters', 'protesters', ''],
  ]);
  assert.deepEqual(coded('it', 'Domenica i gendarmi hanno disperso con i gas lacrimogeni centinaia di manifestanti a Conakry.'), [
    ['ASSAULT', 'disperso', 'gendarmi', 'manifestanti'],
    ['PROTEST', 'manifestanti', 'manifestanti', ''],
  ]);
});

test('a clash of protesters with security forces codes their protest too', () => {
  assert.deepEqual(coded('en', 'Protesters in Tbilisi clashed with police outside parliament.').map((e) => e.slice(0, 2)), [['PROTEST', 'Protesters'], ['ASSAULT', 'clashed']]);
  assert.deepEqual(coded('it', 'Violenti scontri tra manifestanti e polizia sono scoppiati ieri a Tirana.').map((e) => e.slice(0, 2)), [['ASSAULT', 'scontri'], ['PROTEST', 'manifestanti']]);
});

test("the protesters' own demand names the protest's target", () => {
  assert.deepEqual(coded('it', 'A Tirana la polizia ha usato gas lacrimogeni contro i manifestanti che chiedevano le dimissioni del governo.').find((e) => e[0] === 'PROTEST'),
    ['PROTEST', 'manifestanti', 'manifestanti', 'governo']);
});

test('no second protest when the text has told of one, and an arrest alone tells of none', () => {
  const told = coded('en', 'Thousands of students marched through Belgrade on Friday. Police fired tear gas at the protesters.');
  assert.equal(told.filter((e) => e[0] === 'PROTEST').length, 1);
  assert.deepEqual(coded('en', 'Police arrested twelve protesters in Lagos.').map((e) => e[0]), ['COERCE']);
});
