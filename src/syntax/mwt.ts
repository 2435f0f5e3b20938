// Multiword tokens: a surface token ("della", "farlo", "cannot") as its syntactic words
// ("di la", "far lo", "can not"). A table learned from the treebank's range lines covers known
// forms; for unseen verb + enclitic forms the pack's mwt-clitics.tsv gives suffix splits, applied
// when the morph lexicon reads the form as a verb with enclitics.
import { readPackTsv } from '../core/packs.js';
import type { UdSentence } from '../learn/ud.js';
import { mostFrequent } from '../learn/counts.js';
import { lexiconHint } from './tagger/lexicon-hints.js';
import { normForm } from './tagger/text.js';

/** Normalised token form -> its words (normalised). */
export type MwtTable = Record<string, string[]>;

/** Forms written as a multiword token in at least half of their training occurrences, with their most frequent split. */
export function learnMwtTable(sentences: Iterable<UdSentence>): MwtTable {
  const total = new Map<string, number>();
  const splits = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      const norm = normForm(t.form);
      total.set(norm, (total.get(norm) ?? 0) + 1);
      if (t.wordEnd - t.wordStart < 2) continue;
      const words = s.words.slice(t.wordStart, t.wordEnd).map((w) => normForm(w.form)).join(' ');
      let m = splits.get(norm);
      if (!m) splits.set(norm, (m = new Map()));
      m.set(words, (m.get(words) ?? 0) + 1);
    }
  }
  const table: MwtTable = {};
  for (const norm of [...splits.keys()].sort()) {
    const best = mostFrequent(splits.get(norm)!);
    if (best.total * 2 >= total.get(norm)!) table[norm] = best.value.split(' ');
  }
  return table;
}

interface CliticSplit {
  suffix: string;
  words: string[];
}

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

function recase(text: string, words: string[]): string[] {
  if (text.length > 1 && text === text.toUpperCase() && LETTER.test(text)) return words.map((w) => w.toUpperCase());
  if (UPPER.test(text)) return [words[0].charAt(0).toUpperCase() + words[0].slice(1), ...words.slice(1)];
  return words;
}

export class MwtExpander {
  private readonly table: Map<string, string[]>;
  private readonly clitics: CliticSplit[];
  private readonly encliticRule: string;

  constructor(
    readonly lang: string,
    table: MwtTable,
  ) {
    this.table = new Map(Object.entries(table));
    this.clitics = readPackTsv(lang, 'mwt-clitics.tsv')
      .filter((r) => r[0] && r[1])
      .map(([suffix, words]) => ({ suffix, words: words.split(' ') }))
      .sort((a, b) => b.suffix.length - a.suffix.length);
    this.encliticRule = `${lang}:enclitic`;
  }

  /** The words of a token (surface casing kept), or undefined when it is a single word. */
  expand(text: string, norm = normForm(text)): string[] | undefined {
    const known = this.table.get(norm);
    if (known) return recase(text, known);
    if (this.clitics.length === 0 || norm.length < 5) return undefined;
    const first = lexiconHint(norm, this.lang).list[0];
    if (!first || first.rule !== this.encliticRule) return undefined;
    for (const c of this.clitics) {
      if (!norm.endsWith(c.suffix) || norm.length - c.suffix.length < 3) continue;
      return [text.slice(0, text.length - c.suffix.length), ...recase(text.slice(text.length - c.suffix.length), c.words)];
    }
    return undefined;
  }
}
