// An event's final arguments: the finder's, with a sense chosen by its arguments, inherited from a
// governing trigger, or completed by the actors of the acts it absorbed (merge.ts).
import { standsForState } from '../../core/places.js';
import type { ActorRef, CronacaDocument, PloverType } from '../../core/types.js';
import { baseRelation, spanHead } from '../../core/dependency.js';
import { isCapitalCity } from '../entities/api.js';
import { actorKey, type ArgumentFinder, type Arguments, type TriggerRef } from './arguments.js';
import type { Candidate } from './merge.js';
import { ploverTable } from './plover.js';
import type { DocViews, SentenceView } from './sentence-view.js';

/** The rules of an act's subject (its own, carried or shared), as opposed to a partner it is done with. */
const SUBJECT_RULE = /nsubj|subject/;
/** The rules of a noun's "of" and possessive phrases. */
const OWNER_RULE = /^arg\.dep\.nmod-(of|poss)/;

function triggerOf(c: Candidate): TriggerRef {
  return { tokenStart: c.match.tokenStart, tokenEnd: c.match.tokenEnd, pos: c.match.entry.pos, passive: c.match.passive };
}

function argsFor(doc: CronacaDocument, finder: ArgumentFinder, v: SentenceView, c: Candidate): Arguments {
  if (c.args) return c.args;
  const frame = ploverTable().frameFor(c.match.entry.frame, c.match.entry.type);
  if (!frame) return { source: [], target: [] };
  c.args = finder.find(doc, v.index, triggerOf(c), frame);
  return c.args;
}

/**
 * The actors an absorbed act lends to the empty target of the act that absorbed it: for a request
 * (policy askedDoerTarget) and a criticism (objectDoerTarget) only its doers ("chiesto il ritiro delle
 * truppe": the troops are to act);
 * for a threat (policy threatenedTarget) whom it would hit, not who would do it ("ha promesso che
 * l'esercito libererà i territori"); otherwise all of them.
 */
function lentActors(inner: Arguments, type: string, innerType: string): ActorRef[] {
  const policy = ploverTable().policy;
  // (a criticism or rejection, policy objectDoerTarget, falls on whoever did what it names: "ha
  // condannato gli attacchi contro la missione" names no doer, the mission is no target; a meeting's
  // parties are all its doers: "ha annullato la visita a Washington")
  if (policy.askedDoerTarget.includes(type) || (policy.objectDoerTarget.includes(type) && innerType !== 'CONSULT')) return inner.source;
  if (policy.threatenedTarget.includes(type)) return [...inner.source.filter((r) => !SUBJECT_RULE.test(r.rule)), ...inner.target];
  return [...inner.source, ...inner.target];
}

/**
 * The target an act routed to another type by its content finds under that type's frame ("ha promesso
 * che i responsabili saranno puniti": a promise read as a threat hits the ones to be punished), when
 * the frame the lexicon gave has none.
 */
export function routedTarget(doc: CronacaDocument, finder: ArgumentFinder, v: SentenceView, c: Candidate, type: PloverType): Arguments['target'] {
  const { entry } = c.match;
  const frame = ploverTable().frameFor(entry.frame, type);
  if (!frame || frame === ploverTable().frameFor(entry.frame, entry.type)) return [];
  return finder.find(doc, v.index, triggerOf(c), frame).target;
}

/**
 * Senses conditioned on their arguments: the source's sector ("blocked roads": a protest by
 * civilians, else coercion) or the presence of a target. No sense left: no event.
 */
export function chooseByArguments(doc: CronacaDocument, views: DocViews, finder: ArgumentFinder, v: SentenceView, c: Candidate): void {
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
 * The sectors a lexicon condition sees: the entity's own, or the policy's government sectors for a country or capital that acts
 * ("Turkey protested", "Ankara protested to Stockholm": the state speaks through its government).
 */
function conditionSectors(views: DocViews, a: ActorRef): readonly string[] {
  const entity = views.entity(a.entity);
  if (entity?.sectors?.length) return entity.sectors;
  if (!standsForState(entity, isCapitalCity)) return [];
  // ...itself, not a noun it qualifies ("Il Giro d'Italia ha fatto tappa a Napoli").
  const m = views.mention(a.mention);
  if (m && baseRelation(views.tokens[spanHead(views.tokens, m.tokenStart, m.tokenEnd)]) === 'nmod') return [];
  return ploverTable().policy.governmentSectors;
}

/** An actor that is a populated place of the gazetteer (a town that can be struck). */
export function isTown(views: DocViews, a: ActorRef): boolean {
  return views.entity(a.entity)?.geonameid !== undefined;
}

/** Final arguments: own, inherited from a governing trigger, completed by absorbed objects. */
export function finalArgs(doc: CronacaDocument, views: DocViews, finder: ArgumentFinder, v: SentenceView, c: Candidate, rules: string[]): Arguments {
  const own = argsFor(doc, finder, v, c);
  let source = own.source;
  let target = own.target;
  if (c.inheritFrom && !source.length && !target.length) {
    const parent = argsFor(doc, finder, v, c.inheritFrom);
    source = parent.source;
    target = parent.target;
    rules.push('events.args.inherit');
  }
  if (!source.length && !target.length && c.partiesFrom) {
    const parties = argsFor(doc, finder, v, c.partiesFrom).source;
    if (parties.length > 1) {
      source = parties;
      rules.push('events.args.meeting-parties');
    }
  }
  if (!source.length && c.agentFrom) {
    source = argsFor(doc, finder, v, c.agentFrom).source;
    if (source.length) rules.push(c.agentFrom.match.entry.pos !== 'NOUN' ? 'events.args.participle-agent' : c.rules.includes('events.merge.means') ? 'events.args.means-doer' : 'events.args.nominal-subject-doer');
  }
  // "demanded the release of the crew", "chiede la scarcerazione di Khan": whom an asked act named by
  // a noun falls on (its "of" or possessive phrase) is not the one asked, though the parse reaches
  // them through the object; "chiesto aiuto a Mosca" still asks Moscow.
  const type = c.retype ?? c.match.entry.type;
  if (ploverTable().policy.askedDoerTarget.includes(type) && target.length && c.absorbed.length) {
    const acted = new Set(c.absorbed.flatMap((a) => a.match.entry.pos !== 'NOUN' ? [] :
      argsFor(doc, finder, v, a).target.filter((r) => OWNER_RULE.test(r.rule)).map(actorKey)));
    target = target.filter((a) => !acted.has(actorKey(a)));
  }
  // A struck town is the attack's place (buildEvent), so the absorbed act's victims are still wanted:
  // "hanno bombardato Kharkiv, uccidendo tre persone".
  const onlyTowns = c.match.entry.type === 'ASSAULT' && target.every((a) => isTown(views, a));
  if ((!target.length || onlyTowns) && c.absorbed.length) {
    const seen = new Set(source.map(actorKey));
    const extra: ActorRef[] = [];
    for (const a of c.absorbed) {
      for (const r of lentActors(argsFor(doc, finder, v, a), type, a.retype ?? a.match.entry.type)) {
        if (seen.has(actorKey(r))) continue;
        seen.add(actorKey(r));
        extra.push({ ...r, rule: `${r.rule}+events.merge.object` });
      }
    }
    if (extra.length) {
      // "firmato un patto con Pechino": under a frame whose parties are all actors (MUT), the
      // absorbed act's other party signs too
      if (ploverTable().frameFor(c.match.entry.frame, type)?.object === 'source') source = [...source, ...extra];
      else target = [...target, ...extra];
    }
  }
  return { source, target };
}
