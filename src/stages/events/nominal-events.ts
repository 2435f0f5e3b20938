// Noun triggers without a named doer ("the truce", "sanctions"): coded only when their clause
// asserts them, and not when a definite noun refers back to an act already coded (docs/annotation.md §2).
import type { ActorRef, CronacaDocument } from '../../core/types.js';
import type { Arguments } from './arguments.js';
import { caseMarker, spanHead } from '../../core/dependency.js';
import { nominalRole } from './assertion.js';
import type { CodedSoFar } from './coded-so-far.js';
import type { Candidate } from './merge.js';
import { ploverTable } from './plover.js';
import type { DocViews, SentenceView } from './sentence-view.js';
import { hedged } from './trigger-reading.js';

/** The targets that are people named by name: one such name makes "the arrest of X" an act of its own. */
function namedPeople(views: DocViews, actors: readonly ActorRef[]): ActorRef[] {
  return actors.filter((a) => {
    const m = views.mention(a.mention);
    return m !== undefined && m.type === 'PER' && m.kind === 'name';
  });
}

/** A definite or demonstrative determiner opens the noun's phrase (adjectives and numbers may come between). */
export function definiteBefore(views: DocViews, v: SentenceView, start: number): boolean {
  const tokens = views.tokens;
  let k = start - 1;
  while (k >= v.start && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
  return k >= v.start && tokens[k].pos === 'DET' && views.pack.markers.definite.has(tokens[k]);
}

/**
 * A noun that refers back (definite or possessive: "the offensive", "its attack", "il suo attacco")
 * in a background phrase after a preposition ("pay for its attack", "opened the way for the
 * offensive"), whose doers already did an act of its type in the text: the act told before, not a
 * new one (docs/annotation.md section 2).
 */
export function referringBack(views: DocViews, v: SentenceView, c: Candidate, type: string, args: Arguments, coded: CodedSoFar): boolean {
  const tokens = views.tokens;
  const { tokenStart, tokenEnd } = c.match;
  let k = tokenStart - 1;
  while (k >= v.start && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
  const owner = k >= v.start && tokens[k].feats.Poss === 'Yes';
  if (!owner && !definiteBefore(views, v, tokenStart)) return false;
  const head = spanHead(tokens, tokenStart, tokenEnd);
  if (caseMarker(tokens, v.start, head) < 0) return false;
  return coded.coversSources(type, args.source);
}

/**
 * A noun event without a named doer is coded only when its clause asserts it (subject, existential
 * pivot, phase complement) and the policy allows it; the returned rule says which construction.
 */
function assertedNominal(views: DocViews, v: SentenceView, c: Candidate, verbTriggers: ReadonlySet<number>): string | undefined {
  const policy = ploverTable().policy;
  if (!policy.nominalNeedsSource) return 'events.nominal.any';
  if (!policy.assertedNominalsWithoutSource) return undefined;
  const role = nominalRole(views, v, c.match.tokenStart, c.match.tokenEnd, (tok) => verbTriggers.has(tok));
  return role ? `events.nominal.${role}` : undefined;
}

/**
 * The rule that codes a noun event without a doer, or undefined: not coded. "The truce came under
 * strain", "the sanctions had lost their relevance": a definite noun without a doer after an event
 * of its type refers back to it, unless the writer qualifies it, which is a new statement
 * ("Probabile che lo zampino sia occidentale"), or it names a person no such event had as target
 * ("The arrest of Samvel Karapetyan came a week earlier"); a bare one is a new act ("si sono tenute
 * manifestazioni").
 */
export function nominalWithoutDoer(doc: CronacaDocument, views: DocViews, v: SentenceView, c: Candidate, args: Arguments,
  verbTriggers: ReadonlySet<number>, coded: CodedSoFar): string | undefined {
  const asserted = assertedNominal(views, v, c, verbTriggers);
  if (!asserted) return undefined;
  const { match } = c;
  // (also the same noun again, whatever type its first mention was coded as: "le espulsioni" after "ha espulso")
  if (asserted !== 'events.nominal.any' && definiteBefore(views, v, match.tokenStart) && !hedged(doc, match) &&
    (coded.covers(c.retype ?? match.entry.type, namedPeople(views, args.target)) ||
      (coded.hasLemma(match.entry.lemmas.join(' ')) && !namedPeople(views, args.target).length))) return undefined;
  return asserted;
}
