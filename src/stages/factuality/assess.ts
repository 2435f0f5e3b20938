// The factuality decision procedure (factuality.md §5) for any predicate: local cues (verb group,
// clause adverbs, noun-phrase modifiers), then governing cues from the innermost outwards.
import type {
  AttributionLink, Certainty, Commitment, CronacaDocument, Cue, EventTime, Factuality, Judgement,
  Polarity, Span, Special, Token,
} from '../../core/types.js';
import { atOrBelow, baseRelation } from '../../core/dependency.js';
import { phraseSource, verbSource } from './attribution.js';
import {
  CLASS_CERTAINTY, isHedge, IMPLICATIVE_CLASSES, PROSPECTIVE_CLASSES, SOURCE_CLASSES, certaintyRank, factualityScore,
  type CueClass,
} from './classes.js';
import { factualityLexicon, type FactualityLexicon } from './lexicon.js';
import { dependencyNegations, dependencyScope, sentenceParsed } from './dependency.js';
import type { Governor, PredicateRef, ScopeModel } from './scope.js';
import type { CueMatch, SentenceAnalysis, VerbGroup } from './sentence.js';

export type { PredicateRef } from './scope.js';

export interface AssessOptions {
  /** Resolved date of the event (TIMEX3 value); FUTURE when after publication. */
  eventDate?: string;
  /** Publication date; defaults to doc.meta.published. */
  published?: string;
  /** Replace the default scope (the clause heuristics, checked against the parse where there is one). */
  scope?: ScopeModel;
  /**
   * The predicate states a threat: a condition on its clause qualifies the threatened act, not the
   * threat ("threatened a strike if the government did not lift the ban": the threat is asserted).
   */
  threat?: boolean;
}

interface Evid { spans: Span[]; rule: string }
interface CertaintyCandidate extends Evid { value: Certainty }

/** Local reading of a predicate: its own verb group, clause adverbs and noun-phrase modifiers. */
export interface Local {
  certainty: CertaintyCandidate[];
  boosters: Evid[];
  negations: Evid[];
  time?: Judgement<EventTime>;
  special?: Judgement<Special>;
  distanced?: Evid;
  conditional?: Evid;
  wouldAux?: Evid;
  /** Past modal of possibility without a perfect ("could enter"): past ability unless context says otherwise. */
  ability?: Evid;
  /** The conditional clause the predicate sits in (COND_IF_CLAUSE). */
  condClause?: number;
  cues: CueMatch[];
  vg?: VerbGroup;
  nominal: boolean;
  /**
   * A noun that is an argument of a lexical (non-support) verb ("to stop the crisis"): it refers to
   * something outside the governed act, so intentions, attempts and goals above do not reach it.
   */
  argOfVerb?: boolean;
  noTense: boolean;
  passive: boolean;
  past: boolean;
  perfect: boolean;
  /** The verb group's lexical verb is an auxiliary used alone ("be", "essere"): stative. */
  copula: boolean;
}

const scopes = new Map<string, ScopeModel>();

/** The verb group is an infinitive: its lexical verb, or an auxiliary before it ("to be freed", "essere liberato"). */
function infinitiveGroup(doc: CronacaDocument, vg: { start: number; main: number }): boolean {
  for (let k = vg.start; k <= vg.main; k++) if (doc.tokens[k].feats.VerbForm === 'Inf') return true;
  return false;
}

/** A present subjunctive finite verb ("non è escluso che espella", "è probabile che chiuda"): under a hedge it looks ahead. */
function presentSubjunctive(doc: CronacaDocument, vg: { finite: number }): boolean {
  const f = vg.finite >= 0 ? doc.tokens[vg.finite].feats : undefined;
  return f?.Mood === 'Sub' && f.Tense === 'Pres';
}

function scopeFor(lex: FactualityLexicon): ScopeModel {
  let s = scopes.get(lex.lang);
  if (!s) scopes.set(lex.lang, (s = dependencyScope(lex)));
  return s;
}

function tokSpan(doc: CronacaDocument, from: number, to: number): Span {
  return { start: doc.tokens[from].start, end: doc.tokens[to - 1].end };
}

function cueSpan(doc: CronacaDocument, c: CueMatch): Span {
  return tokSpan(doc, c.start, c.end);
}

function cueEvid(doc: CronacaDocument, c: CueMatch): Evid {
  return { spans: [cueSpan(doc, c)], rule: c.entry.rule };
}

/** Is `value` (TIMEX3 date) strictly after `published` at the value's own granularity? */
export function dateAfter(value: string | undefined, published: string | undefined): boolean {
  if (!value || !published) return false;
  if (value === 'FUTURE_REF') return true;
  const w = /^(\d{4})-W(\d{2})/.exec(value);
  if (w) {
    // ISO week: compare its Monday with the publication day
    const jan4 = Date.UTC(+w[1], 0, 4);
    const day = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = new Date(jan4 - day * 86400000 + (+w[2] - 1) * 7 * 86400000).toISOString().slice(0, 10);
    return monday > published.slice(0, 10);
  }
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value);
  if (!m) return false;
  const v = m[0];
  return v > published.slice(0, v.length);
}

/** The author's commitment after a new cue: distancing wins over uncommitted, which wins over committed. */
function withCommitment(current: Judgement<Commitment> | undefined, value: Commitment, e: Evid): Judgement<Commitment> | undefined {
  if (value === 'DISTANCED' || !current || current.value === 'COMMITTED') {
    if (current?.value === 'DISTANCED') return current;
    return { value, ...e };
  }
  return current;
}

/** The governing cue's verb group is in the past ("said it would"). */
function governorPast(doc: CronacaDocument, a: SentenceAnalysis, lex: FactualityLexicon, g: Governor | undefined): boolean {
  if (!g || g.cue.vg < 0) return false;
  return localReading(doc, a, g.cue.start, { tokenStart: g.cue.start, tokenEnd: g.cue.end, sentence: a.sentence }, lex).past;
}

/** Evidence of a negator: found through the parse, or by the cue lexicon. */
function negEvid(doc: CronacaDocument, parsed: boolean, c: CueMatch): Evid {
  return parsed ? { spans: [cueSpan(doc, c)], rule: 'scope.dependency.negation' } : cueEvid(doc, c);
}

