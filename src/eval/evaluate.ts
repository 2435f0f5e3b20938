// `cronaca eval`: runs the pipeline on every gold document (with the gold's language and
// publication date) and scores the layers the gold carries, overall and per language.
import { createDocument } from '../core/document.js';
import { runPipeline } from '../core/pipeline.js';
import type { CronacaDocument, Span } from '../core/types.js';
import { GOLD_LAYERS, type GoldDocument, type GoldLayer } from '../gold/types.js';
import type { EvalOptions, Issue, ScoreContext } from './context.js';
import { factualityAssessor, type AssessFactuality } from './factuality-hook.js';
import { groupReport, type GroupReport } from './report.js';
import { scoreEntities } from './score-entities.js';
import { scoreFactuality } from './score-factuality.js';
import { scorePlover } from './score-plover.js';
import { scoreTimexes } from './score-timex.js';
import { scoreTokens } from './score-tokens.js';
import { inScope } from './spans.js';
import { Tally } from './tally.js';
import { WorstCollector, type WorstItem } from './worst.js';

export interface EvaluateOptions {
  /** How many worst sentences to list (default 10). */
  worst?: number;
  /** Analyse a document; defaults to runPipeline. Tests pass canned predictions. */
  analyze?: (gold: GoldDocument) => CronacaDocument;
  /** Factuality of one predicate; defaults to the factuality stage's assessFactuality. */
  assess?: AssessFactuality;
}

export interface EvalReport {
  documents: number;
  languages: string[];
  layers: { scored: GoldLayer[]; skipped: GoldLayer[] };
  notes: string[];
  /** `all` first, then one entry per language. */
  groups: Record<string, GroupReport>;
  worst: WorstItem[];
  seconds: number;
}

export function analyzeGold(gold: GoldDocument): CronacaDocument {
  return runPipeline(gold.text, { language: gold.language, published: gold.published, id: gold.id });
}

export function scoreDocument(
  gold: GoldDocument,
  doc: CronacaDocument,
  options: EvalOptions,
  tally: Tally,
  issues: Issue[],
  assess: AssessFactuality | undefined = factualityAssessor(),
): void {
  const scope: Span[] | undefined = gold.scope;
  const ctx: ScoreContext = { gold, doc, tally, issues, options, inScope: (s) => inScope(s, scope) };
  const layers = new Set(gold.layers);
  tally.add('docs');
  if (layers.has('entities')) {
    tally.add(gold.partial?.includes('entities') ? 'layer.entities.partial' : 'layer.entities.complete');
    scoreEntities(ctx);
  }
  if (layers.has('timexes')) {
    tally.add('layer.timexes');
    scoreTimexes(ctx);
  }
  if (layers.has('plover')) {
    tally.add('layer.plover');
    scorePlover(ctx);
  }
  if (layers.has('factuality')) {
    tally.add('layer.factuality');
    scoreFactuality(ctx, assess);
  }
  if (layers.has('tokens')) {
    tally.add('layer.tokens');
    scoreTokens(ctx);
  }
}

export function evaluate(golds: GoldDocument[], options: EvaluateOptions = {}): EvalReport {
  const t0 = performance.now();
  const analyze = options.analyze ?? analyzeGold;
  const assess = options.assess ?? factualityAssessor();
  const evalOptions: EvalOptions = { gpeAsLoc: !golds.some((g) => g.entities?.some((e) => e.type === 'GPE')) };
  const all = new Tally();
  const byLanguage = new Map<string, Tally>();
  const worst = new WorstCollector();
  const present = new Set<GoldLayer>();
  for (const gold of golds) {
    for (const l of gold.layers) present.add(l);
    let doc: CronacaDocument;
    const tally = new Tally();
    try {
      doc = analyze(gold);
    } catch {
      tally.add('pipelineErrors');
      doc = createDocument(gold.text, { id: gold.id, language: gold.language });
    }
    const issues: Issue[] = [];
    scoreDocument(gold, doc, evalOptions, tally, issues, assess);
    all.merge(tally);
    let lt = byLanguage.get(gold.language);
    if (!lt) byLanguage.set(gold.language, (lt = new Tally()));
    lt.merge(tally);
    worst.add(gold, issues);
  }
  const languages = [...byLanguage.keys()].sort();
  const groups: Record<string, GroupReport> = { all: groupReport(all) };
  if (languages.length > 1) for (const l of languages) groups[l] = groupReport(byLanguage.get(l) as Tally);
  const notes: string[] = [];
  if (present.has('syntax')) notes.push('syntax: UAS/LAS not scored yet (no parser fills token heads)');
  if (present.has('factuality') && all.get('fact.unavailable') > 0) notes.push('factuality: assessFactuality is not exported by the factuality stage yet');
  if (evalOptions.gpeAsLoc && present.has('entities')) notes.push('entities: the gold has no GPE type, so predicted GPE is scored as LOC');
  if (present.has('events') && !present.has('plover')) notes.push('plover: the gold has event mentions but no PLOVER types, so PLOVER events are not scored');
  return {
    documents: golds.length,
    languages,
    layers: {
      scored: GOLD_LAYERS.filter((l) => present.has(l) && !(l === 'syntax' && all.get('ud.parsed') === 0)),
      skipped: GOLD_LAYERS.filter((l) => !present.has(l) || (l === 'syntax' && all.get('ud.parsed') === 0)),
    },
    notes,
    groups,
    worst: worst.worst(options.worst ?? 10),
    seconds: Math.round((performance.now() - t0) / 10) / 100,
  };
}
