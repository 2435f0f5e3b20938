// Greedy left-to-right tagger: UPOS by one averaged perceptron, then the predicted UD features by a
// second one (one slot block per feature), then the lemma (treebank forms, the morph lexicon,
// learned suffix rules). Frequent unambiguous words skip the classifiers (tag dictionaries).
// Training scores with the float perceptrons; tagging with their saved int16 weights (int-weights.ts)
// summed as integers, so partial scores can be cached (per form, per neighbour role, per tag pair)
// and still give exactly the scores of all the features added at once.
import { AveragedPerceptron, perceptronClasses } from '../../learn/averaged-perceptron.js';
import type { TaggedWord } from '../types.js';
import { decodeFeats, encodeFeats, layoutFrom, type FeatLayout } from './feat-groups.js';
import {
  auxBefore,
  featsFeatures,
  featsTagFeatures,
  featsTagKey,
  featsWordContextFeatures,
  NO_TAG,
  verbBefore,
  featsWordFeatures,
  MAX_FEATURES,
  NO_MORPH,
  ownKey,
  PAIR_KINDS,
  ROLE_NEXT,
  ROLE_NEXT2,
  ROLE_PREV,
  ROLE_PREV2,
  SentenceContext,
  uposContextFeatures,
  uposFeatures,
  uposOwnFeatures,
  uposPairArgs,
  uposPairFeatures,
  uposRoleFeatures,
  wordInfo,
  type KnownFeats,
  type WordInfo,
} from './features.js';
import { IntWeights } from './int-weights.js';
import { morphChoices } from './morph-choice.js';
import { applyLemmaRule, suffixRule, type LemmaTables } from './lemma-rules.js';
import { lexiconHint, lexiconLemma, UPOS_TAGS, type LexiconHint } from './lexicon-hints.js';
import type { MwtTable } from '../mwt.js';

/** Everything but the weights: class lists, dictionaries, lemma and multiword tables (JSON in the model file). */
export interface TaggerVocab {
  lang: string;
  upos: string[];
  featNames: string[];
  featValues: string[][];
  /** combos[u]: the FEATS strings (predicted features only) seen with UPOS u in training; decoding picks one. */
  combos: string[][];
  /** Normalised form -> UPOS index, for frequent forms with one tag. */
  tagDict: Record<string, number>;
  /** "norm\tUPOS index" -> FEATS string, for frequent (form, UPOS) pairs with one feature set. */
  featsDict: Record<string, string>;
  lemma: LemmaTables;
  mwt: MwtTable;
  /** The UPOS classifier also reads the morph stage's reading of the sentence (morph-choice.ts). */
  morphFeatures?: boolean;
}

export interface TagOutput {
  upos: Int32Array;
  feats: string[];
  lemmas: string[];
  /** Per word, the runner-up UPOS index (-1 when the tag dictionary settled the word) ... */
  runnerUp: Int32Array;
  /** ... and how far below the best tag it scored (in the perceptron's score units). */
  margin: Float32Array;
}

const MAX_CACHED_FORMS = 100_000;

/**
 * A runner-up tag scoring within this margin of the best one goes out with the word (for the
 * parser). On the UD dev sets about three quarters of the wrong tags have a margin below it, and
 * about a tenth of the right ones; among the wrong ones the runner-up is the right tag in 73%.
 */
export const RUNNER_UP_MARGIN = 40;

