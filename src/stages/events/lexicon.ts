// Trigger lexicon: packs/<lang>/events.tsv, one row per sense.
// Columns: lemma (or space-separated lemma sequence) | pos (VERB/NOUN) | PLOVER type | modes
// (comma-separated, or "-") | argument frame (AP, AR, A, MUT from plover.json) | conditions, whose
// word sets may name a list of events-wordlists.tsv as "$name".
import { readPackTsv } from '../../core/packs.js';
import type { PloverType } from '../../core/types.js';
import { ploverTable } from './plover.js';

export interface Conditions {
  /** The verb's direct object / the noun's "of" complement has one of these lemmas. */
  obj?: Set<string>;
  /** Some lemma of the sentence is one of these. */
  ctx?: Set<string>;
  /** No lemma of the sentence is one of these. */
  noctx?: Set<string>;
  /** The first token after the trigger that is not an adverb has none of these lemmas or forms ("sostiene che"). */
  nonext?: Set<string>;
  /** The token right after the trigger has one of these lemmas or forms. */
  next?: Set<string>;
  /** The token right before the trigger has one of these lemmas or forms. */
  prev?: Set<string>;
  /** ...and none of these lemmas. */
  noobj?: Set<string>;
  /** Source entity has one of these sectors (checked once arguments are known). */
  src?: Set<string>;
  /** The event must have a target actor (checked once arguments are known). */
  tgt?: boolean;
  /** A noun that completes the trigger before it ("condannato a due anni di carcere"): never merged into it, and it takes that trigger's actors. */
  inherit?: boolean;
  /** A noun coded only as the pivot of an existential ("ci sia una disputa", "there is a rift"): a state of relations, not an act. */
  exist?: boolean;
  refl?: boolean;
  passive?: boolean;
  /** The verb governs a verb clause of its own in the parse (xcomp): "ordered the army to withdraw", "ha ordinato ai reparti di ritirarsi"; false (noxcomp): it must not ("helped Moscow obtain parts" is no aid). */
  xcomp?: boolean;
}

export interface TriggerEntry {
  lemmas: string[];
  pos: 'VERB' | 'NOUN' | 'ADJ';
  type: PloverType;
  modes: string[];
  frame: string;
  cond: Conditions;
  /** Number of conditions: more specific rows win. */
  specificity: number;
  rule: string;
  row: number;
}

export interface LexiconProblem {
  row: number;
  text: string;
  problem: string;
}

export interface TriggerLexicon {
  /** Entries keyed by their first lemma, longest and most specific first. */
  byFirst: Map<string, TriggerEntry[]>;
  entries: TriggerEntry[];
  problems: LexiconProblem[];
  /**
   * Per one-word noun trigger lemma, the classes an object condition may list for it: "@act:TYPE"
   * for each event type it has a row of ("suspension" -> @act:sanction), so "lift" can list
   * coercive measures as a class rather than word by word.
   */
  actClasses: Map<string, string[]>;
  /**
   * Per "lemma POS" of a one-word row without conditions, its "@act:TYPE" classes: a context
   * condition may list them ("ctx=@act:sanction": some word of the sentence that is a sanction).
   */
  ctxClasses: Map<string, string[]>;
}

const cache = new Map<string, TriggerLexicon>();

/** Named word lists (events-wordlists.tsv) that a condition may name as "$name" among its words. */
export type WordLists = ReadonlyMap<string, readonly string[]>;

function parseConditions(text: string | undefined, problems: string[], lists: WordLists): Conditions {
  const set = (v: string): Set<string> => {
    const out = new Set<string>();
    for (const w of v.split('|').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
      if (!w.startsWith('$')) out.add(w);
      else if (lists.has(w.slice(1))) for (const x of lists.get(w.slice(1)) ?? []) out.add(x);
      else problems.push(`unknown word list "${w}"`);
    }
    return out;
  };
  const cond: Conditions = {};
  if (!text || text === '-') return cond;
  for (const part of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    switch (key) {
      case 'obj': cond.obj = set(value); break;
      case 'noobj': cond.noobj = set(value); break;
      case 'tgt': cond.tgt = true; break;
      case 'inherit': cond.inherit = true; break;
      case 'exist': cond.exist = true; break;
      case 'ctx': cond.ctx = set(value); break;
      case 'noctx': cond.noctx = set(value); break;
      case 'nonext': cond.nonext = set(value); break;
      case 'next': cond.next = set(value); break;
      case 'prev': cond.prev = set(value); break;
      case 'src': cond.src = new Set(value.split('|').map((s) => s.trim().toUpperCase())); break;
      case 'refl': cond.refl = true; break;
      case 'norefl': cond.refl = false; break;
      case 'pass': cond.passive = true; break;
      case 'act': cond.passive = false; break;
      case 'xcomp': cond.xcomp = true; break;
      case 'noxcomp': cond.xcomp = false; break;
      default: problems.push(`unknown condition "${part}"`);
    }
  }
  return cond;
}

