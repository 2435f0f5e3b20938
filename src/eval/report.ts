// The evaluation report: per group (overall, then each language) the scores of every layer the gold
// carries, built from the group's tally.
import { SCORED_ENTITY_TYPES } from './score-entities.js';
import { accuracy, classReport, prf, round, scaleReport, type Accuracy, type ClassReport, type PRF, type ScaleReport } from './metrics.js';
import type { Tally } from './tally.js';

export interface EntityReport {
  exact: PRF;
  overlap: PRF;
  /** Exact span, type ignored. */
  span: PRF;
  perType: Record<string, { exact: PRF; overlap: PRF }>;
  /** Predictions not scored: kinds role/group/pronoun and type GROUP. */
  excludedPredictions: number;
  /** Predictions overlapping only unscored gold mentions (PRO, FIN, nominal...). */
  ignoredPredictions: number;
}

export interface FactualityReport {
  gold: number;
  assessed: number;
  unaligned: number;
  unavailable: number;
  errors: number;
  certainty: ClassReport;
  polarity: ClassReport;
  time: ClassReport;
  scale: ScaleReport;
  /** Certainty and polarity both right, beside the always CERTAIN + POS answer. */
  certaintyPolarity: { n: number; accuracy: number | null; baseline: { label: string; accuracy: number | null } };
  /** Innermost source of the statement, when the gold gives attribution. */
  attribution: Accuracy;
}

export interface GroupReport {
  documents: number;
  pipelineErrors: number;
  entities?: EntityReport;
  /** Partial gold (e.g. Italian MEANTIME): recall only. */
  entitiesPartial?: { exact: PRF; overlap: PRF };
  timexes?: { strict: PRF; relaxed: PRF; type: Accuracy; value: Accuracy };
  plover?: { trigger: PRF; typed: PRF; type: Accuracy; source: Accuracy; target: Accuracy; sourceExact: Accuracy; targetExact: Accuracy; date: Accuracy; place: Accuracy; attribution: Accuracy; placeSet?: PRF };
  factuality?: FactualityReport;
  /** Factuality of predicted events whose trigger overlaps a gold event mention. */
  factualityOnPredictedEvents?: { matched: number; certainty: ClassReport; polarity: ClassReport; time: ClassReport; scale: ScaleReport };
  tokens?: { tokens: PRF; words: number; aligned: number; upos: Accuracy; lemma: Accuracy; uposAligned: Accuracy; uas: Accuracy | null; las: Accuracy | null };
}

function entityPrf(t: Tally, p: string, mode: string, type?: string, recallOnly = false): PRF {
  const k = type ? `${p}${mode}.${type}.` : `${p}${mode}.`;
  const tp = t.get(k + 'tp');
  if (recallOnly) return prf(tp, null, t.get(k + 'gold'));
  const r = prf(tp, t.get(k + 'pred'), t.get(k + 'gold'));
  if (!type) return r;
  // Per type, precision counts this type's predictions that matched (in span mode they may match
  // gold of another type), recall this type's gold mentions that matched.
  const pred = t.get(k + 'pred');
  const precision = prf(t.get(k + 'ptp'), pred, Math.max(pred, r.gold)).precision;
  const f1 = precision === null || r.recall === null ? null : precision + r.recall === 0 ? 0 : round((2 * precision * r.recall) / (precision + r.recall));
  return { ...r, precision, f1 };
}

