// The verb that carries a noun trigger is part of the trigger's evidence: "accused the services of
// staging the attack", "ha dichiarato l'emergenza", "ordered both bans". A noun trigger that is the
// object (or the passive subject) of a verb that triggers no event of its own gets
// that verb's span as a second trigger span, so the event shows the words that assert it and a
// reader (or a gold annotation) marking either word finds it. A verb that is a factuality cue of
// another kind ("announced", "planned", "avoided") is no support verb: the event is its content;
// nor is a verb that names its object ("called the ban concerning": markers class `naming`).
import { spanHead } from '../../core/dependency.js';
import type { PloverEvent } from '../../core/types.js';
import { factualityLexicon } from '../factuality/lexicon.js';
import type { DocViews, SentenceView } from './sentence-view.js';

export const SUPPORT_VERB_RULE = 'events.trigger.support-verb';

/** The relations by which a verb carries a noun trigger ("declared the emergency", "sanctions were imposed"). */
const CARRYING: ReadonlySet<string> = new Set(['obj', 'nsubj:pass']);

/** Adds the support verb's span to the noun-triggered events of one sentence (in place). */
export function addSupportVerbSpans(views: DocViews, v: SentenceView, events: PloverEvent[]): void {
  const tokens = views.tokens;
  const cues = factualityLexicon(views.doc.language.code).cues;
  const naming = views.pack.markers.naming;
  const covered = (k: number): boolean => events.some((e) => e.trigger.spans.some((s) => s.start <= tokens[k].start && tokens[k].end <= s.end));
  for (const e of events) {
    if (e.trigger.spans.length !== 1) continue;
    const span = e.trigger.spans[0];
    // the trigger's tokens, and its head word among them
    let first = v.start;
    while (first < v.end && tokens[first].start < span.start) first++;
    let end = first;
    while (end < v.end && tokens[end].end <= span.end) end++;
    if (first >= end) continue;
    const noun = spanHead(tokens, first, end);
    if (tokens[noun].pos !== 'NOUN' || !CARRYING.has(tokens[noun].deprel ?? '')) continue;
    const verb = tokens[noun].head ?? -1;
    if (verb < v.start || verb >= v.end || tokens[verb].pos !== 'VERB' || covered(verb)) continue;
    // "called the ban concerning": a verb naming its object says what the speaker thinks of it
    if (naming.has(tokens[verb])) continue;
    // (a verb that performs the act it names, marker class `performative`, is a support verb though it also reports: "declared a state of emergency")
    const cue = cues.match(tokens, verb, verb + 1);
    if (cue && cue.value.cls !== 'support' && !views.pack.markers.performative.has(tokens[verb])) continue;
    const vs = { start: tokens[verb].start, end: tokens[verb].end };
    e.trigger.spans = vs.start < span.start ? [vs, span] : [span, vs];
    e.rules.push(SUPPORT_VERB_RULE);
  }
}
