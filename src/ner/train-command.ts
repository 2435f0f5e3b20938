// `cronaca train ner`: trains the entity-mention tagger on KIND-format files (TOKEN<TAB>BIO-TAG),
// scores it on a dev file, and writes <out>/<model name>/ner.bin with its metadata and LICENSE.
// The model name comes from the language pack (packs/<lang>/entity-settings.json "nerModel").
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runPipeline } from '../core/pipeline.js';
import { evaluate } from '../eval/evaluate.js';
import { convertKind } from '../convert/kind.js';
import { goldDirCandidate } from '../gold/paths.js';
import { getLexicon } from '../stages/entities/lexicon.js';
import { resolveModelDir } from '../syntax/model-dir.js';
import { type AlignStats, readKindDocuments } from './data.js';
import { NER_MODEL_FILE, clearNerModels } from './load.js';
import { saveNerModel } from './model-io.js';
import { scoreTagger, trainNerModel } from './train.js';
import { type NerDocument } from './data.js';
import { documentsWithDomain, domainOf, domainTag, foldDomain, plainKeys } from './domain.js';
import { NerModel } from './model.js';
import { NerTagger } from './tagger.js';
import { cronacaVersion, dataRef } from '../learn/provenance.js';

export const NER_SEED = 20261126;
export const NER_ITERATIONS = 15;
/**
 * The document-level second pass (train.ts) is off: on WN_dev it added 0.003 token F1 and 0.001
 * pipeline exact F1 (0.7678 -> 0.7689) for twice the tagging time and model size.
 */
export const NER_STACKED = false;
/** Weight rows whose largest weight is below this are dropped before saving. */
export const NER_PRUNE_BELOW = 1;

/**
 * Default data per language, under the gold folder: KIND Wikinews (news, the domain cronaca reads)
 * and KIND fiction as a second domain (domain.ts). De Gasperi (ADG) is CC BY-NC-SA: never used.
 */
const DEFAULT_DATA: Record<string, { train: string[]; dev: string }> = {
  it: { train: ['kind/WN_train.tsv', 'kind/FIC_train.tsv'], dev: 'kind/WN_dev.tsv' },
};

const KIND_LICENSE = `The NER model in this folder (ner.bin) was trained by cronaca's \`cronaca train ner\` on the
named-entity annotations of KIND (Kessler Italian Named-entities Dataset), EVALITA 2023 NERMuD
release, repository dhfbk/KIND, commit a2ad139171ef7fde0dff0f8ea94d18356340ada9; the data files and
their sha256 are listed in ner.bin's metadata (FILES below).

KIND's Wikinews (WN) and fiction (FIC) annotations are licensed under the Creative Commons
Attribution-NonCommercial 4.0 International licence (CC BY-NC 4.0); the model is a work derived
from them and is distributed under the same licence:

  https://creativecommons.org/licenses/by-nc/4.0/

You may share and adapt it for non-commercial purposes, giving appropriate credit. The rest of
cronaca is Apache-2.0; for commercial use, retrain the model on data you may use commercially
(cronaca train ner --train FILE... --dev FILE) or remove this folder, and cronaca falls back to its
rule-based entity mentions. The Italian Wikinews texts themselves are CC BY 2.5.

Attribution (as KIND's README asks):
- Teresa Paccosi and Alessio Palmero Aprosio. 2022. KIND: an Italian Multi-Domain Dataset for Named
  Entity Recognition. In Proceedings of LREC 2022, pages 501-507.
- Alessio Palmero Aprosio and Teresa Paccosi. 2023. NERMuD at EVALITA 2023: Overview of the
  Named-Entities Recognition on Multi-Domain Documents Task. In Proceedings of EVALITA 2023, CEUR.org.

FILES
`;


const round = (x: number): number => Math.round(x * 10000) / 10000;

