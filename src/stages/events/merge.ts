// One record per situation: a trigger's nominal object, the act asked for / threatened / promised,
// and a same-type gerund or purpose clause belong to the outer event and are not coded apart.
import { atOrBelow, baseRelation, caseMarker, dependentIn, spanHead } from '../../core/dependency.js';
import type { PloverType, Token } from '../../core/types.js';
import type { Arguments } from './arguments.js';
import type { TriggerEntry } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { ploverTable } from './plover.js';
import { definiteBefore } from './nominal-events.js';
import type { DocViews, SentenceView } from './sentence-view.js';

/** Max tokens between an outer trigger and the inner trigger it absorbs. */
const WINDOW = 8;
/** Max tokens between a sentence verb and its prison-term noun. */
const INHERIT_WINDOW = 16;

export interface Candidate {
  match: TriggerMatch;
  modes: string[];
  suppressed: boolean;
  rules: string[];
  args?: Arguments;
  /** Candidate whose actors this one inherits ("condannato a due anni di carcere"). */
  inheritFrom?: Candidate;
  /** Candidates absorbed into this one, whose actors may fill its empty target. */
  absorbed: Candidate[];
  /** Type the candidate is coded as instead of its lexicon entry's (plover.json complementRouting). */
  retype?: PloverType;
  /** A same-type participle in this verb's subject ("una bomba piazzata dai separatisti ha ucciso") whose agent is the doer. */
  agentFrom?: Candidate;
  /** The act a meeting noun is the occasion of ("Riyadh and Tehran agreed ... after talks in Beijing"): its doers are the meeting's parties. */
  partiesFrom?: Candidate;
}

/** A participle without auxiliary right after a noun: a reduced relative ("bomba piazzata da"). */
function reducedRelative(views: DocViews, v: SentenceView, tok: number): boolean {
  const t = views.tokens[tok];
  const prev = views.tokens[tok - 1];
  // (a participle with a direct object is an English finite past read as one: "demonstrators stormed parliament")
  return t.pos === 'VERB' && t.feats.VerbForm === 'Part' && tok > v.start && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    dependentIn(views.tokens, v.start, v.end, tok, 'obj') < 0;
}

/** Max tokens between a verb trigger and a participle adjunct the parse hangs on it. */
const ADJUNCT_WINDOW = 24;
/** Dependents that make a participle a clause of its own: a subject, an auxiliary, a marker. */
const ADJUNCT_BLOCKERS: ReadonlySet<string> = new Set(['nsubj', 'aux', 'mark', 'csubj']);

const OBJECT_GAP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PROPN', 'NOUN', 'PRON']);

function isNonFinite(views: DocViews, tok: number): boolean {
  const t = views.tokens[tok];
  if (t.feats.VerbForm === 'Inf' && coordinatedBare(views, tok)) return false;
  // "Israel will halt": an infinitive under a finite auxiliary heads a finite clause.
  if (t.feats.VerbForm === 'Inf' && views.finiteAuxiliary(tok)) return false;
  if (t.feats.VerbForm === 'Inf' || t.feats.VerbForm === 'Ger') return true;
  const prev = views.tokens[tok - 1];
  return prev !== undefined && views.pack.markers.complementizer.has(prev);
}

/** The verb at `tok` heads a relative clause the parse hangs on the noun span [start, end). */
function relativeOnNoun(tokens: Token[], start: number, end: number, tok: number): boolean {
  const h = tokens[tok].head ?? -1;
  return tokens[tok].deprel === 'acl:relcl' && h >= start && h < end;
}

/**
 * A gerund or present participle that the parse hangs on `head` as an adverbial clause, after a
 * comma, with no subject or auxiliary of its own ("..., killing three people", "..., ferendo un
 * marinaio"); a relative clause may come between them.
 */
function participleAdjunct(views: DocViews, head: number, tok: number): boolean {
  const tokens = views.tokens;
  const t = tokens[tok];
  if (!gerundLike(t) || t.head !== head || baseRelation(t) !== 'advcl') return false;
  const { tokenStart, tokenEnd } = views.doc.sentences[t.sentence];
  return afterPunctuation(tokens, tokenStart, tok, false) && !hasBlocker(tokens, tokenStart, tokenEnd, tok);
}

/** Relations by which the parse hangs a verbless noun phrase after a comma on a clause's verb. */
const SUMMARY_RELATIONS: ReadonlySet<string> = new Set(['obl', 'appos', 'parataxis', 'nmod']);

/**
 * Noun `noun` (the head of a noun trigger) is a verbless phrase after a comma that sums up the act
 * of verb `head` ("fired 180 missiles at Israel, its second direct attack on the country"): no
 * preposition, no clause of its own.
 */
