// Object pronouns written inside a verb ("fermarlo", "averlo aiutato"), as the syntax stage splits
// them into words: the token they are written in, the verb they belong to, their span. Sentences
// written for this test; needs the shipped Italian models.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { runPipeline, STAGES } from '../../src/core/pipeline.js';
import { enclitics } from '../../src/stages/syntax/enclitics.js';

const skip = existsSync(join(PROJECT_ROOT, 'models', 'it', 'parser.bin')) ? false : 'no it parser model';
const UP_TO_SYNTAX = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'syntax') + 1);

test('enclitic object pronouns: their verb, the token they are written in and their own letters', { skip }, () => {
  const doc = runPipeline('La polizia non è riuscita a fermarlo, e lo accusa di averla aiutata.', { language: 'it' }, UP_TO_SYNTAX);
  const found = [...enclitics(doc)].flatMap(([verb, list]) => list.map((c) => ({
    verb: doc.tokens[verb].text, host: doc.tokens[c.host].text, form: c.form, relation: c.relation, text: doc.text.slice(c.start, c.end),
  })));
  assert.deepEqual(found, [
    { verb: 'fermarlo', host: 'fermarlo', form: 'lo', relation: 'obj', text: 'lo' },
    { verb: 'aiutata', host: 'averla', form: 'la', relation: 'obj', text: 'la' },
  ]);
  // A preposition with an article ("della") is no enclitic.
  assert.equal(enclitics(runPipeline('Il ministro della Difesa ha parlato.', { language: 'it' }, UP_TO_SYNTAX)).size, 0);
});
