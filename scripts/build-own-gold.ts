// Builds cronaca's own PLOVER gold set (gold/own/dev.jsonl, gold/own/test.jsonl) from the
// hand-edited sources in gold/own/src/*.json, turning quoted strings into exact character offsets.
// Any string that cannot be found, or that is ambiguous where it must not be, stops the build.
// Source format and annotation rules: gold/own/README.md and docs/annotation.md.
//
//   npx tsx scripts/build-own-gold.ts          (or: node --import tsx scripts/build-own-gold.ts)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/core/packs.js';
import { PLOVER_TYPES } from '../src/core/types.js';
import { ploverTable } from '../src/stages/events/plover.js';
import type { Span } from '../src/core/types.js';
import type { GoldArgument, GoldDocument, GoldEntity, GoldEvent, GoldTimex } from '../src/gold/types.js';

export const OWN_GOLD_DIR = join(PROJECT_ROOT, 'gold', 'own');
export const OWN_SOURCE_DIR = join(OWN_GOLD_DIR, 'src');

/** PLOVER 2.0 modes per event type, from packs/world/plover.json (docs/annotation.md). */
export const OWN_MODES: Record<string, string[]> = Object.fromEntries(
  PLOVER_TYPES.map((t) => [t, [...ploverTable().validModes(t)]]),
);

const CERTAINTY = ['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNDERSPECIFIED'];
const POLARITY = ['POS', 'NEG', 'UNDERSPECIFIED'];
const TIME = ['NON_FUTURE', 'FUTURE', 'UNDERSPECIFIED'];
const SPECIAL = ['NONE', 'GEN', 'COND_MAIN_CLAUSE', 'COND_IF_CLAUSE'];
const ENTITY_TYPES = ['PER', 'ORG', 'GPE', 'LOC'];
const KINDS = ['name', 'nominal', 'pronoun', 'other'];
const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const CERTAINTY_WEIGHT: Record<string, number> = { CERTAIN: 3, PROBABLE: 2, POSSIBLE: 1, UNDERSPECIFIED: 0 };
const POLARITY_SIGN: Record<string, number> = { POS: 1, NEG: -1, UNDERSPECIFIED: 0 };

/**
 * A reference to words of the text: "string" (whole-word match), "string@N" (its N-th whole-word
 * occurrence, 1-based), optionally followed by "|Canonical name" for actors.
 */
type Ref = string;

/** [string, type, kind, canonical?]: every whole-word occurrence, unless the string has "@N". */
type SourceEntity = [string, string, string, string?];
/** [string, type, value] */
type SourceTimex = [string, string, string];

interface SourceEvent {
  t: Ref;
  type: string;
  modes?: string[];
  src?: Ref[];
  tgt?: Ref[];
  date?: string;
  place?: Ref;
  /** "CERTAINTY POLARITY TIME"; default "CERTAIN POS NON_FUTURE". */
  f?: string;
  sp?: string;
  /** Source chain, outside in; default ["author"]. "author" and "unnamed" are literal. */
  attr?: Ref[];
  /** Annotator's note (not exported). */
  note?: string;
}

export interface OwnSource {
  id: string;
  language: string;
  published: string;
  sentences: string[];
  entities: SourceEntity[];
  timexes: SourceTimex[];
  events: SourceEvent[];
  note?: string;
}

class BuildError extends Error {}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** All whole-word occurrences of `needle` in `text`. */
export function wholeWordSpans(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    const edgeOk = (!isWordChar(needle[0]) || !isWordChar(text[i - 1])) && (!isWordChar(needle[needle.length - 1]) || !isWordChar(text[end]));
    if (edgeOk) out.push({ start: i, end });
  }
  return out;
}

interface ParsedRef {
  surface: string;
  occurrence?: number;
  canonical?: string;
}

function parseRef(ref: Ref): ParsedRef {
  const [head, canonical] = ref.split('|');
  const m = /^(.*)@(\d+)$/.exec(head);
  return m ? { surface: m[1], occurrence: Number(m[2]), canonical } : { surface: head, canonical };
}

interface DocContext {
  id: string;
  text: string;
  sentences: Span[];
}

function sentenceOf(ctx: DocContext, pos: number): number {
  return ctx.sentences.findIndex((s) => pos >= s.start && pos < s.end);
}

/**
 * Resolves a reference. With "@N" or a single occurrence the choice is explicit. Otherwise, when
 * `near` is given (arguments of an event), the occurrence in the trigger's sentence closest to the
 * trigger wins, else the closest preceding one (an antecedent), else the closest following one;
 * without `near` an ambiguous reference is an error.
 */
