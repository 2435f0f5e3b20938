// Greedy left-to-right tagger: UPOS by one averaged perceptron, then the predicted UD features by a
// second one (one slot block per feature), then the lemma (treebank forms, the morph lexicon,
// learned suffix rules). Frequent unambiguous words skip the classifiers (tag dictionaries).
import { AveragedPerceptron } from '../../learn/averaged-perceptron.js';
import type { TaggedWord } from '../types.js';
import { decodeFeats, encodeFeats, layoutFrom, type FeatLayout } from './feat-groups.js';
import {
  featsContextFeatures,
  featsFeatures,
  featsWordFeatures,
  MAX_FEATURES,
  SentenceContext,
  uposContextFeatures,
  uposFeatures,
  uposWordFeatures,
  wordInfo,
  type WordInfo,
} from './features.js';
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
}

const MAX_CACHED_FORMS = 100_000;

export class Tagger {
  readonly lang: string;
  readonly layout: FeatLayout;
  private readonly tagDict: Map<string, number>;
  private readonly featsDict: Map<string, Int32Array>;
  /** Per UPOS, the feature combinations as value indices, groups consecutive: combo k = [k*groups, (k+1)*groups). */
  private readonly comboValues: Int32Array[];
  /** UPOS indices whose words never carry a predicted feature. */
  private readonly featureless: Uint8Array;
  private readonly lemmaKnown: Map<string, string>;
  private readonly lemmaSuffixes: Map<string, string>;
  private readonly ctx = new SentenceContext();
  private readonly fbuf = new Int32Array(MAX_FEATURES);
  private readonly uscores: Float32Array;
  private readonly fscores: Float32Array;
  private readonly genderGroup: number;
  private readonly numberGroup: number;
  private readonly info: (form: string) => WordInfo;
  private readonly infoCache = new Map<string, WordInfo>();
  private readonly featsCache = new Map<number, string>();

  constructor(
    readonly vocab: TaggerVocab,
    readonly uposModel: AveragedPerceptron,
    readonly featsModel: AveragedPerceptron,
  ) {
    this.lang = vocab.lang;
    this.layout = layoutFrom(vocab.featNames, vocab.featValues);
    this.tagDict = new Map(Object.entries(vocab.tagDict));
    this.featsDict = new Map(Object.entries(vocab.featsDict).map(([k, f]) => [k, encodeFeats(this.layout, f)]));
    this.comboValues = vocab.upos.map((_, u) => {
      const list = vocab.combos[u] ?? [];
      const groups = this.layout.names.length;
      const arr = new Int32Array(list.length * groups);
      list.forEach((f, k) => arr.set(encodeFeats(this.layout, f), k * groups));
      return arr;
    });
    this.featureless = Uint8Array.from(vocab.upos.map((_, u) => ((vocab.combos[u] ?? []).every((f) => f === '_') ? 1 : 0)));
    this.lemmaKnown = new Map(Object.entries(vocab.lemma.known));
    this.lemmaSuffixes = new Map(Object.entries(vocab.lemma.suffixes));
    this.uscores = new Float32Array(uposModel.nClasses);
    this.fscores = new Float32Array(featsModel.nClasses);
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

  /** Tags one sentence of word forms; `morph` as in tagArrays. */
  tag(forms: readonly string[], morph?: Int32Array): TaggedWord[] {
    const out = this.tagArrays(forms, morph);
    const words: TaggedWord[] = new Array(forms.length);
    for (let i = 0; i < forms.length; i++) {
      words[i] = { form: forms[i], lemma: out.lemmas[i], upos: this.vocab.upos[out.upos[i]], feats: out.feats[i] };
    }
    return words;
  }

  /** `morph`: the morph stage's UPOS index per word (morph-choice.ts), when the caller has it. */
  tagArrays(forms: readonly string[], morph?: Int32Array): TagOutput {
    const n = forms.length;
    const ctx = this.ctx;
    ctx.fill(forms, this.info);
    this.fillMorph(forms, morph);
    const upos = new Int32Array(n);
    this.predictUpos(upos);
    const feats = new Array<string>(n);
    this.predictFeats(upos, feats);
    const lemmas = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const x = ctx.infos[i];
      const u = upos[i];
      let lemma = x.lemmas?.[u];
      if (lemma === undefined) {
        lemma = this.lemmatize(forms[i], x.norm, x.hint, this.vocab.upos[u]);
        (x.lemmas ??= [])[u] = lemma;
      }
      lemmas[i] = lemma;
    }
    return { upos, feats, lemmas };
  }

