// UPOS and lemma accuracy of the segment + morph stages on a UD dev treebank (read in place, never
// copied): npx tsx scripts/morph-eval-ud.ts it|en [path.conllu] [--words]
// Each sentence's "# text" is analysed on its own; gold words are matched to tokens by exact span.
// Multi-word tokens ("della" = di + la) are skipped. Prints accuracy and the most frequent confusions.
// "UPOS (copula)" also counts AUX/VERB of the copula (be, essere) as equal: the morph stage keeps
// the copula VERB unless a participle or gerund follows, by design. --words lists confused words.
import { readFileSync } from 'node:fs';
import { runBasicStages } from '../src/stages/morph/run-basic.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showWords = process.argv.includes('--words');
const lang = args[0] ?? 'it';
const defaults: Record<string, string> = {
  it: '/work/shared/gold/ud/UD_Italian-ISDT/it_isdt-ud-dev.conllu',
  en: '/work/shared/gold/ud/UD_English-EWT/en_ewt-ud-dev.conllu',
};
const COPULA: Record<string, string> = { it: 'essere', en: 'be' };
const path = args[1] ?? defaults[lang];
let words = 0, aligned = 0, posOk = 0, copulaOk = 0, lemmaOk = 0, goldTokens = 0, sameSpan = 0;
const confusions = new Map<string, number>();
const confusedWords = new Map<string, number>();
const lemmaErrors = new Map<string, number>();
for (const block of readFileSync(path, 'utf8').split(/\n\n+/)) {
  const lines = block.split('\n');
  const text = lines.find((l) => l.startsWith('# text = '))?.slice(9);
  if (!text) continue;
  const doc = runBasicStages(text, { language: lang });
  const bySpan = new Map(doc.tokens.map((t) => [`${t.start}:${t.end}`, t]));
  let pos = 0;
  let skipUntil = 0;
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [id, form, lemma, upos] = line.split('\t');
    if (id.includes('.')) continue;
    const start = text.indexOf(form, pos);
    if (id.includes('-')) {
      skipUntil = Number(id.split('-')[1]);
      if (start >= 0) pos = start + form.length;
      goldTokens++;
      if (start >= 0 && bySpan.has(`${start}:${start + form.length}`)) sameSpan++;
      continue;
    }
    if (Number(id) <= skipUntil) continue;
    words++;
    goldTokens++;
    if (start < 0) continue;
    pos = start + form.length;
    const t = bySpan.get(`${start}:${pos}`);
    if (!t) continue;
    sameSpan++;
    aligned++;
    if (t.pos === upos) {
      posOk++;
      copulaOk++;
    } else {
      const copula = lemma === COPULA[lang] && t.lemma === lemma && (t.pos === 'AUX' || t.pos === 'VERB') && (upos === 'AUX' || upos === 'VERB');
      if (copula) copulaOk++;
      else {
        confusions.set(`${upos}->${t.pos}`, (confusions.get(`${upos}->${t.pos}`) ?? 0) + 1);
        const k = `${form.toLowerCase()} ${upos}->${t.pos} (${t.morphRule})`;
        confusedWords.set(k, (confusedWords.get(k) ?? 0) + 1);
      }
    }
    if (t.lemma.toLowerCase() === lemma.toLowerCase()) lemmaOk++;
    else {
      const k = `${form.toLowerCase()} ${lemma}->${t.lemma} (${t.morphRule})`;
      lemmaErrors.set(k, (lemmaErrors.get(k) ?? 0) + 1);
    }
  }
}
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1) + '%';
const top = (m: Map<string, number>, n: number, sep = ', ') => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, c]) => `${k} ${c}`).join(sep);
console.log(
  `${lang}: ${words} words, token spans matched ${pct(sameSpan, goldTokens)}; on aligned words UPOS ${pct(posOk, aligned)} ` +
    `(copula AUX=VERB ${pct(copulaOk, aligned)}), lemma ${pct(lemmaOk, aligned)}`,
);
console.log(top(confusions, 15));
if (showWords) {
  console.log('\n' + top(confusedWords, 400, '\n'));
  console.log('\nlemma errors:\n' + top(lemmaErrors, 60, '\n'));
}
