// PLOVER codes a firmly stated future act as the commitment to it (policy futureRouting in
// packs/world/plover.json: CONSULT, SUPPORT, COOPERATE, AID -> AGREE; RETREAT -> CONCEDE).
import type { CronacaDocument, PloverType } from '../../core/types.js';
import { baseRelation, spanHead } from '../../core/dependency.js';
import type { Arguments } from './arguments.js';
import type { Candidate } from './merge.js';
import { ploverTable } from './plover.js';
import type { DocViews, SentenceView } from './sentence-view.js';
import { firmlyStated, isFirmFuture, tensedIndicative, triggerFactuality } from './trigger-reading.js';

/** The support verb whose subject gave a noun trigger its source ("held talks"), or -1. */
function supportVerb(views: DocViews, v: SentenceView, c: Candidate, args: Arguments): number {
  if (!args.source.some((a) => a.rule.includes('+args.heuristic.light-') || a.rule.includes('+arg.dep.light-'))) return -1;
  for (let k = c.match.tokenStart - 1; k >= v.start && k >= c.match.tokenStart - 10; k--) if (isLightVerb(views, k)) return k;
  return -1;
}

function isLightVerb(views: DocViews, k: number): boolean {
  const m = views.pack.markers;
  const t = views.tokens[k];
  return m['light-source'].has(t) || m['light-participant'].has(t) || m['light-target'].has(t);
}

/**
 * The verb whose tense is a noun trigger's: its support verb ("terranno un'esercitazione"), else the
 * predicate it is the subject of ("talks are due to begin on Tuesday", "i colloqui si terranno
 * domani"); -1 when neither.
 */
function nounTense(views: DocViews, v: SentenceView, c: Candidate, args: Arguments): number {
  const support = supportVerb(views, v, c, args);
  if (support >= 0) return support;
  const tokens = views.tokens;
  const head = spanHead(tokens, c.match.tokenStart, c.match.tokenEnd);
  const h = tokens[head].head ?? -1;
  if (h < v.start || h >= v.end) return -1;
  // "presenterà le dimissioni dell'intero governo": a support verb carries the noun though the doer came from elsewhere
  if (tokens[head].deprel === 'obj' && tokens[h].pos === 'VERB' && isLightVerb(views, h)) return h;
  if (!baseRelation(tokens[head]).startsWith('nsubj')) return -1;
  return tokens[h].pos === 'VERB' || tokens[h].pos === 'ADJ' ? h : -1;
}

/**
 * The type a future act of `type` is coded as, or undefined when it is not routed. A noun's tense is
 * its support verb's ("terranno un'esercitazione congiunta", "are due to resume talks"); an untensed
 * verb ("are unlikely to withdraw", "dovrebbe essere ricevuto", "continueranno a liberare") takes
 * its time from the construction around it, which the factuality stage reads. Only a firmly stated
 * future is routed: "X may meet Y" keeps its own type.
 */
export function routedFuture(doc: CronacaDocument, views: DocViews, v: SentenceView, c: Candidate, args: Arguments, type: PloverType): PloverType | undefined {
  const routed = ploverTable().futureType(type);
  if (routed === undefined) return undefined;
  const { match } = c;
  const verb = match.entry.pos === 'VERB';
  const tenseTok = verb ? match.tokenStart : nounTense(views, v, c, args);
  if (tenseTok < 0) return undefined;
  const future = isFirmFuture(views, v, tenseTok) || (verb && !tensedIndicative(views, v, tenseTok) && triggerFactuality(doc, match).time.value === 'FUTURE');
  return future && firmlyStated(doc, match) ? routed : undefined;
}
