// Demonym mentions (src/stages/entities/attach.ts) and weapons with an owner through the real
// pipeline up to the entities stage, then the events that read them. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { runPipeline, STAGES } from '../../src/core/pipeline.js';

const skip = (lang: string): false | string => (existsSync(join(PROJECT_ROOT, 'models', lang, 'parser.bin')) ? false : `no ${lang} parser model`);
const UP_TO_ENTITIES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'entities') + 1);

/** "text kind country" of each mention. */
function mentions(lang: string, text: string): string[] {
  const doc = runPipeline(text, { language: lang }, UP_TO_ENTITIES);
  return doc.mentions.filter((m) => m.within === undefined).map((m) => `${m.text} ${m.kind} ${doc.entities.find((e) => e.id === m.entity)?.country ?? '-'}`);
}

test('a nationality adjective no group or role takes is a demonym mention of its country', { skip: skip('en') }, () => {
  assert.deepEqual(mentions('en', 'The Russian offensive stalled in May.'), ['Russian demonym RUS']);
  assert.deepEqual(mentions('it', "L'offensiva russa si è fermata a maggio."), ['russa demonym RUS']);
  // taken by a group or a role: no demonym mention of its own
  assert.deepEqual(mentions('en', 'Russian troops crossed the border.'), ['Russian troops group RUS']);
  assert.deepEqual(mentions('it', 'Le truppe russe hanno attraversato il confine.'), ['truppe russe group RUS']);
});

test('a demonym is the doer of a noun event only, never its place nor another verb\'s actor', { skip: skip('en') }, () => {
  const doc = runPipeline('Chinese military drills around Taiwan ended on Sunday. The Polish request arrived late and angered Berlin.', { language: 'en' });
  const drills = doc.events.find((e) => e.trigger.text === 'drills');
  assert.deepEqual(drills?.source.map((a) => [a.text, a.rule]), [['Chinese', 'arg.dep.amod']]);
  for (const e of doc.events) {
    assert.notEqual(e.place?.name, 'Polish');
    if (e.trigger.text !== 'request') assert.ok(!e.source.some((a) => a.text === 'Polish'), `${e.trigger.text}: ${e.source.map((a) => a.text)}`);
  }
});

test('weapons: a demonym makes them the armed forces; a named owner is the actor itself', { skip: skip('en') }, () => {
  const src = (lang: string, text: string) => runPipeline(text, { language: lang }).events.map((e) => e.source.map((a) => a.text).join('+'));
  assert.deepEqual(src('en', 'Russian aircraft bombed the airport.'), ['Russian aircraft']);
  assert.deepEqual(src('en', 'Myanmar military aircraft bombed the airport.'), ['Myanmar']);
  assert.deepEqual(src('it', "Aerei dell'aviazione sudanese hanno bombardato l'aeroporto."), ["aviazione sudanese"]);
});