export function assessFactuality(doc: CronacaDocument, pred: PredicateRef, options: AssessOptions = {}): Factuality {
  const lex = factualityLexicon(doc.language.code);
  // keep the predicate inside one sentence: the sentence of its first token
  const sentence = doc.tokens[pred.tokenStart]?.sentence ?? pred.sentence;
  const sEnd = doc.sentences[sentence].tokenEnd;
  const predicate: PredicateRef = { tokenStart: pred.tokenStart, tokenEnd: Math.max(pred.tokenStart + 1, Math.min(pred.tokenEnd, sEnd)), sentence };
  const scope = options.scope ?? scopeFor(lex);
  const a = scope.sentence(doc, predicate.sentence);
  const head = headToken(doc, a, predicate, lex);
  const trigger = tokSpan(doc, predicate.tokenStart, predicate.tokenEnd);
  const published = options.published ?? doc.meta.published;
  const cached = localReading(doc, a, head, predicate, lex);
  const local: LocalFull = { ...cached, extraCues: [...cached.extraCues] };
  if (options.threat && local.special?.value === 'COND_MAIN_CLAUSE') {
    local.special = undefined;
    local.counterfactual = undefined;
  }
  const govs = scope.governors(doc, predicate, head);
  const usedCues = new Set<CueMatch>(local.cues);

  const certainty = [...local.certainty];
  const boosters = [...local.boosters];
  const flips = [...local.negations];
  let time = local.time;
  const special = local.special;
  let polarityU: Evid | undefined;
  let certaintyU: Evid | undefined;

  const links: AttributionLink[] = [];
  let commitment: Judgement<Commitment> | undefined;
  if (local.distanced) commitment = withCommitment(commitment, 'DISTANCED', local.distanced);

  // An interrogative complement ("whether", "se" after a question cue) is unsettled, and its
  // governor is no source of it.
  const ownClause = a.clauses[a.clauseAt[head - a.start]];
  const whetherGov = ownClause.link === 'whether' && ownClause.parent >= 0 ? nearestCompCue(a, ownClause.parent, ownClause.start) : undefined;
  if (ownClause.link === 'whether') {
    const sp = tokSpan(doc, ownClause.start, Math.max(ownClause.markerEnd, ownClause.start + 1));
    certaintyU = polarityU = whetherGov ? { spans: [cueSpan(doc, whetherGov), sp], rule: whetherGov.entry.rule } : { spans: [sp], rule: 'scope.heuristic.whether' };
    // "whether to send": an open infinitive looks ahead
    if (!time && local.vg && local.vg.finite < 0 && !local.perfect && !local.copula && doc.tokens[local.vg.main].feats.VerbForm === 'Inf') {
      time = { value: 'FUTURE', spans: [sp], rule: 'scope.heuristic.whether' };
    }
  }

  // Governors, innermost first.
  let sourceFixed = false;
  let firstGov: Governor | undefined;
  for (const g of govs) {
    const cls = g.cue.entry.cls;
    const ev = cueEvid(doc, g.cue);
    usedCues.add(g.cue);
    const gvg = g.cue.vg >= 0 ? a.vgs[g.cue.vg] : undefined;
    const gLocal = gvg ? localReading(doc, a, g.cue.start, { tokenStart: g.cue.start, tokenEnd: g.cue.end, sentence: a.sentence }, lex) : undefined;
    const gNeg = gLocal ? gLocal.negations.length % 2 === 1 : false;
    const active = !sourceFixed && !g.sourceOnly;
    if (active && !firstGov) firstGov = g;
    if (g.cue === whetherGov) {
      sourceFixed = true;
      continue;
    }

    if (g.kind === 'pp') {
      const unnamedCue = cls === 'unnamed-source' || cls === 'unnamed-hedge';
      const src = unnamedCue ? undefined : phraseSource(doc, a, g.cue, lex);
      if (!src) links.push({ text: 'unnamed', spans: ev.spans, rule: ev.rule });
      else if (src.kind === 'link') links.push({ ...src.link, rule: ev.rule, spans: [...ev.spans, ...src.link.spans] });
      commitment = withCommitment(commitment, unnamedCue ? 'DISTANCED' : 'UNCOMMITTED', ev);
      sourceFixed = true;
      continue;
    }

    if (SOURCE_CLASSES.has(cls) || cls === 'unnamed-source' || (PROSPECTIVE_CLASSES.has(cls) && finiteIndicative(doc, local.vg) && cls !== 'intention')) {
      if (active) {
        if (gNeg && (cls === 'reporting-neutral' || cls === 'denial' || cls === 'distancing')) {
          certaintyU = polarityU = { spans: [...ev.spans, ...gLocal!.negations.flatMap((n) => n.spans)], rule: ev.rule };
          commitment = withCommitment(commitment, 'UNCOMMITTED', ev);
          sourceFixed = true;
          continue;
        }
        const c = CLASS_CERTAINTY[cls];
        if (c) certainty.push({ value: c, ...ev });
        if (cls.startsWith('epistemic')) {
          for (const gc of gLocal?.certainty ?? []) certainty.push(gc);
          for (const c of gLocal?.cues ?? []) usedCues.add(c);
          if (gNeg) flips.push(...gLocal!.negations);
        }
        if (cls === 'doubt' || cls === 'denial' || cls === 'counter-factive') flips.push(ev);
        if (cls === 'question') certaintyU = polarityU = ev;
        if (time === undefined && gLocal?.time?.value === 'FUTURE' && local.nominal && g.cue.clause === a.clauseAt[head - a.start]) time = gLocal.time;
      }
      let src: ReturnType<typeof verbSource> = cls === 'unnamed-source'
        ? { kind: 'link', link: { text: 'unnamed', spans: ev.spans, rule: ev.rule } }
        : verbSource(doc, a, g.cue, lex, gLocal?.passive ?? false);
      // an impersonal question ("ci si chiede se") leaves the author as the only source
      if (cls === 'question' && src.kind === 'link' && src.link.text === 'unnamed') src = { kind: 'author', rule: ev.rule };
      if (src.kind === 'link') {
        links.push({ ...src.link, rule: src.link.text === 'unnamed' ? ev.rule : src.link.rule, spans: src.link.text === 'unnamed' ? ev.spans : [...ev.spans, ...src.link.spans] });
        if (src.link.text === 'unnamed' || cls === 'distancing' || cls === 'unnamed-source') commitment = withCommitment(commitment, 'DISTANCED', ev);
        else if (cls !== 'factive') commitment = withCommitment(commitment, 'UNCOMMITTED', ev);
      } else if (cls === 'distancing') commitment = withCommitment(commitment, 'DISTANCED', ev);
      sourceFixed = true;
      continue;
    }
    if (!active) continue;

    if (local.argOfVerb && (PROSPECTIVE_CLASSES.has(cls) || IMPLICATIVE_CLASSES.has(cls) || isHedge(cls))) continue;
    if (PROSPECTIVE_CLASSES.has(cls)) {
      if (!time || time.value !== 'FUTURE') time = { value: 'FUTURE', ...ev };
      if (gNeg) flips.push(...gLocal!.negations);
      continue;
    }
    if (IMPLICATIVE_CLASSES.has(cls)) {
      if (cls === 'negative-implicative') flips.push(ev);
      if (gNeg) flips.push(...gLocal!.negations);
      const c = CLASS_CERTAINTY[cls];
      if (c) certainty.push({ value: c, ...ev });
      for (const gc of gLocal?.certainty ?? []) certainty.push(gc);
      for (const c of gLocal?.cues ?? []) usedCues.add(c);
      if (gLocal?.time && (!time || local.noTense || !local.vg || local.vg.finite < 0)) time = gLocal.time;
      continue;
    }
    switch (cls as CueClass) {
      case 'hedge-probable':
      case 'hedge-possible':
      case 'hedge-unlikely':
        certainty.push({ value: CLASS_CERTAINTY[cls]!, ...ev });
        if (cls === 'hedge-unlikely') flips.push(ev);
        if (gNeg) flips.push(...gLocal!.negations);
        // "likely to attack": an infinitive that is not perfect or stative looks ahead
        // ("unlikely to be freed": the infinitive may be the passive auxiliary); so does a present
        // subjunctive ("non è escluso che Mosca espella"), not a perfect one ("che abbia sparato")
        if (!time && local.vg && !local.perfect && !local.copula &&
          ((local.vg.finite < 0 && infinitiveGroup(doc, local.vg)) || presentSubjunctive(doc, local.vg))) time = { value: 'FUTURE', ...ev };
        break;
      case 'booster':
        boosters.push(ev);
        break;
      case 'future':
        time = { value: 'FUTURE', ...ev };
        break;
      case 'scheduled-past':
        certainty.push({ value: 'UNDERSPECIFIED', ...ev });
        break;
      case 'deontic':
        certainty.push({ value: 'UNDERSPECIFIED', ...ev });
        time = { value: 'FUTURE', ...ev };
        break;
      case 'counter-factive':
        flips.push(ev);
        break;
      default:
        break;
    }
  }

  // Hedges of governing clauses reached through plain complements ("forse sono stati loro ad agire").
  const chain = scope.clauseChain(doc, predicate, head);
  for (let k = 1; k < chain.length; k++) {
    const child = a.clauses[chain[k - 1]];
    if (child.link !== 'comp' && child.link !== 'whether') break;
    const gov = nearestCompCue(a, chain[k], child.start);
    if (gov && (SOURCE_CLASSES.has(gov.entry.cls) || gov.entry.cls === 'unnamed-source' || IMPLICATIVE_CLASSES.has(gov.entry.cls))) break;
    if (!gov && child.infinitive && (!local.vg || local.vg.finite < 0)) {
      // plain verb + infinitive ("saranno stati i soldati a sparare"): the verb's own reading carries over
      let pv: VerbGroup | undefined;
      for (const v of a.vgs) if (v.clause === chain[k] && v.end <= child.start) pv = v;
      if (pv) {
        const pl = localReading(doc, a, pv.main, { tokenStart: pv.main, tokenEnd: pv.main + 1, sentence: a.sentence }, lex);
        certainty.push(...pl.certainty);
        flips.push(...pl.negations);
        if (pl.time && (!time || time.rule === 'factuality.default')) time = pl.time;
        for (const c of pl.cues) usedCues.add(c);
        for (const c of pl.extraCues) local.extraCues.push(c);
        if (pl.conditional && !local.conditional) local.conditional = pl.conditional;
        // "could continue to gain": the modal of the governing verb reaches its infinitive
        if (pl.ability && !local.ability) local.ability = pl.ability;
      }
    }
    for (const c of a.cues) {
      if (c.clause !== chain[k] || c.entry.scope !== 'clause') continue;
      const cls = c.entry.cls;
      if (isHedge(cls)) {
        certainty.push({ value: CLASS_CERTAINTY[cls]!, ...cueEvid(doc, c) });
        if (cls === 'hedge-unlikely') flips.push(cueEvid(doc, c));
      } else if (cls === 'booster') boosters.push(cueEvid(doc, c));
      else continue;
      usedCues.add(c);
    }
  }

  // Infinitive complement with no cue governing it ("an effort to cut rates", "fighting to stem the
  // crisis"): a goal, later than its governor: FUTURE (certainty stays with the governor's reading).
  if (chain.length > 1 && !firstGov) {
    const child = a.clauses[chain[0]];
    if (child.link === 'comp' && child.markerEnd === child.start + 1 && infinitiveMarker(doc, lex, child.start, a.end)) {
      const gov = a.cues.some((c) => c.clause === chain[1] && c.end <= child.start && c.end >= child.start - 3);
      // with a parse, the event is that infinitive itself ("which needs Turkey to export its oil,
      // merely condemned": the clause heuristics can put a later finite verb in the infinitive's clause)
      const infinitive = !sentenceParsed(doc, a) || doc.tokens[local.vg?.main ?? head].feats.VerbForm === 'Inf';
      if (!time && !gov && !local.perfect && infinitive && local.vg && local.vg.finite < 0 && a.vgs.some((v) => v.clause === chain[1] && v.end <= child.start)) {
        const ev = { spans: [tokSpan(doc, child.start, child.markerEnd)], rule: 'factuality.goal-infinitive' };
        time = { value: 'FUTURE', ...ev };
      }
    }
  }

  // "the cancelled deal to lease tankers", "the scrapped plan to build a dam": the infinitive
  // complement of a noun shares the noun's negation
  if (chain.length > 1) {
    const child = a.clauses[chain[0]];
    const noun = child.link === 'comp' && infinitiveMarker(doc, lex, child.markerEnd - 1, a.end) ? nounBefore(doc, a, child.markerEnd - 1) : -1;
    if (noun >= 0 && a.clauseAt[noun - a.start] === chain[1]) {
      const nl = localReading(doc, a, noun, { tokenStart: noun, tokenEnd: noun + 1, sentence: a.sentence }, lex);
      if (nl.nominal) {
        for (const n of nl.negations) flips.push({ spans: n.spans, rule: 'factuality.noun-complement' });
        for (const c of nl.cues) usedCues.add(c);
      }
    }
  }

  // Purpose clause ("in order to", "so that", "per" + infinitive): the goal is not asserted to happen.
  for (const ci of local.argOfVerb ? [] : chain) {
    const k = a.clauses[ci];
    if (k.link === 'purpose') {
      // with a parse, only the marker's verb and what hangs below it: a fronted purpose clause
      // without a comma does not take in the main clause ("Per blindare la cerimonia il governo aveva schierato")
      if (sentenceParsed(doc, a) && !belowMarkerVerb(doc, k.start, head)) break;
      // "sospeso per aver accusato il presidente": "per" with a perfect infinitive gives a reason, no goal
      if (local.perfect) break;
      const ev = { spans: [tokSpan(doc, k.start, Math.max(k.markerEnd, k.start + 1))], rule: 'factuality.purpose' };
      certainty.push({ value: 'POSSIBLE', ...ev });
      if (!time && !local.perfect) time = { value: 'FUTURE', ...ev };
      break;
    }
    if (k.link !== 'comp') break;
  }

  // Conditional mood and "would": reportive, future-in-the-past or hypothetical.
  if (local.conditional || local.wouldAux) {
    const e = (local.conditional ?? local.wouldAux)!;
    const gov = firstGov;
    const govClass = gov?.cue.entry.cls;
    const reportLike = govClass !== undefined && (SOURCE_CLASSES.has(govClass) || PROSPECTIVE_CLASSES.has(govClass) || govClass === 'unnamed-source');
    if (special && special.value !== 'NONE') {
      // a hypothetical about a later act: "sospenderebbe", "would attack" (not "avrebbe sospeso")
      if (!local.counterfactual && !local.perfect && (!time || time.value !== 'FUTURE')) time = { value: 'FUTURE', spans: e.spans, rule: 'factuality.hypothetical-future' };
    } else if (reportLike && governorPast(doc, a, lex, gov)) {
      time = { value: 'FUTURE', spans: e.spans, rule: 'factuality.future-in-past' };
    } else if (!local.conditional && !local.perfect && chain.length > 1) {
      // embedded "would" ("the plan, which would cost...", "so that it would stop"): future-in-past
      time = { value: 'FUTURE', spans: e.spans, rule: 'factuality.embedded-would' };
    } else if (local.conditional) {
      certainty.push({ value: 'PROBABLE', spans: e.spans, rule: 'factuality.reportive-conditional' });
      commitment = withCommitment(commitment, 'DISTANCED', { spans: e.spans, rule: 'factuality.reportive-conditional' });
      if (!sourceFixed) links.push({ text: 'unnamed', spans: e.spans, rule: 'factuality.reportive-conditional' });
    } else {
      certainty.push({ value: 'POSSIBLE', ...e });
      if (!time || time.value !== 'FUTURE') time = { value: 'FUTURE', ...e };
    }
  }

  // Past ability ("police could enter") unless embedded, conditional or pointing to the future.
  if (local.ability) {
    const futureDate = dateAfter(options.eventDate, published) || clauseTimexAfter(doc, a, head, published) !== undefined;
    // in a "that" complement ("bear in mind that prices could fall") it is a possibility, not past ability
    // (the parse can tell a complement "that" from a relative one: a ccomp head)
    const inComplement = (chain.length > 1 && a.clauses[chain[0]].link === 'comp') || (sentenceParsed(doc, a) && doc.tokens[head].deprel === 'ccomp');
    if (firstGov || inComplement || futureDate || (time && time.value === 'FUTURE') || (special && special.value !== 'NONE')) {
      certainty.push({ value: 'POSSIBLE', ...local.ability });
      if (!time || time.value !== 'FUTURE') time = { value: 'FUTURE', ...local.ability };
    }
  }

  // An if-clause looks ahead when its main clause is about the future.
  if (local.condClause !== undefined && (!time || time.value !== 'FUTURE')) {
    const main = a.clauses[local.condClause].parent;
    const v = a.vgs.find((x) => x.clause === main);
    if (v) {
      const ml = localReading(doc, a, v.main, { tokenStart: v.main, tokenEnd: v.main + 1, sentence: a.sentence }, lex);
      // "could" in a main clause with a condition is a possibility, not past ability
      const hyp = ml.conditional ?? ml.wouldAux ?? ml.ability;
      if (ml.time?.value === 'FUTURE' || (hyp && !ml.perfect)) time = { value: 'FUTURE', spans: ml.time?.value === 'FUTURE' ? ml.time.spans : hyp!.spans, rule: 'factuality.condition-looks-ahead' };
      // "threatened to extend the blockade unless Brussels restores the quotas": a condition not yet
      // met lies ahead of its main clause whatever that clause's tense, unless either is perfect
      // ("had the balloon been downed", "if they were executed, the army will have done")
      else if (!local.perfect && !local.counterfactual && !ml.perfect) time = { value: 'FUTURE', spans: [trigger], rule: 'factuality.condition-ahead' };
    }
  }

  // Question.
  if (a.question) certaintyU = polarityU = { spans: [tokSpan(doc, a.end - 1, a.end)], rule: 'factuality.question' };

  // Time: publication date and dates in the clause.
  if ((!time || time.value !== 'FUTURE') && dateAfter(options.eventDate, published) && !local.past) {
    time = { value: 'FUTURE', spans: [trigger], rule: 'factuality.date-after-publication' };
  }
  if ((!time || time.value !== 'FUTURE') && !local.past) {
    const tx = clauseTimexAfter(doc, a, head, published);
    if (tx) time = { value: 'FUTURE', spans: [tx], rule: 'factuality.timex-after-publication' };
  }
  if (!time) {
    time = local.noTense
      ? { value: 'UNDERSPECIFIED', spans: [trigger], rule: 'factuality.nominal-no-tense' }
      : { value: 'NON_FUTURE', spans: [trigger], rule: 'factuality.default' };
  }

  // Certainty: the weakest cue; a booster cancels PROBABLE, never POSSIBLE.
  let cert: Judgement<Certainty> = { value: 'CERTAIN', spans: [trigger], rule: 'factuality.default' };
  for (const c of certainty) if (certaintyRank(c.value) < certaintyRank(cert.value)) cert = { ...c };
  if (cert.value === 'PROBABLE' && boosters.length) cert = { value: 'CERTAIN', ...boosters[0] };
  else if (cert.value === 'CERTAIN' && boosters.length) cert = { value: 'CERTAIN', ...boosters[0] };
  if (special && special.value !== 'NONE' && special.value !== 'GEN' && certaintyRank(cert.value) > 1) cert = { value: 'POSSIBLE', spans: special.spans, rule: special.rule };
  if (certaintyU) cert = { value: 'UNDERSPECIFIED', ...certaintyU };

  let pol: Judgement<Polarity> = flips.length % 2 === 1
    ? { value: 'NEG', spans: flips.flatMap((f) => f.spans), rule: flips[flips.length - 1].rule }
    : flips.length
      ? { value: 'POS', spans: flips.flatMap((f) => f.spans), rule: flips[flips.length - 1].rule }
      : { value: 'POS', spans: [trigger], rule: 'factuality.default' };
  if (local.counterfactual && pol.value === 'POS') pol = { value: 'NEG', ...local.counterfactual };
  if (polarityU) pol = { value: 'UNDERSPECIFIED', ...polarityU };

  const attribution: AttributionLink[] = [{ text: 'author', spans: [], rule: 'factuality.author' }];
  for (const l of links.reverse()) {
    // "reportedly ..., sources said", "said in a statement that": one source, not two
    if (l.text === attribution[attribution.length - 1].text) continue;
    attribution.push(l);
  }
  const finalCommitment: Judgement<Commitment> = commitment ?? { value: 'COMMITTED', spans: [trigger], rule: 'factuality.default' };
  const cues: Cue[] = [...usedCues].sort((x, y) => x.start - y.start).map((c) => ({
    ...cueSpan(doc, c), text: doc.text.slice(doc.tokens[c.start].start, doc.tokens[c.end - 1].end), class: c.entry.cls, rule: c.entry.rule,
  }));
  for (const extra of local.extraCues) cues.push(extra);
  return {
    certainty: cert,
    polarity: pol,
    time,
    special: special ?? { value: 'NONE', spans: [trigger], rule: 'factuality.default' },
    commitment: finalCommitment,
    attribution,
    cues,
    score: factualityScore(cert.value, pol.value),
  };
}

