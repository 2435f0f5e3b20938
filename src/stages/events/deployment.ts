// Deployments and withdrawals: the force sent or withdrawn is no recipient ("sent extra police",
// "ha schierato centomila soldati", "hanno ritirato le guardie"), and a passive deployment's force
// is the actor ("duemila agenti sono stati schierati": fixtures rule 9).
import type { ActorRef } from '../../core/types.js';
import type { Arguments } from './arguments.js';
import type { TriggerMatch } from './match.js';

/** An object of a deploying trigger: the force sent, not a recipient. */
function deployed(a: ActorRef, triggerPos: string): boolean {
  return a.rule.startsWith('args.heuristic.object') || a.rule.startsWith('arg.dep.obj') || (triggerPos === 'NOUN' && a.rule.startsWith('arg.dep.nmod-of'));
}

/** Rewrites `args` for a deployment or withdrawal of `type` (the routed type) with `modes`. */
export function deployedForce(match: TriggerMatch, type: string, modes: readonly string[], args: Arguments, rules: string[]): void {
  const e = match.entry;
  if ((e.type === 'MOBILIZE' || (e.type === 'RETREAT' && modes.includes('withdraw'))) && !match.passive && args.target.some((a) => deployed(a, e.pos))) {
    args.target = args.target.filter((a) => !deployed(a, e.pos));
    rules.push('events.args.deployed-force');
  }
  if (type === 'MOBILIZE' && match.passive && !args.source.length && args.target.length) {
    args.source = args.target;
    args.target = [];
    rules.push('events.args.deployed-force');
  }
}