function summaryApposition(views: DocViews, head: number, noun: number): boolean {
  const tokens = views.tokens;
  const t = tokens[noun];
  // (or an apposition the parse hung on a phrase of that verb: "contro Israele, il suo secondo attacco")
  const onPhrase = baseRelation(t) === 'appos' && t.head !== undefined && t.head >= 0 && tokens[t.head].head === head;
  if (!(t.head === head || onPhrase) || !SUMMARY_RELATIONS.has(baseRelation(t))) return false;
  const { tokenStart, tokenEnd } = views.doc.sentences[t.sentence];
  if (caseMarker(tokens, tokenStart, noun) >= 0 || hasBlocker(tokens, tokenStart, tokenEnd, noun)) return false;
  let first = noun;
  while (first - 1 > head && (tokens[first - 1].head === noun || atOrBelow(tokens, first - 1, noun, 2)) && tokens[first - 1].norm !== ',') first--;
  return tokens[first - 1]?.norm === ',';
}

/** A gerund, or a present participle (the English tagger's "-ing" form). */
function gerundLike(t: Token): boolean {
  return t.pos === 'VERB' && (t.feats.VerbForm === 'Ger' || (t.feats.VerbForm === 'Part' && t.feats.Tense === 'Pres'));
}

/** Word `tok` follows punctuation (with `comma`, a comma), adverbs between. */
function afterPunctuation(tokens: readonly Token[], start: number, tok: number, comma: boolean): boolean {
  let before = tok - 1;
  while (before > start && tokens[before].pos === 'ADV') before--;
  return comma ? tokens[before]?.norm === ',' : tokens[before]?.pos === 'PUNCT';
}

/** Word `tok` has a subject, an auxiliary or a marker of its own (a clause of its own). */
function hasBlocker(tokens: readonly Token[], start: number, end: number, tok: number): boolean {
  for (let k = start; k < end; k++) if (tokens[k].head === tok && ADJUNCT_BLOCKERS.has(baseRelation(tokens[k]))) return true;
  return false;
}

/** "imposed a curfew and cut internet access" tagged as an infinitive: right after "and", with no "to"/"di" before it. */
function coordinatedBare(views: DocViews, tok: number): boolean {
  const m = views.pack.markers;
  const prev = views.tokens[tok - 1];
  if (!prev || !m.coord.has(prev)) return false;
  const s = views.tokens[tok].sentence;
  for (let k = tok - 2; k >= 0 && k >= tok - 8 && views.tokens[k].sentence === s; k--) {
    if (m.complementizer.has(views.tokens[k]) && views.tokens[k + 1]?.pos === 'VERB') return false;
  }
  return true;
}

/**
 * "warned that it would strike", "ha promesso che invierà": a future, conditional or subjunctive
 * complement clause of the verb outer, not a clause the parse coordinates with it ("è stato
 * allentato, e sarebbero stati arrestati": two acts). `adjacent`: no verb or punctuation between them.
 */
function futureComplement(views: DocViews, v: SentenceView, outer: number, from: number, to: number, adjacent = true): boolean {
  const tokens = views.tokens;
  const m = views.pack.markers;
  if (views.pack.boundaries.get(tokens[from]?.norm ?? '') !== 'start') return false;
  if (tokens[to].head === outer && baseRelation(tokens[to]) === 'conj') return false;
  for (let k = from + 1; k < to && adjacent; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return false;
  }
  for (let k = views.verbGroupStart(v, to); k <= to; k++) {
    const t = tokens[k];
    // ... or a subjunctive one: "chiedendo che i responsabili vengano processati"
    if (t.feats.Tense === 'Fut' || t.feats.Mood === 'Cnd' || t.feats.Mood === 'Sub' || m['future-aux'].has(t)) return true;
  }
  return false;
}

/** "the gang, which prosecutors blame": the clause's verb has a subject noun of its own (not "what she called"). */
function nounSubject(tokens: Token[], v: SentenceView, verb: number): boolean {
  for (let k = v.start; k < v.end; k++) {
    const t = tokens[k];
    if (t.head === verb && (t.deprel === 'nsubj' || t.deprel === 'nsubj:pass')) return t.pos === 'NOUN' || t.pos === 'PROPN';
  }
  return false;
}

/** Whether verb `tok` heads a relative clause on the direct object of verb `outer` (in the parse). */
function relativeOnObject(tokens: readonly Token[], outer: number, tok: number): boolean {
  const t = tokens[tok];
  const noun = t.head ?? -1;
  return noun >= 0 && t.deprel === 'acl:relcl' && tokens[noun].head === outer && baseRelation(tokens[noun]) === 'obj';
}

/** A participle the parse reads as a noun's modifier ("refused repeated offers"). */
function adjectival(t: Token): boolean {
  return t.pos === 'VERB' && baseRelation(t) === 'amod';
}

