import type { CronacaDocument, Entity, PloverEvent } from '../core/types.js';
import { attributionText, entityIndex, eventDate, spanText } from './text.js';

export interface ReportOptions {
  /** Total line width (default 120). */
  width?: number;
  /** Bold headings (only for a terminal). */
  color?: boolean;
  input?: string;
}

interface Column {
  title: string;
  /** Share of the flexible width; 0 means exactly `min`. */
  weight: number;
  min: number;
}

/** A plain-text summary of one document: a header line, an events table, an entities table. */
export function formatReport(doc: CronacaDocument, options: ReportOptions = {}): string {
  const width = options.width ?? 120;
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const name = options.input && options.input !== doc.id ? `${options.input} [${doc.id}]` : doc.id;
  const lang = doc.language.code + (doc.language.supported ? '' : ' (unsupported)');
  lines.push(bold(`Document ${name}`));
  lines.push(
    ...wrapParts(
      [
        `language ${lang}`, `published ${doc.meta.published ?? 'unknown'}`, `${doc.sentences.length} sentences`,
        `${doc.tokens.length} tokens`, `${doc.entities.length} entities`, `${doc.timexes.length} time expressions`,
        `${doc.events.length} events`,
      ],
      width,
    ),
  );
  if (doc.meta.title) lines.push(`  title ${doc.meta.title}`);
  const entities = entityIndex(doc);
  lines.push('', bold('Events'));
  if (doc.events.length === 0) lines.push('  (none)');
  else lines.push(...table(eventColumns, doc.events.map((ev, i) => eventCells(doc, ev, i, entities)), width));
  lines.push('', bold('Entities'));
  if (doc.entities.length === 0) lines.push('  (none)');
  else lines.push(...table(entityColumns, doc.entities.map(entityCells), width));
  const notes = doc.messages.filter((m) => m.level !== 'info');
  if (notes.length > 0) {
    lines.push('', bold('Messages'));
    for (const m of notes) lines.push(`  ${m.level} ${m.code}: ${m.text}`);
  }
  return lines.join('\n') + '\n';
}

const eventColumns: Column[] = [
  { title: '#', weight: 0, min: 3 },
  { title: 'type/mode', weight: 1.2, min: 9 },
  { title: 'who', weight: 1.3, min: 6 },
  { title: 'did what', weight: 1.1, min: 8 },
  { title: 'to whom', weight: 1.3, min: 7 },
  { title: 'when', weight: 0.8, min: 10 },
  { title: 'where', weight: 1, min: 6 },
  { title: 'cert/pol', weight: 0, min: 14 },
  { title: 'attributed to', weight: 1, min: 8 },
];

const entityColumns: Column[] = [
  { title: 'name', weight: 2, min: 10 },
  { title: 'type', weight: 0, min: 5 },
  { title: 'country', weight: 0, min: 7 },
  { title: 'sectors', weight: 0.6, min: 7 },
  { title: 'wikidata', weight: 0, min: 10 },
  { title: 'coordinates', weight: 0, min: 16 },
  { title: 'mentions', weight: 0, min: 8 },
];

function eventCells(doc: CronacaDocument, ev: PloverEvent, i: number, entities: Map<string, Entity>): string[] {
  const actors = (refs: PloverEvent['source']) =>
    refs.map((r) => (r.entity ? entities.get(r.entity)?.name : undefined) ?? r.text).join('; ') || '-';
  const date = eventDate(doc, ev);
  const f = ev.factuality;
  return [
    String(i + 1),
    ev.type + (ev.modes.length ? `/${ev.modes.join(',')}` : ''),
    actors(ev.source),
    ev.trigger.text || spanText(doc, ev.trigger.spans[0]),
    actors(ev.target),
    date.value ? date.value + (date.rule === 'date.published' ? '*' : '') : '-',
    ev.place?.name ?? '-',
    `${shortCertainty(f.certainty.value)}/${f.polarity.value === 'UNDERSPECIFIED' ? 'U' : f.polarity.value}`,
    attributionText(ev) || 'author',
  ];
}

function shortCertainty(v: string): string {
  return v === 'UNDERSPECIFIED' ? 'UNSPEC' : v;
}

function entityCells(e: Entity): string[] {
  return [
    e.name,
    e.type,
    e.country ?? '-',
    e.sectors?.join(',') || '-',
    e.wikidata ?? '-',
    e.coordinates ? `${e.coordinates.lat.toFixed(3)},${e.coordinates.lon.toFixed(3)}` : '-',
    String(e.mentions.length),
  ];
}

/** Join parts with " · ", starting a new indented line before the width is exceeded. */
function wrapParts(parts: string[], width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const p of parts) {
    if (line && 2 + line.length + 3 + p.length > width) {
      out.push(`  ${line}`);
      line = p;
    } else line = line ? `${line} · ${p}` : p;
  }
  if (line) out.push(`  ${line}`);
  return out;
}

/** Lay out rows in columns no wider than `width`, cutting long cells with an ellipsis. */
function table(columns: Column[], rows: string[][], width: number): string[] {
  const gap = 2;
  const indent = 2;
  const natural = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => r[i].length)));
  const widths = columns.map((c, i) => Math.min(natural[i], Math.max(c.min, c.title.length)));
  let spare = width - indent - gap * (columns.length - 1) - widths.reduce((a, b) => a + b, 0);
  // Hand out the spare width in proportion to weight, only to columns that want more.
  for (let round = 0; round < 64 && spare > 0; round++) {
    const wanting = columns.map((c, i) => (c.weight > 0 && natural[i] > widths[i] ? c.weight : 0));
    const total = wanting.reduce((a, b) => a + b, 0);
    if (total === 0) break;
    let given = 0;
    columns.forEach((_, i) => {
      if (!wanting[i]) return;
      const add = Math.min(natural[i] - widths[i], Math.floor((spare * wanting[i]) / total));
      widths[i] += add;
      given += add;
    });
    spare -= given;
    if (given === 0) {
      // Shares rounded down to nothing: hand out what is left one column at a time.
      columns.forEach((_, i) => {
        if (spare > 0 && wanting[i] && natural[i] > widths[i]) {
          widths[i]++;
          spare--;
        }
      });
    }
  }
  const fmt = (cells: string[]) =>
    ' '.repeat(indent) + cells.map((c, i) => fit(c, widths[i])).join(' '.repeat(gap)).trimEnd();
  return [fmt(columns.map((c) => c.title)), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)];
}

function fit(s: string, w: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= w ? flat.padEnd(w) : flat.slice(0, Math.max(0, w - 1)) + '…';
}
