// Events stage: PLOVER events (type, modes, quad, source, target, date, place) from trigger
// lexicons, with a span and a rule id for every value. Factuality is left neutral
// ("factuality.pending") for the factuality stage to overwrite.
import type { Stage } from '../../core/stage.js';
import type { ActorRef, CronacaDocument, Factuality, PloverEvent } from '../../core/types.js';
import { actorKey, HeuristicArgumentFinder, type ArgumentFinder, type Arguments } from './arguments.js';
import { DependencyArgumentFinder } from './dep-arguments.js';
import { existential, nominalRole } from './assertion.js';
import { findDate, findPlace } from './date-place.js';
import { pendingFactuality } from './factuality-default.js';
import { baseRelation, spanHead } from '../../core/dependency.js';
import { isCapitalCity } from '../entities/api.js';
import { CodedSoFar } from './coded-so-far.js';
import { repressedProtest } from './repressed-protest.js';
import { assessFactuality } from '../factuality/assess.js';
import { triggerLexicon } from './lexicon.js';
import { eventPack, type MarkerClass } from './markers.js';
import { TriggerMatcher, type TriggerMatch } from './match.js';
import { absorbComplements, absorbNominalSubjects, type Candidate } from './merge.js';
import { ploverTable } from './plover.js';
import { DocViews, type SentenceView } from './sentence-view.js';

export type { ArgumentFinder, Arguments, TriggerRef } from './arguments.js';
export { HeuristicArgumentFinder } from './arguments.js';
export { DependencyArgumentFinder } from './dep-arguments.js';
export { DocViews } from './sentence-view.js';

/**
 * Build the events of one document. Arguments come from the dependency parse where the sentence has
 * one and from the clause heuristics elsewhere; `makeFinder` substitutes another finder.
 */
export function extractEvents(doc: CronacaDocument, makeFinder?: (views: DocViews) => ArgumentFinder): PloverEvent[] {
  const lang = doc.language.code;
  const lexicon = triggerLexicon(lang);
  if (!lexicon.entries.length || !doc.tokens.length) return [];
  const pack = eventPack(lang);
  const views = new DocViews(doc, pack);
  const finder = makeFinder ? makeFinder(views) : new DependencyArgumentFinder(views);
  const matcher = new TriggerMatcher(views, lexicon);
  const events: PloverEvent[] = [];
  const coded = new CodedSoFar();

  for (const s of doc.sentences) {
    const from = s.tokenEnd > s.tokenStart ? matcher.firstCandidate(s.tokenStart, s.tokenEnd) : -1;
    if (from < 0) continue;
    const v = views.sentence(s.index);
    const cands: Candidate[] = matcher.matchSentence(v, from).map((match) => ({
      match, modes: [...match.entry.modes], suppressed: false, rules: [match.entry.rule], absorbed: [],
    }));
    if (!cands.length) continue;
    for (const c of cands) chooseByArguments(doc, views, finder, v, c);
    absorbComplements(views, v, cands);
    absorbNominalSubjects(views, cands);
    const built: PloverEvent[] = [];
    const triggers = sentenceTriggers(cands);
    for (const c of cands) {
      if (c.suppressed) continue;
      const e = buildEvent(doc, views, finder, v, c, triggers, coded);
      if (!e) continue;
      built.push(e);
      coded.add(e);
    }
    const protest = repressedProtest(views, v, built, coded);
    if (protest) {
      built.push(protest);
      coded.add(protest);
    }
    events.push(...dropProtestDemands(views, built));
  }
  dropStoryDemands(views, events);
  events.sort((a, b) => a.trigger.spans[0].start - b.trigger.spans[0].start);
  events.forEach((e, i) => (e.id = `V${i + 1}`));
  return events;
}

