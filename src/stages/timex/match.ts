// Runs every compiled rule over the text and keeps the best non-overlapping matches
// (longest match first, then rule order), as HeidelTime does.
import { tableKey, type CompiledRule, type TimexGrammar } from './compile.js';
import type { Role } from './pack-types.js';

/** What the captures of one end of an expression say. */
export type Slot = Partial<Record<Role, number | string>>;

export interface Candidate {
  rule: CompiledRule;
  /** The timex span (the (?<t>...) group when the pattern has one). */
  start: number;
  end: number;
  matchLength: number;
  slots: [Slot, Slot];
}

function readCapture(role: Role, raw: string, table: Map<string, number | string> | undefined): number | string | undefined {
  if (table) return table.get(tableKey(raw));
  switch (role) {
    case 'decade': {
      if (raw.length === 4) return raw.slice(0, 3);
      const tens = raw[0];
      return tens === '0' || tens === '1' ? `20${tens}` : `19${tens}`;
    }
    case 'century':
      return String(Number(raw) - 1).padStart(2, '0');
    default:
      return Number(raw);
  }
}

function candidateOf(rule: CompiledRule, m: RegExpExecArray, text: string, offset: number): Candidate | undefined {
  const slots: [Slot, Slot] = [{}, {}];
  const indices = m.indices?.groups ?? {};
  for (const c of rule.captures) {
    const at = indices[c.group];
    if (at === undefined) continue;
    // Read the original text: unless the rule is case-sensitive it ran on a lower-cased copy.
    const raw = text.slice(at[0] + offset, at[1] + offset);
    if (c.strict && !c.strict.has(raw.replace(/’/g, "'").replace(/\s+/g, ' '))) return undefined;
    const value = readCapture(c.role, raw, c.table);
    if (value !== undefined) slots[c.slot - 1][c.role] = value;
  }
  const t = m.indices?.groups?.t;
  const [start, end] = t ?? [m.index, m.index + m[0].length];
  return { rule, start: start + offset, end: end + offset, matchLength: m[0].length, slots };
}

/** A stretch of text matched on its own (a sentence) and the gate bits of the words in it. */
export interface Region {
  start: number;
  end: number;
  mask: number;
}

// Word characters for the gate scan: ASCII letters and digits, and everything from Latin-1
// letters up except general punctuation (a hand-rolled loop is ~5x faster than a Unicode regex).
function isWordCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f);
}

/**
 * Splits the text at sentence bounds and notes which tables' words (bit 0: digits) each holds.
 * `lower` is the text lower-cased with offsets unchanged (lowerSameLength).
 */
export function regionsOf(grammar: TimexGrammar, lower: string, bounds: { start: number; end: number }[]): Region[] {
  const regions: Region[] = bounds.length ? bounds.map((b) => ({ start: b.start, end: b.end, mask: 0 })) : [{ start: 0, end: lower.length, mask: 0 }];
  const n = lower.length;
  let r = 0;
  let wordStart = -1;
  let digit = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (wordStart < 0) wordStart = i;
      if (c >= 48 && c <= 57) digit = true;
      continue;
    }
    if (wordStart < 0) continue;
    while (r < regions.length - 1 && wordStart >= regions[r].end) r++;
    regions[r].mask |= (grammar.wordBits.get(lower.slice(wordStart, i)) ?? 0) | (digit ? 1 : 0);
    wordStart = -1;
    digit = false;
  }
  return regions;
}

/** Lower case without changing any offset (a few characters grow when lower-cased: kept as they are). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Every gate of the rule has one of its words in the region (a loop: this runs rules x sentences times). */
function gatesOpen(gates: readonly number[], mask: number): boolean {
  for (let i = 0; i < gates.length; i++) if ((gates[i] & mask) === 0) return false;
  return true;
}

export function findCandidates(grammar: TimexGrammar, text: string, lower: string, regions: Region[]): Candidate[] {
  const out: Candidate[] = [];
  for (const region of regions) {
    if (region.end <= region.start) continue;
    const lowerSlice = lower.slice(region.start, region.end);
    let exactSlice: string | undefined;
    for (const rule of grammar.rules) {
      if (!gatesOpen(rule.gates, region.mask)) continue;
      const slice = rule.data.caseSensitive ? (exactSlice ??= text.slice(region.start, region.end)) : lowerSlice;
      const re = rule.regex;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const c = candidateOf(rule, m, text, region.start);
        if (c && c.end > c.start) out.push(c);
      }
    }
  }
  return out;
}

/** Longest match wins, ties go to the rule listed first; result in text order. */
export function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.matchLength - a.matchLength || a.rule.index - b.rule.index || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