/** The noun right before an infinitive marker, or the noun of a cue ending in it ("plan to"). */
function nounBefore(doc: CronacaDocument, a: SentenceAnalysis, marker: number): number {
  for (let k = marker - 1; k >= a.start && k >= marker - 2; k--) {
    if (doc.tokens[k].pos === 'NOUN') return k;
    if (a.cueAt[k - a.start] < 0) break;
  }
  return -1;
}

/** The clause marker at token i is an infinitive particle ("to"). */
function infinitiveMarker(doc: CronacaDocument, lex: FactualityLexicon, i: number, end: number): boolean {
  const m = lex.clauses.match(doc.tokens, i, end);
  return m !== undefined && m.words.length === 1 && m.value === 'comp-inf';
}

function nearestCompCue(a: SentenceAnalysis, clause: number, before: number): CueMatch | undefined {
  let best: CueMatch | undefined;
  for (const c of a.cues) if (c.clause === clause && c.entry.scope === 'comp' && c.start < before && (!best || c.start > best.start)) best = c;
  return best;
}

export interface ClauseTimex {
  clause: number;
  value: string;
  span: Span;
}

/** Dates and times of the sentence with the clause each one sits in (computed once per sentence). */
function sentenceTimexes(doc: CronacaDocument, a: SentenceAnalysis): ClauseTimex[] {
  let list = a.timexes;
  if (list) return list;
  list = [];
  for (const tx of doc.timexes) {
    if (tx.sentence !== a.sentence || (tx.type !== 'DATE' && tx.type !== 'TIME')) continue;
    let ti = -1;
    for (let i = a.start; i < a.end; i++) if (doc.tokens[i].end > tx.start) { ti = i; break; }
    if (ti >= 0) list.push({ clause: a.clauseAt[ti - a.start], value: tx.value, span: { start: tx.start, end: tx.end } });
  }
  a.timexes = list;
  return list;
}

