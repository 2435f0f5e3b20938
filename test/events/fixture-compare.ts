// Compares produced events with the gold fixtures of test/fixtures/events/*.json, following the
// guidance of test/fixtures/README.md (type + overlapping trigger; modes as sets; actors by
// case-insensitive equality, word-boundary containment or canonical entity name; date and place when given).
import type { CronacaDocument, PloverEvent, Span } from '../../src/core/types.js';
import { antecedentOf, mentionById } from '../../src/stages/entities/index.js';
import type { FixtureCase, FixtureEvent } from '../fixtures/fixtures.js';

/** The parts of a fixture event and case the events comparison reads (format: test/fixtures/README.md). */
export type GoldEvent = Pick<FixtureEvent, 'type' | 'modes' | 'trigger' | 'occurrence' | 'source' | 'target' | 'date' | 'place'>;
export type GoldCase = Pick<FixtureCase, 'id' | 'published' | 'text' | 'absent'> & { events: GoldEvent[] };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Span of the occurrence-th whole-word match of `word` in `text`. */
export function wordSpan(text: string, word: string, occurrence = 1): Span | undefined {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])`, 'gu');
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++n === occurrence) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function containsWords(a: string, b: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(b)}(?![\\p{L}\\p{N}])`, 'u').test(a);
}

export function sameName(produced: string, canonical: string | undefined, gold: string): boolean {
  const p = norm(produced);
  const g = norm(gold);
  if (p === g || containsWords(p, g) || containsWords(g, p)) return true;
  return canonical !== undefined && norm(canonical) === g;
}

/** The words that name an actor: a resolved pronoun's are its antecedent's (docs/annotation.md, "Actors"). */
function namingText(doc: CronacaDocument, a: PloverEvent['source'][number]): string {
  const m = a.mention === undefined ? undefined : mentionById(doc, a.mention);
  return (m && antecedentOf(doc, m)?.text) ?? a.text;
}

function actorsMatch(doc: CronacaDocument, produced: PloverEvent['source'], gold: string[]): boolean {
  if (produced.length !== gold.length) return false;
  const used = new Set<number>();
  for (const g of gold) {
    const i = produced.findIndex((a, k) => !used.has(k) && sameName(namingText(doc, a), doc.entities.find((e) => e.id === a.entity)?.name, g));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface CaseResult {
  id: string;
  pass: boolean;
  problems: string[];
}

function describe(e: PloverEvent): string {
  return `${e.type}[${e.modes.join(',')}] "${e.trigger.text}" src=[${e.source.map((a) => a.text).join('; ')}] tgt=[${e.target.map((a) => a.text).join('; ')}] date=${e.date?.value ?? '-'} place=${e.place?.name ?? '-'}`;
}

export function compareCase(doc: CronacaDocument, gold: GoldCase): CaseResult {
  const problems: string[] = [];
  const unmatched = new Set(doc.events);
  for (const g of gold.events) {
    const span = wordSpan(gold.text, g.trigger, g.occurrence ?? 1);
    const found = span ? doc.events.find((e) => unmatched.has(e) && e.type === g.type && e.trigger.spans.some((s) => overlaps(s, span))) : undefined;
    if (!found) {
      problems.push(`missing ${g.type} "${g.trigger}"`);
      continue;
    }
    unmatched.delete(found);
    const what: string[] = [];
    const modes = new Set(found.modes);
    if (modes.size !== g.modes.length || g.modes.some((m) => !modes.has(m))) what.push(`modes [${found.modes}] != [${g.modes}]`);
    if (!actorsMatch(doc, found.source, g.source)) what.push(`source [${found.source.map((a) => a.text).join('; ')}] != [${g.source.join('; ')}]`);
    if (!actorsMatch(doc, found.target, g.target)) what.push(`target [${found.target.map((a) => a.text).join('; ')}] != [${g.target.join('; ')}]`);
    if (g.date && found.date?.value !== g.date) what.push(`date ${found.date?.value ?? '-'} != ${g.date}`);
    if (g.place && !(found.place && sameName(found.place.name, undefined, g.place))) what.push(`place ${found.place?.name ?? '-'} != ${g.place}`);
    if (what.length) problems.push(`${g.type} "${g.trigger}": ${what.join(', ')}`);
  }
  for (const e of unmatched) problems.push(`extra ${describe(e)}`);
  for (const a of gold.absent ?? []) {
    const span = a.trigger ? wordSpan(gold.text, a.trigger) : undefined;
    const bad = doc.events.some((e) => e.type === a.type && (!span || e.trigger.spans.some((s) => overlaps(s, span))));
    if (bad && !problems.some((p) => p.startsWith('extra') && p.includes(a.type))) problems.push(`absent ${a.type} produced`);
  }
  return { id: gold.id, pass: problems.length === 0, problems };
}
