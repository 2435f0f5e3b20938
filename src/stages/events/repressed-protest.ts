// Fixtures rule 10: force used on protesters also tells of their protest. When a sentence codes
// crowd control or a restriction aimed at protesters, or a clash of protesters with security forces
// (policy `protestFromRepression`, marker class `protester`), and the text has told of no protest so
// far, the protester noun is the trigger of a PROTEST whose actor the protesters are ("Police fired
// tear gas at hundreds of protesters in Dakar").
import type { ActorRef, PloverEvent } from '../../core/types.js';
import { ploverTable } from './plover.js';
import { pendingFactuality } from './factuality-default.js';
import type { DocViews, SentenceView } from './sentence-view.js';

const RULE = 'events.protest.repressed';

function protesterIn(views: DocViews, actors: readonly ActorRef[]): { actor: ActorRef; token: number } | undefined {
  const marker = views.pack.markers.protester;
  for (const actor of actors) {
    const m = views.mention(actor.mention);
    if (!m) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (marker.has(views.tokens[k])) return { actor, token: k };
  }
  return undefined;
}

/** Protesters as the target of the force, or as one side of a clash with security forces. */
function protesterSide(views: DocViews, e: PloverEvent): { actor: ActorRef; token: number } | undefined {
  const target = protesterIn(views, e.target);
  if (target) return target;
  const sectors = ploverTable().policy.securitySectors;
  const security = (a: ActorRef) => (views.entity(a.entity)?.sectors ?? []).some((s) => sectors.includes(s));
  return e.source.some(security) ? protesterIn(views, e.source) : undefined;
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
  // A protest the text already told of (in this sentence too: `built` is in `coded`) is the one the protesters hold.
  if (coded.has('PROTEST')) return undefined;
  for (const e of built) {
    const modes = repression[e.type];
    // "none": force with no mode, such as a clash ("Protesters clashed with police").
    if (!modes || !(e.modes.length ? e.modes.some((m) => modes.includes(m)) : modes.includes('none'))) continue;
    const hit = protesterSide(views, e);
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
