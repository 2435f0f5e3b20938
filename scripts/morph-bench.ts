// Throughput of the language, segment and morph stages: npx tsx scripts/morph-bench.ts [file...]
// Without files it uses the seed articles in /work/shared/seed when present.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runBasicStages } from '../src/stages/morph/run-basic.js';

const SEED = '/work/shared/seed';
let files = process.argv.slice(2);
if (files.length === 0 && existsSync(SEED)) files = readdirSync(SEED).filter((f) => f.endsWith('.txt')).map((f) => join(SEED, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));

const t0 = performance.now();
const c0 = process.cpuUsage().user;
runBasicStages(texts[0]);
console.log(`first document (loads data): ${Math.round(performance.now() - t0)} ms wall, ${Math.round((process.cpuUsage().user - c0) / 1000)} ms CPU`);
for (let i = 0; i < 3; i++) for (const t of texts) runBasicStages(t);

// CPU time, not wall time, and several rounds: the machine may be shared. Reports best and median.
const cpuMs = () => process.cpuUsage().user / 1000;
const rates: number[] = [];
for (let round = 0; round < 7; round++) {
  let tokens = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < 700) for (const t of texts) tokens += runBasicStages(t).tokens.length;
  rates.push(tokens / ((cpuMs() - t0) / 1000));
}
rates.sort((a, b) => b - a);
const perDoc = texts.reduce((n, t) => n + runBasicStages(t).tokens.length, 0) / texts.length;
console.log(`tokens/s (CPU): best ${Math.round(rates[0])}, median ${Math.round(rates[3])}; ${Math.round(perDoc)} tokens per document`);
