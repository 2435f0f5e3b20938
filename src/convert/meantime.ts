// MEANTIME English (NewsReader CAT XML, one article per file). Text is rebuilt from the tokens with
// layoutSentences (title and date line become their own paragraphs). Scope = sentences 0-5, the
// only part annotated exhaustively. Entity mentions take their type from the ENTITY instance they
// REFER_TO: PER, ORG, LOC are kept; PRO (products), FIN (financial) and unlinked mentions keep
// their MEANTIME type and act as ignored regions in scoring. Discontinuous mentions become the hull
// of their tokens. Event mentions without a `pred` (grouping mentions added at cross-document
// level) are dropped.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Span } from '../core/types.js';
import type { GoldDocument, GoldEntity, GoldEvent, GoldLayer, GoldMentionKind, GoldTimex } from '../gold/types.js';
import { inputFiles } from './files.js';
import { hull, layoutSentences } from './layout.js';

/** Sentences 0..5 (title, date line, first four body sentences) are fully annotated. */
export const MEANTIME_SCOPE_SENTENCES = 6;

interface XmlNode {
  [key: string]: unknown;
}

const ARRAYS = new Set([
  'token', 'token_anchor', 'ENTITY_MENTION', 'EVENT_MENTION', 'TIMEX3', 'ENTITY', 'EVENT', 'REFERS_TO', 'source', 'target',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

const KIND_BY_SYNTACTIC_TYPE: Record<string, GoldMentionKind> = {
  NAM: 'name',
  'PRE.NAM': 'name',
  NOM: 'nominal',
  'PRE.NOM': 'nominal',
  PTV: 'nominal',
  PRO: 'pronoun',
};

function list(node: unknown, key: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XmlNode)[key];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

function attr(node: XmlNode, key: string): string {
  const v = node[key];
  return typeof v === 'string' ? v.trim() : '';
}

function anchors(node: XmlNode): string[] {
  return list(node, 'token_anchor').map((a) => attr(a, 't_id'));
}

function canonicalName(instance: XmlNode | undefined): string | undefined {
  if (!instance) return undefined;
  const ref = attr(instance, 'external_ref');
  const m = /dbpedia\.org\/resource\/(.+)$/.exec(ref);
  if (m) return decodeURIComponent(m[1]).replace(/_/g, ' ').trim();
  return attr(instance, 'TAG_DESCRIPTOR') || undefined;
}

function datePart(value: string): string | undefined {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? m[0] : undefined;
}

export function convertMeantimeXml(xml: string, corpus = ''): GoldDocument {
  const root = parser.parse(xml) as XmlNode;
  const docNode = root.Document as XmlNode;
  const docId = attr(docNode, 'doc_id');
  const tokens = list(docNode, 'token')
    .map((t) => ({ id: attr(t, 't_id'), sentence: Number(attr(t, 'sentence')), number: Number(attr(t, 'number')), text: String(t['#text'] ?? '') }))
    .filter((t) => t.text !== '')
    .sort((a, b) => a.number - b.number);

  const sentenceTokens: string[][] = [];
  const where = new Map<string, [number, number]>();
  for (const t of tokens) {
    while (sentenceTokens.length <= t.sentence) sentenceTokens.push([]);
    where.set(t.id, [t.sentence, sentenceTokens[t.sentence].length]);
    sentenceTokens[t.sentence].push(t.text);
  }
  const nonEmpty = sentenceTokens.map((s, i) => ({ s, i })).filter((x) => x.s.length > 0);
  const layout = layoutSentences(nonEmpty.map((x) => ({ tokens: x.s })));
  const sentenceIndex = new Map(nonEmpty.map((x, k) => [x.i, k]));
  const spanOf = (ids: string[]): Span | undefined => {
    const spans: Span[] = [];
    for (const id of ids) {
      const w = where.get(id);
      if (w) spans.push(layout.tokens[sentenceIndex.get(w[0]) as number][w[1]]);
    }
    return spans.length > 0 ? hull(spans) : undefined;
  };

  const markables = (docNode.Markables ?? {}) as XmlNode;
  const relations = (docNode.Relations ?? {}) as XmlNode;
  const instances = new Map<string, XmlNode>();
  for (const n of [...list(markables, 'ENTITY'), ...list(markables, 'EVENT')]) instances.set(attr(n, 'm_id'), n);
  const refersTo = new Map<string, XmlNode>();
  for (const r of list(relations, 'REFERS_TO')) {
    const target = instances.get(attr(list(r, 'target')[0] ?? {}, 'm_id'));
    if (!target) continue;
    for (const s of list(r, 'source')) refersTo.set(attr(s, 'm_id'), target);
  }

  const entities: GoldEntity[] = [];
  for (const m of list(markables, 'ENTITY_MENTION')) {
    const span = spanOf(anchors(m));
    if (!span) continue;
    const instance = refersTo.get(attr(m, 'm_id'));
    const type = (instance && attr(instance, 'ent_type')) || 'UNLINKED';
    const kind = KIND_BY_SYNTACTIC_TYPE[attr(m, 'syntactic_type')] ?? 'other';
    const e: GoldEntity = { ...span, type, kind };
    const canonical = canonicalName(instance);
    if (canonical) e.canonical = canonical;
    entities.push(e);
  }

  const timexes: GoldTimex[] = [];
  let published: string | undefined;
  for (const m of list(markables, 'TIMEX3')) {
    const isDct = attr(m, 'functionInDocument') === 'CREATION_TIME';
    if (isDct) published ??= datePart(attr(m, 'value'));
    const span = spanOf(anchors(m));
    if (!span) continue;
    const t: GoldTimex = { ...span, type: attr(m, 'type'), value: attr(m, 'value') };
    if (isDct) t.dct = true;
    timexes.push(t);
  }

  const events: GoldEvent[] = [];
  for (const m of list(markables, 'EVENT_MENTION')) {
    const pred = attr(m, 'pred');
    const span = spanOf(anchors(m));
    if (!pred || !span) continue;
    const e: GoldEvent = { ...span, pred };
    const cls = attr(refersTo.get(attr(m, 'm_id')) ?? {}, 'class');
    if (cls) e.class = cls;
    const certainty = attr(m, 'certainty');
    const polarity = attr(m, 'polarity');
    const time = attr(m, 'time');
    const special = attr(m, 'special_cases');
    if (certainty) e.certainty = certainty;
    if (polarity) e.polarity = polarity;
    if (time) e.time = time;
    if (special) e.special = special;
    events.push(e);
  }

  const byStart = <T extends Span>(a: T, b: T) => a.start - b.start || a.end - b.end;
  const scopeEnd = layout.sentences[Math.min(MEANTIME_SCOPE_SENTENCES, layout.sentences.length) - 1]?.end ?? 0;
  const layers: GoldLayer[] = ['entities', 'timexes', 'events', 'factuality'];
  const doc: GoldDocument = {
    id: corpus ? `${corpus}/${docId}` : docId,
    language: attr(docNode, 'lang') || 'en',
    text: layout.text,
    layers,
    scope: [{ start: 0, end: scopeEnd }],
    sentences: layout.sentences,
    entities: entities.sort(byStart),
    timexes: timexes.sort(byStart),
    events: events.sort(byStart),
    source: attr(docNode, 'doc_name'),
  };
  if (published) doc.published = published;
  return doc;
}

export function convertMeantime(path: string): GoldDocument[] {
  return inputFiles(path, ['.xml']).map((file) => convertMeantimeXml(readFileSync(file, 'utf8'), basename(dirname(file))));
}
