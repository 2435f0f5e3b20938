// Prints the morph analysis of texts given on the command line: npx tsx scripts/morph-try.ts it|en|auto "..."
import { runBasicStages } from '../src/stages/morph/run-basic.js';

const [lang, ...texts] = process.argv.slice(2);
for (const text of texts) {
  const doc = runBasicStages(text, { language: lang === 'auto' ? undefined : lang });
  for (const t of doc.tokens) {
    const feats = Object.entries(t.feats).map(([k, v]) => `${k}=${v}`).join('|');
    console.log([t.text, t.lemma, t.pos, feats || '_', t.morphRule].join('\t'));
  }
  for (const m of doc.messages) console.log('#', m.level, m.code, m.text);
}
