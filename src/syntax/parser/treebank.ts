// UD sentences as parser examples, and attachment scores (CoNLL 2018 convention: every word,
// punctuation included; LAS compares the universal part of the label, nmod:poss = nmod).
import type { UdSentence } from '../../learn/ud.js';
import type { TaggedWord } from '../types.js';
import type { ParseResult } from './parser.js';
import type { TreeExample } from './train.js';

export function toTaggedWords(s: UdSentence): TaggedWord[] {
  return s.words.map((w) => ({ form: w.form, lemma: w.lemma, upos: w.upos, feats: w.feats }));
}

export function toExample(s: UdSentence, words: TaggedWord[] = toTaggedWords(s)): TreeExample {
  return { words, heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel) };
}

export const universalLabel = (deprel: string): string => {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
};

export interface AttachmentScores {
  words: number;
  uas: number;
  las: number;
  /** LAS with the full label (subtypes must match too). */
  lasFull: number;
}

export class AttachmentTally {
  words = 0;
  heads = 0;
  labelled = 0;
  labelledFull = 0;

  add(gold: TreeExample, parsed: ParseResult): void {
    for (let i = 0; i < gold.heads.length; i++) {
      this.words++;
      if (parsed.heads[i] !== gold.heads[i]) continue;
      this.heads++;
      if (universalLabel(parsed.deprels[i]) === universalLabel(gold.deprels[i])) this.labelled++;
      if (parsed.deprels[i] === gold.deprels[i]) this.labelledFull++;
    }
  }

  scores(): AttachmentScores {
    const d = Math.max(1, this.words);
    return { words: this.words, uas: this.heads / d, las: this.labelled / d, lasFull: this.labelledFull / d };
  }
}
