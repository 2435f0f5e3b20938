// CoNLL-U (Universal Dependencies). Text is rebuilt from the surface tokens, honouring
// SpaceAfter=No; a multiword token (`3-4 della`) is one surface token whose syntactic words
// (di + la) all carry its span and share an `mwt` id. Empty nodes (`5.1`) are skipped. Documents
// follow `# newdoc`, split every maxSentences sentences; `# newpar` starts a paragraph.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { GoldDocument, GoldToken } from '../gold/types.js';
import { inputFiles, stem } from './files.js';
import { layoutSentences, type LaidOutSentence } from './layout.js';
import { readTable, type TableSentence } from './tokens-table.js';

export const CONLLU_MAX_SENTENCES = 20;

export interface ConlluOptions {
  language?: string;
  maxSentences?: number;
}

interface Surface {
  form: string;
  spaceAfter: boolean;
  words: string[][];
}

function surfaceTokens(sentence: TableSentence): Surface[] {
  const out: Surface[] = [];
  let rangeEnd = 0;
  for (const row of sentence.rows) {
    const id = row[0];
    if (id.includes('.')) continue;
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(row[9] ?? '');
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      rangeEnd = Number(range[2]);
      out.push({ form: row[1], spaceAfter, words: [] });
      continue;
    }
    if (Number(id) <= rangeEnd) out[out.length - 1].words.push(row);
    else out.push({ form: row[1], spaceAfter, words: [row] });
  }
  return out;
}

function languageFromName(file: string): string | undefined {
  const m = /^([a-z]{2,3})_/.exec(basename(file));
  return m ? m[1] : undefined;
}

function conlluDocument(id: string, sentences: TableSentence[], language: string, source: string): GoldDocument {
  const surfaces = sentences.map(surfaceTokens);
  const laid: LaidOutSentence[] = surfaces.map((s, i) => {
    const l: LaidOutSentence = { tokens: s.map((t) => t.form), spaceAfter: s.map((t) => t.spaceAfter) };
    if (sentences[i].comments.some((c) => /^#\s*newpar\b/.test(c))) l.breakBefore = '\n\n';
    return l;
  });
  const layout = layoutSentences(laid);
  const tokens: GoldToken[] = [];
  let mwt = 0;
  surfaces.forEach((surface, si) => {
    const base = tokens.length;
    surface.forEach((tok, ti) => {
      const span = layout.tokens[si][ti];
      const isMwt = tok.words.length > 1;
      if (isMwt) mwt++;
      for (const w of tok.words) {
        const head = Number(w[6]);
        const t: GoldToken = {
          ...span,
          form: w[1],
          upos: w[3],
          lemma: w[2],
          head: Number.isFinite(head) && head > 0 ? base + head - 1 : -1,
          deprel: w[7] ?? '_',
          feats: !w[5] || w[5] === '_' ? '' : w[5],
        };
        if (isMwt) t.mwt = mwt;
        tokens.push(t);
      }
    });
  });
  return { id, language, text: layout.text, layers: ['tokens', 'syntax'], sentences: layout.sentences, tokens, source };
}

export function convertConllu(path: string, options: ConlluOptions = {}): GoldDocument[] {
  const max = options.maxSentences ?? CONLLU_MAX_SENTENCES;
  const out: GoldDocument[] = [];
  for (const file of inputFiles(path, ['.conllu'])) {
    const language = options.language ?? languageFromName(file) ?? 'und';
    let group: TableSentence[] = [];
    let n = 0;
    const flush = () => {
      if (group.length === 0) return;
      out.push(conlluDocument(`${stem(file)}-${String(++n).padStart(4, '0')}`, group, language, stem(file)));
      group = [];
    };
    for (const s of readTable(readFileSync(file, 'utf8'), true)) {
      if (group.length >= max || s.comments.some((c) => /^#\s*newdoc\b/.test(c))) flush();
      group.push(s);
    }
    flush();
  }
  return out;
}
