// Computes TIMEX3 values from what a rule captured, the publication date and earlier timexes.
import type { Timex, TimexType } from '../../core/types.js';
import {
  addDays,
  addMonths,
  formatAt,
  formatDay,
  formatMonth,
  formatTime,
  formatYear,
  isValidYmd,
  isoWeekday,
  formatWeek,
  daysInMonth,
  parseCalendarValue,
  toDayNumber,
  GRAIN_RANK,
  type Grain,
  type ParsedValue,
  type Ymd,
} from './calendar.js';
import type { Candidate, Slot } from './match.js';

export interface Resolved {
  type: TimexType;
  value: string;
  anchor: Timex['anchor'];
  mod?: Timex['mod'];
  range?: { begin: string; end: string };
}

/** -1 / 1: strictly before / after the anchor; 'future': on or after it (future tense nearby). */
type Direction = -1 | 1 | 'future';

export interface ResolveContext {
  /** Publication date. */
  anchor?: Ymd;
  /** True when the verb nearest to the candidate is in the future tense. */
  future(c: Candidate): boolean;
  /** The latest earlier calendar date in the text (for a range, its end). */
  previous(): ParsedValue | undefined;
}

// A day-month without year stays in the anchor's year up to this many days after the anchor
// (news announce dates a few weeks ahead) and goes to the next year if more than
// 365 - DAYS_AHEAD days before it; otherwise it is the nearest past occurrence.
const DAYS_AHEAD = 61;
const MONTHS_AHEAD = 2;