function resolve(ctx: DocContext, ref: Ref, what: string, near?: Span): { span: Span; parsed: ParsedRef } {
  const parsed = parseRef(ref);
  const all = wholeWordSpans(ctx.text, parsed.surface);
  const fail = (why: string): never => {
    throw new BuildError(`${ctx.id}: ${what} "${ref}": ${why}`);
  };
  if (all.length === 0) fail('not found as whole words in the text');
  if (parsed.occurrence !== undefined) {
    const s = all[parsed.occurrence - 1];
    if (!s) fail(`occurrence ${parsed.occurrence} requested, only ${all.length} found`);
    return { span: s, parsed };
  }
  if (all.length === 1) return { span: all[0], parsed };
  if (!near) return fail(`occurs ${all.length} times: add @N`);
  const sentence = sentenceOf(ctx, near.start);
  const dist = (s: Span) => Math.abs(s.start - near.start);
  const same = all.filter((s) => sentenceOf(ctx, s.start) === sentence).sort((a, b) => dist(a) - dist(b));
  if (same.length > 0) return { span: same[0], parsed };
  const before = all.filter((s) => s.end <= near.start).sort((a, b) => dist(a) - dist(b));
  if (before.length > 0) return { span: before[0], parsed };
  return { span: all.sort((a, b) => dist(a) - dist(b))[0], parsed };
}

function argument(ctx: DocContext, ref: Ref, what: string, near: Span): GoldArgument {
  if (ref === 'author' || ref === 'unnamed') return { text: ref };
  const { span, parsed } = resolve(ctx, ref, what, near);
  return { start: span.start, end: span.end, text: parsed.canonical ?? parsed.surface };
}

function check(ok: boolean, id: string, message: string): void {
  if (!ok) throw new BuildError(`${id}: ${message}`);
}

