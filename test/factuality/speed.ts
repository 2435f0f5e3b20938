// Manual speed check (not part of the test run): CPU time of assessFactuality on Italian and
// English text, for the stage's load (one predicate per 20 tokens) and for every verb and noun.
// Run: node --import tsx test/factuality/speed.ts
import { assessFactuality } from '../../src/stages/factuality/index.js';
import { analyze } from './helpers.js';

const TEXTS: Record<string, string> = {
  it: 'Secondo fonti dell\'opposizione, i servizi di sicurezza avrebbero arrestato almeno dieci attivisti. Il ministro ha detto che non ci sono stati arresti e che la polizia probabilmente interverrà domani se le proteste continueranno. Non escludo che il governo possa ritirare le truppe, ha dichiarato il presidente.',
  en: 'Reuters reported on Monday that police said the mayor had probably fled the city after protesters attacked the town hall. Officials did not say whether the army would withdraw. If talks fail, the rebels could attack the capital next week, a spokesman warned. The government plans to impose a curfew, according to local media.',
};

for (const [lang, text] of Object.entries(TEXTS)) {
  const docs = Array.from({ length: 30 }, (_, i) => analyze(`${text} `.repeat(10) + String(i), lang, '2024-03-15'));
  for (const mode of ['stage', 'every'] as const) {
    let tokens = 0;
    let preds = 0;
    let cpu = 0;
    for (let round = 0; round < 25; round++) {
      const c0 = process.cpuUsage();
      for (const doc of docs) {
        const d = { ...doc }; // a fresh object: per-sentence caches start empty
        if (round >= 8) tokens += d.tokens.length;
        for (let i = 0; i < d.tokens.length; i += mode === 'stage' ? 20 : 1) {
          const t = d.tokens[i];
          if (mode === 'every' && t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
          assessFactuality(d, { tokenStart: i, tokenEnd: i + 1, sentence: t.sentence });
          if (round >= 8) preds++;
        }
      }
      const u = process.cpuUsage(c0);
      if (round >= 8) cpu += (u.user + u.system) / 1e6;
    }
    console.log(`${lang} ${mode === 'stage' ? 'one predicate per 20 tokens' : 'every verb and noun'}: ${Math.round(tokens / cpu)} tokens/s, ${Math.round(preds / cpu)} predicates/s (CPU time)`);
  }
}