/** The parse gives the noun trigger to the verb trigger as its object, or as a conjunct of it ("firmato una dichiarazione e accordi"). */
function parsedObjectOf(views: DocViews, outer: Candidate, inner: Candidate): boolean {
  const tokens = views.tokens;
  const head = spanHead(tokens, inner.match.tokenStart, inner.match.tokenEnd);
  let k = head;
  for (let n = 0; n < 4 && baseRelation(tokens[k]) === 'conj' && headOf(tokens, k) >= 0; n++) k = headOf(tokens, k);
  // a conjunct with a verb group of its own is a clause the parse hung there ("tolto il sussidio e
  // le attese proteste si sono concretizzate")
  if (k !== head && hasOwnVerbGroup(views, head)) return false;
  return outer.match.entry.pos === 'VERB' && headOf(tokens, k) === outer.match.tokenStart && baseRelation(tokens[k]) === 'obj';
}

/** A verb with an auxiliary hangs on noun `noun`. */
function hasOwnVerbGroup(views: DocViews, noun: number): boolean {
  const tokens = views.tokens;
  const { tokenStart, tokenEnd } = views.doc.sentences[tokens[noun].sentence];
  for (let k = tokenStart; k < tokenEnd; k++) {
    if (tokens[k].head === noun && tokens[k].pos === 'VERB' && dependentIn(tokens, tokenStart, tokenEnd, k, 'aux') >= 0) return true;
  }
  return false;
}

/** Only determiners, modifiers, names and "di"/"of" complements between outer and inner: a nominal object. */
function objectGap(views: DocViews, tokens: Token[], from: number, to: number, prepositional: boolean): boolean {
  const m = views.pack.markers;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (OBJECT_GAP.has(t.pos) || adjectival(t) || m.of.has(t) || m.genitive.has(t)) continue;
    if (prepositional && views.isPreposition(k)) continue;
    return false;
  }
  return true;
}

function sameModes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

/** Only a coordinator and determiners between two triggers ("X e Y", "X and the Y"). */
function coordinated(views: DocViews, from: number, to: number): boolean {
  let coord = false;
  for (let k = from; k < to; k++) {
    const t = views.tokens[k];
    if (views.pack.markers.coord.has(t)) coord = true;
    else if (t.pos !== 'DET') return false;
  }
  return coord;
}

/** The outer event's mode from the act it absorbed, or from what that act itself absorbed
 * ("ha respinto la proposta di riprendere i negoziati" -> meet). */
function takeModes(outer: Candidate, inner: Candidate): void {
  const plover = ploverTable();
  // "agreed to a ceasefire", "offered to resign": the concession itself (plover.json complementRouting).
  const routed = plover.complementType(outer.retype ?? outer.match.entry.type, inner.retype ?? inner.match.entry.type, inner.match.entry.pos);
  if (routed) {
    outer.retype = routed;
    outer.modes = plover.complementModes(routed, inner.match.entry.type, inner.modes);
    outer.rules.push('events.route.complement');
    return;
  }
  if (outer.modes.length) return;
  const type = outer.match.entry.type;
  outer.modes = plover.complementModes(type, inner.match.entry.type, inner.modes);
  for (const deeper of inner.absorbed) {
    if (!outer.modes.length) outer.modes = plover.complementModes(type, deeper.match.entry.type, deeper.modes);
  }
}

/**
 * "the ceasefire agreed by Pakistan and Afghanistan": a participle hung on a noun event is routed
 * with the noun as its content (plover.json complementRouting), the noun staying an event of its own.
 */
function agreedOnNoun(views: DocViews, v: SentenceView, outer: Candidate, inner: Candidate): void {
  if (outer.match.entry.pos !== 'NOUN' || inner.match.entry.pos !== 'VERB' || inner.retype) return;
  const routed = ploverTable().complementType(inner.match.entry.type, outer.retype ?? outer.match.entry.type);
  if (!routed || !(modifiesNoun(views, inner, outer) || passiveOnNoun(views, v, inner, outer))) return;
  inner.retype = routed;
  inner.modes = ploverTable().complementModes(routed, outer.match.entry.type, outer.modes);
  inner.rules.push('events.route.complement');
}

/**
 * The verb candidate is a clause the parse hangs on the noun candidate ("talks hosted by", "la tregua
 * concordata da"); with `through`, also on a noun phrase inside it ("talks in Beijing hosted by") or
 * on the noun it completes ("several days of talks hosted by").
 */
function modifiesNoun(views: DocViews, verb: Candidate, noun: Candidate, through = false): boolean {
  const tokens = views.tokens;
  if (baseRelation(tokens[verb.match.tokenStart]) !== 'acl') return false;
  const within = (k: number): boolean => k >= noun.match.tokenStart && k < noun.match.tokenEnd;
  const head = headOf(tokens, verb.match.tokenStart);
  if (within(head)) return true;
  if (!through || head < 0) return false;
  const nounHead = spanHead(tokens, noun.match.tokenStart, noun.match.tokenEnd);
  return (baseRelation(tokens[head]) === 'nmod' && within(headOf(tokens, head))) || (baseRelation(tokens[nounHead]) === 'nmod' && headOf(tokens, nounHead) === head);
}

