// Events stage: PLOVER events (type, modes, quad, source, target, date, place) from trigger
// lexicons, with a span and a rule id for every value. Factuality is left neutral
// ("factuality.pending") for the factuality stage to overwrite.
import { spanHead } from '../../core/dependency.js';
import type { Stage } from '../../core/stage.js';
import type { ActorRef, CronacaDocument, EventPlace, PloverEvent } from '../../core/types.js';
import { factualityLexicon } from '../factuality/lexicon.js';
import { triggerFactuality } from './trigger-reading.js';
import { HeuristicArgumentFinder, type ArgumentFinder, type Arguments } from './arguments.js';
import { ACL_PASSIVE_RULE, DependencyArgumentFinder } from './dep-arguments.js';
import { existential } from './assertion.js';
import { findDate, findPlace } from './date-place.js';
import { deployedForce } from './deployment.js';
import { pendingFactuality } from './factuality-default.js';
import { finalArgs, routedTarget, chooseByArguments, isTown } from './final-arguments.js';
import { routedFuture } from './future-routing.js';
import { CodedSoFar } from './coded-so-far.js';
import { repressedProtest } from './repressed-protest.js';
import { triggerLexicon } from './lexicon.js';
import { eventPack } from './markers.js';
import { TriggerMatcher } from './match.js';
import { absorbComplements, absorbNominalSubjects, meetingOccasions, type Candidate } from './merge.js';
import { contentMode, contentType, multilateralMode, thirdPartyMode, visitMode } from './modes.js';
import { nominalWithoutDoer, referringBack } from './nominal-events.js';
import { ploverTable } from './plover.js';
import { DocViews, type SentenceView } from './sentence-view.js';
import { dropProtestDemands, dropStoryDemands } from './story-demands.js';
import { addSupportVerbSpans } from './support-verb-span.js';
import { dropSiteTargets } from './site-targets.js';

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
    meetingOccasions(views, v, cands);
    const built: PloverEvent[] = [];
    const triggers = sentenceTriggers(cands);
    for (const c of cands) {
      if (c.suppressed) continue;
      const e = buildEvent(doc, views, finder, v, c, triggers, coded);
      if (!e) continue;
      built.push(e);
      coded.add(e, c.absorbed.map((x) => x.match.entry.lemmas.join(' ')));
    }
    const protest = repressedProtest(views, v, built, coded);
    if (protest) {
      built.push(protest);
      coded.add(protest);
    }
    addSupportVerbSpans(views, v, built);
    events.push(...dropProtestDemands(views, built));
  }
  dropStoryDemands(views, events);
  events.sort((a, b) => a.trigger.spans[0].start - b.trigger.spans[0].start);
  events.forEach((e, i) => (e.id = `V${i + 1}`));
  return events;
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

/**
 * Moves the towns among `actors` (those `pick` accepts) out of the event's arguments: a town is where
 * the act happened. Returns the remaining actors and the place (the first town when `place` is none).
 */
function townsToPlace(views: DocViews, actors: ActorRef[], pick: (a: ActorRef) => boolean, place: EventPlace | undefined, rule: string, rules: string[]):
  [ActorRef[], EventPlace | undefined] {
  const towns = actors.filter((a) => pick(a) && isTown(views, a));
  if (!towns.length) return [actors, place];
  const rest = actors.filter((a) => !towns.includes(a));
  if (place) return [rest, place];
  const t = towns[0];
  const ent = views.entity(t.entity);
  rules.push(rule);
  return [rest, { name: t.text, entity: t.entity, country: ent?.country, coordinates: ent?.coordinates, spans: t.spans, rule }];
}

/**
 * "attacked Beirut", "shelled Kharkiv": a town that is struck is where the attack happened, not a
 * recipient. Rewrites `args`; returns the place (the town when the sentence gave none).
 */
