import { runPipeline } from '../../src/core/pipeline.js';
const doc = runPipeline(process.argv[2], { published: '2024-01-01', language: process.argv[3] });
for (const t of doc.tokens) process.stdout.write(`${t.text}/${t.lemma}/${t.pos} `);
console.log();
for (const m of doc.mentions) console.log(m.text, m.type, m.kind, m.tokenStart, m.tokenEnd);
for (const e of doc.events) console.log(e.type, e.modes, e.trigger.text, e.source.map((a) => a.text), e.target.map((a) => a.text), e.rules.join(','));
