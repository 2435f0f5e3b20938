// Shape of the timex data in a language pack: packs/<lang>/timex-words.json (word tables) and
// packs/<lang>/timex-rules.json (patterns). The engine gives each role a language-neutral meaning.
import type { Timex, TimexType } from '../../core/types.js';

/** What a captured piece of text means to the engine. */
export type Role =
  | 'year' | 'month' | 'day' | 'weekday' | 'num' | 'vague' | 'unit' | 'season' | 'part'
  | 'relday' | 'mod' | 'decade' | 'century' | 'hour' | 'minute' | 'ampm' | 'zone' | 'holiday';

/**
 * Roles: year, month, day, weekday (1 = Monday), num (a count), vague ("a few": a nominal count,
 * the value gets mod APPROX or X), unit (D, W, WE weekend, M, Y, DE, CE, H, MI, S), season (a
 * named part of the year appended to it: SP SU FA WI, Q1-Q4, H1 H2), part (of the day: MO AF EV
 * NI), relday (signed day offset: yesterday -1), mod (START, MID, END...), decade ("199"),
 * century ("19"), hour, minute, ampm ("am" / "pm"), zone ("Z" for UTC), holiday (a fixed day of the
 * year: "12-25").
 */
export interface TimexTableData {
  role: Role;
  /** Surface form -> value (month/weekday/number as numbers; unit, season, part, mod as codes). */
  entries: Record<string, number | string>;
}

export interface TimexWordsData {
  tables: Record<string, TimexTableData>;
  /** Words that put a verb group in the future when the morphology has no Tense=Fut ("will"). */
  futureWords?: string[];
  /** Words that make a verb group look ahead unless it is perfect ("may be freed", "is due to begin", "is expected to pass"). */
  prospectiveWords?: string[];
  /** Lemmas of the auxiliaries of perfect forms, followed by a participle ("may have been"): such a group looks back. */
  perfectAuxiliaries?: string[];
  /** Participles that make a group perfect by themselves ("sarebbe stato"): such a group looks back. */
  perfectParticiples?: string[];
  /** Reflexive clitics that, before an auxiliary and a participle, make the group perfect ("si sarebbero parlate"). */
  perfectClitics?: string[];
  /** Words after a duration that make it a shift from another time ("two days later", "due giorni dopo"). */
  relationalWords?: string[];
}

/**
 * How a rule's match becomes a value:
 * - date: calendar parts from the captures (missing year taken from the anchor);
 * - range: two dates, captures of the second end carry the suffix 2 ({day2}, {month2}, {year2});
 * - shift: the anchor (publication date, or the previous date when anchor = previous) moved by
 *   amount x unit in `direction`;
 * - ref: a fixed value (PRESENT_REF, PAST_REF, FUTURE_REF);
 * - duration, set, time: P3D, P1Y (type SET), T10:30.
 */
export type RuleKind = 'date' | 'range' | 'shift' | 'ref' | 'duration' | 'set' | 'time';

export interface TimexRuleData {
  /** Becomes "<lang>:timex:<id>". */
  id: string;
  kind: RuleKind;
  /** Regex source with placeholders {table}, {table2}, {table!} (exact case), {~table} (no capture), {@macro}. */
  pattern: string;
  /** Match without the i flag (the pattern's literals and tables as written). */
  caseSensitive?: boolean;
  unit?: string;
  amount?: number;
  direction?: -1 | 1;
  anchor?: 'published' | 'previous';
  value?: string;
  mod?: Timex['mod'];
  part?: string;
  type?: TimexType;
  /** A date rule for the weekend nearest the anchor in the direction of the verb's tense ("nel fine settimana", "over the weekend"): value YYYY-Www-WE. */
  weekend?: boolean;
}

export interface TimexRulesData {
  /** Named regex fragments, used in patterns as {@name}. */
  macros?: Record<string, string>;
  rules: TimexRuleData[];
}
