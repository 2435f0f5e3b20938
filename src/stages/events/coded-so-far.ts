// The events coded so far in a document: what a later definite noun may refer back to ("the
// truce", "the arrest") and whether the text has told of a protest yet.
import type { ActorRef, PloverEvent } from '../../core/types.js';
import { actorKey } from './arguments.js';

export class CodedSoFar {
  private readonly targets = new Map<string, Set<string>>();
  private readonly sources = new Map<string, Set<string>>();
  /** Trigger lemmas coded so far, with those of the nouns the events absorbed ("signed an agreement"). */
  private readonly lemmas = new Set<string>();

  add(e: PloverEvent, absorbedLemmas: readonly string[] = []): void {
    let set = this.targets.get(e.type);
    if (!set) this.targets.set(e.type, (set = new Set()));
    for (const a of e.target) set.add(actorKey(a));
    let doers = this.sources.get(e.type);
    if (!doers) this.sources.set(e.type, (doers = new Set()));
    for (const a of e.source) doers.add(actorKey(a));
    this.lemmas.add(e.trigger.lemma.toLowerCase());
    for (const l of absorbedLemmas) this.lemmas.add(l);
  }

  /** A trigger with this lemma was coded, or absorbed into a coded event. */
  hasLemma(lemma: string): boolean {
    return this.lemmas.has(lemma.toLowerCase());
  }

  has(type: string): boolean {
    return this.targets.has(type);
  }

  /** True when events of `type` were coded and every actor of `actors` was among their doers. */
  coversSources(type: string, actors: readonly ActorRef[]): boolean {
    const set = this.sources.get(type);
    return set !== undefined && actors.length > 0 && actors.every((a) => set.has(actorKey(a)));
  }

  /** True when an event of `type` was coded and every actor of `actors` was among its targets. */
  covers(type: string, actors: readonly ActorRef[]): boolean {
    const set = this.targets.get(type);
    return set !== undefined && actors.every((a) => set.has(actorKey(a)));
  }
}
