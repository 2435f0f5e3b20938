// Measures the dev-gold scores that eval/floors.json guards and prints the floors they imply.
// Usage: npx tsx scripts/eval-floors.ts [--write] [--reset=CORPUS]   (--write rewrites eval/floors.json;
// floors only rise, except those of a corpus named by --reset, whose gold set changed)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/packs.js';
import { convert } from '../src/convert/index.js';
import { evaluate } from '../src/eval/evaluate.js';
import { goldPath } from '../src/gold/paths.js';
import { readGoldFile } from '../src/gold/read.js';

/** A public corpus format under the shared gold folder, or "gold": cronaca gold JSONL in this repository. */
type Format = Parameters<typeof convert>[0] | 'gold';
interface Spec { format: Format; path: string[]; min: string[]; max?: string[] }

const SPECS: Record<string, Spec> = {
  'kind-wn-dev': {
    format: 'kind', path: ['kind', 'WN_dev.tsv'],
    min: ['entities.exact.f1', 'entities.overlap.f1', 'entities.span.f1', 'entities.perType.PER.overlap.f1', 'entities.perType.LOC.overlap.f1', 'entities.perType.ORG.overlap.f1'],
  },
  'meantime-en': {
    format: 'meantime', path: ['meantime-en'],
    min: ['entities.overlap.f1', 'entities.exact.f1', 'timexes.strict.f1', 'timexes.relaxed.f1', 'timexes.value.accuracy', 'factuality.certainty.accuracy', 'factuality.certainty.macroF1', 'factuality.certainty.minority.micro.f1', 'factuality.polarity.accuracy', 'factuality.polarity.macroF1', 'factuality.polarity.perClass.NEG.f1', 'factuality.time.accuracy', 'factuality.time.macroF1'],
  },
  'unified-factuality-dev': {
    format: 'factuality', path: ['unified-factuality-meantime', 'dev.conll'],
    min: ['factuality.scale.pearson'], max: ['factuality.scale.mae'],
  },
  'own-gold-dev': {
    format: 'gold', path: ['gold', 'own', 'dev.jsonl'],
    min: ['plover.typed.f1', 'plover.trigger.f1', 'plover.source.accuracy', 'plover.target.accuracy', 'plover.sourceExact.accuracy', 'plover.targetExact.accuracy', 'entities.exact.f1', 'timexes.relaxed.f1', 'timexes.value.accuracy'],
  },
};

const FLOORS = join(PROJECT_ROOT, 'eval', 'floors.json');
const get = (o: unknown, p: string): number => p.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown> | undefined)?.[k], o) as number;
// Other sections (the shipped models' `ud` floors) are kept as they are.
const current = JSON.parse(readFileSync(FLOORS, 'utf8')) as { _comment: string; corpora: Record<string, unknown> };
const out: { _comment: string; corpora: Record<string, unknown> } = { ...current, corpora: {} };
const reset = new Set(process.argv.filter((a) => a.startsWith('--reset=')).map((a) => a.slice('--reset='.length)));
const previous = (corpus: string, side: 'min' | 'max', key: string): number | undefined =>
  reset.has(corpus) ? undefined : (current.corpora[corpus] as Record<string, Record<string, number> | undefined> | undefined)?.[side]?.[key];

for (const [name, spec] of Object.entries(SPECS)) {
  const path = spec.format === 'gold' ? join(PROJECT_ROOT, ...spec.path) : goldPath(...spec.path);
  if (!path) throw new Error(`${spec.path.join('/')} not found under the gold folder`);
  const docs = spec.format === 'gold' ? readGoldFile(path) : convert(spec.format, path);
  const all = evaluate(docs, { worst: 0 }).groups.all;
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  for (const k of spec.min) {
    const v = get(all, k);
    const margin = k.includes('macroF1') || k.includes('pearson') || k.includes('minority') || k.includes('perClass') ? 0.04 : 0.02;
    // A floor never goes down: a score that dipped within its margin keeps the floor it had.
    min[k] = Math.max(Math.floor((v - margin) * 100) / 100, previous(name, 'min', k) ?? -Infinity);
    console.log(`${name} ${k} ${v.toFixed(3)} -> floor ${min[k]}`);
  }
  for (const k of spec.max ?? []) {
    const v = get(all, k);
    max[k] = Math.min(Math.ceil((v + 0.03) * 100) / 100, previous(name, 'max', k) ?? Infinity);
    console.log(`${name} ${k} ${v.toFixed(3)} -> ceiling ${max[k]}`);
  }
  out.corpora[name] = { format: spec.format, path: spec.path, every: 1, min, ...(spec.max ? { max } : {}) };
}
if (process.argv.includes('--write')) writeFileSync(FLOORS, JSON.stringify(out, null, 2) + '\n');
