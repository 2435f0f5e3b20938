// Tagger speed on the UD dev sets (gold tokenization), in words per CPU second (user + system time
// of this process, so other processes on a busy machine do not count):
//   node --import tsx scripts/syntax-speed.ts [it|en ...]
// Reads the shipped models (or $CRONACA_MODELS) and ../shared/gold/ud; reports the best of 5 runs
// after a warm-up run, so lexicon and per-form caches are filled as in a long-running process. The
// morph stage's tags, which the pipeline hands to the tagger, are computed before timing.
import { join } from 'node:path';
import { readConllu } from '../src/learn/ud.js';
import { resolveModelDir, udFile } from '../src/syntax/model-dir.js';
import { loadTaggerFile, TAGGER_FILE } from '../src/syntax/tagger/model-io.js';
import { morphChoicesForWords } from '../src/syntax/tagger/morph-choice.js';

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['it', 'en'];
for (const lang of langs) {
  const t0 = process.cpuUsage();
  const { tagger } = loadTaggerFile(join(resolveModelDir(), lang, TAGGER_FILE));
  const loadMs = cpuMs(t0);
  const ud = readConllu(udFile(lang, 'dev'));
  const sentences = ud.map((s) => s.words.map((w) => w.form));
  // The morph stage's tags come with the tokens in the pipeline: computed here, outside the timing.
  const morph = ud.map((s) => (tagger.vocab.morphFeatures ? morphChoicesForWords(s, lang) : undefined));
  const words = sentences.reduce((a, s) => a + s.length, 0);
  let best = Infinity;
  for (let run = 0; run < 6; run++) {
    const start = process.cpuUsage();
    for (let k = 0; k < sentences.length; k++) tagger.tag(sentences[k], morph[k]);
    const ms = cpuMs(start);
    if (run > 0) best = Math.min(best, ms);
  }
  console.log(`${lang}: ${words} words, ${Math.round(words / (best / 1000)).toLocaleString('en')} words/CPU-s (best of 5), model file load ${Math.round(loadMs)} CPU-ms`);
}