function buildEntities(ctx: DocContext, src: SourceEntity[]): GoldEntity[] {
  const taken: Span[] = [];
  const out: GoldEntity[] = [];
  // Longest strings first, so "Vladimir Putin" claims its words before "Putin" does.
  const ordered = [...src].sort((a, b) => parseRef(b[0]).surface.length - parseRef(a[0]).surface.length);
  for (const [ref, type, kind, canonical] of ordered) {
    check(ENTITY_TYPES.includes(type), ctx.id, `entity "${ref}": bad type ${type}`);
    check(KINDS.includes(kind), ctx.id, `entity "${ref}": bad kind ${kind}`);
    const parsed = parseRef(ref);
    const spans = parsed.occurrence !== undefined
      ? [resolve(ctx, ref, 'entity').span]
      : wholeWordSpans(ctx.text, parsed.surface).filter((s) => !taken.some((t) => s.start < t.end && t.start < s.end));
    check(spans.length > 0, ctx.id, `entity "${ref}": not found (or only inside longer mentions)`);
    for (const s of spans) {
      check(!taken.some((t) => s.start < t.end && t.start < s.end), ctx.id, `entity "${ref}" overlaps another mention`);
      taken.push(s);
      out.push({ start: s.start, end: s.end, type, kind: kind as GoldEntity['kind'], ...(canonical ? { canonical } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function buildTimexes(ctx: DocContext, src: SourceTimex[]): GoldTimex[] {
  return src
    .map(([ref, type, value]) => {
      check(TIMEX_TYPES.includes(type), ctx.id, `timex "${ref}": bad type ${type}`);
      const { span } = resolve(ctx, ref, 'timex');
      return { start: span.start, end: span.end, type, value };
    })
    .sort((a, b) => a.start - b.start);
}

function buildEvent(ctx: DocContext, e: SourceEvent): GoldEvent {
  const { span } = resolve(ctx, e.t, `${e.type} trigger`);
  check((PLOVER_TYPES as readonly string[]).includes(e.type), ctx.id, `event "${e.t}": bad type ${e.type}`);
  const modes = e.modes ?? [];
  for (const m of modes) check(OWN_MODES[e.type].includes(m), ctx.id, `event "${e.t}": mode ${m} not valid for ${e.type}`);
  const [certainty, polarity, time] = (e.f ?? 'CERTAIN POS NON_FUTURE').split(' ');
  check(CERTAINTY.includes(certainty) && POLARITY.includes(polarity) && TIME.includes(time), ctx.id, `event "${e.t}": bad factuality "${e.f}"`);
  const special = e.sp ?? 'NONE';
  check(SPECIAL.includes(special), ctx.id, `event "${e.t}": bad special ${special}`);
  if (e.date !== undefined) check(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date), ctx.id, `event "${e.t}": bad date ${e.date}`);
  const attr = e.attr ?? ['author'];
  check(attr[0] === 'author', ctx.id, `event "${e.t}": attribution must start with author`);
  const event: GoldEvent = {
    start: span.start,
    end: span.end,
    type: e.type,
    modes,
    source: (e.src ?? []).map((r) => argument(ctx, r, `${e.type} source`, span)),
    target: (e.tgt ?? []).map((r) => argument(ctx, r, `${e.type} target`, span)),
    ...(e.date !== undefined ? { date: e.date } : {}),
    ...(e.place !== undefined ? { place: argument(ctx, e.place, `${e.type} place`, span) } : {}),
    certainty,
    polarity,
    time,
    special,
    attribution: attr.map((r) => argument(ctx, r, `${e.type} attribution`, span)),
    factScore: CERTAINTY_WEIGHT[certainty] * POLARITY_SIGN[polarity],
  };
  return event;
}

/** Turns one source record into a gold document with exact offsets (throws on any problem). */
export function buildDocument(src: OwnSource): GoldDocument {
  check(/^(it|en)-\d{2,3}$/.test(src.id), src.id, 'id must be <lang>-NN or <lang>-NNN');
  check(src.id.startsWith(src.language + '-'), src.id, 'id must start with the language code');
  check(/^\d{4}-\d{2}-\d{2}$/.test(src.published), src.id, 'published must be YYYY-MM-DD');
  const sentences: Span[] = [];
  let text = '';
  for (const s of src.sentences) {
    check(s === s.trim() && s !== '', src.id, 'sentences must be trimmed and non-empty');
    if (text !== '') text += ' ';
    sentences.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  const ctx: DocContext = { id: src.id, text, sentences };
  const events = src.events.map((e) => buildEvent(ctx, e)).sort((a, b) => a.start - b.start);
  return {
    id: `own-${src.id}`,
    language: src.language,
    text,
    published: src.published,
    layers: ['entities', 'timexes', 'events', 'plover', 'factuality'],
    partial: ['events'],
    // docs/annotation.md §8: a name introduced by a role is marked without the role.
    entitySpans: 'bare-name',
    eventPlaces: 'exhaustive',
    sentences,
    entities: buildEntities(ctx, src.entities),
    timexes: buildTimexes(ctx, src.timexes),
    events,
    source: `cronaca own gold, gold/own/src/${src.id}.json`,
  };
}

/** Held-out rule: every third document of each language (ids ending in a multiple of 3). */
export function isTestSplit(id: string): boolean {
  const n = Number(/(\d+)$/.exec(id)?.[1]);
  return Number.isInteger(n) && n % 3 === 0;
}

export function readOwnSources(dir = OWN_SOURCE_DIR): OwnSource[] {
  const number = (f: string) => Number(/(\d+)\.json$/.exec(f)?.[1] ?? 0);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.slice(0, 3).localeCompare(b.slice(0, 3)) || number(a) - number(b))
    .map((f) => {
      const src = JSON.parse(readFileSync(join(dir, f), 'utf8')) as OwnSource;
      check(`${src.id}.json` === f, f, `file name must be the id (${src.id})`);
      return src;
    });
}

/** Builds both splits in memory: the JSONL text of dev and test. */
export function buildOwnGold(dir = OWN_SOURCE_DIR): { dev: string; test: string; documents: GoldDocument[] } {
  const documents = readOwnSources(dir).map(buildDocument);
  const line = (d: GoldDocument) => JSON.stringify(d) + '\n';
  return {
    dev: documents.filter((d) => !isTestSplit(d.id)).map(line).join(''),
    test: documents.filter((d) => isTestSplit(d.id)).map(line).join(''),
    documents,
  };
}

function main(): void {
  try {
    const { dev, test, documents } = buildOwnGold();
    writeFileSync(join(OWN_GOLD_DIR, 'dev.jsonl'), dev);
    writeFileSync(join(OWN_GOLD_DIR, 'test.jsonl'), test);
    const events = documents.reduce((n, d) => n + (d.events?.length ?? 0), 0);
    console.log(`gold/own: ${documents.length} documents, ${events} events -> dev.jsonl, test.jsonl`);
  } catch (err) {
    if (err instanceof BuildError) {
      console.error(`build-own-gold: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
