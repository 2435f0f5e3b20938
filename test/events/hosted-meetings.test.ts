// Talks hosted or mediated by a third party (src/stages/events/merge.ts hostedMeeting): the meeting
// noun is the event, its parties are the actors, the host only makes it third-party
// (docs/annotation.md). Whole pipeline; sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';

const coded = (lang: string, text: string) =>
  runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text, e.modes.join(','), e.source.map((a) => a.text).join('+'), e.target.map((a) => a.text).join('+')]);

test('a host verb with a meeting between named parties: the meeting is the event', () => {
  assert.deepEqual(coded('en', 'Qatar hosted talks between Israel and Hamas.'), [['CONSULT', 'talks', 'third-party', 'Israel+Hamas', '']]);
  assert.deepEqual(coded('it', "L'Oman ha ospitato colloqui tra Iran e Stati Uniti."), [['CONSULT', 'colloqui', 'third-party', 'Iran+Stati Uniti', '']]);
});

test('a meeting noun with a hosting or mediating participle: the participle is no event of its own', () => {
  assert.deepEqual(coded('en', 'Talks between Armenia and Azerbaijan, hosted by Kazakhstan, ended on Friday.'), [['CONSULT', 'Talks', 'third-party', 'Armenia+Azerbaijan', '']]);
  assert.deepEqual(coded('it', 'I colloqui tra Armenia e Azerbaigian, mediati dal Kazakistan, si sono chiusi venerdì.'), [['CONSULT', 'colloqui', 'third-party', 'Armenia+Azerbaigian', '']]);
});

test('hosting a visitor stays a visit', () => {
  assert.deepEqual(coded('en', 'Erdogan hosted Zelensky in Istanbul.').map((e) => e.slice(0, 3)), [['CONSULT', 'hosted', 'visit']]);
});
