import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { isBlank } from './decode.js';
import { toIsoDate } from './date.js';
import { blocksToText } from './html.js';
import type { InputDocument, InputProblem, ReadResult } from './types.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
});

/** RSS 2.0, RSS 1.0 (RDF) and Atom: each item's title and description/content become a document. */
export function parseFeed(xml: string, name: string): ReadResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { documents: [], problems: [{ document: name, problem: `invalid XML at line ${valid.err.line}: ${valid.err.msg}` }] };
  }
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const channel = rss?.channel as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const feed = root.feed as Node | undefined;
  const items = asArray(channel?.item ?? rdf?.item ?? feed?.entry);
  const feedTitle = text(channel?.title ?? feed?.title ?? (rdf?.channel as Node | undefined)?.title);
  if (!rss && !rdf && !feed) {
    return { documents: [], problems: [{ document: name, problem: 'XML is not an RSS or Atom feed' }] };
  }
  const documents: InputDocument[] = [];
  const problems: InputProblem[] = [];
  items.forEach((raw, i) => {
    const item = raw as Node;
    const docName = `${name}#${i + 1}`;
    const title = plain(text(item.title));
    const body = plain(text(item['content:encoded'] ?? item.content ?? item.description ?? item.summary));
    const joined = [title, body].filter((s) => s).join('\n\n');
    if (isBlank(joined)) {
      problems.push({ document: name, problem: `item ${i + 1}: no title or description` });
      return;
    }
    const rawDate = text(item.pubDate ?? item['dc:date'] ?? item.published ?? item.updated);
    const id = text(item.guid ?? item.id) || undefined;
    documents.push({
      name: docName,
      text: joined,
      format: 'rss',
      meta: {
        id: id && id.length <= 200 ? id : undefined,
        title: title || undefined,
        url: link(item.link),
        published: toIsoDate(rawDate),
        source: feedTitle || undefined,
      },
    });
  });
  if (items.length === 0) problems.push({ document: name, problem: 'feed has no items' });
  return { documents, problems, batch: true };
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
}

/** Atom links are elements with href; RSS links are text. Prefer rel="alternate". */
function link(v: unknown): string | undefined {
  const all = asArray(v);
  const alternate = all.find((l) => typeof l === 'object' && l !== null && ((l as Node)['@rel'] ?? 'alternate') === 'alternate');
  const chosen = alternate ?? all[0];
  if (typeof chosen === 'object' && chosen !== null && (chosen as Node)['@href']) return String((chosen as Node)['@href']);
  return text(chosen) || undefined;
}

/** Feed fields often carry escaped HTML: reduce it to plain paragraphs. */
function plain(s: string): string {
  if (!s.includes('<')) return s.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<html><body>${s}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script, style')) as { remove(): void }[]) el.remove();
  return blocksToText(document.body as unknown as Parameters<typeof blocksToText>[0]);
}
