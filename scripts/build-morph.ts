// Writes build/morph-it.tsv: the Italian form -> analyses table inverted from the morph-it derived
// npm packages. Run by `npm run build`; the morph stage rebuilds it in memory when it is missing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildItalianLexicon, serializeLexicon } from '../src/stages/morph/it-lexicon-build.js';
import { ITALIAN_LEXICON_PATH } from '../src/stages/morph/lexicon-files.js';

const t0 = performance.now();
const lex = buildItalianLexicon();
mkdirSync(dirname(ITALIAN_LEXICON_PATH), { recursive: true });
writeFileSync(ITALIAN_LEXICON_PATH, serializeLexicon(lex));
console.log(`morph: ${lex.size} Italian forms -> ${ITALIAN_LEXICON_PATH} in ${Math.round(performance.now() - t0)} ms`);
