// Reads Universal Dependencies CoNLL-U files into sentences of syntactic words and surface tokens.
import { readFileSync } from 'node:fs';

export interface UdWord {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head, 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

export interface UdToken {
  form: string;
  /** Index into `words` of the token's first word and one past its last. */
  wordStart: number;
  wordEnd: number;
  spaceAfter: boolean;
}

export interface UdSentence {
  id?: string;
  text?: string;
  words: UdWord[];
  tokens: UdToken[];
}

function spaceAfter(misc: string): boolean {
  return !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
}

export function parseConllu(content: string, where = 'CoNLL-U'): UdSentence[] {
  const sentences: UdSentence[] = [];
  let current: UdSentence = { words: [], tokens: [] };
  let rangeEnd = 0;
  const lines = content.split('\n');
  const flush = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], tokens: [] };
    rangeEnd = 0;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s*(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') current.id = m[2];
        else current.text = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${where}:${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0];
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      rangeEnd = Number(range[2]);
      const start = Number(range[1]) - 1;
      current.tokens.push({ form: cols[1], wordStart: start, wordEnd: rangeEnd, spaceAfter: spaceAfter(cols[9]) });
      continue;
    }
    const index = Number(id);
    if (!Number.isInteger(index)) throw new Error(`${where}:${n + 1}: bad word id "${id}"`);
    const head = Number(cols[6]);
    current.words.push({
      id: index,
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: Number.isInteger(head) ? head : 0,
      deprel: cols[7],
      misc: cols[9],
    });
    if (index > rangeEnd) current.tokens.push({ form: cols[1], wordStart: index - 1, wordEnd: index, spaceAfter: spaceAfter(cols[9]) });
  }
  flush();
  return sentences;
}

export function readConllu(path: string): UdSentence[] {
  return parseConllu(readFileSync(path, 'utf8'), path);
}