/** A date in the predicate's clause that falls after publication. */
function clauseTimexAfter(doc: CronacaDocument, a: SentenceAnalysis, head: number, published: string | undefined): Span | undefined {
  if (!published) return undefined;
  const clause = a.clauseAt[head - a.start];
  for (const tx of sentenceTimexes(doc, a)) if (tx.clause === clause && dateAfter(tx.value, published)) return tx.span;
  return undefined;
}

function finiteIndicative(doc: CronacaDocument, vg: VerbGroup | undefined): boolean {
  if (!vg || vg.finite < 0) return false;
  const m = doc.tokens[vg.finite].feats.Mood;
  return m === 'Ind' || m === undefined;
}

/** The token that carries the predicate: the verb of a verbal trigger, else the last noun. */
function headToken(doc: CronacaDocument, a: SentenceAnalysis, p: PredicateRef, _lex: FactualityLexicon): number {
  let nounHead = -1;
  for (let i = p.tokenStart; i < p.tokenEnd; i++) {
    if (a.vgAt[i - a.start] >= 0) return i;
    if (nounHead < 0 && (doc.tokens[i].pos === 'NOUN' || doc.tokens[i].pos === 'PROPN')) nounHead = i;
  }
  return nounHead >= 0 ? nounHead : p.tokenStart;
}

export interface LocalFull extends Local {
  counterfactual?: Evid;
  extraCues: Cue[];
}

/** Local reading, memoised per sentence analysis: the result is shared, never mutate it. */
function localReading(doc: CronacaDocument, a: SentenceAnalysis, head: number, p: PredicateRef, lex: FactualityLexicon): LocalFull {
  const m = (a.readings ??= new Map());
  const key = head * 4096 + (p.tokenEnd - head);
  let r = m.get(key);
  if (!r) {
    r = computeLocalReading(doc, a, head, p, lex);
    applyPredictedSubject(doc, a, head, lex, r);
    m.set(key, r);
  }
  return r;
}

/**
 * "Talks seem unlikely before November", "More protests are likely", "A deal looks possible": a
 * noun event that is the subject of a hedge predicate is predicted, so it lies ahead (not with a
 * perfect: "The attack seems likely to have been planned"); the hedge's reading applies if it has
 * not already.
 */
