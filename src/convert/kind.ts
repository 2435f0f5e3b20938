// KIND (Italian NER, EVALITA 2023 release): `TOKEN<TAB>TAG` lines, IOB2 tags over PER/LOC/ORG,
// blank line between sentences, no document boundaries. Consecutive sentences are grouped into
// documents: a new document starts at a headline-like sentence (no final punctuation; ending in a
// colon only when short) that follows a sentence with final punctuation, once the current document
// has MIN_SENTENCES; and in any case after maxSentences. Wikinews articles begin with their headline, so this mostly recovers them.
import { readFileSync } from 'node:fs';
import type { GoldDocument, GoldEntity } from '../gold/types.js';
import { inputFiles, stem } from './files.js';
import { endsWithFinalPunctuation, layoutSentences } from './layout.js';
import { readTable, type TableSentence } from './tokens-table.js';

const MIN_SENTENCES = 3;
const HEADLINE_COLON_TOKENS = 4;
export const KIND_MAX_SENTENCES = 40;

export interface KindOptions {
  maxSentences?: number;
  language?: string;
}

/** Tokens glued together: enough to see how the sentence ends. */
function sentenceEnd(s: TableSentence): string {
  return s.rows.slice(-3).map((r) => r[0]).join('');
}

/** Headline-like: no final punctuation; a colon or semicolon only on a short sentence ("Ischia:"). */
function headlineLike(s: TableSentence): boolean {
  const end = sentenceEnd(s);
  if (endsWithFinalPunctuation(end)) return false;
  return !/[:;]$/.test(end) || s.rows.length <= HEADLINE_COLON_TOKENS;
}

/** Splits the sentence sequence into documents (see the header comment). */
export function groupSentences(sentences: TableSentence[], maxSentences: number): TableSentence[][] {
  const docs: TableSentence[][] = [];
  let current: TableSentence[] = [];
  let prevFinal = true;
  for (const s of sentences) {
    const final = endsWithFinalPunctuation(sentenceEnd(s));
    const headline = headlineLike(s) && prevFinal;
    if (current.length >= maxSentences || (headline && current.length >= MIN_SENTENCES)) {
      docs.push(current);
      current = [];
    }
    current.push(s);
    prevFinal = final;
  }
  if (current.length > 0) docs.push(current);
  return docs;
}

function kindDocument(id: string, sentences: TableSentence[], language: string, source: string): GoldDocument {
  const layout = layoutSentences(sentences.map((s) => ({ tokens: s.rows.map((r) => r[0]) })));
  const entities: GoldEntity[] = [];
  sentences.forEach((s, si) => {
    let open: GoldEntity | undefined;
    s.rows.forEach((row, ti) => {
      const tag = (row[1] ?? 'O').trim();
      const span = layout.tokens[si][ti];
      const [bio, type] = tag.split('-', 2);
      if (bio === 'I' && open && open.type === type) {
        open.end = span.end;
        return;
      }
      open = undefined;
      if (bio === 'B' || bio === 'I') {
        open = { start: span.start, end: span.end, type, kind: 'name' };
        entities.push(open);
      }
    });
  });
  // KIND's guidelines tag the name alone: "presidente [Grasso]PER"
  return { id, language, text: layout.text, layers: ['entities'], entitySpans: 'bare-name', sentences: layout.sentences, entities, source };
}

export function convertKind(path: string, options: KindOptions = {}): GoldDocument[] {
  const max = options.maxSentences ?? KIND_MAX_SENTENCES;
  const language = options.language ?? 'it';
  const out: GoldDocument[] = [];
  for (const file of inputFiles(path, ['.tsv'])) {
    const groups = groupSentences(readTable(readFileSync(file, 'utf8')), max);
    groups.forEach((g, i) => {
      out.push(kindDocument(`${stem(file)}-${String(i + 1).padStart(4, '0')}`, g, language, stem(file)));
    });
  }
  return out;
}