/**
 * The noun headed at `nounHead` is the occasion of its clause's act, never its content: its phrase, or the phrase of the
 * noun it completes ("after several days of talks"), opens with an `occasion` marker ("after",
 * "at", "dopo", "al termine di"). Returns the token the phrase hangs on, or -1.
 */
function occasionOf(views: DocViews, v: SentenceView, nounHead: number): number {
  const tokens = views.tokens;
  let k = nounHead;
  for (let depth = 0; depth < 2 && k >= v.start; depth++) {
    const c = caseMarker(tokens, v.start, k);
    if (c >= 0 && views.pack.markers.occasion.matchAt(tokens, c, v.end)) return baseRelation(tokens[k]) === 'obl' ? headOf(tokens, k) : -1;
    if (baseRelation(tokens[k]) !== 'nmod') return -1;
    k = headOf(tokens, k);
  }
  return -1;
}

/** The same read as a passive clause whose subject is the noun: "the ceasefire [was] agreed by ...". */
function passiveOnNoun(views: DocViews, v: SentenceView, verb: Candidate, noun: Candidate): boolean {
  const tokens = views.tokens;
  const vt = verb.match.tokenStart;
  const nt = spanHead(tokens, noun.match.tokenStart, noun.match.tokenEnd);
  if (headOf(tokens, nt) !== vt || baseRelation(tokens[nt]) !== 'nsubj') return false;
  for (let k = v.start; k < v.end; k++) if (tokens[k].head === vt && tokens[k].deprel === 'obl:agent') return true;
  return false;
}

/** A host or mediator of talks ("host", "mediate", "ospitare"): a CONSULT entry with the HOST frame or the third-party mode. */
function hostsMeetings(e: TriggerEntry): boolean {
  return e.type === 'CONSULT' && (e.frame === 'HOST' || e.modes.includes('third-party'));
}

/** The parse head of token k (-1 for the root, for k < 0 or without a parse). */
function headOf(tokens: readonly Token[], k: number): number {
  return k < 0 ? -1 : (tokens[k].head ?? -1);
}

/**
 * A "between" phrase hangs on the meeting noun, on the host verb or on the word between them
 * ("rounds of talks between Riyadh and Tehran"): the meeting has its parties.
 */
function partiesBetween(views: DocViews, v: SentenceView, nounTok: number, verbTok: number): boolean {
  const tokens = views.tokens;
  const between = views.pack.markers.between;
  const hosts = [nounTok, verbTok, headOf(tokens, nounTok)];
  for (let k = verbTok + 1; k < v.end; k++) {
    if (between.has(tokens[k]) && hosts.includes(headOf(tokens, headOf(tokens, k)))) return true;
  }
  return false;
}

/**
 * "talks hosted by China", "i colloqui, mediati dal Qatar", "Oman hosted talks between Saudi and
 * Iranian officials": the meeting is the event and its parties are the actors; the host or
 * mediator only makes it third-party (docs/annotation.md). Returns the candidate that stays.
 */
function hostedMeeting(views: DocViews, v: SentenceView, outer: Candidate, inner: Candidate): Candidate | undefined {
  const oe = outer.match.entry;
  const ie = inner.match.entry;
  const tokens = views.tokens;
  let meeting: Candidate | undefined;
  let host: Candidate | undefined;
  if (oe.pos === 'NOUN' && oe.type === 'CONSULT' && ie.pos === 'VERB' && hostsMeetings(ie)) {
    if (modifiesNoun(views, inner, outer, true)) [meeting, host] = [outer, inner];
  } else if (oe.pos === 'VERB' && hostsMeetings(oe) && ie.pos === 'NOUN' && ie.type === 'CONSULT') {
    const noun = spanHead(tokens, inner.match.tokenStart, inner.match.tokenEnd);
    const verb = outer.match.tokenStart;
    // its object, or the "of" complement of its object ("hosted several rounds of talks")
    const object = headOf(tokens, noun) === verb || headOf(tokens, headOf(tokens, noun)) === verb;
    if (object && partiesBetween(views, v, noun, verb)) {
      [meeting, host] = [inner, outer];
      // The host verb's frame already read the parties as its guests; the host is no party.
      if (host.args?.source.length) meeting.args = { source: host.args.source, target: [] };
    }
  }
  if (!meeting || !host) return undefined;
  host.suppressed = true;
  const kept = meeting.modes.filter((m) => m !== 'visit');
  meeting.modes = kept.includes('third-party') ? kept : [...kept, 'third-party'];
  meeting.rules.push('events.merge.hosted-meeting');
  return meeting;
}