function applyPredictedSubject(doc: CronacaDocument, a: SentenceAnalysis, head: number, lex: FactualityLexicon, out: LocalFull): void {
  const tokens = doc.tokens;
  const t = tokens[head];
  if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || baseRelation(t) !== 'nsubj' || !sentenceParsed(doc, a)) return;
  const p = t.head ?? -1;
  if (p < a.start || p >= a.end) return;
  const hedgeAt = (k: number): CueMatch | undefined => {
    const c = a.cueAt[k - a.start];
    return c >= 0 && isHedge(a.cues[c].entry.cls) ? a.cues[c] : undefined;
  };
  let cue = hedgeAt(p);
  for (let k = p + 1; !cue && k < a.end; k++) if (tokens[k].head === p && tokens[k].deprel === 'xcomp') cue = hedgeAt(k);
  if (!cue) return;
  for (let k = p + 1; k < Math.min(a.end, p + 5); k++) if (lex.perfect.has(tokens[k].lemma)) return;
  const ev = { spans: [cueSpan(doc, cue)], rule: 'factuality.predicted-subject' };
  if (!out.cues.includes(cue)) {
    out.certainty.push({ value: CLASS_CERTAINTY[cue.entry.cls]!, ...ev });
    if (cue.entry.cls === 'hedge-unlikely') out.negations.push(ev);
    out.cues.push(cue);
  }
  if (!out.past) out.time = { value: 'FUTURE', ...ev };
}

function computeLocalReading(doc: CronacaDocument, a: SentenceAnalysis, head: number, p: PredicateRef, lex: FactualityLexicon): LocalFull {
  const tokens = doc.tokens;
  const out: LocalFull = {
    certainty: [], boosters: [], negations: [], cues: [], nominal: false, noTense: false, passive: false, past: false, perfect: false, copula: false, extraCues: [],
  };
  const clause = a.clauseAt[head - a.start];
  let vgi = a.vgAt[head - a.start];
  if (vgi < 0) {
    out.nominal = true;
    // noun-phrase modifiers: "presunto attacco", "il mancato pagamento", "the planned visit"
    for (const c of a.cues) {
      if (c.entry.scope !== 'np' && !(c.entry.scope === 'nword' && c.end <= head)) continue;
      // a cue ending in a preposition ("fears of", "timori di") takes the head of the phrase after it
      const ofPhrase = c.end - c.start > 1 && tokens[c.end - 1].pos === 'ADP';
      const before = c.end <= head && (ofPhrase
        ? head - c.end <= 3 && rangeIs(tokens, c.end, head, ['ADJ', 'DET', 'ADV', 'NOUN', 'PROPN', 'NUM'])
        : head - c.end <= 2 && rangeIs(tokens, c.end, head, ['ADJ', 'DET', 'ADV']));
      const after = c.entry.scope === 'np' && c.start === p.tokenEnd;
      if (!before && !after) continue;
      if (c.entry.scope === 'nword' && c.vg >= 0 && isSupport(doc, a, a.vgs[c.vg], lex)) continue;
      applyNp(doc, c, out);
    }
    applyPredicateNegation(doc, a, head, out);
    applyTheme(doc, a, head, clause, lex, out);
    applyRaisedSubject(doc, a, head, clause, out);
    // host verb: support verbs pass their reading to the noun ("c'è stato un attacco")
    let host = -1;
    let bestDist = Infinity;
    for (const v of a.vgs) {
      if (v.clause !== clause) continue;
      const d = v.end <= head ? head - v.end : v.start - head + 0.5;
      if (d < bestDist) { bestDist = d; host = v.index; }
    }
    // a noun inside a later prepositional phrase is no argument of the support verb ("under the circumstances")
    if (host >= 0 && a.vgs[host].end <= head && inPrepositionalPhrase(tokens, a.vgs[host].end, head, lex)) host = -2;
    if (host === -2) {
      applyClauseCues(doc, a, clause, out, true);
      applyConditional(doc, a, head, clause, lex, out);
      return out;
    }
    if (host < 0) {
      // no verb in the clause: tense unknown only when the whole sentence has none (headlines)
      out.noTense = a.vgs.length === 0;
      applyConditional(doc, a, head, clause, lex, out);
      return out;
    }
    if (!isSupport(doc, a, a.vgs[host], lex)) {
      // the verb's subject, or a definite object ("to face the crisis"); an indefinite object can
      // be brought about by the act ("to restore confidence") and shares its reading
      out.argOfVerb = a.vgs[host].start > head || definiteBefore(tokens, a.start, head, lex);
      const hv = a.vgs[host];
      const hf = hv.finite >= 0 ? tokens[hv.finite] : undefined;
      if (hf?.feats.Tense === 'Fut' && !out.time) out.time = { value: 'NON_FUTURE', spans: [tokSpan(doc, head, head + 1)], rule: 'factuality.default' };
      // "la società avrebbe esercitato pressioni": the hearsay of the verb reaches its object
      // (a cue verb, "avrebbe ordinato", governs its object as a complement of its own)
      if (hf?.feats.Mood === 'Cnd' && a.cueAt[hv.main - a.start] < 0 && sentenceParsed(doc, a) && tokens[head].head === hv.main && ARGUMENT_RELS.has(tokens[head].deprel ?? '')) {
        out.conditional = { spans: [tokSpan(doc, hv.finite, hv.main + 1)], rule: 'factuality.conditional-host' };
      }
      applyClauseCues(doc, a, clause, out, true);
      applyConditional(doc, a, head, clause, lex, out);
      return out;
    }
    vgi = host;
  }
  const vg = a.vgs[vgi];
  out.vg = vg;
  analyseVerbGroup(doc, a, vg, lex, out, p);
  applySharedAuxiliary(doc, a, vg, lex, out);
  applyGerundAdjunct(doc, a, vg, lex, out);
  applyGerundObject(doc, a, head, vg, out);
  applyClauseCues(doc, a, clause, out, false);
  applyConditional(doc, a, head, clause, lex, out);
  return out;
}

/** The token `tok` is the verb the marker at `marker` introduces, or lies below it in the parse. */
function belowMarkerVerb(doc: CronacaDocument, marker: number, tok: number): boolean {
  const verb = doc.tokens[marker].head ?? -1;
  return verb >= 0 && atOrBelow(doc.tokens, tok, verb, 39);
}

/** Relations of a noun that is an argument of its verb. */
const ARGUMENT_RELS: ReadonlySet<string> = new Set(['obj', 'nsubj:pass', 'nsubj']);

/**
 * "la polizia avrebbe perquisito gli uffici e fermato il direttore", "sarà arrestato e processato": a
 * bare participle coordinated with a verb shares that verb's auxiliary, so its conditional mood and
 * its future tense (with a parse).
 */
function applySharedAuxiliary(doc: CronacaDocument, a: SentenceAnalysis, vg: VerbGroup, lex: FactualityLexicon, out: LocalFull): void {
  const tokens = doc.tokens;
  const main = tokens[vg.main];
  if (vg.finite >= 0 || vg.start !== vg.main || main.feats.VerbForm !== 'Part' || main.deprel !== 'conj' || !sentenceParsed(doc, a)) return;
  const h = main.head ?? -1;
  if (h < a.start || h >= vg.start) return;
  const hvi = a.vgAt[h - a.start];
  const hv = hvi >= 0 ? a.vgs[hvi] : undefined;
  if (!hv || hv.finite < 0 || hv.main !== h) return;
  const hl = localReading(doc, a, h, { tokenStart: h, tokenEnd: h + 1, sentence: a.sentence }, lex);
  if (hl.conditional && !out.conditional) out.conditional = { spans: hl.conditional.spans, rule: 'factuality.shared-auxiliary' };
  if (hl.time?.value === 'FUTURE' && !out.time) out.time = { value: 'FUTURE', spans: hl.time.spans, rule: 'factuality.shared-auxiliary' };
}

function hasMarker(doc: CronacaDocument, a: SentenceAnalysis, verb: number): boolean {
  for (let k = a.start; k < verb; k++) if (doc.tokens[k].head === verb && doc.tokens[k].deprel === 'mark') return true;
  return false;
}