export class Tagger {
  readonly lang: string;
  readonly layout: FeatLayout;
  private readonly tagDict: Map<string, number>;
  /** featsDict as value indices per group, with the FEATS string. */
  private readonly featsDict: Map<string, KnownFeats>;
  /** Per UPOS, the feature combinations as value indices, groups consecutive: combo k = [k*groups, (k+1)*groups). */
  private readonly comboValues: Int32Array[];
  /** The same with each value as its slot in the classifier's output (offset of its group + value), varying groups only. */
  private readonly comboSlots: Int32Array[];
  /** Number of varying groups per UPOS (the width of a combination in comboSlots). */
  private readonly comboWidth: number[];
  /** The FEATS string of each combination. */
  private readonly comboText: string[][];
  /** UPOS indices whose words never carry a predicted feature. */
  private readonly featureless: Uint8Array;
  private readonly lemmaKnown: Map<string, string>;
  private readonly lemmaSuffixes: Map<string, string>;
  private readonly ctx = new SentenceContext();
  private readonly fbuf = new Int32Array(MAX_FEATURES);
  private readonly uscores: Float32Array;
  private readonly fscores: Float32Array;
  /** Run-time weights (int16 sums) and caches of partial UPOS scores, built on first use. */
  private uposWeights?: IntWeights;
  private featsWeights?: IntWeights;
  private readonly acc: Int32Array;
  private readonly facc: Int32Array;
  private readonly pairArgs = new Int32Array(PAIR_KINDS * 2);
  /** Per pair kind: partial scores of each (a, b) combination (a, b < 32), and whether computed. */
  private readonly pairScores: Int32Array[];
  private readonly pairDone: Uint8Array[];
  /** Partial feature-classifier scores of the tag-only templates, by featsTagKey. */
  private readonly featsTagScores = new Map<number, Int32Array>();
  private readonly genderGroup: number;
  private readonly numberGroup: number;
  private readonly info: (form: string) => WordInfo;
  private scratch = { upos: new Int32Array(0), runnerUp: new Int32Array(0), margin: new Float32Array(0), feats: [] as string[] };
  private readonly infoCache = new Map<string, WordInfo>();

  /** The UPOS perceptron (decoded from the model file on first use: training and saving only). */
  get uposModel(): AveragedPerceptron {
    if (Buffer.isBuffer(this.uposSource)) this.uposSource = AveragedPerceptron.fromBuffer(this.uposSource);
    return this.uposSource;
  }

  /** The FEATS perceptron, likewise. */
  get featsModel(): AveragedPerceptron {
    if (Buffer.isBuffer(this.featsSource)) this.featsSource = AveragedPerceptron.fromBuffer(this.featsSource);
    return this.featsSource;
  }

