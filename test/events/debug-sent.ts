import { readFileSync } from 'node:fs';
import { runPipeline } from '../../src/core/pipeline.js';
const doc = runPipeline(readFileSync(process.argv[2], 'utf8'), { published: '2022-01-25' });
for (const s of doc.sentences) console.log(s.index, s.tokenStart, s.tokenEnd, JSON.stringify(doc.text.slice(s.start, s.end).slice(0, 60)));
