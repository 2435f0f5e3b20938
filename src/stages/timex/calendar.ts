// Calendar arithmetic and TIMEX3 value formatting, on UTC day numbers (no time zones involved).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Granularity of a TIMEX3 calendar value, coarse to fine. */
export type Grain = 'Y' | 'M' | 'W' | 'D';

export const GRAIN_RANK: Record<Grain, number> = { Y: 0, M: 1, W: 2, D: 3 };

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toDayNumber(v: Ymd): number {
  return Math.round(Date.UTC(v.y, v.m - 1, v.d) / 86400000);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(v) + n);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(v: Ymd, n: number): Ymd {
  const total = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export function isoWeekday(v: Ymd): number {
  const wd = new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function isoWeek(v: Ymd): { year: number; week: number } {
  const thursday = addDays(v, 4 - isoWeekday(v));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

export function formatYear(y: number): string {
  return pad4(y);
}

export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function formatDay(v: Ymd): string {
  return `${pad4(v.y)}-${pad2(v.m)}-${pad2(v.d)}`;
}

export function formatWeek(v: Ymd): string {
  const w = isoWeek(v);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Formats a day at the given granularity: 2022, 2022-01, 2022-W02, 2022-01-16. */
export function formatAt(v: Ymd, grain: Grain): string {
  switch (grain) {
    case 'Y':
      return formatYear(v.y);
    case 'M':
      return formatMonth(v.y, v.m);
    case 'W':
      return formatWeek(v);
    default:
      return formatDay(v);
  }
}

export function formatTime(hour: number, minute: number): string {
  return `T${pad2(hour)}:${pad2(minute)}`;
}

/** A concrete calendar value read back from a TIMEX3 string (time part ignored). */
export interface ParsedValue {
  grain: Grain;
  /** First day of the period. */
  day: Ymd;
}

const VALUE_RE = /^(\d{4})(?:-(?:W(\d\d)|(\d\d)(?:-(\d\d))?))?(?:T|$)/;

export function parseCalendarValue(value: string): ParsedValue | undefined {
  const m = VALUE_RE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2]) {
    // Monday of ISO week: the week holding Jan 4th is week 1.
    const jan4: Ymd = { y, m: 1, d: 4 };
    const monday = addDays(jan4, 1 - isoWeekday(jan4) + (Number(m[2]) - 1) * 7);
    return { grain: 'W', day: monday };
  }
  if (m[4]) return { grain: 'D', day: { y, m: Number(m[3]), d: Number(m[4]) } };
  if (m[3]) return { grain: 'M', day: { y, m: Number(m[3]), d: 1 } };
  return { grain: 'Y', day: { y, m: 1, d: 1 } };
}

/** Reads YYYY-MM-DD or an ISO date-time; undefined when it is not a valid date. */
export function parseIsoDate(text: string | undefined): Ymd | undefined {
  if (!text) return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(v.y, v.m, v.d) ? v : undefined;
}
