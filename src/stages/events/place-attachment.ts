// Does a place phrase modify the event, or something else in the sentence? The parse answers: from
// the place's head, walk up through the nouns it qualifies ("the village of X", "the city of X") to
// the first clause word; the place belongs to the event when that word is the trigger, or the verb
// that carries a noun trigger ("launched an offensive in X", "protests erupted in X").
import { baseRelation, caseMarker, dependentBefore, spanHead } from '../../core/dependency.js';
import type { Token } from '../../core/types.js';
import type { DocViews, SentenceView } from './sentence-view.js';

/** Relations that open a clause of their own: a place below them describes that clause. */
const CLAUSAL: ReadonlySet<string> = new Set(['acl', 'advcl', 'ccomp', 'csubj', 'parataxis', 'xcomp']);
/** How a noun trigger hangs on the verb that carries it ("launched an offensive", "clashes broke out"). */
const CARRIER: ReadonlySet<string> = new Set(['obj', 'nsubj']);
/** A possessor ("Bangladesh's prime minister") is never where something happened. */
const POSSESSIVE: ReadonlySet<string> = new Set(['nmod:poss', 'det:poss']);

export interface EventAnchor {
  /** The trigger's words and, for a noun trigger, the verb that carries it. */
  words: ReadonlySet<number>;
  /** The trigger's head word: the other trigger words are inside a multiword trigger ("took to the streets"). */
  head: number;
  /** The verbs a verb trigger is coordinated with: a place fronted before them covers it too. */
  conjoinedWith: ReadonlySet<number>;
}

/** What a place phrase may pass through on its way up to the event. */
export interface AttachmentRules {
  /** True at a token that heads an actor of the event. */
  actorAt: (k: number) => boolean;
  /** True at a token that heads an actor or another event: a place hung on it through a case marker is its own. */
  ownsPlace: (k: number) => boolean;
  /** A locative phrase may hang on an actor; a bare name ("il tribunale di Parigi") may not. */
  locative: boolean;
  /** True at a token that heads an institution among the actors (a court, the police, a government): a place on it is its seat. */
  seatAt?: (k: number) => boolean;
}

