// When and where: the closest date expression of the clause or sentence, else the latest one of
// the paragraph; a place mention introduced by a locative preposition, else the nearest place.
import type { EventDate, EventPlace, Mention, Timex, Token } from '../../core/types.js';
import { spanHead } from '../../core/dependency.js';
import { standsForState } from '../../core/places.js';
import { isCapitalCity } from '../entities/api.js';
import { ploverTable } from './plover.js';
import { attachedToEvent, eventAnchor, type AttachmentRules, type EventAnchor } from './place-attachment.js';
import { PLACE_TYPES, type DocViews, type SentenceView } from './sentence-view.js';

/** Sectors of institutions whose place, given on them, is their seat (government, courts, police, legislatures). */
const SEAT_SECTORS: ReadonlySet<string> = new Set(['GOV', 'JUD', 'COP', 'LEG']);

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
    if (tok >= 0 && relativeClauseWithout(views, v, tok, triggerStart)) continue;
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

/**
 * "Boluarte, who took office when Congress removed Castillo in December 2022, has refused": by the
 * parse, token `tok` lies in a relative clause (a clause whose subject is a relative pronoun, or an
 * acl:relcl) that does not contain the trigger.
 */
function relativeClauseWithout(views: DocViews, v: SentenceView, tok: number, trigger: number): boolean {
  const tokens = views.tokens;
  const relative = views.pack.markers.relative;
  const ancestors = new Set<number>();
  for (let k = trigger, n = 0; k >= v.start && k < v.end && n < 64; k = tokens[k].head ?? -1, n++) ancestors.add(k);
  for (let k = tokens[tok].head ?? -1, n = 0; k >= v.start && k < v.end && n < 64; k = tokens[k].head ?? -1, n++) {
    if (ancestors.has(k)) return false;
    if (tokens[k].deprel === 'acl:relcl' || relativeSubject(tokens, v, k, relative)) return true;
  }
  return false;
}

