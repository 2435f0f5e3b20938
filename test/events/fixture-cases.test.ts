// One test per gold fixture case (test/fixtures/events/*.json): the exact expected events — type,
// modes, trigger, source, target, date, place — and no extra event. Cases the engine does not get
// right yet are listed, with the reason, in known-failures.json and run as TODO: they are shown in
// every run but do not fail it; a listed case that passes should be removed from the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../src/core/pipeline.js';
import { compareCase, type GoldCase } from './fixture-compare.js';

const here = dirname(fileURLToPath(import.meta.url));
const known = JSON.parse(readFileSync(join(here, 'known-failures.json'), 'utf8')) as { cases: Record<string, string> };

for (const lang of ['it', 'en']) {
  const file = JSON.parse(readFileSync(join(here, '..', 'fixtures', 'events', `${lang}.json`), 'utf8')) as { cases: GoldCase[] };
  for (const c of file.cases) {
    const todo = known.cases[c.id];
    test(`events fixture ${c.id}`, todo ? { todo } : {}, () => {
      const result = compareCase(runPipeline(c.text, { published: c.published, language: lang }), c);
      assert.ok(result.pass, `${c.id}: ${result.problems.join(' | ')}`);
    });
  }
}

test('known-failures.json names only existing fixture cases', () => {
  const ids = new Set(['it', 'en'].flatMap((lang) =>
    (JSON.parse(readFileSync(join(here, '..', 'fixtures', 'events', `${lang}.json`), 'utf8')) as { cases: GoldCase[] }).cases.map((c) => c.id)));
  for (const id of Object.keys(known.cases)) assert.ok(ids.has(id), `unknown case ${id}`);
});
