// The full pipeline of the checkout at TREE over the first ARTICLES bench articles, REPS times: a
// probe for counting instructions, which a shared machine's load does not change. Two runs with
// different REPS cancel the start-up (loading, compiling). The count still varies from run to run
// by 10-15 % (V8 compiles and collects garbage on its own schedule, which valgrind's slowness
// shifts), so compare medians of several runs per version:
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --import tsx scripts/pipeline-probe.ts . 60 1
//   (the same with 3) -> instructions per article = (I refs with 3 - I refs with 1) / 2 / 60
// TREE may be another checkout (another version) with its own models; the bench articles are this one's.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { generateArticles } from '../bench/generate.js';

interface PipelineModule {
  STAGES: { name: string; run(doc: unknown, options: object): void }[];
}
interface DocumentModule {
  createDocument(text: string, meta: { id: string; published: string }): { language: { supported: boolean }; words: unknown[] };
}
const [tree, nArg, repsArg] = process.argv.slice(2);
const root = resolve(tree);
const { STAGES } = (await import(pathToFileURL(resolve(root, 'src/core/pipeline.ts')).href)) as PipelineModule;
const { createDocument } = (await import(pathToFileURL(resolve(root, 'src/core/document.ts')).href)) as DocumentModule;
const arts = generateArticles(Number(nArg));
let words = 0;
for (let r = 0; r < Number(repsArg); r++) {
  for (const a of arts) {
    const d = createDocument(a.text, { id: a.id, published: a.published });
    for (const st of STAGES) {
      if (st !== STAGES[0] && !d.language.supported) break;
      st.run(d, { id: a.id, published: a.published });
    }
    words += d.words.length;
  }
}
console.log(`${root}: ${Number(repsArg)} x ${arts.length} articles, ${words} words`);