/**
 * "may retaliate by blocking decisions", "risponderà bloccando le forniture": a gerund adjunct of a
 * verb about the future happens then too, as possibly as that verb does (with a parse).
 */
function applyGerundAdjunct(doc: CronacaDocument, a: SentenceAnalysis, vg: VerbGroup, lex: FactualityLexicon, out: LocalFull): void {
  const main = doc.tokens[vg.main];
  // an English "-ing" adjunct only with its marker ("by blocking"): a bare one may just describe ("giving it a range")
  const gerund = main.feats.VerbForm === 'Ger' || (main.feats.VerbForm === 'Part' && main.feats.Tense === 'Pres' && hasMarker(doc, a, vg.main));
  if (vg.finite >= 0 || !gerund || main.deprel !== 'advcl' || out.time || !sentenceParsed(doc, a)) return;
  const h = main.head ?? -1;
  if (h < a.start || h >= a.end || a.vgAt[h - a.start] < 0) return;
  const hl = localReading(doc, a, h, { tokenStart: h, tokenEnd: h + 1, sentence: a.sentence }, lex);
  if (hl.time?.value !== 'FUTURE') return;
  out.time = { value: 'FUTURE', spans: hl.time.spans, rule: 'factuality.gerund-adjunct' };
  for (const c of hl.certainty) out.certainty.push({ ...c, rule: 'factuality.gerund-adjunct' });
}

/**
 * A bare non-finite verb as the object of a noun or adjective cue ending in a preposition ("fears of
 * losing jobs", "afraid of panic selling", "timori di perdere") is that cue's event, read as a noun
 * would be.
 */
function applyGerundObject(doc: CronacaDocument, a: SentenceAnalysis, head: number, vg: VerbGroup, out: LocalFull): void {
  const tokens = doc.tokens;
  const t = tokens[head];
  const form = t.feats.VerbForm;
  const nonFinite = form === 'Ger' || form === 'Inf' || (form === 'Part' && t.feats.Tense === 'Pres');
  if (vg.start !== head || vg.finite >= 0 || !nonFinite) return;
  for (const c of a.cues) {
    if (c.entry.scope !== 'np' || c.end > head || c.end - c.start < 2 || (tokens[c.end - 1].pos !== 'ADP' && tokens[c.end - 1].pos !== 'SCONJ')) continue;
    if (head - c.end > 2 || !rangeIs(tokens, c.end, head, ['ADJ', 'DET', 'ADV', 'NOUN'])) continue;
    applyNp(doc, c, out);
  }
}

/** Conditional clauses: COND_IF_CLAUSE inside "se/if", COND_MAIN_CLAUSE in the clause they modify. */
function applyConditional(doc: CronacaDocument, a: SentenceAnalysis, head: number, clause: number, lex: FactualityLexicon, out: LocalFull): void {
  const tokens = doc.tokens;
  const cl = a.clauses[clause];
  let c = clause;
  const seen = new Set<number>();
  while (c >= 0 && !seen.has(c)) {
    seen.add(c);
    const k = a.clauses[c];
    if (k.link === 'cond') {
      const sp = tokSpan(doc, k.start, Math.max(k.markerEnd, k.start + 1));
      out.special = { value: 'COND_IF_CLAUSE', spans: [sp], rule: `scope.heuristic.cond:${tokens[k.start].norm}` };
      out.condClause = c;
      break;
    }
    if (k.link === 'root' || k.link === 'coord') break;
    c = k.parent;
  }
  if (!out.special && cl.hasCondChild) {
    const cond = a.clauses.find((k) => k.link === 'cond' && k.parent === clause)!;
    if (!underConditionHost(doc, a, head, cond)) return;
    // "ha minacciato nuovi raid se le truppe non lasceranno", "offered a ceasefire on condition that":
    // the condition of a threat, promise, request or plan qualifies the act it announces, not the announcing
    const cue = a.cueAt[head - a.start];
    if (cue >= 0 && PROSPECTIVE_CLASSES.has(a.cues[cue].entry.cls)) return;
    const sp = tokSpan(doc, cond.start, Math.max(cond.markerEnd, cond.start + 1));
    out.special = { value: 'COND_MAIN_CLAUSE', spans: [sp], rule: `scope.heuristic.cond-main` };
    if (counterfactualClause(doc, a, cond.index, lex)) out.counterfactual = { spans: [sp], rule: 'factuality.counterfactual' };
  }
}

/**
 * With a parse: only the if-clause's host and what hangs below it are conditional; a predicate that
 * governs the host ("Boeing say [improvements are required if the plane is to be viable]": the
 * saying is asserted) or stands elsewhere is not.
 */
function underConditionHost(doc: CronacaDocument, a: SentenceAnalysis, head: number, cond: { start: number; markerEnd: number }): boolean {
  if (!sentenceParsed(doc, a)) return true;
  const tokens = doc.tokens;
  // the marker's head is the condition's predicate, attached as an adverbial clause to its host
  let verb = tokens[cond.start].head!;
  for (let n = 0; verb >= cond.start && verb < cond.markerEnd && n < cond.markerEnd - cond.start; n++) verb = tokens[verb].head!;
  if (verb < 0 || tokens[verb].deprel !== 'advcl') return true;
  // the host and what hangs below it are conditional; a predicate elsewhere in the sentence is not
  // ("Mickoski accuses the government ..., and if the amendment fails, Bulgaria could block it")
  // (an if-clause the parse hung on a parenthetical report conditions what the report is about:
  // "If talks fail, officials said, the state could sue")
  let host = tokens[verb].head!;
  while (host >= 0 && tokens[host].deprel === 'parataxis') host = tokens[host].head ?? -1;
  return host >= 0 && atOrBelow(tokens, head, host, a.end - a.start);
}

