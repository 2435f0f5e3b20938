// Fixtures rule 10: force used on protesters also tells of their protest. When a sentence codes
// crowd control or a restriction aimed at protesters (policy `protestFromRepression`, marker class
// `protester`) and the text has told of no protest so far, the protester noun is the trigger of a PROTEST whose
// actor the protesters are ("Police fired tear gas at hundreds of protesters in Dakar").
import type { ActorRef, PloverEvent } from '../../core/types.js';
import { ploverTable } from './plover.js';
import { pendingFactuality } from './factuality-default.js';
import type { DocViews, SentenceView } from './sentence-view.js';

const RULE = 'events.protest.repressed';

function protesterTarget(views: DocViews, v: SentenceView, e: PloverEvent): { actor: ActorRef; token: number } | undefined {
  const marker = views.pack.markers.protester;
  for (const actor of e.target) {
    const m = v.mentions.find((x) => x.id === actor.mention);
    if (!m) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (marker.has(views.tokens[k])) return { actor, token: k };
  }
  return undefined;
}

/** "i manifestanti che chiedevano le dimissioni del governo": whom the protesters' own demand is aimed at. */
function demandTarget(built: readonly PloverEvent[], protesters: ActorRef): ActorRef[] {
  const same = (a: ActorRef) => (a.entity !== undefined && a.entity === protesters.entity) || a.mention === protesters.mention;
  const demand = built.find((e) => e.type === 'REQUEST' && e.source.some(same));
  return demand ? demand.target.map((a) => ({ ...a, rule: `${RULE}.demand-target` })) : [];
}

/** The protest that force used on protesters tells of, or undefined. */
export function repressedProtest(views: DocViews, v: SentenceView, built: readonly PloverEvent[], coded: { has(type: string): boolean }): PloverEvent | undefined {
  const plover = ploverTable();
  const repression = plover.policy.protestFromRepression;
  // A protest the text already told of is the one the protesters hold.
  if (coded.has('PROTEST') || built.some((e) => e.type === 'PROTEST')) return undefined;
  for (const e of built) {
    const modes = repression[e.type];
    if (!modes || !e.modes.some((m) => modes.includes(m))) continue;
    const hit = protesterTarget(views, v, e);
    if (!hit) continue;
    const tok = views.tokens[hit.token];
    const sentence = views.doc.sentences[v.index];
    const event: PloverEvent = {
      id: '',
      type: 'PROTEST',
      modes: plover.validModes('PROTEST').has('demo') ? ['demo'] : [],
      quad: plover.quad('PROTEST'),
      sentence: v.index,
      trigger: { text: tok.text, lemma: tok.lemma, spans: [{ start: tok.start, end: tok.end }], rule: RULE },
      evidence: { start: sentence.start, end: sentence.end },
      source: [{ ...hit.actor, rule: `${RULE}.actor` }],
      target: demandTarget(built, hit.actor),
      factuality: pendingFactuality(),
      rules: [RULE, `${RULE}.actor`],
    };
    if (e.date) event.date = e.date;
    if (e.place) event.place = e.place;
    return event;
  }
  return undefined;
}
