// Table-driven focused cases: one sentence, one predicate, the exact expected judgement.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Factuality } from '../../src/core/types.js';
import { assess, spanText, summary } from './helpers.js';

export interface Case {
  name: string;
  text: string;
  /** Words of the predicate as written; `nth` picks a later occurrence. */
  trigger: string;
  nth?: number;
  /** "CERTAINTY/POLARITY/TIME/SPECIAL/COMMITMENT [author > source ...]" */
  want: string;
  /** [rule id, text under the spans] of the certainty, polarity, time, special judgements. */
  certainty?: [string, string];
  polarity?: [string, string];
  time?: [string, string];
  special?: [string, string];
  /** Rule ids of the attribution links after the author. */
  sourceRules?: string[];
  /** Cue classes found, in text order. */
  cueClasses?: string[];
  score?: number;
  published?: string;
}

function check(c: Case, lang: string): void {
  const { doc, f } = assess(c.text, lang, c.trigger, c.published, c.nth);
  const at = (j: { rule: string; spans: { start: number; end: number }[] }): [string, string] => [j.rule, spanText(doc, j.spans)];
  assert.equal(summary(f), c.want);
  if (c.certainty) assert.deepEqual(at(f.certainty), c.certainty, 'certainty evidence');
  if (c.polarity) assert.deepEqual(at(f.polarity), c.polarity, 'polarity evidence');
  if (c.time) assert.deepEqual(at(f.time), c.time, 'time evidence');
  if (c.special) assert.deepEqual(at(f.special), c.special, 'special evidence');
  if (c.sourceRules) assert.deepEqual(f.attribution.slice(1).map((l) => l.rule), c.sourceRules, 'attribution rules');
  if (c.cueClasses) assert.deepEqual(f.cues.map((q) => q.class), c.cueClasses, 'cue classes');
  if (c.score !== undefined) assert.equal(f.score, c.score);
  assertWellFormed(f, doc.text.length);
}

/** Every judgement has a rule and spans inside the text; the author comes first. */
function assertWellFormed(f: Factuality, n: number): void {
  for (const j of [f.certainty, f.polarity, f.time, f.special, f.commitment]) {
    assert.ok(j.rule.length > 0);
    assert.ok(j.spans.length > 0, `${j.rule}: no spans`);
    for (const s of j.spans) assert.ok(s.start >= 0 && s.end <= n && s.start < s.end);
  }
  assert.equal(f.attribution[0].text, 'author');
  for (const l of f.attribution.slice(1)) assert.ok(l.spans.length > 0 && l.rule.length > 0);
}

export function runCases(lang: string, group: string, cases: Case[]): void {
  for (const c of cases) test(`${lang} ${group}: ${c.name}`, () => check(c, lang));
}
