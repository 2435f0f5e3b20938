// Throughput of the events stage alone (earlier stages run once, outside the timing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline, STAGES } from '../../src/core/pipeline.js';
import { extractEvents } from '../../src/stages/events/index.js';

const here = dirname(fileURLToPath(import.meta.url));

test('events stage throughput', () => {
  const cases = (JSON.parse(readFileSync(join(here, '..', 'fixtures', 'events', 'it.json'), 'utf8')) as { cases: { text: string }[] }).cases;
  const text = cases.map((c) => c.text).join('\n\n');
  const upTo = STAGES.filter((s) => s.name !== 'events' && s.name !== 'factuality');
  const doc = runPipeline(text, { language: 'it', published: '2024-01-01' }, upTo);
  for (let i = 0; i < 30; i++) extractEvents(doc);
  const rounds = 150;
  // CPU time, not wall time: the machine may be shared.
  const t0 = process.cpuUsage();
  let n = 0;
  for (let i = 0; i < rounds; i++) n += extractEvents(doc).length;
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  const rate = (doc.tokens.length * rounds) / seconds;
  console.log(`events stage: ${Math.round(rate)} tokens/s (${doc.tokens.length} tokens, ${n / rounds} events per pass)`);
  assert.ok(n > 0);
  // Generous floor for slow CI machines; the target on a laptop core is 200,000 tokens/s.
  assert.ok(rate > 50_000, `events stage too slow: ${Math.round(rate)} tokens/s`);
});
