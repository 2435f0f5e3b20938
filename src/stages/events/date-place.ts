// When and where: the closest date expression of the clause or sentence, else the latest one of
// the paragraph; a place mention introduced by a locative preposition, else the nearest place.
import type { EventDate, EventPlace, Mention, Timex } from '../../core/types.js';
import { PLACE_TYPES, type DocViews, type SentenceView } from './sentence-view.js';

/** A calendar value we can date an event with (not PRESENT_REF, durations or sets). */
function usable(x: Timex): boolean {
  return (x.type === 'DATE' || x.type === 'TIME') && /^(\d{4}|XXXX-\d)/.test(x.value);
}

function toDate(x: Timex, rule: string): EventDate {
  return { value: x.value.split('T')[0], timex: x.id, spans: [{ start: x.start, end: x.end }], rule };
}

export function findDate(views: DocViews, v: SentenceView, triggerStart: number, triggerEnd: number): EventDate | undefined {
  const doc = views.doc;
  const tokens = views.tokens;
  const trigClause = views.clauseOf(v, triggerStart);
  const mid = (tokens[triggerStart].start + tokens[triggerEnd - 1].end) / 2;
  let best: Timex | undefined;
  let bestScore = Infinity;
  for (const x of doc.timexes) {
    if (x.sentence !== v.index || !usable(x)) continue;
    const tok = tokenAt(views, v, x.start);
    const c = tok >= 0 ? views.clauseOf(v, tok) : -1;
    // Dates inside someone else's parenthetical or relative clause describe that clause.
    if (c !== trigClause && v.parenthetical.has(c)) continue;
    const distance = Math.abs((x.start + x.end) / 2 - mid);
    const score = (c === trigClause ? 0 : 1e6) + distance;
    if (score < bestScore) {
      bestScore = score;
      best = x;
    }
  }
  if (best) return toDate(best, 'events.date.sentence');
  let latest: Timex | undefined;
  for (const x of doc.timexes) {
    if (x.sentence >= v.index || x.type !== 'DATE' || !usable(x)) continue;
    if (views.paragraphOf(x.sentence) !== v.paragraph) continue;
    if (!latest || x.start > latest.start) latest = x;
  }
  return latest ? toDate(latest, 'events.date.context') : undefined;
}

function verbBetween(views: DocViews, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (views.tokens[k].pos === 'VERB') return true;
  return false;
}

function tokenAt(views: DocViews, v: SentenceView, offset: number): number {
  const tokens = views.tokens;
  for (let k = v.start; k < v.end; k++) if (tokens[k].end > offset) return k;
  return -1;
}

export function findPlace(views: DocViews, v: SentenceView, triggerStart: number, exclude: ReadonlySet<string>, actors: ReadonlySet<string> = new Set()): EventPlace | undefined {
  const tokens = views.tokens;
  const loc = views.pack.markers.locative;
  let best: { m: Mention; rule: string; d: number } | undefined;
  const clause = views.clauseOf(v, triggerStart);
  for (const m of v.mentions) {
    if (!PLACE_TYPES.has(m.type) || exclude.has(m.id)) continue;
    let k = m.tokenStart - 1;
    while (k >= v.start && tokens[k].pos === 'DET') k--;
    let locative = false;
    for (let len = 1; len <= 3 && k - len + 1 >= v.start; len++) {
      if (loc.matchAt(tokens, k - len + 1, k + 1) === len) { locative = true; break; }
    }
    const sameClause = views.clauseOf(v, m.tokenStart) === clause;
    // A bare place name elsewhere in the sentence, or one that is an actor of the event, is too weak a cue.
    // Without a locative preposition, only a place in the event's object phrase counts ("shelled the city of Kharkiv").
    if (!locative && (!sameClause || actors.has(m.id) || m.tokenStart < triggerStart || m.tokenStart - triggerStart > 7 || verbBetween(views, triggerStart + 1, m.tokenStart))) continue;
    const d = Math.abs(m.tokenStart - triggerStart) + (locative ? 0 : 1000) + (sameClause ? 0 : 100);
    if (!best || d < best.d) best = { m, rule: locative ? 'events.place.locative' : 'events.place.nearest', d };
  }
  if (!best) return nameAfterLocative(views, v, triggerStart);
  const entity = views.entity(best.m.entity);
  return {
    name: best.m.text,
    entity: best.m.entity,
    country: entity?.country,
    coordinates: entity?.coordinates,
    spans: [{ start: best.m.start, end: best.m.end }],
    rule: best.rule,
  };
}

/** No place mention: a capitalised name after a locative preposition of the clause ("nel villaggio di Huwara"). */
function nameAfterLocative(views: DocViews, v: SentenceView, triggerStart: number): EventPlace | undefined {
  const tokens = views.tokens;
  const m = views.pack.markers;
  const clause = views.clauseOf(v, triggerStart);
  for (let k = v.start; k < v.end; k++) {
    if (views.clauseOf(v, k) !== clause) continue;
    const len = m.locative.matchAt(tokens, k, v.end);
    if (!len) continue;
    let j = k + len;
    let hops = 0;
    while (j < v.end && hops < 5 && tokens[j].pos !== 'PROPN' && (tokens[j].pos === 'DET' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ' || m.of.has(tokens[j]))) { j++; hops++; }
    if (j >= v.end || tokens[j].pos !== 'PROPN' || v.inTimex[j - v.start]) continue;
    let e = j;
    while (e + 1 < v.end && tokens[e + 1].pos === 'PROPN') e++;
    const start = tokens[j].start;
    const end = tokens[e].end;
    return { name: views.doc.text.slice(start, end), spans: [{ start, end }], rule: 'events.place.name' };
  }
  return undefined;
}
