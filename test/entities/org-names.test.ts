// Organisation names: English names whose keyword comes last (src/stages/entities/candidates.ts:
// closesNameAsHead, countryOrg, plainPossessiveBeforeKeyword) and institutions named by their
// building (model-merge.ts: institutionBuilding), through the real pipeline up to the entities
// stage. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline, STAGES } from '../../src/core/pipeline.js';

const UP_TO_ENTITIES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'entities') + 1);

/** "text type country" of each named mention. */
function names(text: string): string[] {
  const doc = runPipeline(text, { language: 'en' }, UP_TO_ENTITIES);
  return doc.mentions
    .filter((m) => m.kind === 'name' || m.kind === 'acronym')
    .map((m) => `${m.text} ${m.type} ${doc.entities.find((e) => e.id === m.entity)?.country ?? '-'}`);
}

test('a capitalised organisation keyword that is also a group noun closes the name before it', () => {
  assert.deepEqual(names('The High Court in Belfast adjourned the case.'), ['High Court ORG GBR', 'Belfast GPE GBR']);
  assert.deepEqual(names('Lawmakers in the House of Commons voted late.'), ['House of Commons ORG -']);
});

test('a country right before a capitalised organisation name opens it and gives it its country', () => {
  assert.deepEqual(names('Soldiers of the Guyana Defence Force patrolled the river.'), ['Guyana Defence Force ORG GUY']);
  assert.deepEqual(names('The Kenya National Commission on Human Rights counted the dead.'), ['Kenya National Commission on Human Rights ORG KEN']);
  // a country before a plain name stays a country
  assert.deepEqual(names('Kenya sent police officers to Haiti.'), ['Kenya GPE KEN', 'Haiti GPE HTI']);
});

test('a bare possessive apostrophe before the keyword stays inside the name; "and the" ends it', () => {
  assert.deepEqual(names("The Farmers' Union and the Royal College of Nursing wrote to ministers."), ["Farmers' Union ORG -", 'Royal College of Nursing ORG -']);
});

test('it: an institution the gazetteer names by its building stays the organisation where the model reads a place', () => {
  const doc = runPipeline('Il filmato è stato diffuso dalla Casa Bianca e ripreso a Palazzo Chigi.', { language: 'it' }, UP_TO_ENTITIES);
  const casa = doc.mentions.find((m) => m.text === 'Casa Bianca');
  assert.equal(casa?.type, 'ORG');
  assert.equal(doc.entities.find((e) => e.id === casa?.entity)?.name, 'White House');
});