export async function trainNerCommand(o: { lang: string; train?: string[]; dev?: string; out?: string; iterations?: number; seed?: number }): Promise<number> {
  const seed = o.seed ?? NER_SEED;
  const log = (s: string) => process.stderr.write(s + '\n');
  const defaults = DEFAULT_DATA[o.lang];
  if (!defaults && (!o.train?.length || !o.dev)) {
    log(`cronaca: no default NER training data for language "${o.lang}"; pass --train FILE... and --dev FILE`);
    return 1;
  }
  const gold = goldDirCandidate();
  const trainPaths = o.train?.length ? o.train : defaults.train.map((f) => join(gold, f));
  const devPath = o.dev ?? join(gold, defaults.dev);
  for (const p of [...trainPaths, devPath]) {
    if (!existsSync(p)) {
      log(`cronaca: ${p}: file not found (pass --train/--dev, or set CRONACA_GOLD_DIR)`);
      return 2;
    }
  }
  const iterations = o.iterations ?? NER_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) {
    log(`cronaca: --iterations must be a positive integer, got ${o.iterations}`);
    return 1;
  }
  const modelName = getLexicon(o.lang).settings.nerModel ?? `ner-${o.lang}`;
  const modelDir = resolveModelDir(o.out);
  const started = Date.now();
  const align: AlignStats = { mentions: 0, aligned: 0 };
  let train: NerDocument[] = [];
  let dev: NerDocument[];
  // files of the dev file's domain first: the model serves that domain (domain.ts)
  const target = domainOf(devPath);
  const domains = [...new Set(trainPaths.map(domainOf))].sort((a, b) => Number(b === target) - Number(a === target));
  const adapt = domains.length > 1 && domains[0] === target && !NER_STACKED;
  const plain = new Set<number>();
  try {
    for (const domain of domains) {
      const docs = readKindDocuments(trainPaths.filter((p) => domainOf(p) === domain), o.lang, modelDir, align);
      if (adapt) for (const k of plainKeys(docs)) plain.add(k);
      train = train.concat(adapt ? documentsWithDomain(docs, domainTag(domain)) : docs);
    }
    dev = readKindDocuments([devPath], o.lang, modelDir);
  } catch (e) {
    log(`cronaca: ${(e as Error).message}`);
    return 2;
  }
  log(`training the ${o.lang} NER tagger on ${train.length} documents (${domains.join(', ')}${adapt ? `; target domain ${target}` : ''}), ` +
    `${iterations} iterations (${align.aligned}/${align.mentions} gold mentions on token boundaries)`);
  let model = trainNerModel(train, {
    iterations, seed, dev: adapt ? documentsWithDomain(dev, domainTag(target)) : dev, stacked: NER_STACKED,
    onIteration: (i, errors, s) => log(`  iteration ${i}: ${errors} token errors; dev F1 ${s ? round(s.f1) : '-'}`),
  }, log);
  if (adapt) model = new NerModel(new NerTagger(foldDomain(model.first.perceptron, plain, domainTag(target)), model.first.transitions));
  const passes = model.second ? [model.first, model.second] : [model.first];
  const features = passes.map((p) => p.perceptron.featureCount);
  log(`dev F1 before pruning: ${round(scoreTagger(model, dev).f1)}`);
  for (const p of passes) p.perceptron.prune(NER_PRUNE_BELOW);
  const kept = passes.map((p) => p.perceptron.featureCount);
  const tokenScore = scoreTagger(model, dev);
  const seconds = (Date.now() - started) / 1000;
  const out = join(modelDir, modelName, NER_MODEL_FILE);
  const meta = {
    language: o.lang,
    cronacaVersion: cronacaVersion(),
    date: new Date().toISOString(),
    train: trainPaths.map(dataRef),
    dev: dataRef(devPath),
    seed,
    iterations,
    ...(adapt ? { domains: { target, others: domains.slice(1) } } : {}),
    pruneBelow: NER_PRUNE_BELOW,
    passes: passes.length,
    features: { trained: features, kept },
    trainingSeconds: Math.round(seconds),
    devTokens: { p: round(tokenScore.p), r: round(tokenScore.r), f1: round(tokenScore.f1) },
  };
  saveNerModel(out, model, meta);
  // the whole pipeline on dev with the new model: the score `cronaca eval` reports
  clearNerModels();
  const report = evaluate(convertKind(devPath, { language: o.lang }), {
    worst: 0,
    analyze: (g) => runPipeline(g.text, { language: g.language, published: g.published, id: g.id, modelDir }),
  });
  const ent = report.groups.all.entities;
  const devPipeline = ent ? { exact: ent.exact, overlap: ent.overlap } : undefined;
  saveNerModel(out, model, { ...meta, devPipeline });
  const kind = [...trainPaths, devPath].every((p) => /^(WN|FIC|ADG)_(train|dev)\.tsv$/.test(basename(p)));
  const files = [...meta.train, meta.dev].map((f) => `  ${f.file}  sha256 ${f.sha256}`).join('\n');
  const license = kind ? KIND_LICENSE : 'Trained with `cronaca train ner` on the files below: the model carries their licence.\n\nFILES\n';
  writeFileSync(join(modelDir, modelName, 'LICENSE'), `${license}${files}\n`);
  process.stdout.write(
    `${o.lang} NER tagger, dev ${basename(devPath)}: tokens P ${meta.devTokens.p} R ${meta.devTokens.r} F1 ${meta.devTokens.f1}` +
      (ent ? `; pipeline exact F1 ${ent.exact.f1}, overlap F1 ${ent.overlap.f1}` : '') + '\n' +
      `wrote ${out} (${statSync(out).size} bytes, ${kept.join(' + ')} feature rows) in ${Math.round(seconds)} s\n`,
  );
  return 0;
}