function relativeSubject(tokens: readonly Token[], v: SentenceView, k: number, relative: DocViews['pack']['markers']['relative']): boolean {
  for (let c = v.start; c < v.end; c++) if (tokens[c].head === k && tokens[c].deprel === 'nsubj' && relative.has(tokens[c])) return true;
  return false;
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

/**
 * Where the event happened. In a parsed sentence the place phrase must modify the event
 * (place-attachment.ts) and its rule id says so (`events.place.dep.*`); without a parse, the
 * clause heuristics decide alone. With `destination` (deployments and visits) the place an act goes
 * to is where it happens: a destination marker ("to", "a"; not a direction: "towards") introduces it too, and a visit's host place
 * may also be its target ("a visit to Kyiv").
 */
export function findPlace(views: DocViews, v: SentenceView, trigger: { tokenStart: number; tokenEnd: number }, exclude: ReadonlySet<string>,
  actors: ReadonlySet<string> = new Set(), nounTriggers: ReadonlySet<number> = new Set(), destination = false): EventPlace | undefined {
  const tokens = views.tokens;
  const triggerStart = trigger.tokenStart;
  const anchor = eventAnchor(views, v, triggerStart, trigger.tokenEnd);
  const actorAt = (k: number) => {
    const m = views.mentionAtToken(v, k);
    return m !== undefined && (exclude.has(m.id) || actors.has(m.id));
  };
  // A phrase that is an actor or another event ("over the war in X", "by a court in X") keeps its place.
  const ownsPlace = (k: number) => actorAt(k) || (nounTriggers.has(k) && (k < triggerStart || k >= trigger.tokenEnd));
  const seatAt = (k: number) => {
    const m = views.mentionAtToken(v, k);
    const sectors = m && (exclude.has(m.id) || actors.has(m.id)) ? views.entity(m.entity)?.sectors : undefined;
    return sectors !== undefined && sectors.some((s) => SEAT_SECTORS.has(s));
  };
  let best: { m: Mention; rule: string; d: number } | undefined;
  const clause = views.clauseOf(v, triggerStart);
  for (const m of v.mentions) {
    if (!PLACE_TYPES.has(m.type) || exclude.has(m.id)) continue;
    const cue = afterLocative(views, v, m.tokenStart, destination);
    const locative = cue !== undefined;
    const host = destination && actors.has(m.id);
    const sameClause = views.clauseOf(v, m.tokenStart) === clause;
    if (anchor) {
      // A locative phrase the parse hangs on an actor still places the event: "met Xi in Beijing",
      // "police in Lima detained" (attachments the parse often gets wrong); a bare name on an actor
      // does not ("il tribunale di Parigi").
      // "chiesto a Caracas": a recipient is no place; "inviate agli ospedali di Gaza": the place of a recipient is.
      const attachment = host ? { actorAt: (k: number) => m.tokenStart <= k && k < m.tokenEnd ? false : actorAt(k), ownsPlace, locative, seatAt } : { actorAt, ownsPlace, locative, seatAt };
      if ((actors.has(m.id) && cue !== 'of' && !host) || !attachedToEvent(views, v, spanHead(tokens, m.tokenStart, m.tokenEnd), anchor, attachment)) continue;
    } else if (!locative && (!sameClause || actors.has(m.id) || m.tokenStart < triggerStart || m.tokenStart - triggerStart > 7 || verbBetween(views, triggerStart + 1, m.tokenStart))) {
      // A bare place name elsewhere in the sentence, or one that is an actor of the event, is too weak a cue.
      // Without a locative preposition, only a place in the event's object phrase counts ("shelled the city of Kharkiv").
      continue;
    }
    // Without a locative preposition a country or capital is the state as a party ("postponed a trip
    // to Beijing", "raised its relations with Kabul"), not where the act happened.
    if (!locative && standsForState(views.entity(m.entity), isCapitalCity)) continue;
    const d = Math.abs(m.tokenStart - triggerStart) + (locative ? 0 : 1000) + (sameClause ? 0 : 100);
    if (!best || d < best.d) best = { m, rule: placeRule(locative ? 'locative' : 'nearest', anchor), d };
  }
  if (!best && anchor) {
    const where = relativePlace(views, v, triggerStart, trigger.tokenEnd);
    if (where) best = { m: where, rule: 'events.place.dep.where', d: 0 };
  }
  if (!best) {
    const rules = { actorAt, ownsPlace, locative: true };
    return nameAfterLocative(views, v, triggerStart, anchor, rules, destination) ?? (destination ? undefined : facilityAfterLocative(views, v, triggerStart, anchor, rules));
  }
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

/**
 * A locative preposition right before the mention, or before the noun it names ("in the border
 * city of Matamoros", "nel villaggio di al-Sariha").
 */
function afterLocative(views: DocViews, v: SentenceView, tok: number, destination = false): 'direct' | 'of' | undefined {
  const tokens = views.tokens;
  const markers = views.pack.markers;
  let k = tok - 1;
  while (k >= v.start && tokens[k].pos === 'DET') k--;
  if (locativeEndsAt(views, v, k) || (destination && k >= v.start && markers.destination.has(tokens[k]))) return 'direct';
  // "in the border city of Matamoros", "nel sud del Libano"; "in northern Burkina Faso", "nella capitale Niamey".
  const of = k >= v.start && markers.of.has(tokens[k]);
  for (let j = of ? k - 1 : k, hops = 0; j >= v.start && hops <= 4; j--, hops++) {
    // A multiword locative may end in a noun ("per le vie di Budapest").
    if ((of || hops > 0) && (locativeEndsAt(views, v, j) || (destination && markers.destination.has(tokens[j])))) return of ? 'of' : 'direct';
    const pos = tokens[j].pos;
    if (pos === 'PART' && tokens[j].deprel === 'case') {
      // "in Iran's Sistan-Baluchestan province": the possessor's name and its ending are passed over
      while (j - 1 >= v.start && tokens[j - 1].pos === 'PROPN') j--;
      continue;
    }
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'DET' && !possessiveWord(tokens[j])) return undefined;
  }
  return undefined;
}

/** "its", "their": a possessive pronoun inside a place phrase ("to its northern state of Roraima"). */
const possessiveWord = (t: Token): boolean => t.pos === 'PRON' && t.feats.Poss === 'Yes';

function locativeEndsAt(views: DocViews, v: SentenceView, k: number): boolean {
  const loc = views.pack.markers.locative;
  for (let len = 1; len <= 3 && k - len + 1 >= v.start; len++) if (loc.matchAt(views.tokens, k - len + 1, k + 1) === len) return true;
  return false;
}

/**
 * "in Bucha, where troops are accused of killing civilians": the place a relative "where" clause
 * follows. The parse seldom hangs such clauses on the place (it makes them conjuncts or adverbial
 * clauses of the main verb), so the clause is found from its "where" and the place is the mention
 * right before it.
 */
function relativePlace(views: DocViews, v: SentenceView, triggerStart: number, triggerEnd: number): Mention | undefined {
  const tokens = views.tokens;
  let k = spanHead(tokens, triggerStart, triggerEnd);
  for (let depth = 0; depth < 3 && k >= v.start && k < v.end; depth++) {
    const where = whereChild(views, v, k);
    if (where >= 0) {
      let p = where - 1;
      while (p >= v.start && tokens[p].pos === 'PUNCT') p--;
      const m = p >= v.start ? views.mentionAtToken(v, p) : undefined;
      return m && PLACE_TYPES.has(m.type) && m.tokenEnd === p + 1 ? m : undefined;
    }
    k = tokens[k].head ?? -1;
  }
  return undefined;
}

function whereChild(views: DocViews, v: SentenceView, verb: number): number {
  const where = views.pack.markers['place-relative'];
  for (let k = v.start; k < verb; k++) if (views.tokens[k].head === verb && where.has(views.tokens[k])) return k;
  return -1;
}

/**
 * A name the entities stage read as a place (weighed already) or as a group, or an actor of the
 * event, is no unknown place; a person's or organisation's name after a locative may be a misread
 * place ("at the Rungis market", "nello Stato del Delta", "alla Casa Bianca"), unless the text shows
 * it is a known one: a person the gazetteer knows or that the text names again ("a Meloni", "la
 * famiglia di Castillo"), an organisation with sectors other than a government seat's ("al Pkk",
 * "dell'Igad"), an acronym, or an institution the entities stage named by its keyword in a country's
 * context ("in Cassazione", "at the Council").
 */
function namedOtherwise(views: DocViews, v: SentenceView, k: number, actorAt: (k: number) => boolean): boolean {
  // a single letter is no place name ("su X", the platform)
  if (views.tokens[k].text.length === 1) return true;
  const m = views.mentionAtToken(v, k) ?? views.apartAtToken(v, k);
  if (m === undefined) return false;
  // an acronym, or an institution named by its keyword in a country's context ("in Cassazione",
  // "at the Council", "the Constitutional Court"), is the body, not a place
  if (m.kind === 'acronym' || m.rule.includes('entities.context-country')) return true;
  if (PLACE_TYPES.has(m.type) || m.type === 'GROUP' || actorAt(k)) return true;
  const e = views.entity(m.entity);
  if (m.type === 'PER') return e !== undefined && (e.wikidata !== undefined || e.mentions.length > 1);
  if (m.type !== 'ORG' || e === undefined) return false;
  const { multilateralCodes, governmentSectors } = ploverTable().policy;
  if (e.country !== undefined && multilateralCodes.includes(e.country)) return true;
  return e.sectors !== undefined && e.sectors.length > 0 && !e.sectors.some((s) => governmentSectors.includes(s));
}

function placeRule(cue: string, anchor: EventAnchor | undefined): string {
  return anchor ? `events.place.dep.${cue}` : `events.place.${cue}`;
}

/**
 * Each locative preposition (or, for a destination, a destination marker) that may place the event
 * at `triggerStart`, as [first token, length]: anywhere in the sentence when the parse anchors the
 * event (attachment decides), else in the trigger's clause.
 */
function* locativesOfClause(views: DocViews, v: SentenceView, triggerStart: number, anchor: EventAnchor | undefined, destination: boolean): Generator<[number, number]> {
  const tokens = views.tokens;
  const m = views.pack.markers;
  const clause = views.clauseOf(v, triggerStart);
  for (let k = v.start; k < v.end; k++) {
    if (!anchor && views.clauseOf(v, k) !== clause) continue;
    const len = m.locative.matchAt(tokens, k, v.end) || (destination && anchor ? m.destination.matchAt(tokens, k, v.end) : 0);
    if (len) yield [k, len];
  }
}

/**
 * No place name: a building or site named by a common noun of the pack's `facility` class after a
 * locative preposition ("at the presidential palace", "outside the embassy", "davanti alla sede del
 * partito"), when that noun is no actor of the event.
 */
function facilityAfterLocative(views: DocViews, v: SentenceView, triggerStart: number, anchor: EventAnchor | undefined, rules: AttachmentRules): EventPlace | undefined {
  const tokens = views.tokens;
  const m = views.pack.markers;
  for (const [k, len] of locativesOfClause(views, v, triggerStart, anchor, false)) {
    // an article first: a bare noun is an idiom ("in prison", "in piazza", "at home", "in office")
    let first = k + len;
    // (the article may be inside the preposition: "nella", "all'")
    const articled = tokens[first - 1].pos === 'ADP' && tokens[first - 1].feats.Number !== undefined;
    if (first >= v.end || ((tokens[first].pos !== 'DET' || possessiveWord(tokens[first])) && !articled)) continue;
    while (first < v.end && tokens[first].pos === 'DET') first++;
    // the head noun: the last of a run of modifiers ("the presidential palace", "the mayor's office")
    let j = first;
    let hops = 0;
    while (j + 1 < v.end && hops < 4 && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || (tokens[j].pos === 'PART' && tokens[j].deprel === 'case')) &&
      (tokens[j + 1].pos === 'NOUN' || tokens[j + 1].pos === 'ADJ' || (tokens[j + 1].pos === 'PART' && tokens[j + 1].deprel === 'case'))) { j++; hops++; }
    if (j >= v.end || tokens[j].pos !== 'NOUN' || !m.facility.has(tokens[j]) || v.inTimex[j - v.start]) continue;
    // (an actor of the event, or any other mention, is no building's name)
    if (views.mentionAtToken(v, j)) continue;
    if (anchor && !attachedToEvent(views, v, j, anchor, rules)) continue;
    const start = tokens[first].start;
    const end = tokens[j].end;
    return { name: views.doc.text.slice(start, end), spans: [{ start, end }], rule: placeRule('facility', anchor) };
  }
  return undefined;
}

