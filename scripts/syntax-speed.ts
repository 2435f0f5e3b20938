// Tagger and parser speed on the UD dev sets (gold tokenization), in words per CPU second (user +
// system time of this process, so other processes on a busy machine do not count):
//   node --import tsx scripts/syntax-speed.ts [it|en ...]
// Reads the shipped models (or $CRONACA_MODELS) and ../shared/gold/ud; reports the best of 5 runs
// after a warm-up run, so lexicon and per-form caches are filled as in a long-running process. The
// morph stage's tags, which the pipeline hands to the tagger, are computed before timing. Three
// timings: the tagger alone, the parser alone (on the tagger's output) and both interleaved per
// sentence, as the syntax stage runs them (their tables then compete for the CPU caches).
import { join } from 'node:path';
import { readConllu } from '../src/learn/ud.js';
import { resolveModelDir, udFile } from '../src/syntax/model-dir.js';
import { loadParserModel } from '../src/syntax/parser/model-io.js';
import { PARSER_FILE } from '../src/syntax/parser/index.js';
import { loadTaggerFile, TAGGER_FILE } from '../src/syntax/tagger/model-io.js';
import { morphChoicesForWords } from '../src/syntax/tagger/morph-choice.js';

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** Best CPU milliseconds of runs 2..6 (the first one warms up). */
function bestOf(run: () => void): number {
  let best = Infinity;
  for (let r = 0; r < 6; r++) {
    const start = process.cpuUsage();
    run();
    const ms = cpuMs(start);
    if (r > 0) best = Math.min(best, ms);
  }
  return best;
}

const rate = (words: number, ms: number): string => Math.round(words / (ms / 1000)).toLocaleString('en');

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['it', 'en'];
for (const lang of langs) {
  const dir = join(resolveModelDir(), lang);
  let t0 = process.cpuUsage();
  const { tagger } = loadTaggerFile(join(dir, TAGGER_FILE));
  const taggerLoadMs = cpuMs(t0);
  t0 = process.cpuUsage();
  const { model: parser } = loadParserModel(join(dir, PARSER_FILE));
  const parserLoadMs = cpuMs(t0);
  const ud = readConllu(udFile(lang, 'dev'));
  const sentences = ud.map((s) => s.words.map((w) => w.form));
  // The morph stage's tags come with the tokens in the pipeline: computed here, outside the timing.
  const morph = ud.map((s) => (tagger.vocab.morphFeatures ? morphChoicesForWords(s, lang) : undefined));
  const tagged = sentences.map((s, k) => tagger.tag(s, morph[k]));
  const words = sentences.reduce((a, s) => a + s.length, 0);
  const tagMs = bestOf(() => {
    for (let k = 0; k < sentences.length; k++) tagger.tag(sentences[k], morph[k]);
  });
  const parseMs = bestOf(() => {
    for (const s of tagged) parser.parse(s);
  });
  const bothMs = bestOf(() => {
    for (let k = 0; k < sentences.length; k++) parser.parse(tagger.tag(sentences[k], morph[k]));
  });
  console.log(
    `${lang}: ${words} words, words/CPU-s (best of 5): tagger ${rate(words, tagMs)}, parser ${rate(words, parseMs)}, ` +
      `tagger+parser ${rate(words, bothMs)}; model file load ${Math.round(taggerLoadMs)} + ${Math.round(parserLoadMs)} CPU-ms (tagger + parser)`,
  );
}
