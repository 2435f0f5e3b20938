// Unified factuality (Stanovsky et al. 2017) CoNLL: 7 tab-separated columns
// `index word factuality POS head deprel lemma`, blank line between sentences, no document ids.
// Sentences were shuffled upstream, so each sentence becomes its own document. Only the factuality
// column is gold (POS, head, lemma are automatic and are not converted).
import { readFileSync } from 'node:fs';
import type { GoldDocument, GoldEvent } from '../gold/types.js';
import { inputFiles, stem } from './files.js';
import { layoutSentences } from './layout.js';
import { readTable } from './tokens-table.js';

export function convertFactuality(path: string, language = 'en'): GoldDocument[] {
  const out: GoldDocument[] = [];
  for (const file of inputFiles(path, ['.conll'])) {
    readTable(readFileSync(file, 'utf8')).forEach((sentence, i) => {
      const layout = layoutSentences([{ tokens: sentence.rows.map((r) => r[1]) }]);
      const events: GoldEvent[] = [];
      sentence.rows.forEach((row, t) => {
        const value = row[2]?.trim();
        if (!value || value === '_') return;
        const score = Number(value);
        if (Number.isFinite(score)) events.push({ ...layout.tokens[0][t], factScore: score });
      });
      out.push({
        id: `${stem(file)}-${String(i + 1).padStart(4, '0')}`,
        language,
        text: layout.text,
        layers: ['events', 'factuality'],
        sentences: layout.sentences,
        events,
        source: stem(file),
      });
    });
  }
  return out;
}
