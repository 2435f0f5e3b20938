import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedHtml {
  text: string;
  title?: string;
  published?: string;
  url?: string;
  language?: string;
}

/** Elements whose content is never article text. */
const DROP = 'script, style, noscript, template, iframe, svg, canvas, nav, form, button, select, textarea';

/** Elements that end a paragraph: their content is separated from the next by a blank line. */
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
  'PRE', 'ARTICLE', 'SECTION', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'FIGURE', 'FIGCAPTION', 'TABLE',
  'TR', 'TD', 'TH', 'CAPTION', 'ADDRESS', 'HR', 'BODY', 'HTML',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Main-article extraction: metadata from meta tags, boilerplate removed, the article found with
 * Readability (falling back to the whole body), paragraphs kept as blank-line-separated blocks.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(wrapFragment(html));
  const meta = (selector: string): string | undefined => {
    const el = document.querySelector(selector);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    return v && v.trim() ? v.trim() : undefined;
  };
  const metaTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('time[datetime]');
  const url = meta('link[rel="canonical"]') ?? meta('meta[property="og:url"]');
  const language = document.documentElement?.getAttribute('lang')?.trim().slice(0, 2).toLowerCase() || undefined;

  for (const el of Array.from(document.querySelectorAll(DROP)) as { remove(): void }[]) el.remove();

  let text = '';
  let article: { content?: string | null; title?: string | null } | null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = blocksToText(content.body as unknown as DomNode);
  }
  const title = metaTitle ?? (article?.title?.trim() || undefined) ?? pageTitle;
  // Readability drops a headline that repeats the title; headlines carry events, so keep it.
  if (article?.content && title && /\S/.test(text) && !text.startsWith(title)) text = `${title}\n\n${text}`;
  if (!/\S/.test(text)) {
    const { document: again } = parseHTML(wrapFragment(html));
    for (const el of Array.from(again.querySelectorAll(DROP)) as { remove(): void }[]) el.remove();
    text = again.body ? blocksToText(again.body as unknown as DomNode) : '';
  }
  return { text, title, published, url, language: language && /^[a-z]{2}$/.test(language) ? language : undefined };
}

/** linkedom gives no body for a bare fragment; give it one. */
function wrapFragment(html: string): string {
  return /<(html|body)[\s>]/i.test(html.slice(0, 4096)) ? html : `<html><body>${html}</body></html>`;
}

/** Text of a DOM tree with whitespace collapsed inside paragraphs and a blank line between them. */
export function blocksToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
