import { readFileSync } from 'node:fs';
import { runBasicStages } from '/work/main/src/stages/morph/run-basic.ts';
const [lang, path, want] = process.argv.slice(2);
let shown = 0;
const counts = new Map<string, number>();
for (const block of readFileSync(path, 'utf8').split(/\n\n+/)) {
  const lines = block.split('\n');
  const text = lines.find((l) => l.startsWith('# text = '))?.slice(9);
  if (!text) continue;
  const doc = runBasicStages(text, { language: lang });
  const bySpan = new Map(doc.tokens.map((t) => [`${t.start}:${t.end}`, t]));
  let pos = 0;
  for (const line of lines) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [id, form, , upos] = line.split('\t');
    if (id.includes('.') || id.includes('-')) continue;
    const start = text.indexOf(form, pos); if (start < 0) continue; pos = start + form.length;
    const t = bySpan.get(`${start}:${pos}`); if (!t) continue;
    if (`${upos}->${t.pos}` === want) { counts.set(`${form.toLowerCase()} ${t.morphRule}`, (counts.get(`${form.toLowerCase()} ${t.morphRule}`) ?? 0) + 1); }
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => `${k}:${n}`).join(' | '));