  /**
   * `upos` and `feats` are the trained perceptrons, or their saved forms (a model file): tagging
   * builds its tables from those directly, and the float perceptrons are decoded only if training
   * or saving asks for them.
   */
  constructor(
    readonly vocab: TaggerVocab,
    private uposSource: AveragedPerceptron | Buffer,
    private featsSource: AveragedPerceptron | Buffer,
  ) {
    const uposClasses = perceptronClasses(uposSource);
    const featsClasses = perceptronClasses(featsSource);
    // From a model file the tables are built now: a malformed file fails while loading, not mid-run.
    if (Buffer.isBuffer(uposSource)) this.uposWeights = new IntWeights(uposSource);
    if (Buffer.isBuffer(featsSource)) this.featsWeights = new IntWeights(featsSource);
    this.lang = vocab.lang;
    this.layout = layoutFrom(vocab.featNames, vocab.featValues);
    this.tagDict = new Map(Object.entries(vocab.tagDict));
    this.featsDict = new Map(
      Object.entries(vocab.featsDict).map(([k, f]) => {
        const values = encodeFeats(this.layout, f);
        return [k, { values, text: decodeFeats(this.layout, values) }];
      }),
    );
    this.comboValues = vocab.upos.map((_, u) => {
      const list = vocab.combos[u] ?? [];
      const groups = this.layout.names.length;
      const arr = new Int32Array(list.length * groups);
      list.forEach((f, k) => arr.set(encodeFeats(this.layout, f), k * groups));
      return arr;
    });
    // Groups whose value is the same in every combination of a UPOS add the same to every
    // combination's score: only the others are summed when decoding (integer sums: same argmax).
    const groups = this.layout.names.length;
    this.comboSlots = [];
    this.comboWidth = [];
    for (const values of this.comboValues) {
      const combos = values.length / groups;
      const varying = this.layout.names.map((_, g) => g).filter((g) => values.some((v, at) => at % groups === g && v !== values[g]));
      const slots = new Int32Array(combos * varying.length);
      for (let k = 0; k < combos; k++) varying.forEach((g, m) => (slots[k * varying.length + m] = this.layout.offsets[g] + values[k * groups + g]));
      this.comboSlots.push(slots);
      this.comboWidth.push(varying.length);
    }
    this.comboText = this.comboValues.map((values) => {
      const groups = this.layout.names.length;
      return Array.from({ length: values.length / groups }, (_, k) => decodeFeats(this.layout, values.subarray(k * groups, (k + 1) * groups)));
    });
    this.featureless = Uint8Array.from(vocab.upos.map((_, u) => ((vocab.combos[u] ?? []).every((f) => f === '_') ? 1 : 0)));
    this.lemmaKnown = new Map(Object.entries(vocab.lemma.known));
    this.lemmaSuffixes = new Map(Object.entries(vocab.lemma.suffixes));
    this.uscores = new Float32Array(uposClasses);
    this.fscores = new Float32Array(featsClasses);
    this.acc = new Int32Array(uposClasses);
    this.facc = new Int32Array(featsClasses);
    this.pairScores = Array.from({ length: PAIR_KINDS }, () => new Int32Array(32 * 32 * uposClasses));
    this.pairDone = Array.from({ length: PAIR_KINDS }, () => new Uint8Array(32 * 32));
    if (this.layout.values.some((v) => v.length >= 32)) throw new Error('tagger model: a feature has 32 values or more');
    this.genderGroup = this.layout.names.indexOf('Gender');
    this.numberGroup = this.layout.names.indexOf('Number');
    const lang = vocab.lang;
    const hint = (norm: string) => lexiconHint(norm, lang);
    this.info = (form) => {
      let x = this.infoCache.get(form);
      if (!x) {
        if (this.infoCache.size >= MAX_CACHED_FORMS) this.infoCache.clear();
        x = wordInfo(form, hint);
        this.infoCache.set(form, x);
      }
      return x;
    };
  }

  /** Tags one sentence of word forms; `morph` as in tagArrays (it may be longer than `forms`). */
  tag(forms: readonly string[], morph?: Int32Array): TaggedWord[] {
    const n = forms.length;
    // The per-word arrays of tagArrays, reused between sentences (the words carry the results out).
    let s = this.scratch;
    if (s.upos.length < n) {
      const cap = Math.max(n, 2 * s.upos.length);
      s = this.scratch = { upos: new Int32Array(cap), runnerUp: new Int32Array(cap), margin: new Float32Array(cap), feats: new Array<string>(cap).fill('') };
    }
    const { upos, runnerUp, margin, feats } = s;
    this.decode(forms, morph, upos, runnerUp, margin, feats);
    const tags = this.vocab.upos;
    const words: TaggedWord[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const u = upos[i];
      // alt and altMargin are always present (undefined when the runner-up is not close): one object shape.
      const close = runnerUp[i] >= 0 && margin[i] < RUNNER_UP_MARGIN;
      words[i] = {
        form: forms[i],
        lemma: this.lemmaOf(i, forms[i], u),
        upos: tags[u],
        feats: feats[i],
        alt: close ? tags[runnerUp[i]] : undefined,
        altMargin: close ? margin[i] : undefined,
      };
    }
    return words;
  }

  /** `morph`: the morph stage's UPOS index per word (morph-choice.ts), when the caller has it. */
  tagArrays(forms: readonly string[], morph?: Int32Array): TagOutput {
    const n = forms.length;
    const upos = new Int32Array(n);
    const runnerUp = new Int32Array(n);
    const margin = new Float32Array(n);
    const feats = new Array<string>(n);
    this.decode(forms, morph, upos, runnerUp, margin, feats);
    const lemmas = new Array<string>(n);
    for (let i = 0; i < n; i++) lemmas[i] = this.lemmaOf(i, forms[i], upos[i]);
    return { upos, feats, lemmas, runnerUp, margin };
  }

