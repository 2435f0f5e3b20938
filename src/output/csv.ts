import { stringify } from 'csv-stringify/sync';
import type { ActorRef, CronacaDocument, Entity, PloverEvent } from '../core/types.js';
import { attributionText, entityIndex, eventDate, QUAD_NAMES, spanText } from './text.js';

/**
 * One row per event. Names follow the POLECAT export where a column exists there; the identifier
 * columns say Wikidata because that is what cronaca links to; cronaca's own columns come last.
 */
export const CSV_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Primary Actor Sector', 'Actor Sectors', 'Actor Name Raw', 'Wikidata Actor ID',
  'Recipient Name', 'Recipient Country', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Name Raw',
  'Wikidata Recipient ID',
  'Placename', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename',
  'Source', 'Publication Date', 'Language', 'Story ID', 'Event Text',
  'Certainty', 'Polarity', 'Time', 'Attribution', 'Factuality Score', 'Date Rule', 'Trigger Text',
  'Trigger Start', 'Trigger End', 'Rule IDs',
] as const;

/** Several actors in one field are joined like POLECAT does. */
const JOIN = '; ';

export function csvHeader(): string {
  return stringify([CSV_COLUMNS as unknown as string[]]);
}

/** CSV rows (no header) for every event of a document. */
export function toCsvRows(doc: CronacaDocument): string {
  if (doc.events.length === 0) return '';
  const entities = entityIndex(doc);
  return stringify(doc.events.map((ev) => eventRow(doc, ev, entities)));
}

export function toCsv(docs: CronacaDocument[]): string {
  return csvHeader() + docs.map(toCsvRows).join('');
}

function eventRow(doc: CronacaDocument, ev: PloverEvent, entities: Map<string, Entity>): string[] {
  const actor = actorColumns(ev.source, entities);
  const recipient = actorColumns(ev.target, entities);
  const place = ev.place;
  const placeEntity = place?.entity ? entities.get(place.entity) : undefined;
  const coords = place?.coordinates ?? placeEntity?.coordinates;
  const date = eventDate(doc, ev);
  const f = ev.factuality;
  return [
    globalEventId(doc, ev), date.value, ev.type, ev.modes.join(JOIN), QUAD_NAMES[ev.quad] ?? String(ev.quad), '',
    ...actor,
    ...recipient,
    place ? (placeEntity?.name ?? place.name) : '',
    place ? (place.country ?? placeEntity?.country ?? '') : '',
    coords ? String(coords.lat) : '',
    coords ? String(coords.lon) : '',
    placeEntity?.geonameid !== undefined ? String(placeEntity.geonameid) : '',
    place ? (spanText(doc, place.spans[0]) || place.name) : '',
    doc.meta.source ?? '', doc.meta.published ?? '', doc.language.code, doc.id, spanText(doc, ev.evidence),
    f.certainty.value, f.polarity.value, f.time.value, attributionText(ev), String(f.score), date.rule,
    ev.trigger.text, String(ev.trigger.spans[0]?.start ?? ''), String(ev.trigger.spans[ev.trigger.spans.length - 1]?.end ?? ''),
    ev.rules.join(' '),
  ];
}

/** PLOVER wants ids unique in the dataset; stage ids are unique only in their document. */
function globalEventId(doc: CronacaDocument, ev: PloverEvent): string {
  return ev.id.startsWith(doc.id) ? ev.id : `${doc.id}-${ev.id}`;
}

/** Name, Country, Primary Sector, Sectors, Name Raw, Wikidata ID for a list of actors. */
function actorColumns(refs: ActorRef[], entities: Map<string, Entity>): string[] {
  const es = refs.map((r) => (r.entity ? entities.get(r.entity) : undefined));
  return [
    refs.map((r, i) => es[i]?.name ?? r.text).join(JOIN),
    es.map((e) => e?.country ?? '').join(JOIN).replace(/^(; )+$/, ''),
    es.map((e) => e?.sectors?.[0] ?? '').join(JOIN).replace(/^(; )+$/, ''),
    es.map((e) => (e?.sectors ?? []).join(',')).join(JOIN).replace(/^(; )+$/, ''),
    refs.map((r) => r.text).join(JOIN),
    es.map((e) => e?.wikidata ?? '').join(JOIN).replace(/^(; )+$/, ''),
  ];
}
