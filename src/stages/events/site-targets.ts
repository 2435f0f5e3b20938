// A protest's target is whom it is against (docs/annotation.md section 5), not the building, site or
// place it is done to: "hanno dato alle fiamme il Parlamento", "blocked the roads of Cochabamba".
// Only for physical acts (the policy's modes): a boycott of parliament is against parliament.
import { spanHead } from '../../core/dependency.js';
import type { ActorRef } from '../../core/types.js';
import type { Arguments } from './arguments.js';
import { ploverTable } from './plover.js';
import { PLACE_TYPES, type DocViews } from './sentence-view.js';

const OBJECT_RULE = /^arg\.dep\.obj/;

/** A building or site (a head noun of the pack's `facility` class), or a place that is the verb's object. */
function isSite(views: DocViews, a: ActorRef): boolean {
  const m = views.mention(a.mention);
  if (!m) return false;
  if (PLACE_TYPES.has(m.type) && OBJECT_RULE.test(a.rule)) return true;
  return views.pack.markers.facility.has(views.tokens[spanHead(views.tokens, m.tokenStart, m.tokenEnd)]);
}

/** Drops the sites among the targets of an event of a type and mode of policy sitesAreNoTarget ("none": no mode); rewrites `args`. */
export function dropSiteTargets(views: DocViews, type: string, modes: readonly string[], args: Arguments, rules: string[]): void {
  const physical = ploverTable().policy.sitesAreNoTarget[type];
  if (!args.target.length || !physical || !(modes.length ? modes.some((m) => physical.includes(m)) : physical.includes('none'))) return;
  const kept = args.target.filter((a) => !isSite(views, a));
  if (kept.length === args.target.length) return;
  args.target = kept;
  rules.push('events.target.site');
}
