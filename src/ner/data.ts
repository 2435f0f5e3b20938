// Training and dev instances from KIND files: each file is converted to gold documents (as
// `cronaca convert kind` does), the pipeline runs up to the entities stage, and the gold mentions
// become BIO labels over cronaca's own tokens. Features are therefore the ones the stage computes
// at run time, over the same tokenisation, tags and gazetteer matches.
import { convertKind } from '../convert/kind.js';
import { createDocument } from '../core/document.js';
import { STAGES } from '../core/pipeline.js';
import type { CronacaDocument } from '../core/types.js';
import type { GoldDocument } from '../gold/types.js';
import { entitiesStage, entityCandidates } from '../stages/entities/index.js';
import { type TokenFeatures, extractFeatures } from './features.js';
import { OUTSIDE, beginOf, nerTypeIndex } from './labels.js';

export interface NerDocument {
  id: string;
  features: TokenFeatures;
  /** Gold label per token. */
  labels: Int32Array;
  /** Token ranges [start, end) of the sentences. */
  sentences: [number, number][];
}

export interface AlignStats {
  mentions: number;
  /** Gold mentions whose ends fall on cronaca token boundaries. */
  aligned: number;
}

/**
 * The document as the entities stage sees it: every stage before entities has run, with the
 * models of `modelDir` (the tagger's UPOS are features, so train and run with the same folder).
 */
export function preEntityDocument(text: string, language: string, id: string, modelDir?: string): CronacaDocument {
  const doc = createDocument(text, { id, language });
  const upTo = STAGES.indexOf(entitiesStage);
  for (const stage of STAGES.slice(0, upTo)) stage.run(doc, { language, id, modelDir });
  return doc;
}

/** BIO labels from the gold mentions: a mention labels every token it overlaps that is still free. */
export function goldLabels(doc: CronacaDocument, gold: GoldDocument, stats?: AlignStats): Int32Array {
  const tokens = doc.tokens;
  const labels = new Int32Array(tokens.length);
  const starts = new Set(tokens.map((x) => x.start));
  const ends = new Set(tokens.map((x) => x.end));
  const mentions = (gold.entities ?? []).filter((e) => nerTypeIndex(e.type) >= 0).sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of mentions) {
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    let first = true;
    for (let k = t; k < tokens.length && tokens[k].start < m.end; k++) {
      if (labels[k] !== OUTSIDE) continue;
      labels[k] = beginOf(nerTypeIndex(m.type)) + (first ? 0 : 1);
      first = false;
    }
    if (stats) {
      stats.mentions++;
      if (starts.has(m.start) && ends.has(m.end)) stats.aligned++;
    }
  }
  return labels;
}

export function nerDocument(gold: GoldDocument, modelDir?: string, stats?: AlignStats): NerDocument {
  const doc = preEntityDocument(gold.text, gold.language, gold.id, modelDir);
  const features = extractFeatures(entityCandidates(doc));
  return {
    id: gold.id,
    features,
    labels: goldLabels(doc, gold, stats),
    sentences: doc.sentences.map((s) => [s.tokenStart, s.tokenEnd]),
  };
}

/** Every document of the KIND files, in file order. */
export function readKindDocuments(files: string[], language: string, modelDir?: string, stats?: AlignStats): NerDocument[] {
  const out: NerDocument[] = [];
  for (const file of files) {
    for (const gold of convertKind(file, { language })) out.push(nerDocument(gold, modelDir, stats));
  }
  return out;
}
