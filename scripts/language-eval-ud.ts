// Language identification accuracy per sentence on the UD dev sets in ../shared/gold/ud.
// Usage: npx tsx scripts/language-eval-ud.ts
import { readFileSync } from 'node:fs';
import { goldPath } from '../src/gold/paths.js';
import { detectLanguage } from '../src/stages/language/index.js';

const sets: [string, string[]][] = [
  ['it', ['ud', 'UD_Italian-ISDT', 'it_isdt-ud-dev.conllu']],
  ['en', ['ud', 'UD_English-EWT', 'en_ewt-ud-dev.conllu']],
];
for (const [lang, parts] of sets) {
  const file = goldPath(...parts);
  if (!file) {
    console.log(`${lang}: ${parts.join('/')} not found`);
    continue;
  }
  const sentences = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
  const long = sentences.filter((s) => s.length > 100);
  const right = (list: string[]) => list.filter((s) => detectLanguage(s).code === lang).length;
  console.log(`${lang}: ${sentences.length} sentences, accuracy ${(right(sentences) / sentences.length).toFixed(3)}; over 100 chars: ${long.length}, accuracy ${(right(long) / long.length).toFixed(3)}`);
}
