import { readFileSync } from 'node:fs';
import { runPipeline } from '../../src/core/pipeline.js';
const file = process.argv[2];
const text = file.endsWith('.txt') ? readFileSync(file, 'utf8') : file;
const doc = runPipeline(text, { published: process.argv[3] ?? '2022-01-25', language: process.argv[4] });
console.log('lang', doc.language.code, 'tokens', doc.tokens.length, 'mentions', doc.mentions.length, 'timex', doc.timexes.length);
if (process.env.TOK) for (const t of doc.tokens) console.log(t.index, t.text, t.lemma, t.pos, JSON.stringify(t.feats));
if (process.env.MEN) for (const m of doc.mentions) console.log(m.id, m.text, m.type, m.kind, m.entity, m.tokenStart, m.tokenEnd, JSON.stringify(doc.entities.find(e=>e.id===m.entity)?.sectors));
for (const e of doc.events) {
  console.log(`${e.id} ${e.type} [${e.modes}] "${e.trigger.text}" ${e.trigger.rule} src=${e.source.map(a=>a.text+'('+a.rule+')').join('; ')} tgt=${e.target.map(a=>a.text+'('+a.rule+')').join('; ')} date=${e.date?.value ?? ''}${e.date? '('+e.date.rule+')':''} place=${e.place?.name ?? ''} rules=${e.rules.join(',')}`);
}
