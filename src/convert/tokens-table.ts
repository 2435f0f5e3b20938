// Reading blank-line-separated, tab-separated token tables (KIND, CoNLL variants).

/** Sentences as lists of rows (columns split on tabs); `#` comment lines are kept apart. */
export interface TableSentence {
  comments: string[];
  rows: string[][];
}

/** `comments`: lines starting with # before a sentence's first row are comments (CoNLL-U). */
export function readTable(text: string, comments = false): TableSentence[] {
  const out: TableSentence[] = [];
  let current: TableSentence = { comments: [], rows: [] };
  const flush = () => {
    if (current.rows.length > 0) out.push(current);
    current = { comments: [], rows: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (comments && line.startsWith('#') && current.rows.length === 0) {
      current.comments.push(line);
      continue;
    }
    current.rows.push(line.split('\t'));
  }
  flush();
  return out;
}
