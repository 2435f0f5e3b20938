// Deterministic synthetic news articles for the benchmark, filled from bench/templates/<lang>.json.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Templates {
  language: string;
  slots: Record<string, string[]>;
  headlines: string[];
  sentences: string[];
  fillers: string[];
}

export interface BenchArticle {
  id: string;
  language: string;
  published: string;
  text: string;
  words: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));

export function loadTemplates(lang: string): Templates {
  return JSON.parse(readFileSync(join(HERE, 'templates', `${lang}.json`), 'utf8')) as Templates;
}

/** mulberry32: small, fast, seeded; the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fill(template: string, t: Templates, rnd: () => number): string {
  let out = template;
  for (let depth = 0; depth < 3 && out.includes('{'); depth++) {
    out = out.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const list = t.slots[slot.toLowerCase()];
      if (!list) return slot;
      const value = list[Math.floor(rnd() * list.length)];
      return slot[0] === slot[0].toUpperCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value;
    });
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** `count` articles of about `words` words, alternating the given languages. */
export function generateArticles(count: number, options: { words?: number; seed?: number; languages?: string[] } = {}): BenchArticle[] {
  const target = options.words ?? 600;
  const rnd = seededRandom(options.seed ?? 20260101);
  const langs = options.languages ?? ['it', 'en'];
  const templates = langs.map(loadTemplates);
  const articles: BenchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const paragraphs: string[] = [fill(t.headlines[Math.floor(rnd() * t.headlines.length)], t, rnd)];
    let words = countWords(paragraphs[0]);
    while (words < target) {
      const para: string[] = [];
      const len = 3 + Math.floor(rnd() * 3);
      for (let k = 0; k < len && words < target; k++) {
        const pool = rnd() < 0.8 ? t.sentences : t.fillers;
        const s = fill(pool[Math.floor(rnd() * pool.length)], t, rnd);
        para.push(s);
        words += countWords(s);
      }
      paragraphs.push(para.join(' '));
    }
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    articles.push({
      id: `bench-${t.language}-${String(i).padStart(4, '0')}`,
      language: t.language,
      published: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: paragraphs.join('\n\n'),
      words,
    });
  }
  return articles;
}