function struckTown(views: DocViews, type: string, args: Arguments, place: EventPlace | undefined, rules: string[]): EventPlace | undefined {
  if (type !== 'ASSAULT' || !args.target.length) return place;
  const [target, found] = townsToPlace(views, args.target, () => true, place, 'events.place.struck-town', rules);
  args.target = target;
  return found;
}

/**
 * "il vertice di Granada", "the Madrid summit": a town a meeting is named after is where it met, no
 * party to it. Rewrites `args`; returns the place (the town when the sentence gave none).
 */
function meetingTown(views: DocViews, type: string, args: Arguments, place: EventPlace | undefined, rules: string[]): EventPlace | undefined {
  if (type !== 'CONSULT' || !args.source.length) return place;
  const [source, found] = townsToPlace(views, args.source, (a) => a.rule.includes('nmod-of'), place, 'events.place.meeting-town', rules);
  args.source = source;
  return found;
}

/**
 * "Soldiers were deployed to support the police", "ha convocato l'ambasciatore per protestare": an
 * infinitive of purpose (marker class `purpose`) on a verb that is itself coded tells that act's
 * aim, no act of its own (a perfect infinitive after "per" is a reason: marker class `reason`).
 */
function purposeOfAct(views: DocViews, v: SentenceView, tok: number, triggers: SentenceTriggers): boolean {
  const tokens = views.tokens;
  const head = tokens[tok].head ?? -1;
  if (head < v.start) return false;
  // "chiesto l'intervento della CSTO per reprimere le proteste": the aim of a noun act
  if (tokens[tok].deprel === 'acl' && triggers.nouns.has(head) && views.purposeInfinitive(v, tok, true)) return true;
  if (!views.purposeInfinitive(v, tok)) return false;
  if (triggers.verbs.has(head)) return true;
  // "organizzato l'assalto per rovesciare il governo": the act is the support verb's object noun
  for (let k = v.start; k < v.end; k++) if (tokens[k].head === head && tokens[k].deprel === 'obj' && triggers.nouns.has(k)) return true;
  return false;
}

/** The noun trigger is the object of a verb that is the aim of another coded act (purposeOfAct). */
function aimedNoun(views: DocViews, v: SentenceView, c: Candidate, triggers: SentenceTriggers): boolean {
  const tokens = views.tokens;
  const noun = spanHead(tokens, c.match.tokenStart, c.match.tokenEnd);
  const verb = tokens[noun].head ?? -1;
  return tokens[noun].deprel === 'obj' && verb >= v.start && verb < v.end && tokens[verb].pos === 'VERB' && !triggers.verbs.has(verb) &&
    purposeOfAct(views, v, verb, triggers);
}

