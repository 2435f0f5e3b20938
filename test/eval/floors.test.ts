// Score floors on the development gold in ../shared/gold (or $CRONACA_GOLD_DIR): converts each
// corpus, runs the pipeline, and fails when a score drops below eval/floors.json ("min") or an
// error rises above it ("max"). Skips, saying so, when the gold folder is absent.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { convert, type ConvertFormat } from '../../src/convert/index.js';
import { PROJECT_ROOT } from '../../src/core/packs.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { goldDirCandidate, goldPath } from '../../src/gold/paths.js';
import { readGoldFile } from '../../src/gold/read.js';

interface Floor {
  /** A public corpus format under the shared gold folder, or "gold": cronaca gold JSONL in this repository. */
  format: ConvertFormat | 'gold';
  path: string[];
  /** Keep every n-th document (deterministic subsample for speed). */
  every?: number;
  min?: Record<string, number>;
  max?: Record<string, number>;
}

const floors = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval', 'floors.json'), 'utf8')) as { corpora: Record<string, Floor> };

function valueAt(obj: unknown, path: string): number | null {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'number' ? cur : null;
}

for (const [name, floor] of Object.entries(floors.corpora)) {
  test(`score floors: ${name}`, (t) => {
    const path = floor.format === 'gold' ? join(PROJECT_ROOT, ...floor.path) : goldPath(...floor.path);
    if (!path) {
      t.skip(`gold data not found: ${join(goldDirCandidate(), ...floor.path)} (set CRONACA_GOLD_DIR to the shared gold folder)`);
      return;
    }
    const every = floor.every ?? 1;
    const allDocs = floor.format === 'gold' ? readGoldFile(path) : convert(floor.format, path);
    const docs = allDocs.filter((_, i) => i % every === 0);
    const report = evaluate(docs, { worst: 0 });
    const all = report.groups.all;
    const failures: string[] = [];
    for (const [key, min] of Object.entries(floor.min ?? {})) {
      const v = valueAt(all, key);
      t.diagnostic(`${name} ${key} = ${v} (floor ${min})`);
      if (v === null || v < min) failures.push(`${key} = ${v} < ${min}`);
    }
    for (const [key, max] of Object.entries(floor.max ?? {})) {
      const v = valueAt(all, key);
      t.diagnostic(`${name} ${key} = ${v} (ceiling ${max})`);
      if (v === null || v > max) failures.push(`${key} = ${v} > ${max}`);
    }
    t.diagnostic(`${name}: ${docs.length} documents in ${report.seconds} s`);
    assert.deepEqual(failures, []);
  });
}
