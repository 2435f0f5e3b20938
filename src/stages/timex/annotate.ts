// Finds and normalises the time expressions of a text: match, resolve in text order (so that
// "two days later" sees the dates before it), then attach bare clock times to a date nearby.
import type { Sentence, Timex, Token } from '../../core/types.js';
import { formatDay, parseCalendarValue, type ParsedValue, type Ymd } from './calendar.js';
import { timexGrammar } from './compile.js';
import { findCandidates, lowerSameLength, regionsOf, selectCandidates } from './match.js';
import { resolveCandidate, type ResolveContext } from './resolve.js';
import { isFutureAt } from './tense.js';

function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences.length ? sentences[found].index : 0;
}

function calendarOf(t: Timex): ParsedValue | undefined {
  if (t.type !== 'DATE' && t.type !== 'TIME') return undefined;
  return parseCalendarValue(t.range?.end ?? t.value);
}

const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
/** Characters between a time and a date after it that still make one expression ("at 10 a.m. on Friday"). */
const AFTER_WINDOW = 12;
/** The word right after a position (sticky: read in place, the text is not copied). */
const WORD_AFTER = /\s*(\p{L}+)/uy;

/**
 * "alle 10:30" gets the day of the closest date of day precision in its sentence; else that of the
 * time expression before it when that is a day; with none before it, the publication date: news
 * gives the hour of the day it reports. After another expression ("due giorni dopo, alle 22") the
 * day is unknown; a duration that is no such shift ("the fighting lasted four days") is passed over.
 */
function attachTimes(timexes: Timex[], anchor: Ymd | undefined, text: string, relational: Set<string>): void {
  // A shift of hours ("poche ore dopo") stays within the day of the date before it.
  const shift = (x: Timex): boolean => {
    if (x.type !== 'DURATION' || x.value.startsWith('PT')) return x.type !== 'DURATION';
    WORD_AFTER.lastIndex = x.end;
    return relational.has(WORD_AFTER.exec(text)?.[1]?.toLowerCase() ?? '');
  };
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i];
    if (t.type !== 'TIME' || !t.value.startsWith('T')) continue;
    let best: Pick<Timex, 'value' | 'anchor'> | undefined;
    let bestDistance = Infinity;
    let p = i - 1;
    while (p >= 0 && !shift(timexes[p])) p--;
    const previous = p >= 0 ? timexes[p] : undefined;
    const previousDay = previous?.value.slice(0, 10) ?? '';
    const before = previous && (previous.type === 'DATE' || previous.type === 'TIME') && DAY_VALUE.test(previousDay) ?
      { value: previousDay, anchor: previous.anchor } : undefined;
    for (const o of timexes) {
      if (o.sentence !== t.sentence || o.type !== 'DATE' || !DAY_VALUE.test(o.value)) continue;
      const distance = o.end <= t.start ? t.start - o.end : o.start - t.end + 0.5;
      // a date after the time qualifies it only right after it ("alle 22 di venerdì"); further on
      // it belongs to another clause ("In serata il governo ha revocato il divieto, ma ieri ...")
      if (o.start >= t.end && distance > AFTER_WINDOW) continue;
      if (distance >= 0 && distance < bestDistance) {
        best = o;
        bestDistance = distance;
      }
    }
    best ??= before;
    if (best) timexes[i] = { ...t, value: best.value + t.value, anchor: best.anchor };
    else if (anchor && previous === undefined) timexes[i] = { ...t, value: formatDay(anchor) + t.value, anchor: 'published' };
  }
}

/** Tokens are optional: without them (or their tense features) dates default to the past. */
export function annotateTimexes(
  text: string,
  lang: string,
  sentences: Sentence[],
  anchor: Ymd | undefined,
  tokens: Token[] = [],
): Timex[] {
  const grammar = timexGrammar(lang);
  if (grammar.rules.length === 0) return [];
  const lower = lowerSameLength(text);
  const chosen = selectCandidates(findCandidates(grammar, text, lower, regionsOf(grammar, lower, sentences)));
  const timexes: Timex[] = [];
  const previousDates: ParsedValue[] = [];
  const ctx: ResolveContext = {
    anchor,
    previous: () => previousDates[previousDates.length - 1],
    future: (c) => isFutureAt(tokens, c.start, c.end, grammar.tense),
  };
  for (const c of chosen) {
    const r = resolveCandidate(c, ctx);
    if (!r) continue;
    const t: Timex = {
      id: `T${timexes.length + 1}`,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      anchor: r.anchor,
      sentence: sentenceAt(sentences, c.start),
      rule: c.rule.id,
    };
    if (r.range) t.range = r.range;
    if (r.mod) t.mod = r.mod;
    timexes.push(t);
    const cal = calendarOf(t);
    if (cal) previousDates.push(cal);
  }
  attachTimes(timexes, anchor, text, grammar.relational);
  return timexes;
}
