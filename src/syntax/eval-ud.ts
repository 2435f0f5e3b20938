// `cronaca eval --ud FILE`: the tagger and parser on a UD treebank with gold tokenization: the
// tagger tags the gold words, the parser parses the predicted tags. Scores follow the CoNLL 2018
// scorer: every word (punctuation included), LAS on the universal part of the label.
import { basename } from 'node:path';
import { readConllu, type UdSentence } from '../learn/ud.js';
import { syntaxModels } from '../stages/syntax/models.js';
import { resolveModelDir } from './model-dir.js';
import { restrictFeats } from './tagger/feat-groups.js';
import { morphChoicesForWords } from './tagger/morph-choice.js';
import type { ParseResult } from './parser/parser.js';
import { universalLabel } from './parser/treebank.js';
import type { TaggedWord } from './types.js';

export interface UdScores {
  file: string;
  lang: string;
  sentences: number;
  words: number;
  upos: number;
  /** The whole FEATS string right, over the features the tagger predicts. */
  feats: number;
  lemma: number;
  /** null when no parser model is loaded. */
  uas: number | null;
  las: number | null;
  /** LAS with the full label (subtypes must match). */
  lasFull: number | null;
  /** Per universal relation: gold count, recall of head+label, precision. */
  perRelation: Record<string, { gold: number; predicted: number; recall: number; precision: number }>;
  /** Parser throughput on the predicted tags (tagger excluded, second pass), words per CPU second. */
  parserWordsPerSecond: number | null;
}

export interface Tagging {
  /** `morph`: the morph stage's UPOS index per word (morph-choice.ts), as the pipeline passes it. */
  tag(forms: readonly string[], morph?: Int32Array): TaggedWord[];
}
export interface Parsing {
  parse(words: TaggedWord[]): ParseResult;
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/** The language from a UD file name ("it_isdt-ud-dev.conllu" -> "it"). */
export function langFromUdFile(path: string): string | undefined {
  const m = /^([a-z]{2,3})_/.exec(basename(path));
  return m?.[1];
}

export function scoreUd(
  sentences: UdSentence[],
  tagger: Tagging,
  parser: Parsing | undefined,
  info: { file: string; lang: string; goldFeats?: (feats: string) => string },
): UdScores {
  const goldFeats = info.goldFeats ?? ((f: string) => f);
  let words = 0, upos = 0, feats = 0, lemma = 0, heads = 0, las = 0, lasFull = 0;
  const allTagged: TaggedWord[][] = [];
  const rel = new Map<string, { gold: number; predicted: number; right: number }>();
  const relOf = (r: string) => {
    let e = rel.get(r);
    if (!e) rel.set(r, (e = { gold: 0, predicted: 0, right: 0 }));
    return e;
  };
  for (const s of sentences) {
    const tagged = tagger.tag(s.words.map((w) => w.form), morphChoicesForWords(s, info.lang));
    allTagged.push(tagged);
    const parsed = parser?.parse(tagged);
    for (let i = 0; i < s.words.length; i++) {
      const g = s.words[i];
      const p = tagged[i];
      words++;
      if (p.upos === g.upos) upos++;
      if (p.feats === goldFeats(g.feats)) feats++;
      if (p.lemma === g.lemma) lemma++;
      if (!parsed) continue;
      const gr = universalLabel(g.deprel);
      const pr = universalLabel(parsed.deprels[i]);
      relOf(gr).gold++;
      relOf(pr).predicted++;
      if (parsed.heads[i] !== g.head) continue;
      heads++;
      if (pr === gr) {
        las++;
        relOf(gr).right++;
      }
      if (parsed.deprels[i] === g.deprel) lasFull++;
    }
  }
  // Throughput of a second, warm pass (the first one compiled the code).
  let parseMicros = 0;
  if (parser) {
    const t0 = process.cpuUsage();
    for (const t of allTagged) parser.parse(t);
    const t = process.cpuUsage(t0);
    parseMicros = t.user + t.system;
  }
  const d = Math.max(1, words);
  const perRelation: UdScores['perRelation'] = {};
  for (const [r, e] of [...rel.entries()].sort((a, b) => b[1].gold - a[1].gold)) {
    perRelation[r] = { gold: e.gold, predicted: e.predicted, recall: round4(e.gold ? e.right / e.gold : 0), precision: round4(e.predicted ? e.right / e.predicted : 0) };
  }
  return {
    file: info.file,
    lang: info.lang,
    sentences: sentences.length,
    words,
    upos: round4(upos / d),
    feats: round4(feats / d),
    lemma: round4(lemma / d),
    uas: parser ? round4(heads / d) : null,
    las: parser ? round4(las / d) : null,
    lasFull: parser ? round4(lasFull / d) : null,
    perRelation: parser ? perRelation : {},
    parserWordsPerSecond: parser && parseMicros > 0 ? Math.round(words / (parseMicros / 1e6)) : null,
  };
}

/** Reads the file, loads the models of `lang` and scores; throws with a clear message on problems. */
export function evaluateUdFile(path: string, lang: string | undefined, modelDir?: string): UdScores {
  const code = lang ?? langFromUdFile(path);
  if (!code) throw new Error(`${path}: cannot tell the language from the file name; pass --lang`);
  const sentences = readConllu(path);
  if (sentences.length === 0) throw new Error(`${path}: no sentences`);
  const dir = resolveModelDir(modelDir);
  const m = syntaxModels(code, dir);
  if (!m.tagger) throw new Error(`cannot score ${path}: ${m.problems.join('; ')}`);
  const layout = m.tagger.layout;
  return scoreUd(sentences, m.tagger, m.parser, { file: path, lang: code, goldFeats: (f) => restrictFeats(layout, f) });
}

const pct = (x: number | null): string => (x === null ? '    –' : (x * 100).toFixed(2).padStart(6));

export function formatUdTable(s: UdScores): string {
  const lines = [
    `== UD ${s.file} (${s.lang}): ${s.sentences} sentences, ${s.words} words, gold tokenization`,
    `  UPOS        ${pct(s.upos)}`,
    `  FEATS       ${pct(s.feats)}`,
    `  lemma       ${pct(s.lemma)}`,
    `  UAS         ${pct(s.uas)}`,
    `  LAS         ${pct(s.las)}   (with subtypes ${pct(s.lasFull)})`,
  ];
  if (s.parserWordsPerSecond !== null) lines.push(`  parser speed ${s.parserWordsPerSecond} words/CPU-second (tagger excluded)`);
  const rels = Object.entries(s.perRelation);
  if (rels.length) {
    lines.push('  per relation (head and label right):');
    for (const [r, e] of rels) lines.push(`    ${r.padEnd(12)} R ${pct(e.recall)}  P ${pct(e.precision)}   (gold ${e.gold}, predicted ${e.predicted})`);
  }
  return lines.join('\n') + '\n';
}