const OPENING_QUOTE = /^["“«‘']$/;

/**
 * The act is under a cue of wish or plan (factuality pack flag `wish`): intended, not done. A denied
 * intention still codes the denied act ("insisted he had never intended to overthrow", "ha smentito
 * di voler attaccare il Kosovo": NEG).
 */
function onlyIntended(doc: CronacaDocument, match: Candidate['match']): boolean {
  const wishes = factualityLexicon(doc.language.code).wishes;
  const f = triggerFactuality(doc, match);
  return f.polarity.value === 'POS' && f.cues.some((q) => wishes.has(q.rule));
}

/** One candidate's event, or undefined when a coding rule leaves it uncoded. The rules run in this order. */
function buildEvent(doc: CronacaDocument, views: DocViews, finder: ArgumentFinder, v: SentenceView, c: Candidate, triggers: SentenceTriggers,
  coded: CodedSoFar): PloverEvent | undefined {
  const plover = ploverTable();
  const { match } = c;
  const e = match.entry;
  const tokens = views.tokens;
  const rules = [...c.rules];
  if (e.cond.exist && !existential(views, v, match.tokenStart)) return undefined;
  if (e.pos === 'VERB' && purposeOfAct(views, v, match.tokenStart, triggers)) return undefined;
  // "chanting “Kill the Boer”": an imperative opening a quotation is a slogan, no act
  if (e.pos === 'VERB' && tokens[match.tokenStart].feats.Mood === 'Imp' && match.tokenStart > v.start && OPENING_QUOTE.test(tokens[match.tokenStart - 1].text)) return undefined;
  // "pulled its troops out to prepare a counteroffensive": a noun act whose support verb is such an aim
  if (e.pos === 'NOUN' && aimedNoun(views, v, c, triggers)) return undefined;
  const args = finalArgs(doc, views, finder, v, c, rules);
  // "tre giornalisti arrestati a gennaio": a participial clause without a named agent is background
  // (docs/annotation.md section 2), as "l'intesa firmata a luglio" is.
  if (!args.source.length && args.target.some((a) => a.rule === ACL_PASSIVE_RULE)) return undefined;
  if (e.pos === 'NOUN' && !args.source.length && !c.inheritFrom) {
    const asserted = nominalWithoutDoer(doc, views, v, c, args, triggers.verbs, coded);
    if (!asserted) return undefined;
    rules.push(asserted);
  }
  if (e.pos === 'NOUN' && !c.inheritFrom && referringBack(views, v, c, c.retype ?? e.type, args, coded)) return undefined;
  let type = c.retype ?? e.type;
  let modes = c.modes;
  const routed = routedFuture(doc, views, v, c, args, type);
  // "wanted to kill as many people as possible", "vuole attaccare": an act only wished or planned
  if (!routed && e.pos === 'VERB' && onlyIntended(doc, match)) return undefined;
  if (routed) {
    type = routed;
    modes = [];
    rules.push('events.route.future');
  }
  // The content word decides unless an absorbed act before it already did: "accepted a pause in
  // the fighting" is a concession, not the threat its absorbed "fighting" would route it to.
  const content = routed ? undefined : contentType(views, v, e.type, match.tokenEnd);
  if (content && c.absorbed.every((a) => a.match.tokenStart >= content.at)) {
    type = content.type;
    modes = [];
    const complement = rules.indexOf('events.route.complement');
    if (complement >= 0) rules.splice(complement, 1);
    rules.push(content.rule);
    if (!args.target.length) args.target = routedTarget(doc, finder, v, c, type);
  }
  modes = thirdPartyMode(views, v, type, modes, rules);
  deployedForce(match, type, modes, args, rules);
  modes = multilateralMode(views, type, modes, args, rules);
  const start = tokens[match.tokenStart].start;
  const end = tokens[match.tokenEnd - 1].end;
  if (match.passive) rules.push('events.passive');
  for (const a of [...args.source, ...args.target]) if (!rules.includes(a.rule)) rules.push(a.rule);
  const date = findDate(views, v, match.tokenStart, match.tokenEnd);
  if (date) rules.push(date.rule);
  // The actor's own place ("polizia di Hong Kong") is not where the event happened.
  const used = new Set(args.source.map((a) => a.mention ?? ''));
  const actors = new Set(args.target.map((a) => a.mention ?? ''));
  const destination = type === 'MOBILIZE' || (type === 'CONSULT' && modes.includes('visit'));
  const found = findPlace(views, v, match, used, actors, triggers.nouns, destination);
  if (found) rules.push(found.rule);
  const place = meetingTown(views, type, args, struckTown(views, type, args, found, rules), rules);
  // a meeting whose only doer was the town it is named after needs its clause to assert it
  if (e.pos === 'NOUN' && !args.source.length && rules.includes('events.place.meeting-town') && !nominalWithoutDoer(doc, views, v, c, args, triggers.verbs, coded)) return undefined;
  modes = visitMode(views, type, modes, args, place, rules);
  if (!modes.length) {
    const mode = contentMode(views, v, type, match.tokenEnd);
    if (mode) {
      modes = [mode.mode];
      rules.push(mode.rule);
    }
  }
  dropSiteTargets(views, type, modes, args, rules);
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
