// PLOVER boundary rules for protest stories: the protesters' demands are the protest's, not REQUEST events.
import { firstTokenEndingAfter } from '../../core/token-search.js';
import type { ActorRef, PloverEvent } from '../../core/types.js';
import { actorKey } from './arguments.js';
import { ploverTable } from './plover.js';
import type { DocViews } from './sentence-view.js';

/** The doers a text names: a bare noun for an actor ("gli agricoltori", "the group": rule arg.dep.nsubj-actor-noun) names none. */
const named = (source: readonly ActorRef[]): ActorRef[] => source.filter((a) => a.entity !== undefined || !a.rule.includes('actor-noun'));

/**
 * A request put to a named state, organisation or person ("le famiglie degli ostaggi hanno chiesto a
 * Katz di ..."): a request, unless its doers are the ones who protested.
 */
function askedSomeone(views: DocViews, e: PloverEvent): boolean {
  // (protesters demanding something of someone are still the protest: "protesters demanding Boluarte's resignation")
  const protesterWord = (a: ActorRef): boolean => a.spans.some((sp) => {
    const t = views.tokens[firstTokenEndingAfter(views.tokens, sp.end - 1)];
    return t !== undefined && t.end === sp.end && views.pack.markers.protester.has(t);
  });
  if (e.source.some(protesterWord)) return false;
  return e.target.some((a) => {
    const m = views.mention(a.mention);
    return m !== undefined && m.type !== 'GROUP' && m.kind !== 'group' && m.kind !== 'pronoun';
  });
}

/**
 * The protesters' demand is not a REQUEST (PLOVER boundary rules): a request by a protester sector,
 * and in a sentence that tells of a protest one by its protesters or by no named doer. A state or
 * official in that sentence still requests ("hanno manifestato ..., e Washington aveva chiesto a
 * Manama di ..."), and so does a civilian group that puts its request to a named actor and did not
 * protest (askedSomeone).
 */
export function dropProtestDemands(views: DocViews, events: PloverEvent[]): PloverEvent[] {
  const policy = ploverTable().policy;
  if (!policy.dropProtestDemands) return events;
  const protesters = new Set(events.filter((e) => e.type === 'PROTEST').flatMap((e) => e.source.map(actorKey)));
  const protest = events.some((e) => e.type === 'PROTEST');
  const sectors = new Set(policy.protesterSectors);
  const isProtester = (a: ActorRef): boolean => protesters.has(actorKey(a)) || (views.entity(a.entity)?.sectors ?? []).some((s) => sectors.has(s));
  return events.filter((e) => {
    if (e.type !== 'REQUEST') return true;
    if (protest && !named(e.source).length) return false;
    if (askedSomeone(views, e) && !e.source.some((a) => protesters.has(actorKey(a)))) return true;
    return !e.source.some(isProtester);
  });
}

/**
 * In a protest story the demands of protesters and of unnamed doers are the protest's, not
 * REQUEST events ("Doctors are demanding a rise"); a request to meet is still coded.
 */
export function dropStoryDemands(views: DocViews, events: PloverEvent[]): void {
  const policy = ploverTable().policy;
  if (!policy.dropProtestDemands || !events.some((e) => e.type === 'PROTEST')) return;
  const sectors = new Set(policy.protesterSectors);
  const headWord = (a: ActorRef): string => a.text.toLowerCase().split(/\s+/).pop() ?? '';
  // (a protester known only through a pronoun or a subject carried from an earlier sentence is no
  // evidence: the pronoun may be resolved wrongly)
  const direct = (a: ActorRef): boolean => views.mention(a.mention)?.kind !== 'pronoun' && !a.rule.includes('subject-carry');
  const protesters = new Set(events.filter((e) => e.type === 'PROTEST').flatMap((e) => e.source.filter(direct).flatMap((a) => [actorKey(a), headWord(a)])));
  const isProtester = (a: ActorRef): boolean => protesters.has(actorKey(a)) || protesters.has(headWord(a))
    || (views.entity(a.entity)?.sectors ?? []).some((s) => sectors.has(s));
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'REQUEST' || e.modes.includes('meet')) continue;
    if (askedSomeone(views, e) && named(e.source).length && !e.source.some((a) => protesters.has(actorKey(a)))) continue;
    if (!named(e.source).length || e.source.every(isProtester)) events.splice(i, 1);
  }
}