export function groupReport(t: Tally): GroupReport {
  const out: GroupReport = { documents: t.get('docs'), pipelineErrors: t.get('pipelineErrors') };
  if (t.get('layer.entities.complete') > 0) {
    const types = new Set<string>();
    for (const k of t.keysUnder('ent.overlap.')) {
      const type = k.split('.')[0];
      if (!['tp', 'pred', 'gold'].includes(type)) types.add(type);
    }
    const perType: EntityReport['perType'] = {};
    for (const type of [...types].sort()) {
      if (!SCORED_ENTITY_TYPES.has(type) && t.get(`ent.overlap.${type}.pred`) === 0) continue;
      perType[type] = { exact: entityPrf(t, 'ent.', 'exact', type), overlap: entityPrf(t, 'ent.', 'overlap', type) };
    }
    out.entities = {
      exact: entityPrf(t, 'ent.', 'exact'),
      overlap: entityPrf(t, 'ent.', 'overlap'),
      span: entityPrf(t, 'ent.', 'span'),
      perType,
      excludedPredictions: t.get('ent.excluded'),
      ignoredPredictions: t.get('ent.ignored'),
    };
  }
  if (t.get('layer.entities.partial') > 0) {
    out.entitiesPartial = { exact: entityPrf(t, 'entp.', 'exact', undefined, true), overlap: entityPrf(t, 'entp.', 'overlap', undefined, true) };
  }
  if (t.get('layer.timexes') > 0) {
    const rel = t.get('tx.relaxed.tp');
    out.timexes = {
      strict: prf(t.get('tx.strict.tp'), t.get('tx.pred'), t.get('tx.gold')),
      relaxed: prf(rel, t.get('tx.pred'), t.get('tx.gold')),
      type: accuracy(t.get('tx.type.ok'), rel),
      value: accuracy(t.get('tx.value.ok'), rel),
    };
  }
  if (t.get('layer.plover') > 0) {
    const acc = (k: string) => accuracy(t.get(`ev.${k}.ok`), t.get(`ev.${k}.n`));
    out.plover = {
      trigger: prf(t.get('ev.trigger.tp'), t.get('ev.pred'), t.get('ev.gold')),
      typed: prf(t.get('ev.typed.tp'), t.get('ev.pred'), t.get('ev.gold')),
      type: acc('type'),
      source: acc('source'),
      target: acc('target'),
      sourceExact: acc('sourceExact'),
      targetExact: acc('targetExact'),
      date: acc('date'),
      place: acc('place'),
      attribution: acc('attribution'),
    };
    if (t.get('ev.placeSet.gold') + t.get('ev.placeSet.pred') > 0) out.plover.placeSet = prf(t.get('ev.placeSet.tp'), t.get('ev.placeSet.pred'), t.get('ev.placeSet.gold'));
  }
  if (t.get('layer.factuality') > 0) {
    out.factuality = {
      gold: t.get('fact.gold'),
      assessed: t.get('fact.assessed'),
      unaligned: t.get('fact.unaligned'),
      unavailable: t.get('fact.unavailable'),
      errors: t.get('fact.error'),
      certainty: classReport(t, 'fact.certainty.', 'CERTAIN'),
      polarity: classReport(t, 'fact.polarity.', 'POS'),
      time: classReport(t, 'fact.time.', 'NON_FUTURE'),
      scale: scaleReport(t, 'fact.score.', 3),
      certaintyPolarity: {
        n: t.get('fact.cp.n'),
        accuracy: accuracy(t.get('fact.cp.ok'), t.get('fact.cp.n')).accuracy,
        baseline: { label: 'CERTAIN POS', accuracy: accuracy(t.get('fact.cp.base'), t.get('fact.cp.n')).accuracy },
      },
      attribution: accuracy(t.get('fact.attribution.ok'), t.get('fact.attribution.n')),
    };
    if (t.get('factp.matched') > 0) {
      out.factualityOnPredictedEvents = {
        matched: t.get('factp.matched'),
        certainty: classReport(t, 'factp.certainty.', 'CERTAIN'),
        polarity: classReport(t, 'factp.polarity.', 'POS'),
        time: classReport(t, 'factp.time.', 'NON_FUTURE'),
        scale: scaleReport(t, 'factp.score.', 3),
      };
    }
  }
  if (t.get('layer.tokens') > 0) {
    const words = t.get('ud.words');
    const parsed = t.get('ud.parsed') > 0;
    out.tokens = {
      tokens: prf(t.get('ud.tok.tp'), t.get('ud.tok.pred'), t.get('ud.tok.gold')),
      words,
      aligned: t.get('ud.aligned'),
      upos: accuracy(t.get('ud.upos.ok'), words),
      lemma: accuracy(t.get('ud.lemma.ok'), words),
      uposAligned: accuracy(t.get('ud.upos.ok'), t.get('ud.aligned')),
      uas: parsed ? accuracy(t.get('ud.uas.ok'), words) : null,
      las: parsed ? accuracy(t.get('ud.las.ok'), words) : null,
    };
  }
  return out;
}