  /** Fills the context with the sentence and decodes its UPOS (with runner-ups) and FEATS into the arrays. */
  private decode(forms: readonly string[], morph: Int32Array | undefined, upos: Int32Array, runnerUp: Int32Array, margin: Float32Array, feats: string[]): void {
    this.prepare(forms, morph);
    this.decodeUpos(upos, runnerUp, margin);
    this.decodeFeatures(upos, feats);
  }

  /** The lemma of word i of the filled context read as UPOS u, cached per form and UPOS. */
  private lemmaOf(i: number, form: string, u: number): string {
    const x = this.ctx.infos[i];
    let lemma = x.lemmas?.[u];
    if (lemma === undefined) {
      lemma = this.lemmatize(form, x.norm, x.hint, this.vocab.upos[u]);
      (x.lemmas ??= [])[u] = lemma;
    }
    return lemma;
  }

  /** Training: greedy UPOS over the filled context, the model updated after each word against `gold`. */
  trainUpos(tags: Int32Array, gold: Int32Array): void {
    const ctx = this.ctx;
    const model = this.uposModel;
    const scores = this.uscores;
    for (let i = 0; i < ctx.n; i++) {
      const known = this.tagDict.get(ctx.norms[i]);
      if (known !== undefined) {
        tags[i] = known;
        continue;
      }
      const nf = uposFeatures(ctx, i, tags, this.fbuf);
      model.score(this.fbuf, nf, scores);
      let best = 0;
      for (let c = 1; c < model.nClasses; c++) if (scores[c] > scores[best]) best = c;
      model.update(gold[i], best, this.fbuf, nf);
      model.tick();
      tags[i] = best;
    }
  }

  /**
   * Run-time UPOS: the same features as in training, scored as integer sums, most of them from
   * caches: the word's own features per form, a neighbour's per form and role, tag pairs per pair.
   */
  private decodeUpos(tags: Int32Array, runnerUp: Int32Array, margin: Float32Array): void {
    const ctx = this.ctx;
    const n = ctx.n;
    const W = (this.uposWeights ??= new IntWeights(this.uposSource));
    const nc = W.nClasses;
    const acc = this.acc;
    const fbuf = this.fbuf;
    const args = this.pairArgs;
    for (let i = 0; i < n; i++) {
      const x = ctx.infos[i];
      let known = x.dictTag;
      if (known === undefined) x.dictTag = known = this.tagDict.get(x.norm) ?? -1;
      if (known >= 0) {
        tags[i] = known;
        runnerUp[i] = -1;
        continue;
      }
      const key = ownKey(ctx, i);
      let own = x.own;
      if (!own || x.ownKey !== key) {
        own = x.own ??= new Int32Array(nc);
        own.fill(0);
        W.add(fbuf, uposOwnFeatures(ctx, i, fbuf), own);
        x.ownKey = key;
      }
      acc.set(own);
      this.addRole(W, ROLE_PREV, i - 1);
      this.addRole(W, ROLE_PREV2, i - 2);
      this.addRole(W, ROLE_NEXT, i + 1);
      this.addRole(W, ROLE_NEXT2, i + 2);
      uposPairArgs(ctx, i, tags, args);
      for (let k = 0; k < PAIR_KINDS; k++) {
        const idx = args[2 * k] * 32 + args[2 * k + 1];
        const table = this.pairScores[k];
        if (!this.pairDone[k][idx]) {
          W.add(fbuf, uposPairFeatures(k, args[2 * k], args[2 * k + 1], fbuf), table, idx * nc);
          this.pairDone[k][idx] = 1;
        }
        const at = idx * nc;
        for (let c = 0; c < nc; c++) acc[c] += table[at + c];
      }
      W.add(fbuf, uposContextFeatures(ctx, i, tags, fbuf), acc);
      let best = 0;
      let second = -1;
      for (let c = 1; c < nc; c++) {
        if (acc[c] > acc[best]) {
          second = best;
          best = c;
        } else if (second < 0 || acc[c] > acc[second]) second = c;
      }
      tags[i] = best;
      runnerUp[i] = second;
      margin[i] = second < 0 ? 0 : (acc[best] - acc[second]) * W.scale;
    }
  }