function definiteBefore(tokens: Token[], start: number, head: number, lex: FactualityLexicon): boolean {
  let k = head - 1;
  while (k >= start && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADV')) k--;
  if (k < start) return false;
  return lex.definite.has(tokens[k].norm) || tokens[k].feats.Poss === 'Yes';
}

/** The noun at `head` sits in a prepositional phrase (other than "of") after `from`. */
function inPrepositionalPhrase(tokens: Token[], from: number, head: number, lex: FactualityLexicon): boolean {
  const mods = ['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'];
  let k = head - 1;
  while (k >= from && mods.includes(tokens[k].pos)) k--;
  while (k >= from && tokens[k].pos === 'DET') k--;
  return k >= from && tokens[k].pos === 'ADP' && !lex.npLinks.has(tokens[k].norm);
}

const NP_WORDS = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV'];

/**
 * "is not efficient", "seen as not sufficient", "non è sufficiente": a negation right before a
 * non-verbal predicate that no verb group took.
 */
function applyPredicateNegation(doc: CronacaDocument, a: SentenceAnalysis, head: number, out: LocalFull): void {
  const tokens = doc.tokens;
  const parsed = dependencyNegations(doc, a, [head]);
  if (parsed) {
    // the nominal or adjectival predicate's own negators ("not efficient", "no attack")
    for (const c of parsed) {
      out.negations.push({ spans: [cueSpan(doc, c)], rule: 'scope.dependency.negation' });
      out.cues.push(c);
    }
    return;
  }
  for (const c of a.cues) {
    if (c.entry.cls !== 'negation' || c.entry.scope !== 'vg' || c.end > head || head - c.end > 2) continue;
    if (c.vg >= 0 && a.vgs[c.vg].start < head) continue;
    if (!rangeIs(tokens, c.end, head, ['DET', 'ADV', 'ADJ'])) continue;
    out.negations.push({ spans: [cueSpan(doc, c)], rule: 'factuality.predicate-negation' });
    out.cues.push(c);
  }
}

/**
 * "the recovery is likely to be slow", "la ripresa sembra essere lenta": the subject of a raising
 * hedge belongs to the hedged proposition.
 */
function applyRaisedSubject(doc: CronacaDocument, a: SentenceAnalysis, head: number, clause: number, out: LocalFull): void {
  const tokens = doc.tokens;
  if (tokens[head].pos !== 'NOUN' && tokens[head].pos !== 'PROPN') return;
  for (const c of a.cues) {
    const cls = c.entry.cls;
    if (c.clause !== clause || c.start <= head || c.entry.scope !== 'comp' || !isHedge(cls)) continue;
    // the cue's verb comes right after the subject noun phrase: no other verb, no preposition before the noun
    if (a.vgs.some((v) => v.start > head && v.start < c.start && v.index !== c.vg)) return;
    if (!rangeIs(tokens, head + 1, c.start, ['ADV', 'AUX', 'VERB', 'PART'])) return;
    let k = head - 1;
    while (k >= a.start && NP_WORDS.includes(tokens[k].pos)) k--;
    if (k >= a.start && tokens[k].pos === 'ADP') return;
    out.certainty.push({ value: CLASS_CERTAINTY[cls]!, spans: [cueSpan(doc, c)], rule: 'factuality.raised-subject' });
    if (cls === 'hedge-unlikely') out.negations.push({ spans: [cueSpan(doc, c)], rule: 'factuality.raised-subject' });
    out.cues.push(c);
    return;
  }
}

/**
 * "the flight was delayed", "Boeing cancelled the order", "il volo è stato rinviato": the theme of a
 * cancelling verb (its object, or its subject when passive or intransitive) did not take place.
 */
function applyTheme(doc: CronacaDocument, a: SentenceAnalysis, head: number, clause: number, lex: FactualityLexicon, out: LocalFull): void {
  const tokens = doc.tokens;
  if (tokens[head].pos !== 'NOUN' && tokens[head].pos !== 'PROPN') return;
  let v = -1;
  if (sentenceParsed(doc, a)) {
    // with a parse: the noun is the verb's object, passive subject, or subject of an intransitive
    // use, or the verb is a participle modifying the noun ("test flight delayed after accident")
    const isTheme = (k: number) => k >= 0 && a.cueAt[k - a.start] >= 0 && a.cues[a.cueAt[k - a.start]].entry.scope === 'theme';
    v = tokens[head].head ?? -1;
    const rel = tokens[head].deprel ?? '';
    const hasObj = () => tokens.some((t, k) => k >= a.start && k < a.end && t.head === v && t.deprel === 'obj');
    const themeRel = isTheme(v) && (rel === 'obj' || rel === 'nsubj:pass' || (rel === 'nsubj' && !hasObj()));
    if (!themeRel) {
      v = -1;
      for (let k = a.start; k < a.end; k++) if (tokens[k].head === head && tokens[k].deprel === 'acl' && isTheme(k)) v = k;
    }
  }
  if (v >= 0) {
    const ci = a.cueAt[v - a.start];
    const cue = a.cues[ci];
    out.cues.push(cue);
    const ev = { spans: [cueSpan(doc, cue)], rule: 'scope.dependency.theme' };
    if (cue.entry.cls === 'attempt') {
      out.certainty.push({ value: 'POSSIBLE', ...ev });
      if (!out.time) out.time = { value: 'FUTURE', ...ev };
    } else if (cue.entry.cls === 'negative-implicative') {
      out.negations.push(ev);
      for (const n of dependencyNegations(doc, a, [v]) ?? []) out.negations.push({ spans: [cueSpan(doc, n)], rule: 'scope.dependency.negation' });
    }
    return;
  }
  // no theme in the parse (or no parse): the linear reading below
  for (const v of a.vgs) {
    if (v.clause !== clause) continue;
    const ci = a.cueAt[v.main - a.start];
    if (ci < 0 || a.cues[ci].entry.scope !== 'theme') continue;
    const main = tokens[v.main];
    const prev = tokens[v.main - 1];
    const passive = main.feats.VerbForm === 'Part' && v.main > v.start && lex.aux.has(prev.lemma) && !lex.perfect.has(prev.lemma);
    let ok: boolean;
    if (v.end <= head) {
      // object: only noun-phrase words between the verb and the noun, and the verb is not passive
      ok = !passive && (rangeIs(tokens, v.end, head, NP_WORDS) || rangeIsNp(tokens, v.end, head));
    } else {
      // subject of a passive ("was delayed", headline "flight delayed after…") or of an
      // intransitive use: the noun heads the clause's first noun phrase, no verb comes between
      if (a.vgs.some((x) => x.start > head && x.start < v.start)) continue;
      const next = tokens[v.end];
      const noObject = !next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'ADV' || next.pos === 'SCONJ';
      if (!passive && !noObject) continue;
      let k = head - 1;
      while (k >= a.start && NP_WORDS.includes(tokens[k].pos)) k--;
      ok = k < a.start || tokens[k].pos !== 'ADP';
    }
    if (!ok) continue;
    const cue = a.cues[ci];
    out.cues.push(cue);
    if (cue.entry.cls === 'attempt') {
      // "Aeroflot negotiates the purchase of 22 jets": the act under negotiation is not concluded
      const ev = { spans: [cueSpan(doc, cue)], rule: 'factuality.attempted-theme' };
      out.certainty.push({ value: 'POSSIBLE', ...ev });
      if (!out.time) out.time = { value: 'FUTURE', ...ev };
      return;
    }
    if (cue.entry.cls !== 'negative-implicative') return;
    out.negations.push({ spans: [cueSpan(doc, cue)], rule: 'factuality.cancelled-theme' });
    // "the flight was not delayed": the verb's own negation cancels out
    for (const c of a.cues) {
      if (c.vg === v.index && c.entry.cls === 'negation') out.negations.push(cueEvid(doc, c));
    }
    return;
  }
}

/** Noun-phrase words, possessive pronouns included ("its summit"). */
function rangeIsNp(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!NP_WORDS.includes(tokens[i].pos) && tokens[i].feats.Poss !== 'Yes') return false;
  return true;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function rangeIs(tokens: Token[], from: number, to: number, pos: string[]): boolean {
  for (let i = from; i < to; i++) if (!pos.includes(tokens[i].pos)) return false;
  return true;
}

/** Support verbs and copulas pass their reading to the noun ("c'è stato un attacco", "sarà stato un errore"). */
function isSupport(doc: CronacaDocument, a: SentenceAnalysis, v: VerbGroup, lex: FactualityLexicon): boolean {
  const c = a.cueAt[v.main - a.start];
  if (c >= 0 && a.cues[c].entry.cls === 'support') return true;
  const main = doc.tokens[v.main];
  return lex.aux.has(main.lemma) && !lex.perfect.has(main.lemma);
}

function applyNp(doc: CronacaDocument, c: CueMatch, out: LocalFull): void {
  const ev = cueEvid(doc, c);
  out.cues.push(c);
  switch (c.entry.cls) {
    case 'allegation':
      out.certainty.push({ value: 'PROBABLE', ...ev });
      out.distanced = ev;
      break;
    case 'negative-implicative':
    case 'negation':
    case 'negative-concord':
      out.negations.push(ev);
      break;
    case 'future':
      out.time = { value: 'FUTURE', ...ev };
      break;
    case 'attempt':
      out.certainty.push({ value: 'POSSIBLE', ...ev });
      break;
    case 'hedge-possible':
    case 'hedge-probable':
    case 'hedge-unlikely':
      // a feared or hoped-for event ("fears of a recession") lies ahead of the fear
      out.certainty.push({ value: CLASS_CERTAINTY[c.entry.cls]!, ...ev });
      if (c.entry.cls === 'hedge-unlikely') out.negations.push(ev);
      if (!out.time) out.time = { value: 'FUTURE', ...ev };
      break;
    default:
      break;
  }
}

function applyClauseCues(doc: CronacaDocument, a: SentenceAnalysis, clause: number, out: LocalFull, nominalOnly: boolean): void {
  for (const c of a.cues) {
    if (c.clause !== clause || c.entry.scope !== 'clause') continue;
    const ev = cueEvid(doc, c);
    const cls = c.entry.cls;
    if (nominalOnly && cls !== 'generic') continue;
    switch (cls) {
      case 'hedge-probable':
      case 'hedge-possible':
      case 'unnamed-hedge':
        out.certainty.push({ value: CLASS_CERTAINTY[cls]!, ...ev });
        break;
      case 'allegation':
        out.certainty.push({ value: 'PROBABLE', ...ev });
        out.distanced = ev;
        break;
      case 'hedge-unlikely':
        // "difficilmente ritirerà": probably not (FactBank PR-)
        out.certainty.push({ value: 'PROBABLE', ...ev });
        out.negations.push(ev);
        break;
      case 'booster':
        out.boosters.push(ev);
        break;
      case 'generic':
        out.special = { value: 'GEN', ...ev };
        break;
      default:
        continue;
    }
    out.cues.push(c);
  }
}

function analyseVerbGroup(doc: CronacaDocument, a: SentenceAnalysis, vg: VerbGroup, lex: FactualityLexicon, out: LocalFull, p: PredicateRef): void {
  const tokens = doc.tokens;
  const finite = vg.finite >= 0 ? tokens[vg.finite] : undefined;
  let perfect = false;
  let sawPerfectAux = false;
  for (let i = vg.start; i < vg.end; i++) {
    const t = tokens[i];
    if ((lex.perfect.has(t.lemma) || lex.perfect.has(t.norm)) && t.feats.VerbForm !== 'Part') sawPerfectAux = true;
    if (t.feats.VerbForm === 'Part' && (sawPerfectAux || lex.aux.has(t.lemma))) perfect = true;
  }
  out.perfect = perfect;
  const main = tokens[vg.main];
  const copulaMain = lex.aux.has(main.lemma) && main.feats.VerbForm !== 'Part';
  out.copula = copulaMain;
  out.passive = main.feats.VerbForm === 'Part' && !sawPerfectAux && vg.main > vg.start && lex.aux.has(tokens[vg.main - 1].lemma) || main.feats.Voice === 'Pass';
  out.past = finite ? finite.feats.Tense === 'Past' || finite.feats.Tense === 'Imp' || (perfect && finite.feats.Tense === 'Pres') : main.feats.Tense === 'Past' && main.feats.VerbForm === 'Part';

  // cues attached to this verb group
  const attached = a.cues.filter((c) => c.vg === vg.index && c.start <= vg.main);
  let modal: CueMatch | undefined;
  // Negation: every negator counts; negative-concord words ("nessuno", "mai", "né ... né") count
  // once in all, and only before the verb with no other negator ("non ... nessuno" is one).
  // With a parse, the negators are those attached to the predicate (or to the verb group's verb).
  const parsed = dependencyNegations(doc, a, [vg.main, ...range(Math.max(p.tokenStart, vg.start), Math.min(p.tokenEnd, vg.end))]);
  const allNeg = parsed ?? a.cues.filter((c) => c.vg === vg.index && (c.entry.cls === 'negation' || c.entry.cls === 'negative-concord'));
  const negators = allNeg.filter((c) => c.entry.cls === 'negation');
  for (const c of negators) { out.negations.push(negEvid(doc, parsed !== undefined, c)); out.cues.push(c); }
  const concordWords = allNeg.filter((c) => c.entry.cls === 'negative-concord');
  if (!negators.length && concordWords.length && concordWords[0].end <= vg.start) out.negations.push(negEvid(doc, parsed !== undefined, concordWords[0]));
  for (const c of concordWords) out.cues.push(c);
  for (const c of attached) {
    const cls = c.entry.cls;
    const ev = cueEvid(doc, c);
    if (cls === 'negation' || cls === 'negative-concord') continue;
    if (c.start >= vg.main && c.entry.scope !== 'next-vg') continue;
    // "stopped making", "nearly flooded": a negative implicative on the verb group itself
    const inTrigger = c.start >= p.tokenStart && c.start < p.tokenEnd;
    if (cls === 'negative-implicative' && (c.entry.scope === 'vg' || c.entry.scope === 'next-vg') && !inTrigger) {
      out.negations.push(ev);
      out.cues.push(c);
      continue;
    }
    if (cls === 'scheduled-past' && c.entry.scope === 'vg') {
      out.certainty.push({ value: 'UNDERSPECIFIED', ...ev });
      out.cues.push(c);
      continue;
    }
    if (cls.startsWith('modal') || cls === 'future' || cls === 'conditional-aux' || cls === 'intention' || cls === 'deontic') {
      if (cls !== 'future' && cls !== 'conditional-aux') modal = modal ?? c;
      out.cues.push(c);
      if (cls === 'future') out.time = { value: 'FUTURE', ...ev };
      if (cls === 'conditional-aux') out.wouldAux = ev;
      if (cls === 'intention') out.time = { value: 'FUTURE', ...ev };
      if (cls === 'deontic') { out.time = { value: 'FUTURE', ...ev }; out.certainty.push({ value: 'UNDERSPECIFIED', ...ev }); }
    }
  }

  if (modal) {
    const ev = cueEvid(doc, modal);
    const mt = tokens[modal.start];
    const mPast = (mt.feats.Tense === 'Past' || mt.feats.Tense === 'Imp') && mt.feats.Mood !== 'Cnd' && mt.feats.Mood !== 'Sub';
    const timeAfter: EventTime = perfect || copulaMain ? 'NON_FUTURE' : 'FUTURE';
    switch (modal.entry.cls) {
      case 'modal-epistemic-possible':
      case 'modal-ability-past': {
        const ability = (mPast || modal.entry.cls === 'modal-ability-past') && !perfect;
        const negAbility = out.negations.length > 0 && !perfect;
        if (ability && !negAbility) out.ability = ev;
        else if (!ability && !negAbility) {
          out.certainty.push({ value: 'POSSIBLE', ...ev });
          if (!out.time) out.time = { value: timeAfter, ...ev };
        }
        break;
      }
      case 'modal-probable':
        out.certainty.push({ value: 'PROBABLE', ...ev });
        if (!out.time) out.time = { value: timeAfter, ...ev };
        break;
      case 'modal-necessity':
        if (perfect || copulaMain) out.certainty.push({ value: 'PROBABLE', ...ev });
        else if (!mPast) {
          out.certainty.push({ value: 'UNDERSPECIFIED', ...ev });
          if (!out.time) out.time = { value: 'FUTURE', ...ev };
        }
        break;
      default:
        break;
    }
  }

  if (finite && !modal) {
    const sp = [tokSpan(doc, vg.finite, vg.finite + 1)];
    if (finite.feats.Tense === 'Fut' && !out.time) {
      if (perfect) {
        out.certainty.push({ value: 'PROBABLE', spans: sp, rule: 'factuality.conjectural-future' });
        out.time = { value: 'NON_FUTURE', spans: sp, rule: 'factuality.conjectural-future' };
        out.extraCues.push({ ...sp[0], text: finite.text, class: 'conjectural-future', rule: 'factuality.conjectural-future' });
      } else out.time = { value: 'FUTURE', spans: sp, rule: 'factuality.future-tense' };
    }
    if (finite.feats.Mood === 'Cnd' && !attached.some((c) => c.entry.cls === 'conditional-aux')) {
      out.conditional = { spans: [tokSpan(doc, vg.finite, vg.main + 1)], rule: 'factuality.conditional' };
      out.extraCues.push({ ...tokSpan(doc, vg.finite, vg.main + 1), text: doc.text.slice(tokens[vg.finite].start, tokens[vg.main].end), class: 'conditional-mood', rule: 'factuality.conditional' });
    }
  }
}

function counterfactualClause(doc: CronacaDocument, a: SentenceAnalysis, clause: number, lex: FactualityLexicon): boolean {
  for (const v of a.vgs) {
    if (v.clause !== clause || v.finite < 0) continue;
    const f = doc.tokens[v.finite];
    const main = doc.tokens[v.main];
    if (main.feats.VerbForm !== 'Part' || v.main === v.finite) continue;
    if (f.feats.Mood === 'Sub' && f.feats.Tense === 'Imp') return true;
    if (lex.perfect.has(f.lemma) && f.feats.Tense === 'Past' && f.feats.Mood !== 'Sub') return true;
  }
  return false;
}