export function absorbComplements(views: DocViews, v: SentenceView, all: Candidate[]): void {
  const plover = ploverTable();
  const tokens = views.tokens;
  // A candidate with no sense left ("a village gathering" read as a verb) stands between no two others.
  const cands = all.filter((c) => !c.suppressed);
  // Right to left, so that an inner trigger has absorbed its own complement before it is absorbed.
  for (let i = cands.length - 2; i >= 0; i--) {
    const outer = cands[i];
    const oe = outer.match.entry;
    const inner = cands[i + 1];
    if (!inner) break;
    const ie = inner.match.entry;
    const from = outer.match.tokenEnd;
    const to = inner.match.tokenStart;
    if (to - from <= WINDOW && hostedMeeting(views, v, outer, inner)) continue;
    agreedOnNoun(views, v, outer, inner);
    const sameClause = views.clauseOf(v, to) === views.clauseOf(v, from - 1);
    let verbBetween = false;
    let finiteBetween = false;
    for (let k = from; k < to; k++) {
      // "agreed to begin withdrawing": an aspectual verb leaves the act it governs the complement (a
      // noun after it, "begin negotiations", stays that verb's object).
      if (tokens[k].pos !== 'VERB' || adjectival(tokens[k]) || (ie.pos === 'VERB' && views.pack.markers.aspect.has(tokens[k]))) continue;
      verbBetween = true;
      if (!isNonFinite(views, k)) finiteBetween = true;
    }
    // "Una bomba piazzata dai separatisti ha ucciso sei soldati": one attack; the participle's agent is the doer.
    if (oe.pos === 'VERB' && ie.pos === 'VERB' && oe.type === ie.type && !finiteBetween && to - from <= WINDOW && reducedRelative(views, v, outer.match.tokenStart) && !isNonFinite(views, to)) {
      outer.suppressed = true;
      inner.agentFrom = outer;
      inner.rules.push('events.merge.reduced-relative');
      for (const md of outer.modes) if (!inner.modes.includes(md)) inner.modes.push(md);
      continue;
    }
    // "gas lacrimogeni e proiettili di gomma": coordinated nouns of one type and mode are one act.
    if (oe.pos === 'NOUN' && ie.pos === 'NOUN' && oe.type === ie.type && sameModes(outer.modes, inner.modes) && coordinated(views, from, to)) {
      inner.suppressed = true;
      outer.rules.push('events.merge.coordinated');
      continue;
    }
    // "shelled Kharkiv on Monday, killing three people": a participle adjunct of the same type elaborates the act.
    if (ie.type === oe.type && oe.pos === 'VERB' && to - from <= ADJUNCT_WINDOW && participleAdjunct(views, outer.match.tokenStart, to)) {
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.merge.participle-adjunct');
      continue;
    }
    // "fired 180 missiles at Israel, its second direct attack on the country": the phrase sums up the act.
    if (ie.type === oe.type && oe.pos === 'VERB' && ie.pos === 'NOUN' && to - from <= ADJUNCT_WINDOW &&
        summaryApposition(views, outer.match.tokenStart, spanHead(tokens, inner.match.tokenStart, inner.match.tokenEnd))) {
      inner.suppressed = true;
      outer.rules.push('events.merge.summary-apposition');
      continue;
    }
    // "the attack, which killed three soldiers", "le stragi in cui furono uccisi i giudici": a relative
    // clause of the same type on a noun event tells that act: one event, on the clause's verb (as
    // the annotators code it), which takes the noun's doer.
    if (oe.pos === 'NOUN' && ie.pos === 'VERB' && ie.type === oe.type && to - from <= WINDOW && relativeOnNoun(tokens, outer.match.tokenStart, outer.match.tokenEnd, to)) {
      outer.suppressed = true;
      inner.agentFrom ??= outer;
      inner.rules.push('events.merge.noun-relative');
      continue;
    }
    // "prima dell'attacco con droni lanciato da Teheran contro Israele": a participle of the same type
    // on a noun event in an adjunct is the verb that noun is done with (a support verb): one event,
    // on the noun, which takes the participle's agent as its doer and its arguments. (On an object,
    // "sostiene il ricorso intentato dal Messico", the participle is coded, as docs/annotation.md
    // section 2 has it.)
    const nounRel = baseRelation(tokens[spanHead(tokens, outer.match.tokenStart, outer.match.tokenEnd)]);
    if (oe.pos === 'NOUN' && ie.pos === 'VERB' && ie.type === oe.type && to - from <= WINDOW && tokens[to].deprel === 'acl' && tokens[to].feats.VerbForm === 'Part' &&
        (nounRel === 'obl' || nounRel === 'nmod') && modifiesNoun(views, inner, outer)) {
      inner.suppressed = true;
      outer.agentFrom ??= inner;
      outer.absorbed.push(inner);
      outer.rules.push('events.merge.participle-on-noun');
      continue;
    }
    // "condemned what she called a vile attack": a relative clause on the object re-words a
    // criticism ("ratified the treaty he had signed" are two acts).
    if (ie.type === 'ACCUSE' && oe.type === 'ACCUSE' && oe.pos === 'VERB' && ie.pos === 'VERB' && relativeOnObject(tokens, outer.match.tokenStart, to) &&
        !nounSubject(tokens, v, to)) {
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.merge.object-relative');
      continue;
    }
    if (ie.cond.inherit) {
      // an apposition between them splits the clause heuristics, not the parse ("sentenced Ousman
      // Sonko, his interior minister for a decade, to 20 years in prison")
      const attached = oe.pos === 'VERB' && atOrBelow(tokens, spanHead(tokens, inner.match.tokenStart, inner.match.tokenEnd), outer.match.tokenStart, 3);
      if ((sameClause || attached) && !verbBetween && to - from <= INHERIT_WINDOW) inner.inheritFrom = outer;
      continue;
    }
    // (an object the parse gives the verb is its object however many adverbials stand between)
    if ((to - from > WINDOW && !parsedObjectOf(views, outer, inner)) || finiteBetween) continue;
    // "agreed to restore relations after talks in Beijing": the talks are the agreement's occasion,
    // no content ("met Biden at a summit" stays one meeting).
    if (oe.type !== 'CONSULT' && occasionMeeting(views, v, inner) >= 0) continue;
    // "ordered French troops to leave the country": the departure ordered is the expulsion itself.
    if (ie.type === 'RETREAT' && ie.pos === 'VERB' && (outer.modes.includes('expel') || outer.modes.includes('deport')) && sameClause && isNonFinite(views, to)) {
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.merge.ordered-departure');
      continue;
    }
    const content = plover.isContentType(oe.type);
    // "a motion to remove her", "la mozione per destituirlo": an infinitive on a noun act that is no
    // content type tells what that act aims at, no act of its own.
    if (!content && oe.pos === 'NOUN' && ie.pos === 'VERB' && tokens[to].feats.VerbForm === 'Inf' && tokens[to].deprel === 'acl' &&
        headOf(tokens, to) === spanHead(tokens, outer.match.tokenStart, outer.match.tokenEnd) && dependentIn(tokens, v.start, to, to, 'mark') >= 0) {
      inner.suppressed = true;
      outer.rules.push('events.merge.aim-of-noun');
      continue;
    }
    // "ha esortato il governo ad aprire un tavolo di trattativa": the noun is the content of the request.
    if (verbBetween) {
      if (!content || !sameClause || ie.pos !== 'NOUN') continue;
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.complement');
      takeModes(outer, inner);
      continue;
    }
    if (ie.pos === 'NOUN') {
      const parsedObject = parsedObjectOf(views, outer, inner);
      if (!sameClause && !parsedObject) continue;
      const prepositional = oe.pos === 'NOUN' || oe.cond.next !== undefined || content;
      // "ospiterà ad agosto il vertice": a date or place phrase between a verb and the object the parse gives it
      if (!parsedObject && !objectGap(views, tokens, from, to, prepositional)) continue;
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.merge.object');
      // "fired rubber bullets", "sparato proiettili di gomma": an object of the verb's own type names
      // the means, more precisely than the verb does.
      if (ie.type === oe.type && inner.modes.length) outer.modes = [...inner.modes];
      else takeModes(outer, inner);
      continue;
    }
    const futureClause = content && !sameClause && futureComplement(views, v, outer.match.tokenStart, from, to);
    if (!isNonFinite(views, to) && !futureClause) continue;
    if (content && (sameClause || futureClause)) {
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.complement');
      takeModes(outer, inner);
      // The content act's own complement (e.g. "chiesto di inviare aiuti") goes with it.
      const next = cands[i + 2];
      if (next && next.match.entry.pos === 'NOUN' && next.match.tokenStart - inner.match.tokenEnd <= WINDOW) {
        if (objectGap(views, tokens, inner.match.tokenEnd, next.match.tokenStart, false)) {
          next.suppressed = true;
          inner.absorbed.push(next);
        }
      }
      continue;
    }
    // "bloccato i valichi per protestare": the purpose tells the outer verb's sense.
    if (ie.type !== oe.type) {
      const alt = outer.match.alternatives.find((e) => e.type === ie.type);
      if (alt) {
        outer.match.entry = alt;
        outer.modes = [...alt.modes];
        outer.rules = [alt.rule, 'events.sense.purpose'];
        outer.args = undefined;
      }
    }
    // "bombardato un mercato, uccidendo venti civili", "bloccato i valichi per protestare".
    if (ie.type === outer.match.entry.type) {
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.merge.same-type');
    }
  }
  absorbFutureClauses(views, v, cands);
  absorbComplementConjuncts(views, v, cands);
  absorbCommaAdjuncts(views, v, cands);
}