  /** Training: the FEATS model updated word by word against `gold` (value indices per word and group). */
  trainFeats(tags: Int32Array, gold: Int32Array[]): void {
    const ctx = this.ctx;
    const layout = this.layout;
    const groups = layout.names.length;
    const values = new Int32Array(groups);
    let prevAgr = 0;
    for (let i = 0; i < ctx.n; i++) {
      const u = tags[i];
      if (!this.featureless[u]) {
        const nf = featsFeatures(ctx, i, tags, prevAgr, this.fbuf);
        const fs = this.fscores;
        this.featsModel.score(this.fbuf, nf, fs);
        // Joint decoding: the best combination seen in training, so the features agree with each other.
        const combos = this.comboValues[u];
        let bestAt = 0;
        let bestScore = -Infinity;
        for (let at = 0; at < combos.length; at += groups) {
          let sc = 0;
          for (let g = 0; g < groups; g++) sc += fs[layout.offsets[g] + combos[at + g]];
          if (sc > bestScore) {
            bestScore = sc;
            bestAt = at;
          }
        }
        for (let g = 0; g < groups; g++) {
          values[g] = combos.length ? combos[bestAt + g] : 0;
          this.featsModel.update(layout.offsets[g] + gold[i][g], layout.offsets[g] + values[g], this.fbuf, nf);
        }
        this.featsModel.tick();
      }
      prevAgr = this.agreement(gold[i], 0);
    }
  }

  /** Gender and number of a value-index vector (at offset `at`) as one small int. */
  private agreement(values: Int32Array, at: number): number {
    return (this.genderGroup >= 0 ? values[at + this.genderGroup] : 0) * 8 + (this.numberGroup >= 0 ? values[at + this.numberGroup] : 0);
  }

  /** Adds to acc the features of word j (maybe outside the sentence) in a role, cached per form. */
  private addRole(W: IntWeights, role: number, j: number): void {
    const ctx = this.ctx;
    const acc = this.acc;
    const fbuf = this.fbuf;
    if (j < 0 || j >= ctx.n) {
      W.add(fbuf, uposRoleFeatures(ctx, role, j, fbuf), acc);
      return;
    }
    const nc = W.nClasses;
    const y = ctx.infos[j];
    let roles = y.roles;
    if (!roles) {
      roles = y.roles = new Int32Array(4 * nc);
      for (let r = 0; r < 4; r++) W.add(fbuf, uposRoleFeatures(ctx, r, j, fbuf), roles, r * nc);
    }
    const at = role * nc;
    for (let c = 0; c < nc; c++) acc[c] += roles[at + c];
  }

