// CoNLL-U writer (https://universaldependencies.org/format.html): one block per sentence with
// `# sent_id` and `# text`, a range line for each multiword token ("della" = di + la), then the
// syntactic words with their tags and arcs. Without words (no tagger model) the tokens are
// written as words with the morph stage's analysis and no arcs.
import type { CronacaDocument, Token } from '../core/types.js';
import { featsString } from '../stages/syntax/token-feats.js';

/** Column text: CoNLL-U fields cannot hold tabs or newlines, and an empty field is "_". */
function field(s: string | undefined): string {
  if (s === undefined || s === '') return '_';
  return s.replace(/[\t\n\r]/g, ' ');
}

function misc(spaceAfter: boolean): string {
  return spaceAfter ? '_' : 'SpaceAfter=No';
}

function tokenLine(id: number, t: Token): string {
  return [id, field(t.text), field(t.lemma), field(t.pos), '_', featsString(t.feats), '_', '_', '_', misc(t.spaceAfter)].join('\t');
}

export interface ConlluOptions {
  /** Prefix of the sentence ids (default: the document id). */
  idPrefix?: string;
}

export function toConllu(doc: CronacaDocument, options: ConlluOptions = {}): string {
  const prefix = options.idPrefix ?? doc.id;
  const lines: string[] = [`# newdoc id = ${prefix}`];
  for (const s of doc.sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    lines.push(`# sent_id = ${prefix}-${s.index + 1}`);
    lines.push(`# text = ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()}`);
    const first = doc.tokens[s.tokenStart];
    const hasWords = first.wordStart !== undefined && first.wordEnd !== undefined && doc.words.length > 0;
    if (!hasWords) {
      for (let t = s.tokenStart; t < s.tokenEnd; t++) lines.push(tokenLine(t - s.tokenStart + 1, doc.tokens[t]));
      lines.push('');
      continue;
    }
    const base = first.wordStart as number;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = doc.tokens[t];
      const ws = tok.wordStart as number;
      const we = tok.wordEnd as number;
      const multi = we - ws > 1;
      if (multi) lines.push([`${ws - base + 1}-${we - base}`, field(tok.text), '_', '_', '_', '_', '_', '_', '_', misc(tok.spaceAfter)].join('\t'));
      for (let w = ws; w < we; w++) {
        const word = doc.words[w];
        const head = word.head < 0 ? 0 : word.head - base + 1;
        const deprel = word.deprel;
        // Tagged but not parsed (no parser model): no arc.
        const hasArc = deprel !== '';
        lines.push(
          [
            w - base + 1,
            field(word.form),
            field(word.lemma),
            field(word.pos),
            '_',
            field(word.feats),
            hasArc ? head : '_',
            hasArc ? deprel : '_',
            '_',
            multi ? '_' : misc(tok.spaceAfter),
          ].join('\t'),
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