/** Word lists from rows "name<TAB>word|word|..." (a name may have several rows). */
export function parseWordLists(rows: string[][]): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [name, words] of rows) {
    if (!name || !words) continue;
    const list = lists.get(name) ?? [];
    list.push(...words.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));
    lists.set(name, list);
  }
  return lists;
}

export function parseLexicon(lang: string, rows: string[][], lists: WordLists = new Map()): TriggerLexicon {
  const plover = ploverTable();
  const entries: TriggerEntry[] = [];
  const problems: LexiconProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cols, row) => {
    const rowProblems: string[] = [];
    const [lemmaText, pos, type, modeText, frame, condText] = cols;
    if (!lemmaText || !pos || !type || !frame) rowProblems.push('needs lemma, pos, type, modes, frame');
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ') rowProblems.push(`bad pos "${pos}"`);
    if (!plover.isType(type ?? '')) rowProblems.push(`bad type "${type}"`);
    if (frame && !plover.frame(frame)) rowProblems.push(`bad frame "${frame}"`);
    const modes = !modeText || modeText === '-' ? [] : modeText.split(',').map((m) => m.trim()).filter(Boolean);
    if (plover.isType(type ?? '')) {
      const valid = plover.validModes(type as PloverType);
      for (const m of modes) if (!valid.has(m)) rowProblems.push(`mode "${m}" not valid for ${type}`);
    }
    const cond = parseConditions(condText, rowProblems, lists);
    for (const w of [...(cond.obj ?? []), ...(cond.noobj ?? []), ...(cond.ctx ?? []), ...(cond.noctx ?? [])]) {
      if (w.startsWith('@act:') && !plover.isType(w.slice(5).toUpperCase())) rowProblems.push(`act class "${w}" names no PLOVER type`);
    }
    if (rowProblems.length) {
      for (const p of rowProblems) problems.push({ row, text: cols.join('\t'), problem: p });
      return;
    }
    const lemmas = lemmaText.toLowerCase().split(/\s+/);
    const key = lemmas.join(' ');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const slug = lemmas.join('_');
    entries.push({
      lemmas,
      pos: pos as 'VERB' | 'NOUN' | 'ADJ',
      type: type as PloverType,
      modes,
      frame,
      cond,
      specificity: Object.keys(cond).length,
      rule: `${lang}:events:${slug}${n > 1 ? `:${n}` : ''}`,
      row,
    });
  });
  const byFirst = new Map<string, TriggerEntry[]>();
  for (const e of entries) {
    const list = byFirst.get(e.lemmas[0]) ?? [];
    list.push(e);
    byFirst.set(e.lemmas[0], list);
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.lemmas.length - a.lemmas.length || b.specificity - a.specificity || a.row - b.row);
  }
  const oneWord = entries.filter((e) => e.lemmas.length === 1);
  const actClasses = actClassesBy(oneWord.filter((e) => e.pos === 'NOUN'), (e) => e.lemmas[0]);
  // (an entry that only excludes readings, "destroy" but not documents, still names its act)
  const ctxClasses = actClassesBy(oneWord.filter((e) => Object.keys(e.cond).every((k) => NEGATIVE_CONDITIONS.has(k))), (e) => `${e.lemmas[0]} ${e.pos}`);
  return { byFirst, entries, problems, actClasses, ctxClasses };
}

const NEGATIVE_CONDITIONS: ReadonlySet<string> = new Set(['noobj', 'noctx', 'nonext']);

/** The "@act:TYPE" classes of the entries, per key, each class once and in row order. */
function actClassesBy(entries: readonly TriggerEntry[], key: (e: TriggerEntry) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    const k = key(e);
    const classes = out.get(k) ?? [];
    const c = `@act:${e.type.toLowerCase()}`;
    if (!classes.includes(c)) classes.push(c);
    out.set(k, classes);
  }
  return out;
}

/** All events*.tsv rows of a language pack (events.tsv, then events-*.tsv), cached. */
export function triggerLexicon(lang: string, files: string[] = ['events.tsv']): TriggerLexicon {
  const key = `${lang}:${files.join(',')}`;
  let lex = cache.get(key);
  if (!lex) {
    const rows: string[][] = [];
    for (const f of files) rows.push(...readPackTsv(lang, f));
    lex = parseLexicon(lang, rows, parseWordLists(readPackTsv(lang, 'events-wordlists.tsv')));
    cache.set(key, lex);
  }
  return lex;
}