const PHYSICAL_ACTS: ReadonlySet<PloverType> = new Set(['ASSAULT', 'PROTEST', 'COERCE']);

/**
 * A physical act's gerund or present participle after a comma, with no subject, auxiliary or
 * marker of its own (", killing three people", ", uccidendo cinque civili"), or its conjunct
 * (", wounding one and killing two"), elaborates the last act of its type before it in the
 * sentence, wherever the parse hung it ("opened fire outside a bar in the centre, killing two": on "bar").
 */
function absorbCommaAdjuncts(views: DocViews, v: SentenceView, cands: Candidate[]): void {
  const tokens = views.tokens;
  const live = cands.filter((c) => !c.suppressed);
  const absorbedAt = new Set<number>();
  for (let i = 1; i < live.length; i++) {
    const inner = live[i];
    const to = inner.match.tokenStart;
    const t = tokens[to];
    if (inner.match.entry.pos !== 'VERB' || !PHYSICAL_ACTS.has(inner.match.entry.type) || !gerundLike(t)) continue;
    const commaAdjunct = afterPunctuation(tokens, v.start, to, true) && !hasBlocker(tokens, v.start, v.end, to);
    if (!commaAdjunct && !(baseRelation(t) === 'conj' && absorbedAt.has(t.head ?? -1))) continue;
    let outer: Candidate | undefined;
    for (let j = i - 1; j >= 0 && !outer; j--) if (live[j].match.entry.type === inner.match.entry.type) outer = live[j];
    if (!outer || hasSemicolon(tokens, outer.match.tokenEnd, to)) continue;
    inner.suppressed = true;
    outer.absorbed.push(inner);
    outer.rules.push('events.merge.comma-adjunct');
    absorbedAt.add(to);
  }
}

