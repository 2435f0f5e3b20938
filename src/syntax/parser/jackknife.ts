// Jackknifed training tags: the treebank is cut into k folds and each fold is tagged by a tagger
// trained on the other folds, so the parser learns from tags as wrong as the ones it will see at
// run time (on unseen text) instead of gold tags.
import type { UdSentence } from '../../learn/ud.js';
import { trainTagger } from '../tagger/train.js';
import type { TaggedWord } from '../types.js';

export interface JackknifeOptions {
  lang: string;
  folds: number;
  iterations: number;
  seed: number;
  log?: (line: string) => void;
}

/** Predicted tags for every sentence of `train`, in order. Sentence i is in fold i mod k. */
export function jackknifeTags(train: UdSentence[], o: JackknifeOptions): TaggedWord[][] {
  if (!Number.isInteger(o.folds) || o.folds < 2) throw new Error(`jackknifing needs at least 2 folds, got ${o.folds}`);
  const out: TaggedWord[][] = new Array<TaggedWord[]>(train.length);
  for (let fold = 0; fold < o.folds; fold++) {
    const started = Date.now();
    const rest = train.filter((_, i) => i % o.folds !== fold);
    const tagger = trainTagger(rest, { lang: o.lang, iterations: o.iterations, seed: o.seed + fold });
    let words = 0;
    let right = 0;
    for (let i = fold; i < train.length; i += o.folds) {
      const s = train[i];
      out[i] = tagger.tag(s.words.map((w) => w.form));
      for (let j = 0; j < s.words.length; j++) if (out[i][j].upos === s.words[j].upos) right++;
      words += s.words.length;
    }
    o.log?.(`  tags of fold ${fold + 1}/${o.folds}: UPOS ${(right / Math.max(1, words)).toFixed(4)} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  return out;
}
