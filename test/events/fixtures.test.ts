// Runs the whole pipeline on the gold event fixtures and compares type, modes, trigger, source,
// target, date and place. The pass rate per language must not fall below the recorded floor
// (raise it as the stage improves); EVENTS_VERBOSE=1 prints every failing case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../src/core/pipeline.js';
import { compareCase, type GoldCase } from './fixture-compare.js';

const here = dirname(fileURLToPath(import.meta.url));
// Recorded 2026-11-26 with the first versions of the upstream stages (it 0.53, en 0.40); raised the
// same day after the asserted-nominal policy and argument fixes (it 0.77, en 0.55; en moves with morph).
// Raised again after argument fixes (origin phrases, appositions, quantifiers, state recipients, mistagged plurals): en 0.73.
// Raised with the dependency-based arguments (issue 5; it 61/74 with the parser, 60/74 with the heuristics alone): it 0.78.
const FLOOR: Record<string, number> = { it: 0.78, en: 0.72 };

for (const lang of ['it', 'en']) {
  test(`events fixtures (${lang}): pass rate`, () => {
    const file = JSON.parse(readFileSync(join(here, '..', 'fixtures', 'events', `${lang}.json`), 'utf8')) as { cases: GoldCase[] };
    const results = file.cases.map((c) => compareCase(runPipeline(c.text, { published: c.published, language: lang }), c));
    const passed = results.filter((r) => r.pass).length;
    const rate = passed / results.length;
    console.log(`events fixtures ${lang}: ${passed}/${results.length} cases pass (${(rate * 100).toFixed(1)}%)`);
    if (process.env.EVENTS_VERBOSE) {
      for (const r of results) if (!r.pass) console.log(`  ${r.id}: ${r.problems.join(' | ')}`);
    }
    assert.ok(results.length > 0);
    assert.ok(rate >= FLOOR[lang], `pass rate ${rate.toFixed(3)} fell below ${FLOOR[lang]}`);
  });
}