function argsFor(doc: CronacaDocument, finder: ArgumentFinder, v: SentenceView, c: Candidate): Arguments {
  if (c.args) return c.args;
  const frame = ploverTable().frame(c.match.entry.frame);
  if (!frame) return { source: [], target: [] };
  c.args = finder.find(doc, v.index, { tokenStart: c.match.tokenStart, tokenEnd: c.match.tokenEnd, pos: c.match.entry.pos, passive: c.match.passive }, frame);
  return c.args;
}

/**
 * Senses conditioned on their arguments: the source's sector ("blocked roads": a protest by
 * civilians, else coercion) or the presence of a target. No sense left: no event.
 */
function chooseByArguments(doc: CronacaDocument, views: DocViews, finder: ArgumentFinder, v: SentenceView, c: Candidate): void {
  const alts = c.match.alternatives;
  if (!alts.some((e) => e.cond.src || e.cond.tgt)) return;
  for (const e of alts) {
    c.match.entry = e;
    c.args = undefined;
    const args = argsFor(doc, finder, v, c);
    let ok = true;
    if (e.cond.src) {
      const sectors = args.source.flatMap((a) => conditionSectors(views, a));
      ok = sectors.some((sec) => e.cond.src?.has(sec));
    }
    if (ok && e.cond.tgt) ok = args.target.length > 0;
    if (ok) {
      c.modes = [...e.modes];
      c.rules = [e.rule];
      return;
    }
  }
  c.suppressed = true;
}

/**
 * The sectors a lexicon condition sees: the entity's own, or GOV for a country or capital that acts
 * ("Turkey protested", "Ankara protested to Stockholm": the state speaks through its government).
 */
function conditionSectors(views: DocViews, a: ActorRef): readonly string[] {
  const entity = views.entity(a.entity);
  if (entity?.sectors?.length) return entity.sectors;
  if (entity?.type !== 'GPE' || !entity.country) return [];
  // ...itself, not a noun it qualifies ("Il Giro d'Italia ha fatto tappa a Napoli").
  const m = views.mention(a.mention);
  if (m && baseRelation(views.tokens[spanHead(views.tokens, m.tokenStart, m.tokenEnd)]) === 'nmod') return [];
  return entity.geonameid === undefined || isCapitalCity(entity.geonameid) ? GOVERNMENT : [];
}

const GOVERNMENT: readonly string[] = ['GOV'];

/** An actor that is a populated place of the gazetteer (a town that can be struck). */
function isTown(views: DocViews, a: ActorRef): boolean {
  return views.entity(a.entity)?.geonameid !== undefined;
}

/** Final arguments: own, inherited from a governing trigger, completed by absorbed objects. */
function finalArgs(doc: CronacaDocument, views: DocViews, finder: ArgumentFinder, v: SentenceView, c: Candidate, rules: string[]): Arguments {
  const own = argsFor(doc, finder, v, c);
  let source = own.source;
  let target = own.target;
  if (c.inheritFrom && !source.length && !target.length) {
    const parent = argsFor(doc, finder, v, c.inheritFrom);
    source = parent.source;
    target = parent.target;
    rules.push('events.args.inherit');
  }
  if (!source.length && c.agentFrom) {
    source = argsFor(doc, finder, v, c.agentFrom).source;
    if (source.length) rules.push(c.agentFrom.match.entry.pos === 'NOUN' ? 'events.args.nominal-subject-doer' : 'events.args.participle-agent');
  }
  // A struck town is the attack's place (buildEvent), so the absorbed act's victims are still wanted:
  // "hanno bombardato Kharkiv, uccidendo tre persone".
  const onlyTowns = c.match.entry.type === 'ASSAULT' && target.every((a) => isTown(views, a));
  if ((!target.length || onlyTowns) && c.absorbed.length) {
    const seen = new Set(source.map(actorKey));
    const extra: ActorRef[] = [];
    for (const a of c.absorbed) {
      const inner = argsFor(doc, finder, v, a);
      for (const r of [...inner.source, ...inner.target]) {
        if (seen.has(actorKey(r))) continue;
        seen.add(actorKey(r));
        extra.push({ ...r, rule: `${r.rule}+events.merge.object` });
      }
    }
    if (extra.length) target = [...target, ...extra];
  }
  return { source, target };
}

