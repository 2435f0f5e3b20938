// Plain-text rendering of an EvalReport for the terminal.
import type { Accuracy, ClassReport, PRF, ScaleReport } from './metrics.js';
import type { EvalReport } from './evaluate.js';
import type { GroupReport } from './report.js';

const pct = (x: number | null) => (x === null ? '   –  ' : (x * 100).toFixed(1).padStart(6));
const num = (x: number | null) => (x === null ? '–' : String(x));

function prfRow(name: string, s: PRF): string {
  return `  ${name.padEnd(28)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, pred ${num(s.pred)}, gold ${s.gold})`;
}

function accRow(name: string, a: Accuracy | null): string {
  return a === null ? `  ${name.padEnd(28)} not scored` : `  ${name.padEnd(28)} acc ${pct(a.accuracy)}   (${a.correct}/${a.n})`;
}

function classRows(name: string, c: ClassReport): string[] {
  const lines = [
    `  ${name.padEnd(28)} acc ${pct(c.accuracy)}  macro-F1 ${pct(c.macroF1)}   baseline always ${c.baseline.label}: acc ${pct(c.baseline.accuracy)}  macro-F1 ${pct(c.baseline.macroF1)}   (n ${c.n})`,
  ];
  for (const [label, s] of Object.entries(c.perClass)) {
    lines.push(`    ${label.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (gold ${s.gold}, pred ${s.pred})`);
  }
  const m = c.minority;
  if (m.micro.gold > 0) {
    lines.push(`    ${`non-${c.baseline.label} (micro)`.padEnd(26)} P ${pct(m.micro.precision)}  R ${pct(m.micro.recall)}  F1 ${pct(m.micro.f1)}   (gold ${m.micro.gold}, pred ${m.micro.pred}; any non-${c.baseline.label} class: F1 ${pct(m.detection.f1)}; baseline 0)`);
  }
  const labels = Object.keys(c.perClass);
  if (labels.length > 0) {
    lines.push(`    confusion (rows gold, columns predicted): ${labels.join(' | ')}`);
    for (const g of labels) {
      if (!c.confusion[g]) continue;
      lines.push(`      ${g.padEnd(16)} ${labels.map((p) => String(c.confusion[g][p] ?? 0).padStart(6)).join(' ')}`);
    }
  }
  return lines;
}

function scaleRow(name: string, s: ScaleReport): string {
  return `  ${name.padEnd(28)} MAE ${num(s.mae)}  Pearson r ${num(s.pearson)}   baseline always +${s.baseline.value}: MAE ${num(s.baseline.mae)}   (n ${s.n})`;
}

function groupLines(name: string, g: GroupReport): string[] {
  const out = [`== ${name}: ${g.documents} documents${g.pipelineErrors ? `, ${g.pipelineErrors} pipeline errors` : ''}`];
  if (g.entities) {
    out.push('entities (named mentions)');
    out.push(prfRow('exact span + type', g.entities.exact), prfRow('overlapping span + type', g.entities.overlap), prfRow('exact span, any type', g.entities.span));
    for (const [type, s] of Object.entries(g.entities.perType)) out.push(prfRow(`${type} exact`, s.exact), prfRow(`${type} overlap`, s.overlap));
    out.push(`  predictions excluded (role/group/pronoun/GROUP): ${g.entities.excludedPredictions}; on unscored gold only: ${g.entities.ignoredPredictions}`);
  }
  if (g.entitiesPartial) {
    out.push('entities, partial gold (recall only)');
    out.push(prfRow('exact span + type', g.entitiesPartial.exact), prfRow('overlapping span + type', g.entitiesPartial.overlap));
  }
  if (g.timexes) {
    out.push('time expressions');
    out.push(prfRow('strict span', g.timexes.strict), prfRow('relaxed span', g.timexes.relaxed), accRow('type (relaxed matches)', g.timexes.type), accRow('value (relaxed matches)', g.timexes.value));
  }
  if (g.plover) {
    out.push('PLOVER events');
    out.push(prfRow('trigger', g.plover.trigger), prfRow('trigger + type', g.plover.typed));
    for (const k of ['type', 'source', 'target', 'date', 'place', 'attribution'] as const) out.push(accRow(`${k} (matched triggers)`, g.plover[k]));
    out.push(accRow('source, exact set (matched)', g.plover.sourceExact));
    out.push(accRow('target, exact set (matched)', g.plover.targetExact));
    if (g.plover.placeSet) out.push(prfRow('place (matched, exhaustive)', g.plover.placeSet));
  }
  if (g.factuality) {
    const f = g.factuality;
    out.push(`factuality on gold event mentions (gold ${f.gold}, assessed ${f.assessed}, unaligned ${f.unaligned}, unavailable ${f.unavailable}, errors ${f.errors})`);
    if (f.certainty.n) out.push(...classRows('certainty', f.certainty));
    if (f.polarity.n) out.push(...classRows('polarity', f.polarity));
    if (f.time.n) out.push(...classRows('time', f.time));
    if (f.certaintyPolarity.n) out.push(`  ${'certainty + polarity'.padEnd(28)} acc ${pct(f.certaintyPolarity.accuracy)}   baseline always ${f.certaintyPolarity.baseline.label}: acc ${pct(f.certaintyPolarity.baseline.accuracy)}   (n ${f.certaintyPolarity.n})`);
    if (f.scale.n) out.push(scaleRow('-3..+3 scale', f.scale));
    if (f.attribution.n) out.push(accRow('attribution (innermost)', f.attribution));
  }
  if (g.factualityOnPredictedEvents) {
    const f = g.factualityOnPredictedEvents;
    out.push(`factuality of predicted events on gold mentions (${f.matched} matched)`);
    if (f.certainty.n) out.push(...classRows('certainty', f.certainty));
    if (f.polarity.n) out.push(...classRows('polarity', f.polarity));
    if (f.time.n) out.push(...classRows('time', f.time));
    if (f.scale.n) out.push(scaleRow('-3..+3 scale', f.scale));
  }
  if (g.tokens) {
    out.push(`universal dependencies (${g.tokens.words} words, ${g.tokens.aligned} aligned)`);
    out.push(prfRow('tokens', g.tokens.tokens), accRow('UPOS', g.tokens.upos), accRow('UPOS (aligned words only)', g.tokens.uposAligned), accRow('lemma', g.tokens.lemma), accRow('UAS', g.tokens.uas), accRow('LAS', g.tokens.las));
  }
  return out;
}

export function formatTable(report: EvalReport): string {
  const out = [
    `cronaca eval: ${report.documents} documents (${report.languages.join(', ')}) in ${report.seconds} s`,
    `layers scored: ${report.layers.scored.join(', ') || 'none'}; skipped (not in gold): ${report.layers.skipped.join(', ') || 'none'}`,
    ...report.notes.map((n) => `note: ${n}`),
    '',
  ];
  for (const [name, g] of Object.entries(report.groups)) out.push(...groupLines(name, g), '');
  if (report.worst.length > 0) {
    out.push(`worst ${report.worst.length} sentences`);
    report.worst.forEach((w, i) => {
      out.push(`${i + 1}. [${w.document} @${w.span.start}] ${w.issues.length} issues: ${w.sentence}`);
      for (const x of w.issues) out.push(`     ${x.layer}: expected ${x.expected ?? '(nothing)'}  →  produced ${x.produced ?? '(nothing)'}`);
      if (w.rules.length > 0) out.push(`     rules ${w.rules.join(', ')}`);
    });
  }
  return out.join('\n') + '\n';
}
