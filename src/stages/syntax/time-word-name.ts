// A parse slip: "On Wednesday Ismail Haniyeh ... was killed", "Martedì Giorgia Meloni ha
// incontrato Zelensky", "On Thursday an investigating judge, X, charged him": a weekday or month
// name directly followed by a name (or a noun phrase with its determiner) is read as one phrase
// headed by the time word (the name a flat part or a bare modifier of the date), so the person
// becomes a part of the date and the verb loses its subject, or takes the wrong one. The name's
// first word takes the date's place in the clause; the date becomes an oblique of the verb. When
// the date was already an oblique, the name is the verb's subject if the verb has none before it
// (a subject the parse found after an active verb with no object is then that object). Weekday and
// month names come from the pack's timex-words.json (full names only: "Jan", "mar" are names and
// words too). Runs after parsing, before the parse is projected.
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';
import { dateNames } from './time-words.js';
import { childWhere } from './parse-child.js';

export const TIME_WORD_NAME_RULE = 'syntax.repair.time-word-name';

/** Relations by which a name's first word hangs on the time word. */
const NAME_PARTS: ReadonlySet<string> = new Set(['flat', 'flat:name', 'compound', 'nmod:desc', 'appos', 'nmod']);
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);
/** What may follow the time word: a name, or the determiner of a noun phrase. */
const NEXT_POS: ReadonlySet<string> = new Set(['PROPN', 'DET']);
/** Relations inside a date phrase ("14 gennaio", "last Monday"). */
const DATE_PARTS: ReadonlySet<string> = new Set(['flat', 'compound', 'nummod', 'amod']);

/** The 1-based head `head` is a verb or auxiliary (0, the root, is none). */
function clauseWord(words: readonly TaggedWord[], head: number): boolean {
  return head > 0 && (words[head - 1].upos === 'VERB' || words[head - 1].upos === 'AUX');
}

/** Every word from `from` to `to` (0-based) hangs inside that span or on `top` (0-based). */
function inside(heads: Int32Array, from: number, top: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const h = heads[k] - 1;
    if (h !== top && (h < from || h > to)) return false;
  }
  return true;
}

/** The relation the name takes in its clause, or undefined to leave the parse alone. */
function nameRelation(words: readonly TaggedWord[], heads: Int32Array, deprels: string[], date: number, verb: number, changed: number[]): string | undefined {
  const rel = deprels[date];
  // only a date that is a part of the clause itself ("al vertice di giugno Budapest" is inside a noun phrase)
  if (!clauseWord(words, verb)) return rel === 'root' ? rel : undefined;
  if (!rel.startsWith('obl')) return rel;
  const passive = childWhere(heads, deprels, verb, (d) => d === 'aux:pass') >= 0;
  const subject = childWhere(heads, deprels, verb, (d) => d.startsWith('nsubj'));
  if (subject < 0) return passive ? 'nsubj:pass' : 'nsubj';
  // "Martedì Giorgia Meloni ha incontrato Zelensky": the parse's subject after the verb is its object
  if (subject > verb - 1 && !passive && childWhere(heads, deprels, verb, (d) => d === 'obj') < 0) {
    deprels[subject] = 'obj';
    changed.push(subject);
    return 'nsubj';
  }
  return undefined;
}

/**
 * "On Tuesday India called the ban concerning", "On Friday Yevgeny Prigozhin ... accused", read
 * with "Tuesday" a modifier of the name and "On" the name's preposition: the preposition and the weekday go together as the verb's oblique and the
 * name, now without a preposition, is the subject of a verb that has none. True when repaired.
 */
function dateAsModifier(words: readonly TaggedWord[], heads: Int32Array, deprels: string[], w: number, changed: number[]): boolean {
  const name = heads[w] - 1;
  if (name <= w || name > w + 4 || !NAME_PARTS.has(deprels[w]) || !deprels[name].startsWith('obl')) return false;
  // "On Friday Yevgeny Prigozhin": the words between are the name's own first words
  for (let k = w + 1; k < name; k++) if (heads[k] !== name + 1 || words[k].upos !== 'PROPN' || !NAME_PARTS.has(deprels[k])) return false;
  const marker = w - 1;
  if (marker < 0 || heads[marker] !== name + 1 || deprels[marker] !== 'case') return false;
  const verb = heads[name];
  if (!clauseWord(words, verb) || childWhere(heads, deprels, verb, (d) => d.startsWith('nsubj')) >= 0) return false;
  heads[marker] = w + 1;
  heads[w] = verb;
  deprels[w] = 'obl';
  deprels[name] = childWhere(heads, deprels, verb, (d) => d === 'aux:pass') >= 0 ? 'nsubj:pass' : 'nsubj';
  changed.push(marker, w, name);
  return true;
}

/** Repairs the parse in place; returns the 0-based words whose head or relation changed. */
export function repairTimeWordName(lang: string, words: readonly TaggedWord[], r: ParseResult): number[] {
  const time = dateNames(lang);
  const { heads, deprels } = r;
  const changed: number[] = [];
  for (let w = 0; w + 1 < words.length; w++) {
    if (!NAME_POS.has(words[w].upos) || !time.has(words[w].form.toLowerCase())) continue;
    // (a month inside a name: "Judge April Perry")
    if (w > 0 && words[w - 1].upos === 'PROPN') continue;
    // (a name, or a noun phrase with its determiner: "On Thursday an investigating judge, X, charged")
    if (!NEXT_POS.has(words[w + 1].upos) || time.has(words[w + 1].form.toLowerCase())) continue;
    if (dateAsModifier(words, heads, deprels, w, changed)) continue;
    // the name's head word: the first word after the time word hung on it as a name part, with no
    // case marker of its own ("14 gennaio di quest'anno" is no name)
    let next = -1;
    for (let k = w + 1; k < words.length && k <= w + 4; k++) {
      if (heads[k] === w + 1 && NAME_PARTS.has(deprels[k]) && NAME_POS.has(words[k].upos) && childWhere(heads, deprels, k + 1, (d) => d === 'case') < 0) {
        next = k;
        break;
      }
    }
    if (next < 0 || !inside(heads, w + 1, w, next)) continue;
    let date = w;
    while (DATE_PARTS.has(deprels[date]) && heads[date] > 0 && heads[date] - 1 < w + 1) date = heads[date] - 1;
    const verb = heads[date];
    const moved: number[] = [];
    const rel = nameRelation(words, heads, deprels, date, verb, moved);
    if (rel === undefined) continue;
    changed.push(...moved);
    heads[next] = verb;
    deprels[next] = rel;
    changed.push(next);
    for (let k = next + 1; k < words.length; k++) {
      if (heads[k] === w + 1) {
        heads[k] = next + 1;
        changed.push(k);
      }
    }
    if (date === w) {
      heads[w] = verb === 0 ? next + 1 : verb;
      deprels[w] = 'obl';
      changed.push(w);
      // "On Monday": the preposition the parse hung on the verb is the date's
      const before = w - 1;
      if (before >= 0 && words[before].upos === 'ADP' && (heads[before] === w + 1 || heads[before] === verb) && (deprels[before] === 'mark' || deprels[before] === 'case')) {
        heads[before] = w + 1;
        deprels[before] = 'case';
        changed.push(before);
      }
    }
  }
  return changed;
}