  /** Greedy UPOS over the filled context; `gold` (training) is followed as history after each update. */
  predictUpos(tags: Int32Array, gold?: Int32Array): void {
    const ctx = this.ctx;
    for (let i = 0; i < ctx.n; i++) {
      const known = this.tagDict.get(ctx.norms[i]);
      if (known !== undefined) {
        tags[i] = known;
        continue;
      }
      const model = this.uposModel;
      const scores = this.uscores;
      let best = 0;
      if (gold) {
        const nf = uposFeatures(ctx, i, tags, this.fbuf);
        model.score(this.fbuf, nf, scores);
        for (let c = 1; c < model.nClasses; c++) if (scores[c] > scores[best]) best = c;
        model.update(gold[i], best, this.fbuf, nf);
        model.tick();
      } else {
        // The word's own features score the same wherever it occurs: cached per form.
        const x = ctx.infos[i];
        let own = x.uposStatic;
        if (!own) {
          own = new Float32Array(model.nClasses);
          model.score(this.fbuf, uposWordFeatures(ctx, i, this.fbuf), own);
          x.uposStatic = own;
        }
        model.score(this.fbuf, uposContextFeatures(ctx, i, tags, this.fbuf), scores);
        for (let c = 0; c < model.nClasses; c++) scores[c] += own[c];
        for (let c = 1; c < model.nClasses; c++) if (scores[c] > scores[best]) best = c;
      }
      tags[i] = best;
    }
  }

  /** Predicted FEATS per word; with `gold` (value indices per word and group) the model is trained instead. */
  predictFeats(tags: Int32Array, out: string[], gold?: Int32Array[]): void {
    const ctx = this.ctx;
    const layout = this.layout;
    const groups = layout.names.length;
    const slots = layout.total;
    const values = new Int32Array(groups);
    let prevAgr = 0;
    for (let i = 0; i < ctx.n; i++) {
      const u = tags[i];
      let known: Int32Array | null | undefined;
      if (!gold) {
        const x = ctx.infos[i];
        known = x.featsKnown?.[u];
        if (known === undefined) {
          known = this.featsDict.get(`${ctx.norms[i]}\t${u}`) ?? null;
          (x.featsKnown ??= [])[u] = known;
        }
      }
      if (known) values.set(known);
      else if (this.featureless[u]) values.fill(0);
      else {
        let nf = 0;
        if (gold) {
          nf = featsFeatures(ctx, i, tags, prevAgr, this.fbuf);
          this.featsModel.score(this.fbuf, nf, this.fscores);
        } else {
          const x = ctx.infos[i];
          x.featsStatic ??= [];
          let own = x.featsStatic[u];
          if (!own) {
            own = new Float32Array(slots);
            this.featsModel.score(this.fbuf, featsWordFeatures(ctx, i, u, this.fbuf), own);
            x.featsStatic[u] = own;
          }
          this.featsModel.score(this.fbuf, featsContextFeatures(ctx, i, tags, prevAgr, this.fbuf), this.fscores);
          for (let k = 0; k < slots; k++) this.fscores[k] += own[k];
        }
        // Joint decoding: the best combination seen in training, so the features agree with each other.
        const combos = this.comboValues[u];
        const fs = this.fscores;
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
          if (gold) this.featsModel.update(layout.offsets[g] + gold[i][g], layout.offsets[g] + values[g], this.fbuf, nf);
        }
        if (gold) this.featsModel.tick();
      }
      const src = gold ? gold[i] : values;
      prevAgr = (this.genderGroup >= 0 ? src[this.genderGroup] : 0) * 8 + (this.numberGroup >= 0 ? src[this.numberGroup] : 0);
      out[i] = this.featsString(values);
    }
  }

  private featsString(values: Int32Array): string {
    // Mixed-radix key of the value indices (groups have fewer than 32 values; checked in the constructor).
    let key = 0;
    for (let g = 0; g < values.length; g++) key = key * 32 + values[g];
    let f = this.featsCache.get(key);
    if (f === undefined) {
      f = decodeFeats(this.layout, values);
      this.featsCache.set(key, f);
    }
    return f;
  }

  lemmatize(form: string, norm: string, hint: LexiconHint, upos: string): string {
    const rule = this.lemmaKnown.get(`${norm}\t${upos}`);
    if (rule !== undefined) return applyLemmaRule(form, rule);
    if (upos !== 'PROPN') {
      const lex = lexiconLemma(hint, upos);
      if (lex !== undefined) return lex;
    }
    return applyLemmaRule(form, suffixRule(this.lemmaSuffixes, this.vocab.lemma.maxSuffix, norm, upos));
  }

  /** Fills the sentence context (for training, which drives predictUpos/predictFeats itself). */
  prepare(forms: readonly string[], morph?: Int32Array): void {
    this.ctx.fill(forms, this.info);
    this.fillMorph(forms, morph);
  }

  /** The morph stage's UPOS per word: given by the pipeline, else computed from the forms as tokens. */
  private fillMorph(forms: readonly string[], morph: Int32Array | undefined): void {
    const ctx = this.ctx;
    if (!this.vocab.morphFeatures) ctx.morph.fill(-1, 0, ctx.n);
    else ctx.morph.set(morph ?? morphChoices(forms, this.lang));
  }

  get uposTags(): readonly string[] {
    return UPOS_TAGS;
  }
}