function isClauseWord(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** The event's anchor words in the parse, or undefined when the sentence carries no parse. */
export function eventAnchor(views: DocViews, v: SentenceView, triggerStart: number, triggerEnd: number): EventAnchor | undefined {
  const tokens = views.tokens;
  if (!views.parsed(v)) return undefined;
  const words = new Set<number>();
  const conjoinedWith = new Set<number>();
  for (let k = triggerStart; k < triggerEnd; k++) words.add(k);
  const triggerHead = spanHead(tokens, triggerStart, triggerEnd);
  let head = triggerHead;
  let t = tokens[head];
  let up = t.head ?? -1;
  // "a new round of talks", "a wave of arrests": the noun that counts the event stands for it.
  if (!isClauseWord(t) && up >= v.start && up < v.end && baseRelation(t) === 'nmod' && tokens[up].pos === 'NOUN' && ofCase(views, v, head)) {
    head = up;
    words.add(head);
    t = tokens[head];
    up = t.head ?? -1;
  }
  if (!isClauseWord(t)) {
    // "the protests that erupted in X", "the ceasefire agreed in Doha": a clause on the event noun tells
    // of the event; one opened by a subordinator ("an operation after demonstrators blocked the road
    // near X") tells of another.
    for (let k = v.start; k < v.end; k++) if (tokens[k].head === head && baseRelation(tokens[k]) === 'acl' && isClauseWord(tokens[k]) && dependentBefore(tokens, v.start, k, 'mark') < 0) words.add(k);
  }
  if (up >= 0 && isClauseWord(tokens[up])) {
    const r = baseRelation(t);
    // "messo in stato di allerta": an oblique noun carries the event unless a case marker makes it a cause or partner.
    if (!isClauseWord(t) && (CARRIER.has(r) || (r === 'obl' && !otherCase(views, v, head)))) words.add(up);
    // "found X guilty": the adjective's event is the verb's.
    if (t.pos === 'ADJ') words.add(up);
    if (r === 'conj') conjoinedWith.add(up);
  }
  return { words, head: triggerHead, conjoinedWith };
}

/**
 * A case marker on `k` that is neither locative nor "of": the noun is a cause, an agent, a partner...
 * With `cause` only the pack's cause markers count ("over the war in X", "a causa degli scontri a X").
 */
function otherCase(views: DocViews, v: SentenceView, k: number, cause = false): boolean {
  const tokens = views.tokens;
  const m = views.pack.markers;
  for (let c = v.start; c < k; c++) {
    const t = tokens[c];
    if (t.head !== k || baseRelation(t) !== 'case') continue;
    // "per le vie di X": the first word of a multiword locative.
    if (m.locative.matchAt(tokens, c, k + 1) > 0) continue;
    if (cause ? m.cause.matchAt(tokens, c, k) > 0 : !m.locative.has(t) && !m.of.has(t)) return true;
  }
  return false;
}

/**
 * "condemned Iran over the crackdown in Tehran": a place phrase right after a cause noun qualifies
 * the cause, wherever the parse hangs it (parsers attach such phrases high).
 */
function afterCause(views: DocViews, v: SentenceView, tok: number): boolean {
  const tokens = views.tokens;
  const marker = caseMarker(tokens, v.start, tok);
  const before = (marker < 0 ? tok : marker) - 1;
  return before >= v.start && before !== tok && tokens[before].pos === 'NOUN' && otherCase(views, v, before, true);
}

function ofCase(views: DocViews, v: SentenceView, k: number): boolean {
  const tokens = views.tokens;
  for (let c = v.start; c < k; c++) if (tokens[c].head === k && baseRelation(tokens[c]) === 'case' && views.pack.markers.of.has(tokens[c])) return true;
  return false;
}

/** An infinitive adverbial clause of the event's own verb ("to disperse", "per disperdere"). */
function isPurpose(tokens: readonly Token[], k: number, anchor: EventAnchor): boolean {
  const t = tokens[k];
  return t.pos === 'VERB' && t.feats.VerbForm === 'Inf' && baseRelation(t) === 'advcl' && anchor.words.has(t.head ?? -1);
}

function possessor(views: DocViews, v: SentenceView, k: number): boolean {
  const tokens = views.tokens;
  if (POSSESSIVE.has(tokens[k].deprel ?? '')) return true;
  const next = tokens[k + 1];
  return next !== undefined && k + 1 < v.end && next.head === k && next.pos === 'PART' && baseRelation(next) === 'case';
}

/**
 * True when the phrase whose head is `tok` modifies the event. Its path up the tree reaches the
 * anchor through nouns only, none of them a cause or partner phrase ("over the war in X", "with the
 * rebels in X"). A bare name must sit in the event's object ("shelled the city of X", "raided the
 * Baku office"), off any actor.
 */
export function attachedToEvent(views: DocViews, v: SentenceView, tok: number, anchor: EventAnchor, rules: AttachmentRules): boolean {
  const tokens = views.tokens;
  if (possessor(views, v, tok) || afterCause(views, v, tok)) return false;
  let k = tok;
  let purpose = false;
  for (let depth = 0; depth < 8; depth++) {
    const t = tokens[k];
    const r = baseRelation(t);
    const up = t.head ?? -1;
    if (up < v.start || up >= v.end) return false;
    if (anchor.words.has(up)) {
      if (CLAUSAL.has(r) && !purpose) return false;
      if (k !== tok && otherCase(views, v, k, true)) return false;
      // "took to the streets of Manila": a name on a word inside a multiword trigger.
      const inTrigger = up !== anchor.head && !isClauseWord(tokens[up]) && r === 'nmod';
      return rules.locative || r === 'obj' || inTrigger || (k !== tok && !isClauseWord(tokens[up]));
    }
    // "In Brussels, farmers lit fires and threw eggs": a place fronted before the first verb covers its conjuncts.
    if (anchor.conjoinedWith.has(up)) return rules.locative && k === tok && r === 'obl' && k < up;
    // "used tear gas to disperse the crowd in Caracas": the place of a purpose is the act's.
    if (!purpose && rules.locative && isPurpose(tokens, up, anchor)) {
      purpose = true;
      k = up;
      continue;
    }
    if (isClauseWord(tokens[up]) || CLAUSAL.has(r)) return false;
    // "Zhao Wei, a diplomat at the consulate in Toronto": an apposition describes its actor's post.
    if (r === 'appos') return false;
    if (!rules.locative && rules.actorAt(up)) return false;
    // "a court in Kinshasa sentenced", "police in Dushanbe detained": the place of an institution
    // that is the subject before the verb says where it sits, not where it acted (as the annotators read it).
    if (rules.seatAt?.(up) && baseRelation(tokens[up]) === 'nsubj' && up < anchor.head) return false;
    // A place on an actor or another event reached through a case marker is theirs ("by a court in X"),
    // and so is a place on a cause ("over the war in X"); other nouns are often the parse's misattachment
    // ("talks on the dam in Abu Dhabi").
    if (k !== tok && otherCase(views, v, k, !rules.ownsPlace(k))) return false;
    k = up;
  }
  return false;
}
