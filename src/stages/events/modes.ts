// Modes an event takes from its context rather than from its trigger: a mediator (third-party), a
// multilateral organisation among the parties, a meeting held in one party's country (visit), and
// the content word after a request or a demand ("ha chiesto un cessate il fuoco").
import type { ActorRef, EventPlace, PloverType } from '../../core/types.js';
import type { Arguments } from './arguments.js';
import type { MarkerClass } from './markers.js';
import { ploverTable } from './plover.js';
import type { DocViews, SentenceView } from './sentence-view.js';

/** Some phrase of the marker class occurs in the sentence ("con la mediazione egiziana", "hosted by"). */
function hasMarker(views: DocViews, v: SentenceView, cls: MarkerClass): boolean {
  const set = views.pack.markers[cls];
  for (let k = v.start; k < v.end; k++) if (set.matchAt(views.tokens, k, v.end)) return true;
  return false;
}

/** CONSULT with a mediator in the sentence is third-party. */
export function thirdPartyMode(views: DocViews, v: SentenceView, type: string, modes: string[], rules: string[]): string[] {
  if (type !== 'CONSULT' || modes.includes('third-party') || !hasMarker(views, v, 'third-party')) return modes;
  rules.push('events.mode.third-party');
  return [...modes, 'third-party'];
}

/** CONSULT with a multilateral organisation among its parties is multilateral. */
export function multilateralMode(views: DocViews, type: string, modes: string[], args: Arguments, rules: string[]): string[] {
  if (type !== 'CONSULT' || modes.includes('multilateral')) return modes;
  const codes = new Set(ploverTable().policy.multilateralCodes);
  if (![...args.source, ...args.target].some((a) => codes.has(views.entity(a.entity)?.country ?? ''))) return modes;
  rules.push('events.mode.multilateral');
  return [...modes, 'multilateral'];
}

/**
 * A meeting in one party's country (its place from a locative phrase) is a visit by the others:
 * visitors are sources, hosts targets. Rewrites `args`.
 */
export function visitMode(views: DocViews, type: string, modes: string[], args: Arguments, place: EventPlace | undefined, rules: string[]): string[] {
  if (type !== 'CONSULT' || modes.includes('visit') || modes.includes('phone') || !place?.country || !/\.(locative|where)$/.test(place.rule)) return modes;
  if (args.source.length < 2 || args.target.length) return modes;
  const countryOf = (a: ActorRef): string | undefined => views.entity(a.entity)?.country;
  const hosts = args.source.filter((a) => countryOf(a) === place.country);
  const guests = args.source.filter((a) => {
    const c = countryOf(a);
    return c !== undefined && c !== place.country;
  });
  if (!hosts.length || !guests.length || hosts.length + guests.length !== args.source.length) return modes;
  args.source = guests;
  args.target = hosts;
  rules.push('events.mode.visit');
  return [...modes, 'visit'];
}

/**
 * The value the nearest content word after the trigger has in `words`, and that word's lemma.
 * `firstVerb`: a verb that is not in `words` ends the search ("agreed to coordinate their
 * response": the content is the coordinating, not the response).
 */
function nearestContent(views: DocViews, v: SentenceView, from: number, words: ReadonlyMap<string, string>, firstVerb = false): { value: string; lemma: string; at: number } | undefined {
  const tokens = views.tokens;
  for (let k = from; k < v.end; k++) {
    // The content ends where another finite clause begins ("ha escluso il blocco e ha invitato...").
    const t = tokens[k];
    // A finite auxiliary of a later verb is not that clause's verb ("promised that they will be punished").
    const auxOfLater = t.pos === 'AUX' && (t.head ?? -1) > k;
    if (t.norm === ';' || ((t.pos === 'AUX' || t.pos === 'VERB') && t.feats.VerbForm === 'Fin' && k > from && !auxOfLater)) break;
    const value = words.get(t.lemma.toLowerCase()) ?? words.get(t.norm);
    if (value) return { value, lemma: t.lemma.toLowerCase(), at: k };
    if (firstVerb && t.pos === 'VERB') break;
  }
  return undefined;
}

/** "ha chiesto un cessate il fuoco", "urged the rebels to stop": the mode named by the nearest content word after the trigger. */
export function contentMode(views: DocViews, v: SentenceView, type: string, from: number): { mode: string; rule: string } | undefined {
  const words = views.pack.modeWords.get(type);
  const found = words && nearestContent(views, v, from, words);
  return found ? { mode: found.value, rule: `events.mode.content:${found.lemma}` } : undefined;
}

/**
 * "agreed to disarm", "accepted a three-hour pause": an agreement whose content word (not itself a
 * trigger) is a concession is coded as the concession (events-content-types.tsv), as an absorbed
 * trigger would route it (plover.json complementRouting); the returned `at` is the word's token.
 */
export function contentType(views: DocViews, v: SentenceView, type: PloverType, from: number): { type: PloverType; rule: string; at: number } | undefined {
  const words = views.pack.contentTypes.get(type);
  const found = words && nearestContent(views, v, from, words, true);
  return found ? { type: found.value as PloverType, rule: `events.route.content:${found.lemma}`, at: found.at } : undefined;
}