function hasSemicolon(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].norm === ';') return true;
  return false;
}

/**
 * "chiede ai sostenitori di non restare a casa e di protestare": an infinitive act coordinated with
 * a content verb's complement (its xcomp, or the infinitive the parse hangs on its recipient, as
 * ISDT does: "ordinato all'esercito di invadere") is part of that content, however far away.
 */
function absorbComplementConjuncts(views: DocViews, v: SentenceView, cands: Candidate[]): void {
  const plover = ploverTable();
  const tokens = views.tokens;
  const recipient = views.pack.markers.recipient;
  for (const outer of cands) {
    const oe = outer.match.entry;
    if (outer.suppressed || oe.pos !== 'VERB' || !plover.isContentType(oe.type)) continue;
    const verb = spanHead(tokens, outer.match.tokenStart, outer.match.tokenEnd);
    const complementOfOuter = (k: number): boolean => {
      const h = tokens[k].head ?? -1;
      if (h === verb) return baseRelation(tokens[k]) === 'xcomp';
      if (h < v.start || tokens[k].deprel !== 'acl' || tokens[h].head !== verb || baseRelation(tokens[h]) !== 'obl') return false;
      const marker = caseMarker(tokens, v.start, h);
      return marker >= 0 && recipient.matchAt(tokens, marker, v.end) > 0;
    };
    for (const inner of cands) {
      if (inner.suppressed || inner === outer || inner.match.entry.pos !== 'VERB' || inner.match.tokenStart <= outer.match.tokenEnd) continue;
      let k = inner.match.tokenStart;
      if (!isNonFinite(views, k) || tokens[k].deprel !== 'conj') continue;
      // up the chain of conjuncts to the first one
      for (let steps = 0; steps < 4 && tokens[k].deprel === 'conj' && (tokens[k].head ?? -1) >= v.start; steps++) k = tokens[k].head as number;
      if (k === inner.match.tokenStart || !complementOfOuter(k)) continue;
      // (a later conjunct does not route the outer act: "agreed to restore relations and reopen embassies" stays an agreement)
      inner.suppressed = true;
      outer.absorbed.push(inner);
      outer.rules.push('events.complement');
    }
  }
}

/** Types whose infinitive complement is the act threatened or promised ("minacciato di colpire", "promised to free"). */
const THREAT_OR_PROMISE: ReadonlySet<string> = new Set(['THREATEN', 'AGREE']);

/**
 * "warned that organisers of unauthorised marches would be arrested": the future act of a content
 * verb's "that"-clause is its content even with another trigger between them (the pairwise pass
 * above only joins neighbours); the parse must hang the clause on the verb.
 */
