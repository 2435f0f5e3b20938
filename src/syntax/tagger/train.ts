// Trains a tagger from UD sentences: dictionaries and tables by counting, then a few epochs of the
// two perceptrons over the sentences in a seeded shuffled order. Deterministic for a given seed.
import { AveragedPerceptron } from '../../learn/averaged-perceptron.js';
import { seededRandom, shuffleInPlace } from '../../learn/prng.js';
import { mostFrequent } from '../../learn/counts.js';
import type { UdSentence } from '../../learn/ud.js';
import { learnMwtTable } from '../mwt.js';
import { buildLayout, encodeFeats, restrictFeats } from './feat-groups.js';
import { learnLemmaTables } from './lemma-rules.js';
import { morphChoicesForWords } from './morph-choice.js';
import { UPOS_TAGS } from './lexicon-hints.js';
import { Tagger, type TaggerVocab } from './tagger.js';
import { normForm } from './text.js';

export interface TrainTaggerOptions {
  lang: string;
  iterations: number;
  seed: number;
  /** Drop weight rows whose largest weight is below this after averaging (model size). */
  pruneBelow?: number;
  log?: (line: string) => void;
}

const TAG_DICT_MIN_COUNT = 20;
const TAG_DICT_MIN_SHARE = 0.99;
const FEATS_DICT_MIN_COUNT = 10;
const FEATS_DICT_MIN_SHARE = 0.99;

function countInto<K>(m: Map<K, Map<string, number>>, key: K, value: string): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Map()));
  c.set(value, (c.get(value) ?? 0) + 1);
}

/** Keys whose most frequent value has at least minCount occurrences and minShare of the total. */
function unambiguous(m: Map<string, Map<string, number>>, minCount: number, minShare: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of [...m.keys()].sort()) {
    const best = mostFrequent(m.get(key)!);
    if (best.total >= minCount && best.count / best.total >= minShare) out.set(key, best.value);
  }
  return out;
}

export function buildVocab(lang: string, train: UdSentence[]): TaggerVocab {
  const uposIndex = new Map(UPOS_TAGS.map((t, i) => [t, i]));
  const layout = buildLayout(train.flatMap((s) => s.words.map((w) => w.feats)));
  const tagCounts = new Map<string, Map<string, number>>();
  const featsCounts = new Map<string, Map<string, number>>();
  const combos = UPOS_TAGS.map(() => new Set<string>());
  for (const s of train) {
    for (const w of s.words) {
      const norm = normForm(w.form);
      const u = uposIndex.get(w.upos);
      if (u === undefined) throw new Error(`unknown UPOS "${w.upos}" in sentence ${s.id ?? '?'}`);
      countInto(tagCounts, norm, String(u));
      const f = restrictFeats(layout, w.feats);
      countInto(featsCounts, `${norm}\t${u}`, f);
      combos[u].add(f);
    }
  }
  const tagDict: Record<string, number> = {};
  for (const [k, v] of unambiguous(tagCounts, TAG_DICT_MIN_COUNT, TAG_DICT_MIN_SHARE)) tagDict[k] = Number(v);
  const featsDict: Record<string, string> = {};
  for (const [k, v] of unambiguous(featsCounts, FEATS_DICT_MIN_COUNT, FEATS_DICT_MIN_SHARE)) featsDict[k] = v;
  const lemma = learnLemmaTables(
    (function* () {
      for (const s of train) for (const w of s.words) yield { form: w.form, norm: normForm(w.form), upos: w.upos, lemma: w.lemma };
    })(),
  );
  return {
    lang,
    upos: UPOS_TAGS,
    featNames: layout.names,
    featValues: layout.values,
    combos: combos.map((c) => [...c].sort()),
    tagDict,
    featsDict,
    lemma,
    mwt: learnMwtTable(train),
    morphFeatures: true,
  };
}

export function trainTagger(train: UdSentence[], o: TrainTaggerOptions): Tagger {
  const vocab = buildVocab(o.lang, train);
  const nFeatSlots = vocab.featValues.reduce((a, v) => a + v.length, 0);
  const trainer = new Tagger(vocab, new AveragedPerceptron(UPOS_TAGS.length, 1 << 18), new AveragedPerceptron(nFeatSlots, 1 << 18));
  const uposIndex = new Map(UPOS_TAGS.map((t, i) => [t, i]));
  const gold = train.map((s) => ({
    forms: s.words.map((w) => w.form),
    upos: Int32Array.from(s.words.map((w) => uposIndex.get(w.upos)!)),
    feats: s.words.map((w) => encodeFeats(trainer.layout, w.feats)),
    morph: vocab.morphFeatures ? morphChoicesForWords(s, o.lang) : undefined,
  }));
  const random = seededRandom(o.seed);
  const order = gold.map((_, i) => i);
  for (let it = 0; it < o.iterations; it++) {
    shuffleInPlace(order, random);
    let correct = 0;
    let total = 0;
    for (const k of order) {
      const g = gold[k];
      const n = g.forms.length;
      const tags = new Int32Array(n);
      trainer.prepare(g.forms, g.morph);
      trainer.trainUpos(tags, g.upos);
      for (let i = 0; i < n; i++) if (tags[i] === g.upos[i]) correct++;
      total += n;
      trainer.trainFeats(g.upos, g.feats);
    }
    o.log?.(`iteration ${it + 1}/${o.iterations}: train UPOS ${(correct / total).toFixed(4)}`);
  }
  trainer.uposModel.average();
  trainer.featsModel.average();
  if (o.pruneBelow) {
    trainer.uposModel.prune(o.pruneBelow);
    trainer.featsModel.prune(o.pruneBelow);
  }
  return new Tagger(vocab, trainer.uposModel, trainer.featsModel);
}