/** Tense of the trigger's verb group: firm future ("invierà", "will meet", "said it would withdraw"). */
function isFirmFuture(views: DocViews, v: SentenceView, tok: number): boolean {
  const tokens = views.tokens;
  if (tokens[tok].feats.Tense === 'Fut') return true;
  const m = views.pack.markers;
  let aux = false;
  for (let k = views.verbGroupStart(v, tok); k < tok; k++) {
    if (tokens[k].feats.Tense === 'Fut' || m['future-aux'].has(tokens[k])) aux = true;
  }
  if (!aux) return false;
  for (let k = v.start; k < v.end; k++) if (m.conditional.has(tokens[k])) return false;
  return true;
}

/** The verb group carries a finite indicative tense other than the future: its own tense says when. */
function tensedIndicative(views: DocViews, v: SentenceView, tok: number): boolean {
  const tokens = views.tokens;
  for (let k = views.verbGroupStart(v, tok); k <= tok; k++) {
    const f = tokens[k].feats;
    if (f.VerbForm === 'Fin' && f.Mood !== 'Cnd' && f.Tense !== undefined && f.Tense !== 'Fut') return true;
  }
  return false;
}

/** The factuality stage's reading of the trigger (it reads tokens, the parse and cues, never events). */
function triggerFactuality(doc: CronacaDocument, match: TriggerMatch): Factuality {
  let f = readings.get(match);
  if (!f) {
    f = assessFactuality(doc, { tokenStart: match.tokenStart, tokenEnd: match.tokenEnd, sentence: doc.tokens[match.tokenStart].sentence });
    readings.set(match, f);
  }
  return f;
}

/** The factuality reading of each trigger match, asked for by several coding rules. */
const readings = new WeakMap<TriggerMatch, Factuality>();

/**
 * A future act is routed only when the text states it firmly (docs/annotation.md: certainty
 * CERTAIN or PROBABLE, not a condition's clause): "it is unclear whether X will back Y" and "X may
 * meet Y" keep their own type.
 */
function firmlyStated(doc: CronacaDocument, match: TriggerMatch): boolean {
  const f = triggerFactuality(doc, match);
  const certainty = f.certainty.value;
  return (certainty === 'CERTAIN' || certainty === 'PROBABLE') && !f.special.value.startsWith('COND_');
}

/** The targets that are people named by name: one such name makes "the arrest of X" an act of its own. */
function namedPeople(views: DocViews, actors: readonly ActorRef[]): ActorRef[] {
  return actors.filter((a) => {
    const m = views.mention(a.mention);
    return m !== undefined && m.type === 'PER' && m.kind === 'name';
  });
}