  /**
   * Run-time FEATS: the feature dictionary, else the same joint decoding as in training, scored as
   * integer sums with cached parts (the word's own features per form and UPOS, tag-only templates).
   */
  private decodeFeatures(tags: Int32Array, out: string[]): void {
    const ctx = this.ctx;
    const groups = this.layout.names.length;
    const slots = this.layout.total;
    const W = (this.featsWeights ??= new IntWeights(this.featsSource));
    const fs = this.facc;
    const fbuf = this.fbuf;
    let prevAgr = 0;
    for (let i = 0; i < ctx.n; i++) {
      const u = tags[i];
      const x = ctx.infos[i];
      let known = x.featsKnown?.[u];
      if (known === undefined) {
        known = this.featsDict.get(`${x.norm}\t${u}`) ?? null;
        (x.featsKnown ??= [])[u] = known;
      }
      if (known) {
        prevAgr = this.agreement(known.values, 0);
        out[i] = known.text;
        continue;
      }
      if (this.featureless[u]) {
        prevAgr = 0;
        out[i] = '_';
        continue;
      }
      x.featsStatic ??= [];
      let own = x.featsStatic[u];
      if (!own) {
        own = new Int32Array(slots);
        W.add(fbuf, featsWordFeatures(ctx, i, u, fbuf), own);
        x.featsStatic[u] = own;
      }
      fs.set(own);
      // featsContextFeatures, in two parts: the tag-only templates' scores are cached.
      const u1 = i >= 1 ? tags[i - 1] : NO_TAG;
      const u2 = i >= 2 ? tags[i - 2] : NO_TAG;
      const un = i + 1 < ctx.n ? tags[i + 1] : NO_TAG;
      const vb = verbBefore(i, tags);
      const key = featsTagKey(u, u1, u2, un, prevAgr, vb);
      let part = this.featsTagScores.get(key);
      if (!part) {
        if (this.featsTagScores.size >= MAX_CACHED_FORMS) this.featsTagScores.clear();
        part = new Int32Array(slots);
        W.add(fbuf, featsTagFeatures(u, u1, u2, un, prevAgr, vb, fbuf), part);
        this.featsTagScores.set(key, part);
      }
      for (let k = 0; k < slots; k++) fs[k] += part[k];
      W.add(fbuf, featsWordContextFeatures(ctx, i, u, un, auxBefore(ctx, i, tags), vb, fbuf), fs);
      const comboSlots = this.comboSlots[u];
      const width = this.comboWidth[u];
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0, at = 0; at < comboSlots.length; k++, at += width) {
        let sc = 0;
        for (let g = 0; g < width; g++) sc += fs[comboSlots[at + g]];
        if (sc > bestScore) {
          bestScore = sc;
          best = k;
        }
      }
      prevAgr = this.agreement(this.comboValues[u], best * groups);
      out[i] = this.comboText[u][best];
    }
  }

  lemmatize(form: string, norm: string, hint: LexiconHint, upos: string): string {
    const rule = this.lemmaKnown.get(`${norm}\t${upos}`);
    if (rule !== undefined) {
      const known = applyLemmaRule(form, rule);
      // A verb the treebank left as its own lemma ("escluso" in ISDT, a participle used as an
      // adjective) takes the lexicon's verb lemma ("escludere"), which the trigger lexicons use.
      if (upos === 'VERB' && known.toLowerCase() === norm) return lexiconLemma(hint, upos) ?? known;
      return known;
    }
    // A name the treebank never saw is its own lemma (suffix rules made "Karim" "Ktrim").
    if (upos === 'PROPN') return form;
    const lex = lexiconLemma(hint, upos);
    if (lex !== undefined) return lex;
    return applyLemmaRule(form, suffixRule(this.lemmaSuffixes, this.vocab.lemma.maxSuffix, norm, upos));
  }

  /** Fills the sentence context (for training, which drives trainUpos/trainFeats itself). */
  prepare(forms: readonly string[], morph?: Int32Array): void {
    this.ctx.fill(forms, this.info);
    this.fillMorph(forms, morph);
  }

  /** The morph stage's UPOS per word: given by the pipeline, else computed from the forms as tokens. */
  private fillMorph(forms: readonly string[], morph: Int32Array | undefined): void {
    const ctx = this.ctx;
    if (!this.vocab.morphFeatures) ctx.morph.fill(NO_MORPH, 0, ctx.n);
    else {
      const m = morph ?? morphChoices(forms, this.lang);
      for (let i = 0; i < ctx.n; i++) ctx.morph[i] = m[i] >= 0 && m[i] < NO_MORPH ? m[i] : NO_MORPH;
    }
  }

  get uposTags(): readonly string[] {
    return UPOS_TAGS;
  }
}
