import type { CronacaDocument, Entity, PloverEvent, Span } from '../core/types.js';

/** Helpers shared by the CSV and report writers. */

export const QUAD_NAMES: Record<1 | 2 | 3 | 4, string> = {
  1: 'VERBAL COOPERATION',
  2: 'MATERIAL COOPERATION',
  3: 'VERBAL CONFLICT',
  4: 'MATERIAL CONFLICT',
};

export function spanText(doc: CronacaDocument, span: Span | undefined): string {
  return span ? doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
}

export function entityIndex(doc: CronacaDocument): Map<string, Entity> {
  return new Map(doc.entities.map((e) => [e.id, e]));
}

/** Event date, else the publication date (date part), else empty; with where it came from. */
export function eventDate(doc: CronacaDocument, ev: PloverEvent): { value: string; rule: string } {
  if (ev.date) return { value: ev.date.value, rule: ev.date.rule };
  const pub = doc.meta.published;
  return pub ? { value: pub.slice(0, 10), rule: 'date.published' } : { value: '', rule: '' };
}

/** The attribution chain without the author, innermost last: "Reuters > the minister". */
export function attributionText(ev: PloverEvent): string {
  return ev.factuality.attribution
    .filter((a) => a.text !== 'author')
    .map((a) => a.text)
    .join(' > ');
}