const UNIT_GRAIN: Record<string, Grain> = { Y: 'Y', DE: 'Y', CE: 'Y', M: 'M', W: 'W', WE: 'W', D: 'D' };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function num(v: number | string | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
function str(v: number | string | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function inferYearForDay(m: number, d: number, a: Ymd, direction?: Direction): number {
  const delta = toDayNumber({ y: a.y, m, d: Math.min(d, daysInMonth(a.y, m)) }) - toDayNumber(a);
  if (direction === 'future') return delta >= 0 ? a.y : a.y + 1;
  if (direction === -1) return delta < 0 ? a.y : a.y - 1;
  if (direction === 1) return delta > 0 ? a.y : a.y + 1;
  if (delta > DAYS_AHEAD) return a.y - 1;
  if (delta < DAYS_AHEAD - 365) return a.y + 1;
  return a.y;
}

function inferYearForMonth(m: number, a: Ymd, direction?: Direction): number {
  const delta = m - a.m;
  if (direction === 'future') return delta >= 0 ? a.y : a.y + 1;
  if (direction === -1) return delta < 0 ? a.y : a.y - 1;
  if (direction === 1) return delta > 0 ? a.y : a.y + 1;
  if (delta > MONTHS_AHEAD) return a.y - 1;
  if (delta < MONTHS_AHEAD - 11) return a.y + 1;
  return a.y;
}

function withTime(r: Resolved, slot: Slot, rulePart: string | undefined): Resolved {
  const part = str(slot.part) ?? rulePart;
  const hour = num(slot.hour);
  if (hour === undefined && part === undefined) return r;
  if (!/^(\d{4}|XXXX)-\d\d-\d\d$/.test(r.value)) return r;
  const t = hour !== undefined ? timeOf(slot) : `T${part}`;
  return { ...r, type: 'TIME', value: r.value + t };
}

function timeOf(slot: Slot): string {
  let hour = num(slot.hour) ?? 0;
  const ampm = str(slot.ampm);
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  return formatTime(hour, num(slot.minute) ?? 0) + (str(slot.zone) ?? '');
}

/** A calendar date from year/month/day/weekday/season/decade/century captures. */
export function resolveDate(slot: Slot, c: Candidate, ctx: ResolveContext): Resolved | undefined {
  const rule = c.rule.data;
  const mod = (str(slot.mod) as Timex['mod']) ?? rule.mod;
  // The tense is looked at only when the anchor has to be used, so most dates skip it.
  let dirCache: Direction | undefined | null = null;
  const dir = (): Direction | undefined => (dirCache ??= rule.direction ?? (ctx.future(c) ? 'future' : undefined));
  const decade = str(slot.decade);
  if (decade !== undefined) return { type: 'DATE', value: decade, anchor: 'absolute', mod };
  const century = str(slot.century);
  if (century !== undefined) return { type: 'DATE', value: century, anchor: 'absolute', mod };

  const holiday = str(slot.holiday)?.split('-').map(Number);
  const month = num(slot.month) ?? holiday?.[0];
  const day = num(slot.day) ?? holiday?.[1];
  const season = str(slot.season);
  let year = num(slot.year);
  let anchor: Timex['anchor'] = 'absolute';
  const a = ctx.anchor;

  if (year === undefined) {
    if (month === undefined && season === undefined) {
      // the weekend: its Saturday found as a weekday's would be, then that week's weekend
      const wd = rule.weekend ? 6 : num(slot.weekday);
      if (wd === undefined || day !== undefined) return undefined;
      if (!a) return withTime({ type: 'DATE', value: `XXXX-WXX-${wd}`, anchor: 'unanchored', mod }, slot, rule.part);
      const awd = isoWeekday(a);
      // Plain weekday: the latest on or before the anchor (news say "on Thursday" for that very
      // day); "last"/"next" weekday: strictly before / after.
      const back = (awd - wd + 7) % 7;
      const ahead = (wd - awd + 7) % 7;
      const direction = dir();
      const shift = direction === 1 ? ahead || 7 : direction === 'future' ? ahead : direction === -1 ? -(back || 7) : -back;
      if (rule.weekend) return { type: 'DATE', value: `${formatWeek(addDays(a, shift))}-WE`, anchor: 'published', mod };
      return withTime({ type: 'DATE', value: formatDay(addDays(a, shift)), anchor: 'published', mod }, slot, rule.part);
    }
    if (!a) {
      const mm = month !== undefined ? String(month).padStart(2, '0') : season;
      const value = day !== undefined ? `XXXX-${mm}-${String(day).padStart(2, '0')}` : `XXXX-${mm}`;
      return withTime({ type: 'DATE', value, anchor: 'unanchored', mod }, slot, rule.part);
    }
    anchor = 'published';
    const direction = dir();
    if (month === undefined) year = inferYearForMonth(SEASON_START[season as string] ?? 1, a, direction ?? -1);
    else year = day !== undefined ? inferYearForDay(month, day, a, direction) : inferYearForMonth(month, a, direction);
  }

  let value: string;
  if (season !== undefined && month === undefined) value = `${formatYear(year)}-${season}`;
  else if (month === undefined) value = formatYear(year);
  else if (day === undefined) value = formatMonth(year, month);
  else {
    if (!isValidYmd(year, month, day)) return undefined;
    value = formatDay({ y: year, m: month, d: day });
  }
  return withTime({ type: 'DATE', value, anchor, mod }, slot, rule.part);
}

function unknownAt(grain: Grain): string {
  return grain === 'Y' ? 'XXXX' : grain === 'M' ? 'XXXX-XX' : grain === 'W' ? 'XXXX-WXX' : 'XXXX-XX-XX';
}

function shiftBy(base: Ymd, unit: string, n: number): Ymd {
  switch (unit) {
    case 'D':
      return addDays(base, n);
    case 'W':
    case 'WE':
      return addDays(base, 7 * n);
    case 'M':
      return addMonths(base, n);
    case 'Y':
      return addMonths(base, 12 * n);
    case 'DE':
      return addMonths(base, 120 * n);
    case 'CE':
      return addMonths(base, 1200 * n);
    default:
      return base;
  }
}

/** "ieri", "tre giorni fa", "la settimana scorsa", "due giorni dopo": the anchor moved. */
export function resolveShift(slot: Slot, c: Candidate, ctx: ResolveContext): Resolved {
  const rule = c.rule.data;
  const unit = str(slot.unit) ?? rule.unit ?? 'D';
  const grain = UNIT_GRAIN[unit] ?? 'D';
  const vague = num(slot.vague);
  const relday = num(slot.relday);
  const amount = relday ?? (num(slot.num) ?? vague ?? rule.amount ?? 1) * (rule.direction ?? -1);
  let mod = vague !== undefined ? 'APPROX' : ((str(slot.mod) as Timex['mod']) ?? rule.mod);
  let base: Ymd | undefined;
  let anchor: Timex['anchor'] = 'published';
  let outGrain = grain;
  const prev = rule.anchor === 'previous' ? ctx.previous() : undefined;
  if (prev) {
    base = prev.day;
    anchor = 'previous';
    // "due mesi dopo" after "nel 1992": we only know the year, so the answer is 1992, approximately.
    if (GRAIN_RANK[prev.grain] < GRAIN_RANK[grain]) {
      outGrain = prev.grain;
      mod ??= 'APPROX';
    }
  }
  base ??= ctx.anchor;
  if (!base) return withTime({ type: 'DATE', value: unknownAt(grain), anchor: 'unanchored', mod }, slot, rule.part);
  const moved = shiftBy(base, unit, amount);
  if (outGrain !== grain) return { type: 'DATE', value: formatAt(moved, outGrain), anchor, mod };
  let value = formatAt(moved, grain);
  if (unit === 'DE') value = formatYear(moved.y).slice(0, 3);
  else if (unit === 'CE') value = formatYear(moved.y).slice(0, 2);
  else if (unit === 'WE') value += '-WE';
  return withTime({ type: 'DATE', value, anchor, mod }, slot, rule.part);
}

/** Years in a decade and a century: durations of them are written in years ("a decade" P10Y, "decades" PXY), as the own gold writes them. */
const YEARS_IN: Readonly<Record<string, number>> = { DE: 10, CE: 100 };

function periodOf(slot: Slot, rule: Candidate['rule']['data'], fallback: number | 'X'): string {
  const unit = str(slot.unit) ?? rule.unit ?? 'D';
  const vague = num(slot.vague);
  const n = vague !== undefined ? 'X' : (num(slot.num) ?? rule.amount ?? fallback);
  if (unit === 'H' || unit === 'MI' || unit === 'S') return `PT${n}${unit === 'MI' ? 'M' : unit}`;
  const years = YEARS_IN[unit];
  if (years !== undefined) return n === 'X' ? 'PXY' : `P${n * years}Y`;
  return `P${n}${unit}`;
}

export function resolveDuration(slot: Slot, c: Candidate): Resolved {
  const rule = c.rule.data;
  const mod = (str(slot.mod) as Timex['mod']) ?? rule.mod;
  return { type: 'DURATION', value: rule.value ?? periodOf(slot, rule, 'X'), anchor: 'absolute', mod };
}

export function resolveSet(slot: Slot, c: Candidate): Resolved {
  const rule = c.rule.data;
  const wd = num(slot.weekday);
  const value = wd !== undefined ? `XXXX-WXX-${wd}` : (rule.value ?? periodOf(slot, rule, 1));
  return { type: 'SET', value, anchor: 'absolute', mod: rule.mod };
}

export function resolveTime(slot: Slot, c: Candidate): Resolved | undefined {
  const part = str(slot.part) ?? c.rule.data.part;
  if (num(slot.hour) === undefined && part === undefined) return undefined;
  const value = num(slot.hour) !== undefined ? timeOf(slot) : `T${part}`;
  return { type: 'TIME', value, anchor: 'unanchored', mod: c.rule.data.mod };
}

/** The single value covering begin..end when TIMEX3 has one (a year, a month, a decade). */
function coveringValue(begin: string, end: string): string | undefined {
  const b = parseCalendarValue(begin);
  const e = parseCalendarValue(end);
  if (!b || !e || b.grain !== e.grain) return undefined;
  if (b.grain === 'Y' && b.day.y % 10 === 0 && e.day.y === b.day.y + 9) return begin.slice(0, 3);
  if (b.grain === 'M' && b.day.y === e.day.y && b.day.m === 1 && e.day.m === 12) return formatYear(b.day.y);
  if (b.grain === 'D' && begin.slice(0, 7) === end.slice(0, 7) && b.day.d === 1 && e.day.d === daysInMonth(e.day.y, e.day.m)) {
    return begin.slice(0, 7);
  }
  return undefined;
}

/** "dal 1989 al 2019", "dal 16 al 18 gennaio": parts missing at one end come from the other. */
export function resolveRange(c: Candidate, ctx: ResolveContext): Resolved | undefined {
  const s1: Slot = { ...c.slots[0] };
  const s2: Slot = { ...c.slots[1] };
  if (s1.month === undefined && s1.day !== undefined) s1.month = s2.month;
  if (s2.month === undefined && s2.day !== undefined) s2.month = s1.month;
  if (s1.year === undefined && s1.decade === undefined) s1.year = s2.year;
  if (s2.year === undefined && s2.decade === undefined) s2.year = s1.year;
  let anchor: Timex['anchor'] = 'absolute';
  if (s1.year === undefined && s2.month !== undefined && ctx.anchor) {
    const end = resolveDate(s2, c, ctx);
    const endYear = end ? parseCalendarValue(end.value)?.day.y : undefined;
    if (endYear !== undefined) {
      s2.year = endYear;
      s1.year = num(s1.month) !== undefined && num(s1.month)! > num(s2.month)! ? endYear - 1 : endYear;
      anchor = 'published';
    }
  }
  const begin = resolveDate(s1, c, ctx);
  const end = resolveDate(s2, c, ctx);
  if (!begin || !end) return undefined;
  if (begin.anchor === 'unanchored') anchor = 'unanchored';
  const pb = parseCalendarValue(begin.value);
  const pe = parseCalendarValue(end.value);
  if (pb && pe && toDayNumber(pb.day) > toDayNumber(pe.day)) return undefined;
  const value = coveringValue(begin.value, end.value) ?? begin.value;
  return { type: 'DATE', value, anchor, mod: c.rule.data.mod, range: { begin: begin.value, end: end.value } };
}

export function resolveCandidate(c: Candidate, ctx: ResolveContext): Resolved | undefined {
  const slot = c.slots[0];
  switch (c.rule.data.kind) {
    case 'date':
      return resolveDate(slot, c, ctx);
    case 'range':
      return resolveRange(c, ctx);
    case 'shift':
      return resolveShift(slot, c, ctx);
    case 'ref':
      return { type: 'DATE', value: c.rule.data.value ?? 'PRESENT_REF', anchor: 'published', mod: c.rule.data.mod };
    case 'duration':
      return resolveDuration(slot, c);
    case 'set':
      return resolveSet(slot, c);
    case 'time':
      return resolveTime(slot, c);
    default:
      return undefined;
  }
}