/** No place mention: a capitalised name after a locative preposition of the clause ("nel villaggio di Huwara"). */
function nameAfterLocative(views: DocViews, v: SentenceView, triggerStart: number, anchor: EventAnchor | undefined, rules: AttachmentRules, destination: boolean): EventPlace | undefined {
  const tokens = views.tokens;
  const m = views.pack.markers;
  for (const [k, len] of locativesOfClause(views, v, triggerStart, anchor, destination)) {
    let j = k + len;
    let hops = 0;
    while (j < v.end && hops < 5 && tokens[j].pos !== 'PROPN' && (tokens[j].pos === 'DET' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ' || possessiveWord(tokens[j]) || m.of.has(tokens[j]))) {
      // "in cambio l'espulsione di X": a determiner right after a noun opens another noun phrase
      if (tokens[j].pos === 'DET' && j > k + len && tokens[j - 1].pos === 'NOUN') break;
      j++;
      hops++;
    }
    if (j >= v.end || tokens[j].pos !== 'PROPN' || v.inTimex[j - v.start]) continue;
    // "Nel primo pomeriggio Costa si è dimesso": the clause's subject is no place
    if (tokens[j].deprel?.startsWith('nsubj')) continue;
    // A person's name right after a common noun is who that noun is ("in serata Zúñiga", "il segretario al Commercio Howard Lutnick").
    if (j > k + len && tokens[j - 1].pos === 'NOUN' && views.mentionAtToken(v, j)?.type === 'PER') continue;
    let e = j;
    while (e + 1 < v.end && tokens[e + 1].pos === 'PROPN') e++;
    // "in Thailand's Sisaket province": the possessor is not the place, the name after it is.
    if (tokens[j].deprel === 'nmod:poss' || tokens[e].deprel === 'nmod:poss') {
      let n = e + 1;
      while (n < v.end && n <= e + 3 && tokens[n].pos !== 'PROPN') n++;
      if (n >= v.end || n > e + 3 || tokens[n].pos !== 'PROPN' || v.inTimex[n - v.start]) continue;
      j = e = n;
      while (e + 1 < v.end && tokens[e + 1].pos === 'PROPN') e++;
    }
    if (namedOtherwise(views, v, j, rules.actorAt)) continue;
    if (anchor && !attachedToEvent(views, v, spanHead(tokens, j, e + 1), anchor, rules)) continue;
    const start = tokens[j].start;
    const end = tokens[e].end;
    return { name: views.doc.text.slice(start, end), spans: [{ start, end }], rule: placeRule('name', anchor) };
  }
  return undefined;
}