function absorbFutureClauses(views: DocViews, v: SentenceView, cands: Candidate[]): void {
  const plover = ploverTable();
  const tokens = views.tokens;
  for (const outer of cands) {
    const oe = outer.match.entry;
    if (outer.suppressed || oe.pos !== 'VERB' || !plover.isContentType(oe.type)) continue;
    const verb = spanHead(tokens, outer.match.tokenStart, outer.match.tokenEnd);
    /** A later verb trigger the parse hangs on the outer verb by `relation`. */
    const complement = (relation: string) => (c: Candidate) => !c.suppressed && c !== outer && c.match.entry.pos === 'VERB' &&
      c.match.tokenStart > outer.match.tokenEnd && tokens[c.match.tokenStart].head === verb && baseRelation(tokens[c.match.tokenStart]) === relation;
    const inner = cands.find((c) => complement('ccomp')(c) && c.match.tokenStart - outer.match.tokenEnd <= 2 * WINDOW);
    // (a controlled complement is the content whatever stands between: "ha minacciato ieri ad Astana,
    // al vertice della Csto, di colpire")
    const controlled = inner || !THREAT_OR_PROMISE.has(oe.type) ? undefined
      : cands.find((c) => complement('xcomp')(c) && tokens[c.match.tokenStart].feats.VerbForm === 'Inf');
    if (controlled) {
      controlled.suppressed = true;
      outer.absorbed.push(controlled);
      outer.rules.push('events.complement');
      takeModes(outer, controlled);
      continue;
    }
    if (!inner || !futureComplement(views, v, outer.match.tokenStart, outer.match.tokenEnd, inner.match.tokenStart, false)) continue;
    inner.suppressed = true;
    outer.absorbed.push(inner);
    outer.rules.push('events.complement');
    takeModes(outer, inner);
  }
}

/**
 * "Saudi Arabia and Iran agreed ... after talks in Beijing", "signed by Abiy and Hassan Sheikh after
 * talks hosted by Erdoğan": a meeting noun that is the occasion of a verb's act takes that act's doers
 * as its parties when it names none (finalArgs, when the act has two or more).
 */
export function meetingOccasions(views: DocViews, v: SentenceView, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.suppressed) continue;
    const verb = occasionMeeting(views, v, c);
    // "met Biden at a summit": a meeting at a meeting is the one meeting, told by the verb.
    if (verb >= 0) c.partiesFrom = cands.find((o) => o !== c && o.match.entry.pos === 'VERB' && o.match.entry.type !== 'CONSULT' && o.match.tokenStart === verb);
  }
}

/**
 * A meeting noun told as the occasion of a verb's act ("after talks", "at talks", "dopo colloqui"),
 * not a definite one, which refers back to a meeting told before ("after the summit"): the verb's
 * token, or -1.
 */
function occasionMeeting(views: DocViews, v: SentenceView, c: Candidate): number {
  const e = c.match.entry;
  if (e.pos !== 'NOUN' || e.type !== 'CONSULT' || definiteBefore(views, v, c.match.tokenStart)) return -1;
  const tokens = views.tokens;
  const head = spanHead(tokens, c.match.tokenStart, c.match.tokenEnd);
  // A preposition fused with an article ("a margine del vertice") makes the noun definite too.
  const c0 = caseMarker(tokens, v.start, head);
  if (c0 >= 0 && (tokens[c0].wordEnd ?? 1) - (tokens[c0].wordStart ?? 0) > 1) return -1;
  return occasionOf(views, v, head);
}

/** The noun's case marker is an occasion preposition ("after", "dopo", argument-markers.tsv), or it has none. */
function occasionPhrase(views: DocViews, head: number): boolean {
  const tokens = views.tokens;
  const c = caseMarker(tokens, views.doc.sentences[tokens[head].sentence].tokenStart, head);
  return c < 0 || views.pack.markers.occasion.matchAt(tokens, c, head) > 0;
}

/**
 * "Israeli air strikes killed a dozen people", "un attacco russo con droni ha ucciso tre persone": a
 * noun event of the verb's own type as its subject is the same act; its doer is the verb's doer
 * (when the verb has none of its own) and its modes join the verb's.
 */
export function absorbNominalSubjects(views: DocViews, cands: Candidate[]): void {
  const tokens = views.tokens;
  for (const outer of cands) {
    const oe = outer.match.entry;
    if (outer.suppressed || oe.pos !== 'VERB') continue;
    for (const inner of cands) {
      const ie = inner.match.entry;
      if (inner === outer || inner.suppressed || ie.pos !== 'NOUN' || ie.type !== oe.type) continue;
      const head = spanHead(tokens, inner.match.tokenStart, inner.match.tokenEnd);
      const h = tokens[head].head ?? -1;
      if (h < outer.match.tokenStart || h >= outer.match.tokenEnd) continue;
      const rel = baseRelation(tokens[head]);
      // "were killed in an Israeli airstrike", "uccisi in un raid aereo": the act the verb's oblique
      // names is the same act (not one it follows: "killed after the attack").
      const means = rel === 'obl' && !occasionPhrase(views, head);
      if (rel !== 'nsubj' && !means) continue;
      inner.suppressed = true;
      outer.agentFrom = inner;
      outer.rules.push(means ? 'events.merge.means' : 'events.merge.nominal-subject');
      for (const md of inner.modes) if (!outer.modes.includes(md)) outer.modes.push(md);
    }
  }
}