/** A definite or demonstrative determiner opens the noun's phrase (adjectives and numbers may come between). */
function definiteBefore(views: DocViews, v: SentenceView, start: number): boolean {
  const tokens = views.tokens;
  let k = start - 1;
  while (k >= v.start && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
  return k >= v.start && tokens[k].pos === 'DET' && views.pack.markers.definite.has(tokens[k]);
}

/** The writer or a source qualifies the act: its certainty is not CERTAIN. */
function hedged(doc: CronacaDocument, match: TriggerMatch): boolean {
  return triggerFactuality(doc, match).certainty.value !== 'CERTAIN';
}

/** The support verb whose subject gave a noun trigger its source ("held talks"), or -1. */
function supportVerb(views: DocViews, v: SentenceView, c: Candidate, args: Arguments): number {
  if (!args.source.some((a) => a.rule.includes('+args.heuristic.light-') || a.rule.includes('+arg.dep.light-'))) return -1;
  const tokens = views.tokens;
  const m = views.pack.markers;
  for (let k = c.match.tokenStart - 1; k >= v.start && k >= c.match.tokenStart - 10; k--) {
    const t = tokens[k];
    if (m['light-source'].has(t) || m['light-participant'].has(t) || m['light-target'].has(t)) return k;
  }
  return -1;
}

/**
 * A noun event without a named doer is coded only when its clause asserts it (subject, existential
 * pivot, phase complement) and the policy allows it; the returned rule says which construction.
 */
function nominalWithoutSource(views: DocViews, v: SentenceView, c: Candidate, verbTriggers: ReadonlySet<number>): string | undefined {
  const policy = ploverTable().policy;
  if (!policy.nominalNeedsSource) return 'events.nominal.any';
  if (!policy.assertedNominalsWithoutSource) return undefined;
  const role = nominalRole(views, v, c.match.tokenStart, c.match.tokenEnd, (tok) => verbTriggers.has(tok));
  return role ? `events.nominal.${role}` : undefined;
}

/** An object of a deploying trigger: the force sent, not a recipient. */
function deployed(a: ActorRef, triggerPos: string): boolean {
  return a.rule.startsWith('args.heuristic.object') || a.rule.startsWith('arg.dep.obj') || (triggerPos === 'NOUN' && a.rule.startsWith('arg.dep.nmod-of'));
}

/** The trigger candidates of a sentence: verb trigger starts, and every token of a noun trigger. */
interface SentenceTriggers {
  verbs: ReadonlySet<number>;
  nouns: ReadonlySet<number>;
}

function sentenceTriggers(cands: readonly Candidate[]): SentenceTriggers {
  const verbs = new Set<number>();
  const nouns = new Set<number>();
  for (const { match } of cands) {
    if (match.entry.pos === 'VERB') verbs.add(match.tokenStart);
    else if (match.entry.pos === 'NOUN') for (let k = match.tokenStart; k < match.tokenEnd; k++) nouns.add(k);
  }
  return { verbs, nouns };
}

function buildEvent(doc: CronacaDocument, views: DocViews, finder: ArgumentFinder, v: SentenceView, c: Candidate, triggers: SentenceTriggers,
  coded: CodedSoFar): PloverEvent | undefined {
  const plover = ploverTable();
  const { match } = c;
  const e = match.entry;
  const tokens = views.tokens;
  const rules = [...c.rules];
  if (e.cond.exist && !existential(views, v, match.tokenStart)) return undefined;
  const args = finalArgs(doc, views, finder, v, c, rules);
  if (e.pos === 'NOUN' && !args.source.length && !c.inheritFrom) {
    const asserted = nominalWithoutSource(views, v, c, triggers.verbs);
    if (!asserted) return undefined;
    // "the truce came under strain", "the sanctions had lost their relevance": a definite noun without
    // a doer after an event of its type refers back to it (docs/annotation.md §2), unless the writer
    // qualifies it, which is a new statement ("Probabile che lo zampino sia occidentale"), or it names
    // a person no such event had as target ("The arrest of Samvel Karapetyan came a week earlier"); a bare one
    // is a new act ("si sono tenute manifestazioni").
    if (asserted !== 'events.nominal.any' && coded.covers(c.retype ?? e.type, namedPeople(views, args.target)) && definiteBefore(views, v, match.tokenStart) &&
      !hedged(doc, match)) return undefined;
    rules.push(asserted);
  }
  let type = c.retype ?? e.type;
  let modes = c.modes;
  // A noun's tense is its support verb's ("terranno un'esercitazione congiunta", "are due to resume talks").
  const tenseTok = e.pos === 'VERB' ? match.tokenStart : supportVerb(views, v, c, args);
  // An untensed verb ("are unlikely to withdraw", "dovrebbe essere ricevuto", "continueranno a
  // liberare") takes its time from the construction around it, which the factuality stage reads.
  const routed = plover.futureType(type);
  const future = routed !== undefined && tenseTok >= 0 && (isFirmFuture(views, v, tenseTok) ||
    (e.pos === 'VERB' && !tensedIndicative(views, v, tenseTok) && triggerFactuality(doc, match).time.value === 'FUTURE'));
  if (future && firmlyStated(doc, match)) {
    type = routed;
    modes = [];
    rules.push('events.route.future');
  }
  if (type === 'CONSULT' && !modes.includes('third-party') && hasMarker(views, v, 'third-party')) {
    modes = [...modes, 'third-party'];
    rules.push('events.mode.third-party');
  }
  if ((e.type === 'MOBILIZE' || (e.type === 'RETREAT' && modes.includes('withdraw'))) && !match.passive && args.target.some((a) => deployed(a, e.pos))) {
    // "sent extra police", "ha schierato centomila soldati", "hanno ritirato le guardie": the
    // deployed or withdrawn force is no recipient.
    args.target = args.target.filter((a) => !deployed(a, e.pos));
    rules.push('events.args.deployed-force');
  }
  if (type === 'MOBILIZE' && match.passive && !args.source.length && args.target.length) {
    // "duemila agenti sono stati schierati": the deployed force is the actor (fixtures rule 9).
    args.source = args.target;
    args.target = [];
    rules.push('events.args.deployed-force');
  }
  if (type === 'CONSULT' && !modes.includes('multilateral')) {
    const codes = new Set(plover.policy.multilateralCodes);
    if ([...args.source, ...args.target].some((a) => codes.has(views.entity(a.entity)?.country ?? ''))) {
      modes = [...modes, 'multilateral'];
      rules.push('events.mode.multilateral');
    }
  }
  const start = tokens[match.tokenStart].start;
  const end = tokens[match.tokenEnd - 1].end;
  if (match.passive) rules.push('events.passive');
  for (const a of [...args.source, ...args.target]) if (!rules.includes(a.rule)) rules.push(a.rule);
  const date = findDate(views, v, match.tokenStart, match.tokenEnd);
  if (date) rules.push(date.rule);
  // The actor's own place ("polizia di Hong Kong") is not where the event happened.
  const used = new Set(args.source.map((a) => a.mention ?? ''));
  const actors = new Set(args.target.map((a) => a.mention ?? ''));
  let place = findPlace(views, v, match, used, actors, triggers.nouns);
  if (place) rules.push(place.rule);
  if (type === 'ASSAULT' && args.target.length) {
    // "attacked Beirut", "shelled Kharkiv": a town that is struck is where the attack happened, not a recipient.
    const towns = args.target.filter((a) => isTown(views, a));
    if (towns.length) {
      args.target = args.target.filter((a) => !towns.includes(a));
      if (!place) {
        const t = towns[0];
        const ent = views.entity(t.entity);
        place = { name: t.text, entity: t.entity, country: ent?.country, coordinates: ent?.coordinates, spans: t.spans, rule: 'events.place.struck-town' };
        rules.push(place.rule);
      }
    }
  }
  if (type === 'CONSULT' && !modes.includes('visit') && !modes.includes('phone') && place?.country && /\.(locative|where)$/.test(place.rule) && args.source.length > 1 && !args.target.length) {
    // A meeting in one party's country is a visit by the others: visitors are sources, hosts targets.
    const hosts = args.source.filter((a) => views.entity(a.entity)?.country === place.country);
    const guests = args.source.filter((a) => {
      const c = views.entity(a.entity)?.country;
      return c !== undefined && c !== place.country;
    });
    if (hosts.length && guests.length && hosts.length + guests.length === args.source.length) {
      args.source = guests;
      args.target = hosts;
      modes = [...modes, 'visit'];
      rules.push('events.mode.visit');
    }
  }
  if (!modes.length) {
    const content = contentMode(views, v, type, match.tokenEnd);
    if (content) {
      modes = [content.mode];
      rules.push(content.rule);
    }
  }
  const valid = plover.validModes(type);
  const sentence = doc.sentences[v.index];
  const event: PloverEvent = {
    id: '',
    type,
    modes: modes.filter((m) => valid.has(m)),
    quad: plover.quad(type),
    sentence: v.index,
    trigger: { text: doc.text.slice(start, end), lemma: e.lemmas.join(' '), spans: [{ start, end }], rule: e.rule },
    evidence: { start: sentence.start, end: sentence.end },
    source: args.source,
    target: args.target,
    factuality: pendingFactuality(),
    rules,
  };
  if (date) event.date = date;
  if (place) event.place = place;
  return event;
}

/** "ha chiesto un cessate il fuoco", "urged the rebels to stop": the mode named by the nearest content word after the trigger. */
function contentMode(views: DocViews, v: SentenceView, type: string, from: number): { mode: string; rule: string } | undefined {
  const words = views.pack.modeWords.get(type);
  if (!words) return undefined;
  const tokens = views.tokens;
  for (let k = from; k < v.end; k++) {
    // The content ends where another finite clause begins ("ha escluso il blocco e ha invitato...").
    const t = tokens[k];
    if (t.norm === ';' || ((t.pos === 'AUX' || t.pos === 'VERB') && t.feats.VerbForm === 'Fin' && k > from)) break;
    const mode = words.get(t.lemma.toLowerCase()) ?? words.get(t.norm);
    if (mode) return { mode, rule: `events.mode.content:${t.lemma.toLowerCase()}` };
  }
  return undefined;
}

/** Some phrase of the marker class occurs in the sentence ("con la mediazione egiziana", "hosted by"). */
function hasMarker(views: DocViews, v: SentenceView, cls: MarkerClass): boolean {
  const set = views.pack.markers[cls];
  for (let k = v.start; k < v.end; k++) if (set.matchAt(views.tokens, k, v.end)) return true;
  return false;
}

/** In protest stories the protesters' demand is not a REQUEST (PLOVER boundary rules). */
function dropProtestDemands(views: DocViews, events: PloverEvent[]): PloverEvent[] {
  const policy = ploverTable().policy;
  if (!policy.dropProtestDemands) return events;
  const protest = events.some((e) => e.type === 'PROTEST');
  const sectors = new Set(policy.protesterSectors);
  return events.filter((e) => {
    if (e.type !== 'REQUEST') return true;
    if (protest) return false;
    return !e.source.some((a) => (views.entity(a.entity)?.sectors ?? []).some((s) => sectors.has(s)));
  });
}

/**
 * In a protest story the demands of protesters and of unnamed doers are the protest's, not
 * REQUEST events ("Doctors are demanding a rise"); a request to meet is still coded.
 */
function dropStoryDemands(views: DocViews, events: PloverEvent[]): void {
  const policy = ploverTable().policy;
  if (!policy.dropProtestDemands || !events.some((e) => e.type === 'PROTEST')) return;
  const sectors = new Set(policy.protesterSectors);
  const headWord = (a: ActorRef): string => a.text.toLowerCase().split(/\s+/).pop() ?? '';
  const protesters = new Set(events.filter((e) => e.type === 'PROTEST').flatMap((e) => e.source.flatMap((a) => [actorKey(a), headWord(a)])));
  const isProtester = (a: ActorRef): boolean => protesters.has(actorKey(a)) || protesters.has(headWord(a))
    || (views.entity(a.entity)?.sectors ?? []).some((s) => sectors.has(s));
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'REQUEST' || e.modes.includes('meet')) continue;
    if (!e.source.length || e.source.every(isProtester)) events.splice(i, 1);
  }
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: CronacaDocument) {
    try {
      // CRONACA_EVENT_ARGS=heuristic compares against the clause heuristics on the same parse.
      doc.events = process.env.CRONACA_EVENT_ARGS === 'heuristic' ? extractEvents(doc, (views) => new HeuristicArgumentFinder(views)) : extractEvents(doc);
    } catch (err) {
      // A malformed upstream layer must not sink the whole document.
      doc.events = [];
      doc.messages.push({ level: 'error', code: 'events.failed', text: err instanceof Error ? err.message : String(err) });
    }
  },
};
