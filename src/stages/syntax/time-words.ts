// Time words of the pack's timex-words.json, as the tagging and parse repairs read them: words that
// make a time phrase ("last month", "martedì") and the full names of weekdays and months.
import { readPackJson } from '../../core/packs.js';
import type { TimexWordsData } from '../timex/pack-types.js';

/** Timex word tables (by role) whose words make a time phrase. */
const TIME_ROLES: ReadonlySet<string> = new Set(['month', 'weekday', 'relday', 'part', 'unit', 'season']);
const DATE_ROLES: ReadonlySet<string> = new Set(['month', 'weekday']);

/** Words of the pack's tables of the given roles that `keep` accepts, lower-cased. */
function readTimeWords(lang: string, roles: ReadonlySet<string>, keep: (word: string) => boolean): Set<string> {
  const set = new Set<string>();
  const data = readPackJson<TimexWordsData>(lang, 'timex-words.json') ?? { tables: {} };
  for (const table of Object.values(data.tables ?? {})) {
    if (!roles.has(table.role)) continue;
    for (const w of Object.keys(table.entries)) if (keep(w)) set.add(w.toLowerCase());
  }
  return set;
}

const timeCache = new Map<string, Set<string>>();
const dateCache = new Map<string, Set<string>>();

/** The words that make a time phrase (months, weekdays, relative days, parts of the day...). */
export function timeWords(lang: string): Set<string> {
  let set = timeCache.get(lang);
  if (!set) timeCache.set(lang, (set = readTimeWords(lang, TIME_ROLES, () => true)));
  return set;
}

/** Full names of weekdays and months (no abbreviation such as "Jan" or "mar", which are also names and words). */
export function dateNames(lang: string): Set<string> {
  let set = dateCache.get(lang);
  if (!set) dateCache.set(lang, (set = readTimeWords(lang, DATE_ROLES, (w) => w.length >= 4 && !w.includes('.'))));
  return set;
}
