// The worst misses: issues grouped by gold sentence (or by document when the gold has no
// sentences), most issues first; ties keep document and text order.
import type { Span } from '../core/types.js';
import type { GoldDocument } from '../gold/types.js';
import type { Issue } from './context.js';

export interface WorstItem {
  document: string;
  /** Character span of the sentence in the gold text. */
  span: Span;
  sentence: string;
  /** One line per disagreement: what the gold has and what cronaca produced there. */
  issues: { layer: string; expected?: string; produced?: string; rules: string[] }[];
  rules: string[];
}

interface Candidate extends WorstItem {
  order: number;
}

const MAX_SENTENCE_CHARS = 300;

export class WorstCollector {
  private readonly items: Candidate[] = [];
  private order = 0;

  add(gold: GoldDocument, issues: Issue[]): void {
    const regions: Span[] = gold.sentences && gold.sentences.length > 0 ? gold.sentences : [{ start: 0, end: gold.text.length }];
    const byRegion = new Map<number, Issue[]>();
    for (const issue of issues) {
      let r = regions.findIndex((s) => issue.start >= s.start && issue.start < s.end);
      if (r < 0) r = regions.length - 1;
      const list = byRegion.get(r) ?? [];
      list.push(issue);
      byRegion.set(r, list);
    }
    for (const r of [...byRegion.keys()].sort((a, b) => a - b)) {
      const list = byRegion.get(r) as Issue[];
      const span = regions[r];
      const text = gold.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
      this.items.push({
        document: gold.id,
        span,
        sentence: text.length > MAX_SENTENCE_CHARS ? text.slice(0, MAX_SENTENCE_CHARS - 1) + '…' : text,
        issues: list.map((i) => ({ layer: i.layer, expected: i.expected, produced: i.produced, rules: i.rules })),
        rules: [...new Set(list.flatMap((i) => i.rules).filter((x) => x))].sort(),
        order: this.order++,
      });
    }
  }

  worst(n: number): WorstItem[] {
    return [...this.items]
      .sort((a, b) => b.issues.length - a.issues.length || a.order - b.order)
      .slice(0, n)
      .map(({ order: _order, ...item }) => item);
  }
}
