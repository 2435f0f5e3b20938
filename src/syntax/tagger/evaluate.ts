// Dev-set scores of a tagger with gold tokenization (every word, punctuation included, as the
// CoNLL 2018 scorer counts them) and of the multiword-token expansion.
import type { UdSentence } from '../../learn/ud.js';
import { MwtExpander } from '../mwt.js';
import { restrictFeats } from './feat-groups.js';
import { morphChoicesForWords } from './morph-choice.js';
import type { Tagger } from './tagger.js';
import { normForm } from './text.js';

export interface TaggerScores {
  words: number;
  upos: number;
  /** All predicted features right (the FEATS string restricted to them). */
  feats: number;
  uposFeats: number;
  lemma: number;
  /** UPOS accuracy on words whose form never occurs in training (when a training set is given). */
  unknownUpos?: number;
  unknownWords?: number;
  perFeature: Record<string, number>;
}

export function scoreTagger(tagger: Tagger, dev: UdSentence[], trainForms?: Set<string>): TaggerScores {
  let words = 0;
  let upos = 0;
  let feats = 0;
  let both = 0;
  let lemma = 0;
  let unk = 0;
  let unkRight = 0;
  const names = tagger.layout.names;
  const featRight = new Array<number>(names.length).fill(0);
  for (const s of dev) {
    // The morph readings of the surface tokens, as the pipeline gives them to the tagger.
    const morph = tagger.vocab.morphFeatures ? morphChoicesForWords(s, tagger.lang) : undefined;
    const out = tagger.tag(
      s.words.map((w) => w.form),
      morph,
    );
    for (let i = 0; i < s.words.length; i++) {
      const g = s.words[i];
      const p = out[i];
      words++;
      const uRight = p.upos === g.upos;
      const goldFeats = restrictFeats(tagger.layout, g.feats);
      const fRight = p.feats === goldFeats;
      if (uRight) upos++;
      if (fRight) feats++;
      if (uRight && fRight) both++;
      if (p.lemma === g.lemma) lemma++;
      if (trainForms && !trainForms.has(normForm(g.form))) {
        unk++;
        if (uRight) unkRight++;
      }
      const gv = new Map(goldFeats === '_' ? [] : goldFeats.split('|').map((x) => x.split('=') as [string, string]));
      const pv = new Map(p.feats === '_' ? [] : p.feats.split('|').map((x) => x.split('=') as [string, string]));
      for (let k = 0; k < names.length; k++) if (gv.get(names[k]) === pv.get(names[k])) featRight[k]++;
    }
  }
  const perFeature: Record<string, number> = {};
  names.forEach((n, k) => (perFeature[n] = round(featRight[k] / words)));
  return {
    words,
    upos: round(upos / words),
    feats: round(feats / words),
    uposFeats: round(both / words),
    lemma: round(lemma / words),
    ...(trainForms ? { unknownUpos: round(unkRight / Math.max(1, unk)), unknownWords: unk } : {}),
    perFeature,
  };
}

export interface MwtScores {
  /** Multiword tokens of the dev set, and how many were split into exactly the gold words. */
  mwtTokens: number;
  mwtCorrect: number;
  /** Single-word tokens wrongly split. */
  singleTokens: number;
  falseSplits: number;
  /** Tokens whose words are all right (single or multiword). */
  tokenAccuracy: number;
}

export function scoreMwt(expander: MwtExpander, dev: UdSentence[]): MwtScores {
  let mwt = 0;
  let right = 0;
  let single = 0;
  let falseSplits = 0;
  for (const s of dev) {
    for (const t of s.tokens) {
      const words = expander.expand(t.form);
      if (t.wordEnd - t.wordStart > 1) {
        mwt++;
        const gold = s.words.slice(t.wordStart, t.wordEnd).map((w) => normForm(w.form));
        if (words && words.length === gold.length && words.every((w, k) => normForm(w) === gold[k])) right++;
      } else {
        single++;
        if (words) falseSplits++;
      }
    }
  }
  return { mwtTokens: mwt, mwtCorrect: right, singleTokens: single, falseSplits, tokenAccuracy: round((right + single - falseSplits) / (mwt + single)) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
