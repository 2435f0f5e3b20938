import type { Timex } from '../../src/core/types.js';
import { parseIsoDate } from '../../src/stages/timex/calendar.js';
import { annotateTimexes } from '../../src/stages/timex/index.js';

/** One line per timex: text|TYPE|value|anchor, then |mod=.. and |range=begin/end when present. */
export function summary(t: Timex): string {
  let s = `${t.text}|${t.type}|${t.value}|${t.anchor}`;
  if (t.mod) s += `|mod=${t.mod}`;
  if (t.range) s += `|range=${t.range.begin}/${t.range.end}`;
  return s;
}

/** The engine on one string taken as a single sentence. */
export function tag(lang: string, text: string, published?: string): Timex[] {
  return annotateTimexes(text, lang, [], parseIsoDate(published));
}

export function tagSummary(lang: string, text: string, published?: string): string[] {
  return tag(lang, text, published).map(summary);
}
