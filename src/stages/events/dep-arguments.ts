// Argument finding from the dependency parse (token.head / token.deprel, set by the syntax stage):
// nsubj, obj, iobj, obl:agent, nsubj:pass, obl/nmod by their case marker, subjects shared through
// conj / xcomp / gerund chains, relative pronouns to their antecedent, and support verbs for noun
// triggers. A sentence without a parse falls back to the clause heuristics (rule ids
// "args.heuristic.*"); parse-based rule ids are "arg.dep.<relation>".
import { atOrBelow, baseRelation, spanHead } from '../../core/dependency.js';
import type { ActorRef, CronacaDocument, Mention, Span, Token } from '../../core/types.js';
import { isPersonNoun, isPersonObjectVerb, isQuantityNoun, personPronoun, possessiveTypes } from '../entities/api.js';
import { enclitics, type Enclitic } from '../syntax/enclitics.js';
import { actorKey, HeuristicArgumentFinder, SUBJECT_CARRY_RULE, slotAdder, type AddSlot, type ArgumentFinder, type Arguments, type Found, type TriggerRef } from './arguments.js';
import type { MarkerClass } from './markers.js';
import type { Frame, Slot } from './plover.js';
import { PLACE_TYPES, type DocViews, type SentenceView } from './sentence-view.js';

type SlotName = Slot | 'light-target';

/** Clauses and modifiers whose words are not part of a noun phrase's actors. */
const CLAUSAL: ReadonlySet<string> = new Set(['acl', 'acl:relcl', 'advcl', 'ccomp', 'xcomp', 'parataxis', 'punct', 'conj', 'cc']);
const PASSIVE_MARKS: ReadonlySet<string> = new Set(['nsubj:pass', 'aux:pass', 'expl:pass']);
const AUX_PASS: ReadonlySet<string> = new Set(['aux:pass']);
const PASSIVE_MORPHOLOGY: ReadonlySet<string> = new Set(['aux:pass', 'expl:pass']);
const AGENT: ReadonlySet<string> = new Set(['obl:agent']);
/** Moods of conjuncts that share a subject: a fact and a reported one ("ha disperso ... e avrebbe fermato"). */
const REPORTING_MOODS: ReadonlySet<string> = new Set(['Ind', 'Cnd']);
/** The clause that tells what a threat or warning announces. */
const CONTENT_CLAUSE: ReadonlySet<string> = new Set(['ccomp', 'xcomp']);
const OBJECT: ReadonlySet<string> = new Set(['obj']);
/** Words of a person noun's phrase before it ("a man", "due giovani donne"). */
const PERSON_NOUN_MODIFIERS: ReadonlySet<string> = new Set(['det', 'nummod', 'amod']);
/** What an active verb governs and a passive one does not: an object or a complement clause. */
const OBJECT_OR_CLAUSE: ReadonlySet<string> = new Set(['obj', 'ccomp']);
/** A mention's rule that took a country from a nationality or country word (entities/attach.ts). */
const COUNTRY_MODIFIER = /:(demonyms|country-names|country-short-names):/;
/** The rule id of the noun a passive participle modifies, as that participle's target. */
export const ACL_PASSIVE_RULE = 'arg.dep.acl-passive';
const SUBJECT: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass', 'csubj']);
const AUXILIARY: ReadonlySet<string> = new Set(['aux', 'aux:pass', 'cop']);
const TENSE_AUXILIARY: ReadonlySet<string> = new Set(['aux', 'aux:pass']);
/** Dependents before a verb that belong to its verb group: auxiliaries and adverbs... */
const GROUP: ReadonlySet<string> = new Set(['aux', 'aux:pass', 'advmod']);
/** ...and, for a conjunct's own subject, expletives and clitic pronouns ("e il Viminale lo ha espulso"). */
const GROUP_WITH_CLITICS: ReadonlySet<string> = new Set(['aux', 'aux:pass', 'advmod', 'expl', 'expl:pass', 'obj', 'iobj']);
const POSSESSOR: ReadonlySet<string> = new Set(['nmod:poss', 'det:poss']);
/** Parts of speech of a noun phrase head. */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Oblique markers tried on an obl / nmod dependent, in order. */
const OBL_CLASSES: readonly MarkerClass[] = ['agent', 'against', 'with', 'between', 'recipient', 'at', 'from'];
/** ...and on an nmod dependent of a noun. */
const NMOD_CLASSES: readonly MarkerClass[] = ['agent', 'noun-agent', 'against', 'noun-against', 'with', 'between', 'noun-recipient', 'recipient'];
/** A support verb's oblique after its noun is often the noun's own complement, hung on the verb ("ha imposto dazi sulle merci"). */
const LIGHT_OBL_CLASSES: readonly MarkerClass[] = [...OBL_CLASSES, 'noun-against', 'noun-recipient'];

/** The shared child list of every leaf (never changed: children() hands lists out read-only). */
const NO_CHILDREN: number[] = [];

function rel(t: Token): string {
  return t.deprel ?? '';
}

/** Same written form, or same tense and mood ("ha assicurato ... e ha definito"; "said ... and agreed"). */
function sameFiniteForm(a: Token, b: Token): boolean {
  if (a.norm === b.norm) return true;
  // a verb of another number has another subject ("chiedono che Riad paghi ... e ritiri")
  if (a.feats.Number !== undefined && b.feats.Number !== undefined && a.feats.Number !== b.feats.Number) return false;
  return a.feats.Tense !== undefined && a.feats.Tense === b.feats.Tense && a.feats.Mood === b.feats.Mood;
}

/** baseRelation(t) === base for a base without a colon, without slicing a string. */
function hasBase(t: Token, base: string): boolean {
  const d = rel(t);
  return d.startsWith(base) && (d.length === base.length || d.charCodeAt(base.length) === 58);
}

// Helpers below are module functions rather than closures made per call: the per-trigger code runs
// tens of times per article.

function isNamed(a: Mention | undefined): boolean {
  return a !== undefined && (a.kind === 'name' || a.kind === 'acronym' || a.kind === 'alias');
}

/** A person's own name other than the role mention itself. */
function isPersonName(x: Mention | undefined, role: Mention): x is Mention {
  return x !== undefined && x !== role && x.type === 'PER' && (x.kind === 'name' || x.kind === 'alias');
}

function hasSlot(local: [SlotName, Found][], slot: SlotName): boolean {
  for (const [s] of local) if (s === slot) return true;
  return false;
}

/** The slot adder without its against-phrases. */
function withoutAgainst(add: AddSlot): AddSlot {
  return (slot, f) => {
    if (slot !== 'against') add(slot, f);
  };
}

export class DependencyArgumentFinder implements ArgumentFinder {
  readonly heuristic: HeuristicArgumentFinder;
  private readonly kids = new Map<number, number[][]>();
  /** Set while finding one trigger's arguments: its object is a pronoun the entities stage did not resolve. */
  private unresolved = false;
  /** Set when the trigger's verb has a subject in the parse that names no actor ("Trade unions"). */
  private nominalSubject = false;

  constructor(private readonly views: DocViews) {
    this.heuristic = new HeuristicArgumentFinder(views);
  }

  find(doc: CronacaDocument, sentenceIndex: number, trigger: TriggerRef, frame: Frame): Arguments {
    const v = this.views.sentence(sentenceIndex);
    if (!this.views.parsed(v)) return this.heuristic.find(doc, sentenceIndex, trigger, frame);
    const slots: [SlotName, Found][] = [];
    const add = slotAdder(slots);
    this.unresolved = false;
    this.nominalSubject = false;
    const head = spanHead(this.tokens, trigger.tokenStart, trigger.tokenEnd);
    if (trigger.pos === 'NOUN') this.nounSlots(v, head, trigger, frame, add);
    else {
      // "found X guilty": the adjective's event takes the arguments of the verb that governs it.
      const verb = trigger.pos === 'ADJ' && this.tokens[head].head !== undefined && this.tokens[head].head! >= 0 ? this.tokens[head].head! : head;
      this.verbSlots(v, verb, trigger, frame, add);
    }
    const dep = this.heuristic.assign(slots, frame);
    if (dep.source.length && (dep.target.length || this.unresolved)) return dep;
    // A role the parse leaves empty is filled by the clause heuristics (their rule ids say so), except
    // a target behind an unresolved clitic ("lo ha arrestato").
    const heur = this.heuristic.find(doc, sentenceIndex, trigger, frame);
    // A subject the parse found but that names no actor is not replaced by an earlier sentence's,
    // neither as the source nor, of a passive, as the target.
    const notCarried = (list: ActorRef[]) => (this.nominalSubject ? list.filter((a) => !a.rule.startsWith(SUBJECT_CARRY_RULE)) : list);
    // The noun a passive participle modifies is no source the clause heuristics may add ("tre
    // giornalisti accusati di estremismo"), nor the subject of a passive conjunct that shares its
    // auxiliaries ("had been killed and 21 suspects detained").
    const gapped = trigger.pos === 'VERB' && this.gappedPassive(v, head);
    const done = new Set(dep.target.filter((a) => gapped || a.rule.startsWith(ACL_PASSIVE_RULE)).map(actorKey));
    // A passive with no agent says nobody did it: no earlier subject is carried in as the doer
    // ("Il trattato non è stato ancora firmato", "nothing has been withdrawn"; a passive auxiliary or
    // "si" shows it, a passive subject alone may be the parser's slip: "The AfD ... sued on Monday").
    const agentless = gapped || (trigger.pos === 'VERB' && this.child(v, head, PASSIVE_MORPHOLOGY) >= 0);
    // A participle on its noun with no agent of its own ("un'iraniana arrestata a Lione") is
    // background: the clause heuristics give it no doer either (it then stays uncoded).
    const reducedNoAgent = dep.target.some((a) => a.rule === ACL_PASSIVE_RULE);
    const source = dep.source.length || reducedNoAgent ? dep.source : notCarried(heur.source).filter((a) => !done.has(actorKey(a)) && !(agentless && a.rule.startsWith(SUBJECT_CARRY_RULE)));
    const sources = new Set(source.map(actorKey));
    const target = (dep.target.length || this.unresolved ? dep.target : notCarried(heur.target).filter((a) => !this.againstInObject(v, head, frame, a)))
      .filter((a) => !sources.has(actorKey(a)));
    return { source, target };
  }

  private get tokens(): Token[] {
    return this.views.tokens;
  }

  /** Children of each token of the sentence, in text order. */
  children(v: SentenceView, tok: number): readonly number[] {
    let list = this.kids.get(v.index);
    if (!list) {
      // Leaves (about half the tokens) share one empty list.
      list = new Array<number[]>(v.end - v.start).fill(NO_CHILDREN);
      for (let k = v.start; k < v.end; k++) {
        const h = this.tokens[k].head;
        if (h === undefined || h < v.start || h >= v.end) continue;
        const at = h - v.start;
        if (list[at] === NO_CHILDREN) list[at] = [k];
        else list[at].push(k);
      }
      this.kids.set(v.index, list);
    }
    return list[tok - v.start] ?? NO_CHILDREN;
  }

  /** The first child of `tok` whose relation is one of `rels`, or -1. */
  private child(v: SentenceView, tok: number, rels: ReadonlySet<string>): number {
    for (const c of this.children(v, tok)) if (rels.has(rel(this.tokens[c]))) return c;
    return -1;
  }

  /** Passive by the parse: a passive subject or auxiliary, or a participle modifier with an agent ("the deal signed by X"). */
  private isPassive(v: SentenceView, verb: number): boolean {
    if (this.child(v, verb, PASSIVE_MARKS) >= 0) return true;
    const t = this.tokens[verb];
    if (t.feats.VerbForm !== 'Part') return false;
    if (rel(t) === 'acl') {
      const agent = this.child(v, verb, AGENT);
      return agent >= 0 && this.caseStart(v, agent) >= 0;
    }
    return t.feats.Tense !== 'Pres' && this.bareConjunctOfPassive(v, verb);
  }

  /**
   * "si sono radunate centinaia di sostenitori", "but thousands marched": a verb whose frame takes no
   * object, reflexive or finite, with no passive auxiliary, is no passive, though the parse reads
   * its subject as a passive one.
   */
  private intransitiveReadAsPassive(v: SentenceView, verb: number, frame: Frame): boolean {
    if (frame.object !== 'none' || this.child(v, verb, AUX_PASS) >= 0) return false;
    return this.views.isReflexive(v, verb) || (this.tokens[verb].feats.VerbForm === 'Fin' && this.auxiliaryBefore(v, verb, TENSE_AUXILIARY) < 0);
  }

  /**
   * "si è dimesso per protesta l'ambasciatore": a reflexive verb whose frame takes no object and
   * that has no subject in the parse reads the object the parse gave it after it as its subject.
   */
  private postverbalSubject(v: SentenceView, verb: number, frame: Frame): Found | undefined {
    if (this.child(v, verb, SUBJECT) >= 0) return undefined;
    // "come chiedeva il Sudafrica": a comparative clause leaves its object out (the main clause is
    // what was asked), so the noun after the verb is its subject.
    const comparative = this.children(v, verb).some((c) => c < verb && this.views.pack.markers.comparative.has(this.tokens[c]) && ['mark', 'advmod'].includes(rel(this.tokens[c])));
    if (!comparative && (frame.object !== 'none' || !this.views.isReflexive(v, verb))) return undefined;
    const o = this.child(v, verb, OBJECT);
    return o > verb ? this.actorsOf(v, o, comparative ? 'arg.dep.comparative-postverbal-nsubj' : 'arg.dep.postverbal-nsubj') : undefined;
  }

  /**
   * "è stato fermato e poi rilasciato", "was detained and later released": a conjunct with no
   * auxiliary, subject, object or complement clause of its own after a passive verb, which has
   * that verb's voice.
   */
  private bareConjunctOfPassive(v: SentenceView, verb: number): boolean {
    const h = this.tokens[verb].head ?? -1;
    if (rel(this.tokens[verb]) !== 'conj' || h < v.start || h >= verb) return false;
    if (this.child(v, verb, AUXILIARY) >= 0 || this.child(v, verb, SUBJECT) >= 0 || this.child(v, verb, OBJECT_OR_CLAUSE) >= 0) return false;
    return this.isPassive(v, h);
  }

  /** "... had been killed and 21 suspects detained": a past form with a passive subject and no auxiliary, conjunct of a passive. */
  private gappedPassive(v: SentenceView, verb: number): boolean {
    const t = this.tokens[verb];
    const h = t.head ?? -1;
    if (rel(t) !== 'conj' || t.feats.Tense !== 'Past' || h < v.start || h >= verb) return false;
    return this.child(v, verb, AUXILIARY) < 0 && this.children(v, verb).some((c) => rel(this.tokens[c]) === 'nsubj:pass') && this.isPassive(v, h);
  }

  /**
   * "Several Republican lawmakers accused President Joe Biden of ...": a verb the parse hung on the
   * noun before it as a reduced relative, which the token analysis reads as finite and which has no
   * agent phrase with an agent marker, is that noun's verb. The noun's token, or -1.
   */
  private finiteAfterNoun(v: SentenceView, verb: number): number {
    const t = this.tokens[verb];
    const head = t.head ?? -1;
    if (rel(t) !== 'acl' || t.feats.VerbForm !== 'Fin' || head < v.start || head >= verb) return -1;
    const agent = this.child(v, verb, AGENT);
    if (agent >= 0) {
      const c = this.caseStart(v, agent);
      if (c >= 0 && this.views.pack.markers.agent.matchAt(this.tokens, c, v.end) > 0) return -1;
    }
    return head;
  }

  /**
   * "ha condannato Bolsonaro per aver tentato un colpo di Stato", "sentenced the activist for
   * organising a protest": an adverbial clause of reason (a `reason` marker, and a perfect
   * infinitive or a gerund, not the plain infinitive of a purpose) tells what the object did.
   */
  private reasonClause(v: SentenceView, verb: number): boolean {
    const tokens = this.tokens;
    const kids = this.children(v, verb);
    if (!kids.some((c) => rel(tokens[c]) === 'mark' && this.views.pack.markers.reason.has(tokens[c]))) return false;
    // a gerund, or the "-ing" form the tagger reads as a present participle ("accused him of supplying")
    if (tokens[verb].feats.VerbForm === 'Ger' || (tokens[verb].feats.VerbForm === 'Part' && tokens[verb].feats.Tense === 'Pres')) return true;
    return tokens[verb].feats.VerbForm === 'Part' && kids.some((c) => rel(tokens[c]) === 'aux' && tokens[c].feats.VerbForm === 'Inf');
  }

  /**
   * "tre giornalisti accusati di estremismo", "journalists accused of extremism": a past form
   * modifying the noun before it, of a verb whose object is its target but which has no object or
   * complement clause here, is a passive participle: the noun is what was done to. The noun's
   * token, or -1.
   */
  private reducedPassive(v: SentenceView, verb: number, frame: Frame): number {
    const t = this.tokens[verb];
    const head = t.head ?? -1;
    if (rel(t) !== 'acl' || frame.object !== 'target' || t.feats.Tense !== 'Past' || head < v.start || head >= verb) return -1;
    // A finite-tagged form ("journalists accused of extremism") only on an object and
    // with no clause under it: the parse hangs English main verbs on their subject so too
    // ("Polish farmers threatened to block roads"), which finiteAfterNoun reads.
    if (t.feats.VerbForm === 'Fin') {
      const hr = rel(this.tokens[head]);
      if (hr !== 'obj' && hr !== 'nsubj:pass') return -1;
      if (this.children(v, verb).some((c) => CLAUSAL.has(rel(this.tokens[c])) && rel(this.tokens[c]) !== 'punct')) return -1;
    } else if (t.feats.VerbForm !== 'Part') return -1;
    if (this.child(v, verb, OBJECT_OR_CLAUSE) >= 0 || this.child(v, verb, AUXILIARY) >= 0) return -1;
    // A caseless noun under it is an object the parse mislabelled ("lawmakers accused Biden of lying").
    // A name the parse made its subject is the head noun's own ("il presidente deposto Mohamed Bazoum").
    for (const c of this.children(v, verb)) if (NOMINAL.has(this.tokens[c].pos) && c > verb && this.caseStart(v, c) < 0 && !(rel(this.tokens[c]) === 'nsubj' && this.tokens[c].pos === 'PROPN')) return -1;
    return head;
  }

  /**
   * "If convicted, Hernández could spend his life in prison", "Una volta condannato, X perderà il
   * seggio": a past participle of a transitive act opening the sentence as an adverbial clause of
   * its verb, with no subject, auxiliary or object of its own, is passive, and the verb's subject is
   * the one it befalls. Returns that subject's token, or -1.
   */
  private frontedParticiple(v: SentenceView, verb: number, frame: Frame): number {
    const t = this.tokens[verb];
    const head = t.head ?? -1;
    if (rel(t) !== 'advcl' || t.feats.VerbForm !== 'Part' || t.feats.Tense !== 'Past' || frame.object !== 'target' || head <= verb || head >= v.end) return -1;
    if (this.child(v, verb, SUBJECT) >= 0 || this.child(v, verb, AUXILIARY) >= 0 || this.child(v, verb, OBJECT_OR_CLAUSE) >= 0) return -1;
    const s = this.child(v, head, SUBJECT);
    return s > verb ? s : -1;
  }

  /** A heuristic against-phrase the parse puts inside the object of a criticism or rejection (see verbSlots). */
  private againstInObject(v: SentenceView, verb: number, frame: Frame, a: ActorRef): boolean {
    if (frame['object-doer'] !== 'target' || !a.rule.startsWith('args.heuristic.against')) return false;
    const o = this.child(v, verb, OBJECT);
    if (o < 0) return false;
    const [x, y] = this.span(v, o);
    const at = a.spans[0]?.start ?? -1;
    return at >= this.tokens[x].start && at < this.tokens[y - 1].end;
  }

  /** Token b's phrase starts right where token a's ends (a >= 0). */
  private follows(v: SentenceView, a: number, b: number): boolean {
    return a >= 0 && a < b && this.span(v, a)[1] === this.span(v, b)[0];
  }

  private verbSlots(v: SentenceView, verb: number, trigger: TriggerRef, frame: Frame, add: AddSlot): void {
    const reduced = this.reducedPassive(v, verb, frame);
    const noun = reduced >= 0 ? -1 : this.finiteAfterNoun(v, verb);
    if (noun >= 0) {
      add('subject', this.actorsOf(v, noun, 'arg.dep.finite-after-noun') ?? this.actorNoun(noun, 'arg.dep.finite-after-noun-actor-noun'));
      for (const c of this.children(v, verb)) {
        const d = rel(this.tokens[c]);
        if (d === 'obj' || d === 'obl:agent') add('object', this.objectActors(v, c, 'arg.dep.finite-after-noun-obj'));
        else if (hasBase(this.tokens[c], 'obl')) this.oblique(v, c, 'obl', false, frame, add);
      }
      return;
    }
    // A past form the tagger read as finite ("released") is passive as such a conjunct when the
    // trigger's match read it so too (a transitive frame).
    const fronted = reduced >= 0 ? -1 : this.frontedParticiple(v, verb, frame);
    const passive = (reduced >= 0 || fronted >= 0 || this.isPassive(v, verb) || (trigger.passive && this.tokens[verb].feats.Tense === 'Past' && this.bareConjunctOfPassive(v, verb))) &&
      !this.intransitiveReadAsPassive(v, verb, frame);
    // A participle with an agent phrase of its own is coded (rule ...-agent); without one it is background.
    const reducedRule = this.child(v, verb, AGENT) >= 0 ? `${ACL_PASSIVE_RULE}-agent` : ACL_PASSIVE_RULE;
    const subj = reduced >= 0 ? this.actorsOf(v, reduced, reducedRule) : fronted >= 0 ? this.actorsOf(v, fronted, 'arg.dep.advcl-passive') :
      this.postverbalSubject(v, verb, frame) ?? this.subjectOf(v, verb, 0);
    // A passive subject is the object: it comes after the obliques, as the object of an active verb
    // does ("the suspect was extradited to Germany": the recipient state is the target).
    if (subj && !passive) add('subject', subj);
    // Obliques before the object: of "delivered tanks to Ukraine", "ha chiesto alla Russia le dimissioni
    // del ministro" the recipient is the target when both name an actor (the first found fills it).
    const kids = this.children(v, verb);
    const particleObjects: number[] = [];
    // "ha condannato gli attacchi contro la missione": an against-phrase right after the object of a
    // criticism or rejection (frames with an object-doer target) tells whom the criticised act was
    // against, not whom the criticism is (docs/annotation.md section 5).
    const object = frame['object-doer'] === 'target' ? this.child(v, verb, OBJECT) : -1;
    for (const c of kids) {
      const d = rel(this.tokens[c]);
      if (d === 'iobj') add('recipient', this.objectActors(v, c, 'arg.dep.iobj'));
      else if (d === 'obl:agent') {
        // "accused Zelensky of ..." read as a passive with the object as its agent: an agent needs its marker
        if (!passive && this.caseStart(v, c) < 0) add('object', this.objectActors(v, c, 'arg.dep.unmarked-agent-obj'));
        else if (!passive && this.objectAgent(v, verb, c)) add('object', this.agentActors(v, c, 'arg.dep.object-agent'));
        else add('agent', this.agentActors(v, c, 'arg.dep.obl-agent'));
      }
      else if (hasBase(this.tokens[c], 'obl') && this.particleObject(v, c, trigger)) particleObjects.push(c);
      else if (hasBase(this.tokens[c], 'obl')) this.oblique(v, c, 'obl', passive, frame, this.follows(v, object, c) ? withoutAgainst(add) : add);
      else if (d === 'obj') {
        // "delivered 18 tanks to Ukraine" with "to Ukraine" parsed under the object: still the verb's recipient.
        for (const n of this.children(v, c)) {
          if (!hasBase(this.tokens[n], 'nmod')) continue;
          // "recalled its ambassador in Caracas": where the recalled envoy serves is the state the act is aimed at
          if (frame.object === 'none' && frame.recipient === 'target' && this.locativeNmod(v, n)) {
            const posting = this.actorsOf(v, n, 'arg.dep.posting');
            if (posting?.mentions.every((r) => r.type === 'GPE' || r.type === 'LOC')) add('recipient', posting);
            continue;
          }
          this.oblique(v, n, 'obl', passive, frame, (slot, f) => {
            // "... its ambassador from Tehran" (AF): the place left, also under the object.
            if (slot === 'recipient' || (slot === 'against' && frame['object-doer'] !== 'target') || (slot === 'agent' && frame.agent === 'target' && !passive)) add(slot, f);
          });
        }
      }
    }
    if (subj && passive) add('object', subj);
    if (passive && this.child(v, verb, AGENT) < 0) this.agentOnOblique(v, kids, add);
    for (const c of kids) if (rel(this.tokens[c]) === 'obj' && !passive) add('object', this.objectActors(v, c, 'arg.dep.obj'));
    // "per arrestarlo", "accusandoli", "chiedergli": the object pronoun written inside the verb.
    if (!passive) for (const c of enclitics(this.views.doc).get(verb) ?? []) add(c.relation === 'obj' ? 'object' : 'recipient', this.encliticActors(v, c));
    for (const c of particleObjects) add('object', this.objectActors(v, c, 'arg.dep.particle-obj'));
    // "demanded that Moscow punish those responsible": the subject of the clausal complement, when
    // it is to act ("chiesto che gli ostaggi siano liberati" asks it of nobody named)
    for (const c of kids) {
      if (rel(this.tokens[c]) !== 'ccomp' || this.isPassive(v, c)) continue;
      const s = this.child(v, c, SUBJECT);
      if (s >= 0) add('content', this.objectActors(v, s, 'arg.dep.ccomp-nsubj'));
    }
    if (!passive) {
      const second = this.secondSubject(v, verb);
      if (second >= 0) add('object', this.objectActors(v, second, 'arg.dep.second-nsubj'));
      else {
        const shared = this.sharedObject(v, verb, kids);
        if (shared >= 0) add('object', this.objectActors(v, shared, 'arg.dep.conj-shared-obj'));
      }
    }
    this.threatenedSlots(v, verb, add);
    this.objectDoerSlots(v, verb, add);
    this.measuredSlots(v, verb, add);
  }

  /**
   * The state whose people or goods a measure on the verb's object hits (the `measured` slot, a
   * target only for the types of policy measureTarget): a nationality in a phrase of the object
   * ("suspended visa services for Canadian citizens", "all imports of Japanese seafood").
   */
  private measuredSlots(v: SentenceView, verb: number, add: AddSlot): void {
    const object = this.child(v, verb, OBJECT);
    if (object < 0 || this.tokens[object].pos !== 'NOUN') return;
    const queue = [object];
    for (let i = 0; i < queue.length && i < 6; i++) {
      // a state, or a group of its nationals ("for Canadian citizens"), in a phrase of the object
      const m = i > 0 ? this.mentionAt(v, queue[i]) : undefined;
      const f = m && this.heuristic.isActor(m) && (m.type === 'GPE' || (m.kind === 'group' && this.views.entity(m.entity)?.country !== undefined))
        ? { mentions: [m], rule: 'arg.dep.measured-state' } : this.demonymOf(v, queue[i], 'arg.dep.measured-demonym');
      if (f) {
        add('measured', f);
        return;
      }
      for (const c of this.children(v, queue[i])) if (hasBase(this.tokens[c], 'nmod') && this.tokens[c].pos === 'NOUN') queue.push(c);
    }
  }

  /**
   * "è stato ucciso a Banjska, nel nord del Kosovo, da un commando", "interrogato per ore da
   * un'unità antiterrorismo": an agent phrase the parse hung on the noun of the passive verb's
   * oblique is the verb's agent, when it names an actor that is no place (a place after "da" is
   * where from).
   */
  private agentOnOblique(v: SentenceView, kids: readonly number[], add: AddSlot): void {
    const tokens = this.tokens;
    const markers = this.views.pack.markers;
    for (const c of kids) {
      if (!hasBase(tokens[c], 'obl')) continue;
      // "arrested after a complaint by TRIAL International": the occasion's agent is its own
      const cs = this.caseStart(v, c);
      if (cs >= 0 && markers.occasion.matchAt(tokens, cs, v.end) > 0) continue;
      for (const n of this.children(v, c)) {
        if (n < c || !hasBase(tokens[n], 'nmod')) continue;
        const marker = this.caseStart(v, n);
        if (marker < 0 || markers.agent.matchAt(tokens, marker, v.end) === 0) continue;
        const found = this.agentActors(v, n, 'arg.dep.agent-on-oblique');
        if (found && found.mentions.every((m) => !PLACE_TYPES.has(m.type))) add('agent', found);
      }
    }
  }

  /**
   * Who did or proposed the thing the verb's object names (the `object-doer` slot, a target only for
   * the types of policy objectDoerTarget): the agent of a participle on the object ("rejected the plan
   * proposed by Washington", "respinto l'aiuto offerto dalla Francia") or a by- or from-phrase on it
   * or on its "of" complement ("refused offers of talks from the president").
   */
  private objectDoerSlots(v: SentenceView, verb: number, add: AddSlot): void {
    const tokens = this.tokens;
    const markers = this.views.pack.markers;
    const object = this.child(v, verb, OBJECT);
    if (object < 0 || tokens[object].pos !== 'NOUN') return;
    const nouns = [object];
    for (const c of this.children(v, object)) if (this.ofComplement(v, c)) nouns.push(c);
    // "respinto la sua richiesta", "rejected their offer": whose the rejected thing is (one does not
    // reject or condemn one's own), resolved or not
    const own = this.child(v, object, POSSESSOR);
    if (own >= 0 && (tokens[own].pos === 'PRON' || tokens[own].pos === 'DET') && !this.views.pack.markers.reflexive.has(tokens[own]) && !this.subjectsOwn(v, own, verb)) {
      const m = this.mentionAt(v, own);
      add('object-doer', m ? { mentions: [m], rule: 'arg.dep.object-doer-possessive' } : { mentions: [], rule: 'arg.dep.object-doer-possessive-unresolved', unresolved: { start: tokens[own].start, end: tokens[own].end } });
    }
    for (const noun of nouns) {
      for (const c of this.children(v, noun)) {
        if (hasBase(tokens[c], 'acl') && tokens[c].feats.VerbForm === 'Part') {
          const agent = this.child(v, c, AGENT);
          if (agent >= 0) add('object-doer', this.agentActors(v, agent, 'arg.dep.object-doer-agent'));
        } else if (hasBase(tokens[c], 'nmod')) {
          const marker = this.caseStart(v, c);
          if (marker >= 0 && (markers.origin.has(tokens[marker]) || markers.agent.matchAt(tokens, marker, v.end) > 0)) add('object-doer', this.agentActors(v, c, 'arg.dep.object-doer-from'));
        }
      }
    }
  }

  /**
   * Who a warned-of act would hit (the `threatened` slot, a target only for the types of policy
   * threatenedTarget): the subject of its condition ("warned that Moscow would retaliate if Vilnius
   * did not lift them", "unless Brussels restores quotas"), else the object or the against-, to- or
   * on-phrase of the act itself ("threatened to behead him", "would take action against Greece",
   * "vowed to crack down on X") or the subject of its passive ("warned that organisers would be
   * arrested"), also under a causative ("di far arrestare la procuratrice"), or the subject of a verb
   * of suffering ("warned that Iran would pay the consequences").
   */
  private threatenedSlots(v: SentenceView, verb: number, add: AddSlot): void {
    const tokens = this.tokens;
    const markers = this.views.pack.markers;
    const acts = this.children(v, verb).filter((c) => CONTENT_CLAUSE.has(rel(tokens[c])) && tokens[c].pos === 'VERB');
    // "threatened to have her arrested", "di far arrestare": the act under a causative or aspectual verb.
    for (let i = 0; i < acts.length && acts.length < 4; i++) for (const c of this.children(v, acts[i])) if (CONTENT_CLAUSE.has(rel(tokens[c])) && tokens[c].pos === 'VERB') acts.push(c);
    for (const clause of [verb, ...acts]) {
      for (const c of this.children(v, clause)) {
        if (rel(tokens[c]) !== 'advcl' || !this.children(v, c).some((m) => rel(tokens[m]) === 'mark' && markers.conditional.has(tokens[m]))) continue;
        const s = this.subjectChild(v, c);
        if (s >= 0) add('threatened', this.objectActors(v, s, 'arg.dep.threat-condition'));
      }
    }
    // The phrase the act is aimed at first ("to send troops to Ukraine"), then its object.
    for (const act of acts) {
      for (const c of this.children(v, act)) {
        if (!hasBase(tokens[c], 'obl')) continue;
        const marker = this.caseStart(v, c);
        if (marker >= 0 && (markers.against.has(tokens[marker]) || markers.recipient.has(tokens[marker]) || markers.at.has(tokens[marker]))) add('threatened', this.objectActors(v, c, 'arg.dep.threat-oblique'));
      }
    }
    for (const act of acts) {
      for (const c of this.children(v, act)) {
        const d = rel(tokens[c]);
        if (d === 'obj' || d === 'iobj') add('threatened', this.objectActors(v, c, 'arg.dep.threat-object'));
        // "warned that organisers would be arrested": the one the passive act would befall
        else if (d === 'nsubj:pass' || (d === 'nsubj' && this.isPassive(v, act))) add('threatened', this.objectActors(v, c, 'arg.dep.threat-nsubj-pass'));
        // "warned that Iran would pay the consequences": the subject of a verb of suffering (marker class `sufferer`)
        else if (d === 'nsubj' && markers.sufferer.has(tokens[act])) add('threatened', this.objectActors(v, c, 'arg.dep.threat-sufferer'));
      }
    }
  }

  /**
   * "ha picchiato e fermato decine di manifestanti", "arrested and charged two men": a verb with no
   * complement of its own, joined by a bare conjunction to the next verb, shares that verb's object.
   */
  private sharedObject(v: SentenceView, verb: number, kids: readonly number[]): number {
    const tokens = this.tokens;
    if (enclitics(this.views.doc).get(verb)?.length) return -1;
    let next = -1;
    for (const c of kids) {
      const d = rel(tokens[c]);
      if (d === 'obj' || d === 'ccomp' || d === 'xcomp' || d === 'iobj') return -1;
      if (d === 'conj' && c > verb && tokens[c].pos === 'VERB' && next < 0) next = c;
    }
    if (next < 0) return -1;
    for (let k = verb + 1; k < next; k++) {
      const p = tokens[k].pos;
      if (p !== 'CCONJ' && p !== 'AUX' && p !== 'ADV') return -1;
    }
    let obj = -1;
    for (const c of this.children(v, next)) {
      const d = rel(tokens[c]);
      if (d === 'aux:pass' || d === 'nsubj:pass' || d === 'expl:pass') return -1;
      if (d === 'obj' && c > next && obj < 0) obj = c;
    }
    return obj;
  }

  /**
   * "La polizia ha arrestato l'attivista X", "Le forze russe hanno bombardato Kharkiv": a noun after an
   * active verb without an object that the parse made a second subject, beside a caseless one before
   * the verb (or one the verb shares as a conjunct), is the object, unless only it agrees with the verb.
   */
  private secondSubject(v: SentenceView, verb: number): number {
    const tokens = this.tokens;
    let before = -1;
    let after = -1;
    for (const c of this.children(v, verb)) {
      const d = rel(tokens[c]);
      if (d === 'obj' || d === 'nsubj:pass' || d === 'aux:pass' || d === 'expl:pass' || d === 'cop') return -1;
      if (d !== 'nsubj' || this.caseStart(v, c) >= 0) continue;
      if (c < verb) before = c;
      else if (after < 0) after = c;
    }
    if (after < 0) return -1;
    // "la polizia ha fatto irruzione ... e ha arrestato l'ex vicepresidente": a conjunct whose head
    // has its own subject before it shares that subject; the noun after it is its object.
    if (before < 0) {
      const h = tokens[verb].head ?? -1;
      const shares = rel(tokens[verb]) === 'conj' && h >= v.start && h < verb && tokens[h].pos === 'VERB' &&
        this.children(v, h).some((c) => c < h && rel(tokens[c]) === 'nsubj' && this.caseStart(v, c) < 0);
      if (shares) return after;
      // "Nelle ultime settimane Caracas ha schierato quindicimila soldati": a noun after the verb
      // that its finite form does not agree with, and a caseless noun right before it.
      const number = this.finiteNumber(v, verb);
      const disagrees = number !== undefined && tokens[after].feats.Number !== undefined && tokens[after].feats.Number !== number;
      return disagrees && this.caselessBefore(v, verb) >= 0 ? after : -1;
    }
    const number = this.finiteNumber(v, verb);
    if (number && tokens[after].feats.Number === number && tokens[before].feats.Number !== undefined && tokens[before].feats.Number !== number) return -1;
    return after;
  }

  /**
   * The verb's subject: its nsubj (a relative pronoun stands for the noun the clause modifies), else
   * the subject it shares as a conjunct, a controlled complement or a gerund/infinitive adjunct;
   * for a finite verb without one (Italian subject drop) the heuristic's carried subject.
   */
  subjectOf(v: SentenceView, verb: number, depth: number): Found | undefined {
    const tokens = this.tokens;
    const s = this.subjectChild(v, verb);
    if (s >= 0) {
      const st = tokens[s];
      if (this.views.pack.markers.relative.has(st) && rel(tokens[verb]) === 'acl:relcl') {
        const ante = tokens[verb].head ?? -1;
        return ante >= v.start ? this.viaPronoun(this.actorsOf(v, ante, 'arg.dep.relcl-nsubj'), st) : undefined;
      }
      if (st.pos === 'PRON' && !this.mentionAt(v, s)) {
        // "he", "egli": the heuristic carries the last subject of the same number; the pronoun is
        // part of the evidence.
        const carried = this.heuristic.subject(v, verb);
        if (carried?.rule === SUBJECT_CARRY_RULE) return this.viaPronoun(carried, st);
        // "The group said it would free him": a pronoun subject of a reported clause whose reporter
        // is a noun for an actor that names none (no mention to resolve it to) is that noun.
        const reporter = this.unnamedReporter(v, verb, st, depth);
        if (reporter) return reporter;
        // "He has been charged": a person pronoun nobody resolved is the undergoer itself, as an object is
        return rel(st) === 'nsubj:pass' ? this.unresolvedPerson(st.norm, verb, st, 'arg.dep.nsubj-pass') : undefined;
      }
      const found = this.actorsOf(v, s, rel(st) === 'nsubj:pass' ? 'arg.dep.nsubj-pass' : 'arg.dep.nsubj');
      if (found) return found;
      // "le parti", "both sides": the two states or organisations named last.
      const [a, b] = this.span(v, s);
      const sides = this.heuristic.sides(v, a, b);
      if (sides) return sides;
      if (rel(st) === 'nsubj') this.nominalSubject = true;
      // "his party would challenge", "the group had said", "plain-clothes men attacked", "il fondatore
      // è accusato": a noun for an actor that names none is the actor itself (its words, no entity),
      // as a person pronoun is.
      return this.actorNoun(s, `${rel(st) === 'nsubj:pass' ? 'arg.dep.nsubj-pass' : 'arg.dep.nsubj'}-actor-noun`);
    }
    if (depth > 3) return undefined;
    const h = tokens[verb].head ?? -1;
    const d0 = rel(tokens[verb]);
    if (h >= v.start && h < v.end) {
      if (d0 === 'conj' && (tokens[h].pos === 'VERB' || tokens[h].pos === 'AUX' || tokens[h].pos === 'ADJ')) {
        // "... as EU leaders met": a clause the parse joined as a conjunct after reading its
        // conjunction as a preposition has its own subject.
        const afterConj = this.subjectAfterConjunction(v, verb);
        if (afterConj >= 0) return this.actorsOf(v, afterConj, 'arg.dep.conjunction-nsubj');
        const antecedent = this.antecedentOfRelativeBefore(v, verb);
        if (antecedent >= 0) return this.actorsOf(v, antecedent, 'arg.dep.relative-antecedent-nsubj');
        const raised = this.raisedConjunctHead(v, verb, h);
        if (raised >= 0) {
          const r = this.subjectOf(v, raised, depth + 1);
          return r ? { ...r, rule: 'arg.dep.conj-raised-nsubj' } : undefined;
        }
        // "sostiene che X abbia ottenuto ... e accusa": an indicative does not share a subjunctive's
        // subject (a reporting conditional does: "hanno disperso la folla e avrebbero fermato").
        const m1 = this.mood(v, verb);
        const m2 = this.mood(v, h);
        if (m1 && m2 && m1 !== m2 && !(REPORTING_MOODS.has(m1) && REPORTING_MOODS.has(m2))) return undefined;
        // "... ma le Forze di supporto rapido non hanno consentito": a noun phrase of its own before the
        // verb, which the parse hung elsewhere, is its subject.
        const own = this.ownSubjectMissed(v, verb);
        if (own >= 0) return this.actorsOf(v, own, 'arg.dep.conj-own-nsubj');
        // "Protesters set fire to the building and clashed with police": the first verb hung on its subject.
        const before = this.finiteAfterNoun(v, h);
        if (before >= 0) return this.actorsOf(v, before, 'arg.dep.conj-finite-after-noun');
        // The conjunct of a clause reported by a verb before it ("said ... and ...").
        const reporter = this.tokens[h].head ?? -1;
        const reported = rel(this.tokens[h]) === 'ccomp' && reporter >= v.start && reporter < h;
        // "the ministry said nine people were killed and summoned the envoy": a finite conjunct with
        // no auxiliary of its own after a passive reported clause goes with the reporting verb ("said
        // the government was appalled and would summon" keeps the inner subject)
        if (reported && this.child(v, h, AUX_PASS) >= 0 && !this.isPassive(v, verb) &&
          this.tokens[verb].feats.VerbForm === 'Fin' && this.child(v, verb, AUXILIARY) < 0) {
          const above = this.subjectOf(v, reporter, depth + 1);
          if (above) return { ...above, rule: 'arg.dep.conj-of-passive-reported' };
        }
        // "Ursula von der Leyen condemned X, and Vladimir Putin condemned Y and praised Fico" with both
        // later verbs hung on the first: the nearest conjunct before it with a subject of its own
        const sibling = this.nearestSubjectConjunct(v, h, verb);
        if (sibling >= 0) {
          const f = this.subjectOf(v, sibling, depth + 1);
          if (f) return { ...f, rule: 'arg.dep.conj-sibling-nsubj' };
        }
        const r = this.subjectOf(v, h, depth + 1);
        if (r) return { ...r, rule: 'arg.dep.conj-nsubj' };
        // "prosecutors said the request had arrived too late and accused Berlin": a reported clause
        // whose subject names no actor leaves the conjunct to the reporting verb's subject
        const lowerSubject = this.child(v, h, SUBJECT);
        if (reported && lowerSubject >= 0 && this.thingNoun(v, lowerSubject)) {
          const above = this.subjectOf(v, reporter, depth + 1);
          if (above) return { ...above, rule: 'arg.dep.conj-raised-nsubj' };
        }
        return undefined;
      }
      if (d0 === 'xcomp') {
        // A participle with its own agent is a noun's reduced passive the parse hung on the verb
        // ("accepted a pause requested by the UN envoy"): no one above controls it.
        if (this.child(v, verb, AGENT) >= 0) return undefined;
        // Object control ("urged NATO to station", "ha esortato il governo a"), else subject control.
        const o = this.controller(v, h);
        if (o >= 0) {
          const f = this.actorsOf(v, o, 'arg.dep.xcomp-obj');
          if (f) return f;
        }
        const r = this.subjectOf(v, h, depth + 1);
        return r ? { ...r, rule: 'arg.dep.xcomp-nsubj' } : undefined;
      }
      const vf = this.verbForm(v, verb);
      // "accused the party of backing the militia" with the gerund hung on the object noun: the noun did it
      if (d0 === 'acl' && this.reasonClause(v, verb) && tokens[h].pos !== 'VERB') {
        const f = this.objectActors(v, h, 'arg.dep.reason-acl-nsubj');
        if (f) return f;
      }
      // "the Senate passed a resolution condemning the coup": an active participle on a thing the verb
      // above made (its object) is the act of that verb's subject.
      if (d0 === 'acl' && (vf === 'Ger' || (vf === 'Part' && tokens[verb].feats.Tense === 'Pres')) && this.thingNoun(v, h) && rel(tokens[h]) === 'obj') {
        const maker = tokens[h].head ?? -1;
        const r = maker >= v.start && maker < v.end ? this.subjectOf(v, maker, depth + 1) : undefined;
        if (r) return { ...r, rule: 'arg.dep.acl-of-object-nsubj' };
      }
      // (an English -ing adjunct the tagger read as a present participle is a gerund: "..., accusing it of")
      const ing = vf === 'Ger' || (d0 === 'advcl' && vf === 'Part' && tokens[verb].feats.Tense === 'Pres' && this.auxiliaryBefore(v, verb, TENSE_AUXILIARY) < 0);
      if ((d0 === 'advcl' || d0 === 'ccomp') && (ing || vf === 'Inf')) {
        // "accusato Kiev di aver colpito": an infinitive complement after an object is the object's act;
        // an adverbial clause ("dopo aver impedito", "uccidendo") is the main subject's.
        if (d0 === 'advcl' || vf === 'Inf') {
          const o = (vf === 'Inf' && d0 === 'ccomp') || this.reasonClause(v, verb) ? this.child(v, h, OBJECT) : -1;
          if (o >= 0 && o < verb) {
            const f = this.objectActors(v, o, 'arg.dep.control-obj');
            if (f) return f;
          }
          const r = this.subjectOf(v, h, depth + 1);
          return r ? { ...r, rule: `arg.dep.${d0}-nsubj` } : undefined;
        }
      }
    }
    const finite = this.verbForm(v, verb) === 'Fin';
    if (finite && this.secondSubject(v, verb) >= 0) {
      const pre = this.caselessBefore(v, verb);
      if (pre >= 0) {
        const f = this.actorsOf(v, pre, 'arg.dep.caseless-nsubj');
        if (f) return f;
      }
    }
    if (finite && d0 !== 'acl' && d0 !== 'acl:relcl') {
      // "two days after Iranian missiles and drones hit ...": the parse read the conjunction as a
      // preposition and the subject as its object.
      const afterConj = this.subjectAfterConjunction(v, verb);
      if (afterConj >= 0) {
        const f = this.actorsOf(v, afterConj, 'arg.dep.conjunction-nsubj');
        if (f) return f;
      }
      const antecedent = this.antecedentOfRelativeBefore(v, verb);
      if (antecedent >= 0) {
        const f = this.actorsOf(v, antecedent, 'arg.dep.relative-antecedent-nsubj');
        if (f) return f;
      }
      // A language without subject drop has no finite clause without a subject: the parse hung it
      // elsewhere ("On Thursday a ministry spokesman, X, called": on the date).
      if (this.views.pack.settings.get('subject-drop') === 'no') {
        const missed = this.subjectMissedBefore(v, verb);
        if (missed >= 0) {
          const f = this.actorsOf(v, missed, 'arg.dep.missed-nsubj');
          if (f) return f;
        }
      }
      const carried = this.heuristic.subject(v, verb);
      if (carried?.rule === SUBJECT_CARRY_RULE) return carried;
    }
    return undefined;
  }

  /**
   * The nearest caseless actor before the verb's group in its own stretch of the sentence (no verb,
   * conjunction or clause boundary in between: "... and vowed" shares a subject), reached over commas
   * and appositions, or -1.
   */
  private subjectMissedBefore(v: SentenceView, verb: number): number {
    const tokens = this.tokens;
    const boundaries = this.views.pack.boundaries;
    for (let k = this.groupStart(v, verb, GROUP_WITH_CLITICS) - 1; k >= v.start; k--) {
      const t = tokens[k];
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.norm !== ',') || (boundaries.has(t.norm) && t.norm !== ',')) return -1;
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
      if (v.inTimex[k - v.start]) continue;
      // "On Monday Japan's foreign minister summoned": the parse gave the date's preposition to the subject
      const marker = this.caseStart(v, k);
      if (marker >= 0 && !(marker + 1 < k && v.inTimex[marker + 1 - v.start])) continue;
      if (this.mentionAt(v, k)) return k;
    }
    return -1;
  }

  /** A common noun for a thing: no mention, no count of people ("hundreds of protesters"), no person noun. */
  private thingNoun(v: SentenceView, tok: number): boolean {
    const t = this.tokens[tok];
    const lang = this.views.doc.language.code;
    return t.pos === 'NOUN' && !v.inTimex[tok - v.start] && !this.mentionAt(v, tok) && !isQuantityNoun(lang, t.lemma.toLowerCase()) && !isPersonNoun(lang, t.lemma.toLowerCase()) &&
      !this.views.pack.markers['actor-noun'].has(t);
  }

  /** The word right before the phrase of token c is a preposition. */
  private prepositionBefore(v: SentenceView, c: number): boolean {
    const k = this.span(v, c)[0] - 1;
    return k >= v.start && this.tokens[k].pos === 'ADP';
  }

  /** The verb's subject; of two (an apposition parsed as a second subject: "Il capo dell'esercito, il generale X") the named one. */
  private subjectChild(v: SentenceView, verb: number): number {
    let subs = this.children(v, verb).filter((c) => SUBJECT.has(rel(this.tokens[c])));
    if (subs.length === 1) return subs[0] === this.secondSubject(v, verb) ? -1 : subs[0];
    if (subs.length < 2) return -1;
    // "Gbagbo, whom Ouattara pardoned": a subject before the clause's relative pronoun is its antecedent.
    const relative = this.children(v, verb).find((c) => c < verb && this.views.pack.markers.relative.has(this.tokens[c]) && this.tokens[c].pos === 'PRON');
    if (relative !== undefined && subs.some((c) => c > relative)) subs = subs.filter((c) => c > relative);
    if (subs.length === 1) return subs[0];
    // Of two, one with a case marker ("secondo il procuratore X sono state arrestate 749 persone") is
    // an attribution or adjunct the parse took for a subject. (A lone one is kept: "On election night
    // police raided" hangs the time phrase's marker on the real subject.)
    // ("a court in La Paz sentenced" parsed with "in" as the verb's marker: a preposition right before counts too)
    const caseless = subs.filter((c) => this.caseStart(v, c) < 0 && !this.prepositionBefore(v, c));
    if (caseless.length === 1) return caseless[0];
    if (caseless.length > 1) subs = caseless;
    const second = this.secondSubject(v, verb);
    if (second >= 0) subs = subs.filter((c) => c !== second);
    if (subs.length === 1) return subs[0];
    const actors = subs.map((c) => this.headActor(v, c, 0));
    // A person named by the subject word itself beats one reached through it ("Navalny's widow, Yulia Navalnaya").
    const own = subs.findIndex((c, i) => isNamed(actors[i]) && actors[i]!.type === 'PER' && this.mentionAt(v, c) === actors[i]);
    if (own >= 0) return subs[own];
    const person = actors.findIndex((a) => isNamed(a) && a!.type === 'PER');
    const named = actors.findIndex(isNamed);
    return subs[person >= 0 ? person : named >= 0 ? named : 0];
  }

  /** Token range [first, last + 1) of the subtree of `tok` (clauses excluded). */
  private span(v: SentenceView, tok: number): [number, number] {
    let a = tok;
    let b = tok + 1;
    const stack = [tok];
    while (stack.length) {
      const k = stack.pop()!;
      for (const c of this.children(v, k)) {
        if (CLAUSAL.has(rel(this.tokens[c]))) continue;
        a = Math.min(a, c);
        b = Math.max(b, c + 1);
        stack.push(c);
      }
    }
    return [a, b];
  }

  /**
   * "but Boluarte, who took office in 2022, has refused": a clause right before the verb that the
   * parse gave two subjects, a noun and the relative pronoun after it, took the verb's subject: the
   * noun is the relative's antecedent and the verb's subject. The noun's token, or -1.
   */
  private antecedentOfRelativeBefore(v: SentenceView, verb: number): number {
    const tokens = this.tokens;
    const relative = this.views.pack.markers.relative;
    const g = this.groupStart(v, verb, GROUP_WITH_CLITICS);
    for (let c = v.start; c < g; c++) {
      let noun = -1;
      let found = -1;
      for (const k of this.children(v, c)) {
        if (k > c || baseRelation(tokens[k]) !== 'nsubj') continue;
        if (relative.has(tokens[k])) found = noun;
        else if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') noun = k;
      }
      if (found < 0) continue;
      // the clause ends right before the verb's group (a comma between)
      let end = c + 1;
      const stack = [c];
      while (stack.length) for (const k of this.children(v, stack.pop()!)) if (k < g) {
        end = Math.max(end, k + 1);
        stack.push(k);
      }
      while (end < g && tokens[end].pos === 'PUNCT') end++;
      if (end === g) return found;
    }
    return -1;
  }

  /**
   * A conjunct verb right after a noun phrase the parse did not make its subject ("... ma le Forze di
   * supporto rapido non hanno consentito"): its subject is not the first conjunct's. The head token
   * of that phrase, or -1.
   */
  private ownSubjectMissed(v: SentenceView, verb: number): number {
    const tokens = this.tokens;
    const g = this.groupStart(v, verb, GROUP_WITH_CLITICS);
    let left = g;
    // commas too: "a senior minister, Gergely Gulyás, threatened"
    // and a coordinating conjunction between two names ("Turkey and Qatar urged")
    const joins = (k: number) => tokens[k].pos === 'CCONJ' && k - 1 >= v.start && k + 1 < v.end && (tokens[k - 1].pos === 'PROPN' || tokens[k - 1].pos === 'NOUN') && (tokens[k + 1].pos === 'PROPN' || tokens[k + 1].pos === 'NOUN');
    while (left - 1 >= v.start && (['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET', 'NUM'].includes(tokens[left - 1].pos) || tokens[left - 1].text === ',' || joins(left - 1)) && !v.inTimex[left - 1 - v.start]) left--;
    for (let k = left; k < g; k++) {
      const h = tokens[k].head ?? -1;
      if (h >= left && h < g) continue;
      const t = tokens[k];
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
      const r = baseRelation(t);
      // (a noun's modifier with no preposition of its own in the stretch is the parser's misreading:
      // "e domenica Elon Musk ha definito", "on the night of May 3 Taliban fighters attacked")
      if (!['obl', 'nmod', 'obj', 'iobj', 'advmod'].includes(r) || (r === 'nmod' && !this.caseWithin(v, k, left) && this.headedBy(v, k, verb))) return k;
    }
    return -1;
  }

  /**
   * A noun right before the verb's group, without a case marker, that the parse hung on something
   * else and that may agree with the verb ("Nelle ultime settimane Caracas ha schierato"), or -1.
   */
  private caselessBefore(v: SentenceView, verb: number): number {
    const tokens = this.tokens;
    const k = this.groupStart(v, verb, GROUP_WITH_CLITICS) - 1;
    if (k < v.start || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') || v.inTimex[k - v.start]) return -1;
    if (this.caseStart(v, k) >= 0 || (tokens[k].head ?? -1) === verb) return -1;
    const number = this.finiteNumber(v, verb);
    const own = tokens[k].feats.Number;
    return number && own && own !== number ? -1 : k;
  }

  /**
   * The noun phrase right before a finite verb's group that opens with a temporal or other
   * clause-opening conjunction the parse took for its case marker ("after Iranian missiles and
   * drones hit", "nonostante Saied abbia respinto"), or -1.
   */
  private subjectAfterConjunction(v: SentenceView, verb: number): number {
    const tokens = this.tokens;
    const g = this.groupStart(v, verb, GROUP);
    let k = g - 1;
    if (k < v.start || (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN')) return -1;
    while (k - 1 >= v.start && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ'].includes(tokens[k - 1].pos)) k--;
    const marker = k - 1;
    if (marker < v.start) return -1;
    const misreadOpener = this.views.pack.boundaries.get(tokens[marker].norm) === 'start' && tokens[marker].pos !== 'PUNCT' && rel(tokens[marker]) === 'case';
    if (!misreadOpener && this.views.pack.markers.background.matchAt(tokens, marker, v.end) !== 1) return -1;
    return spanHead(tokens, k, g);
  }

  /**
   * First token of the verb's group: its earliest dependent before it with one of `rels` (an object
   * or indirect object only when it is a clitic pronoun).
   */
  private groupStart(v: SentenceView, verb: number, rels: ReadonlySet<string>): number {
    let g = verb;
    for (const c of this.children(v, verb)) {
      const t = this.tokens[c];
      const d = rel(t);
      if (c < g && rels.has(d) && ((d !== 'obj' && d !== 'iobj') || t.pos === 'PRON')) g = c;
    }
    return g;
  }

  /** The verb's first auxiliary before it with one of `rels` (a finite one when `finite`), or -1. */
  private auxiliaryBefore(v: SentenceView, verb: number, rels: ReadonlySet<string>, finite = false): number {
    return this.children(v, verb).find((c) => c < verb && rels.has(rel(this.tokens[c])) && (!finite || this.tokens[c].feats.VerbForm === 'Fin')) ?? -1;
  }

  /**
   * The verb a finite conjunct really coordinates with when the parse hung it one clause too low:
   * the nearest finite verb above a non-finite head ("has accused France of trying to divide
   * Malians and has deepened ties with Russia"), or the verb a complement clause depends on when
   * the conjunct's finite form is that verb's and not the clause's ("ha assicurato che la Cina non
   * costruirà basi e ha definito"). -1 when the parse's head stands.
   */
  private raisedConjunctHead(v: SentenceView, verb: number, head: number): number {
    const own = this.finiteForm(v, verb);
    if (own < 0) return -1;
    let h = head;
    // A verb modifying a noun (acl, not a relative clause) is a participle, whatever its tag says.
    for (let depth = 0; depth < 4 && (this.finiteForm(v, h) < 0 || rel(this.tokens[h]) === 'acl'); depth++) {
      let up = this.tokens[h].head ?? -1;
      // "staged strikes against tax increases demanded by the lender, and promised": a participle
      // modifying a noun hands on to the verb that noun (or the noun it modifies) depends on.
      if (rel(this.tokens[h]) === 'acl') {
        for (let n = 0; n < 3 && up >= v.start && up < v.end && !this.views.isVerbLike(up) && NOMINAL.has(this.tokens[up].pos); n++) up = this.tokens[up].head ?? -1;
      }
      if (up < v.start || up >= v.end || !this.views.isVerbLike(up)) return -1;
      h = up;
    }
    if (h !== head) return this.finiteForm(v, h) >= 0 && h < verb ? h : -1;
    const d = rel(this.tokens[head]);
    const up = this.tokens[head].head ?? -1;
    if (d !== 'ccomp' || up < v.start || up >= head || !this.views.isVerbLike(up)) return -1;
    const upper = this.finiteForm(v, up);
    const lower = this.finiteForm(v, head);
    return upper >= 0 && sameFiniteForm(this.tokens[own], this.tokens[upper]) && !sameFiniteForm(this.tokens[own], this.tokens[lower]) ? up : -1;
  }

  /** The finite word of the verb's group: its finite auxiliary, else the verb when finite; -1 if none. */
  private finiteForm(v: SentenceView, verb: number): number {
    const aux = this.auxiliaryBefore(v, verb, AUXILIARY, true);
    return aux >= 0 ? aux : this.tokens[verb].feats.VerbForm === 'Fin' ? verb : -1;
  }

  /** VerbForm of the verb group: its first auxiliary's ("aver ucciso" is an infinitive), else the verb's. */
  private verbForm(v: SentenceView, verb: number): string | undefined {
    const aux = this.auxiliaryBefore(v, verb, TENSE_AUXILIARY);
    return this.tokens[aux >= 0 ? aux : verb].feats.VerbForm;
  }

  /** The Number of the verb's finite form: its finite auxiliary's, else its own. */
  private finiteNumber(v: SentenceView, verb: number): string | undefined {
    const finite = this.finiteForm(v, verb);
    return finite >= 0 ? this.tokens[finite].feats.Number : undefined;
  }

  private mood(v: SentenceView, verb: number): string | undefined {
    const aux = this.auxiliaryBefore(v, verb, TENSE_AUXILIARY);
    return (aux >= 0 ? this.tokens[aux].feats.Mood : undefined) ?? this.tokens[verb].feats.Mood;
  }

  /** The object that controls a complement: obj, iobj, or an oblique "a X" / "to X" ("ha chiesto alla Russia di"). */
  private controller(v: SentenceView, verb: number): number {
    const m = this.views.pack.markers;
    const kids = this.children(v, verb);
    for (const c of kids) {
      const d = rel(this.tokens[c]);
      if (d === 'obj' || d === 'iobj') return c;
    }
    // (a date is no one asked: "A dicembre il Ghana aveva accusato Ouagadougou di ...")
    for (const c of kids) {
      if (!hasBase(this.tokens[c], 'obl') || v.inTimex[c - v.start]) continue;
      const cs = this.caseStart(v, c);
      if (cs >= 0 && m.recipient.matchAt(this.tokens, cs, v.end)) return c;
    }
    return -1;
  }

  /** An enclitic object: the pronoun mention the entity stage resolved, else the pronoun itself when it stands for a person. */
  private encliticActors(v: SentenceView, c: Enclitic): Found | undefined {
    const m = this.views.apartAtToken(v, c.host);
    if (m && m.start === c.start && m.entity) return { mentions: [m], rule: `arg.dep.enclitic-${c.relation}` };
    const found = this.unresolvedPerson(c.form.toLowerCase(), c.verb, c, `arg.dep.enclitic-${c.relation}`, c.relation);
    if (found) this.unresolved = true;
    return found;
  }

  /** A pronoun with no antecedent, object of `verb`, as its own argument when it stands for a person (personPronoun). */
  private unresolvedPerson(norm: string, verb: number, span: Span, rule: string, relation = ''): Found | undefined {
    return verb >= 0 && personPronoun(this.views.doc.language.code, norm, this.tokens[verb], relation)
      ? { mentions: [], rule: `${rule}-unresolved-pronoun`, unresolved: { start: span.start, end: span.end } }
      : undefined;
  }

  /** A common noun for a person or for a body of people (argument-markers class `actor-noun`) as an actor of its own words, no entity. */
  private actorNoun(tok: number, rule: string, persons = true): Found | undefined {
    const t = this.tokens[tok];
    const lang = this.views.doc.language.code;
    if (t.pos !== 'NOUN') return undefined;
    // "thousands marched": a count of nobody named is a crowd ("thousands of homes" counts things)
    const crowd = persons && t.feats.Number === 'Plur' && isQuantityNoun(lang, t.lemma.toLowerCase()) && !this.hasComplement(tok);
    if (!crowd && !((persons && isPersonNoun(lang, t.lemma.toLowerCase())) || this.views.pack.markers['actor-noun'].has(t))) return undefined;
    return { mentions: [], rule, unresolved: { start: t.start, end: t.end } };
  }

  /** An object: a pronoun counts only as the pronoun mention the entity stage resolved. */
  private objectActors(v: SentenceView, tok: number, rule: string): Found | undefined {
    const t = this.tokens[tok];
    if (t.pos === 'PRON') {
      const m = this.mentionAt(v, tok);
      if (m && m.entity) return { mentions: [m], rule: `${rule}-pronoun` };
      // A pronoun the entities stage did not resolve ("lo ha arrestato" with no earlier actor,
      // "freed the father of X ... after abducting him") gets no target guessed elsewhere; one that
      // stands for a person is the target itself, with no actor behind it.
      const h = t.head ?? -1;
      const markers = this.views.pack.markers;
      if (markers.relative.has(t) && h >= v.start && rel(this.tokens[h]) === 'acl:relcl') {
        // "the man whom police arrested": the noun the clause modifies. "una decisione che l'ordine
        // ha impugnato": a noun that is no actor, so no target (none to guess elsewhere either).
        const ante = this.tokens[h].head ?? -1;
        let found = ante >= v.start ? this.viaPronoun(this.actorsOf(v, ante, 'arg.dep.relcl-obj'), t) : undefined;
        // "Bonilla, a former police chief whom the police arrested": a noun in apposition that names
        // no actor stands for the name it describes
        const named = ante >= v.start && rel(this.tokens[ante]) === 'appos' ? this.tokens[ante].head ?? -1 : -1;
        if (!found && named >= v.start) found = this.viaPronoun(this.actorsOf(v, named, 'arg.dep.relcl-obj-appos'), t);
        if (!found) this.unresolved = true;
        return found;
      }
      // A relative clause the parse did not hang on its noun ("Gbagbo, whom Ouattara pardoned" as a
      // parataxis): the noun right before the pronoun.
      if (markers.relative.has(t) && t.pos === 'PRON') {
        let k = tok - 1;
        while (k >= v.start && this.tokens[k].pos === 'PUNCT' && this.tokens[k].norm === ',') k--;
        const found = k >= v.start && k < tok - 1 ? this.viaPronoun(this.actorsOf(v, k, 'arg.dep.relative-before'), t) : undefined;
        if (found) return found;
      }
      if (markers.reflexive.has(t) || markers.relative.has(t)) return undefined;
      this.unresolved = true;
      return this.unresolvedPerson(t.norm, h, t, rule, rel(t));
    }
    // "recalled its envoy", "ha ritirato le sue truppe": the subject's own people are not a target
    // (the entities stage leaves such a possessive unresolved; "stormed its embassy" it resolves).
    // A verb done to people makes them the target all the same ("detained their crews").
    // A role with a country of its own after the possessive is someone else's ("his Saudi counterpart").
    const men = this.mentionAt(v, tok);
    if (this.child(v, tok, POSSESSOR) >= 0 && !men?.kind.startsWith('name') && !(men?.kind === 'role' && COUNTRY_MODIFIER.test(men.rule))) {
      const own = this.child(v, tok, POSSESSOR);
      if ((this.tokens[own].pos === 'PRON' || this.tokens[own].pos === 'DET') && !this.mentionAt(v, own) && !this.notSubjectsOwn(v, own, t.head ?? -1) && !this.personObjectVerb(t.head ?? -1)) return undefined;
    }
    // "freed the father of Luis Díaz": a person noun that is no mention itself is the person done
    // to, not the actor its "of" phrase names (a name in apposition still names the person).
    const kids = this.children(v, tok);
    if (!men && kids.some((c) => this.ofComplement(v, c)) && !kids.some((c) => rel(this.tokens[c]) === 'appos')) {
      const person = this.personNoun(v, tok, rule);
      if (person) return person;
    }
    // "banned the party", "sciolto il gruppo": a body of people the text does not name (a person
    // noun only as the object of a verb done to people: personNoun).
    return this.actorsOf(v, tok, rule) ?? this.demonymOf(v, tok, `${rule}-demonym`) ?? this.personNoun(v, tok, rule) ?? this.sidesOf(v, tok, rule) ??
      this.actorNoun(tok, `${rule}-actor-noun`, false) ?? this.ownerNoun(v, tok, `${rule}-owner-actor-noun`) ?? this.possessiveOwner(v, tok, `${rule}-possessive`);
  }

  /**
   * "ha chiesto alle parti di fermare i combattimenti", "urged both sides": the sides of the story
   * as such, the noun itself (which two the text means is often unsure; the annotators mark the noun).
   */
  private sidesOf(v: SentenceView, tok: number, rule: string): Found | undefined {
    const [a, b] = this.span(v, tok);
    const t = this.tokens[tok];
    if (t.pos !== 'NOUN' || !this.heuristic.isSidesPhrase(v, a, b)) return undefined;
    return { mentions: [], rule: `${rule}-sides`, unresolved: { start: t.start, end: t.end } };
  }

  /**
   * "Officers searched his home": a person's possessive that the entities stage left unresolved and
   * that is not the subject's own (notSubjectsOwn) is whose the object is, itself the target.
   */
  private possessiveOwner(v: SentenceView, tok: number, rule: string): Found | undefined {
    const own = this.child(v, tok, POSSESSOR);
    if (own < 0 || this.mentionAt(v, own) || !this.notSubjectsOwn(v, own, this.tokens[tok].head ?? -1)) return undefined;
    const t = this.tokens[own];
    if (!possessiveTypes(this.views.doc.language.code, t.norm)?.has('PER')) return undefined;
    this.unresolved = true;
    return { mentions: [], rule: `${rule}-unresolved`, unresolved: { start: t.start, end: t.end } };
  }

  /**
   * "Parliament ousted his government": a possessive that cannot stand for the verb's subject (a
   * person's "his" after a body or a state) makes the object someone else's, so no subject's own.
   */
  private notSubjectsOwn(v: SentenceView, possessive: number, verb: number): boolean {
    const types = possessiveTypes(this.views.doc.language.code, this.tokens[possessive].norm);
    let subject = verb >= 0 ? this.child(v, verb, SUBJECT) : -1;
    // "officers who searched his home": a relative pronoun subject stands for the noun the clause is on
    if (subject >= 0 && this.views.pack.markers.relative.has(this.tokens[subject]) && rel(this.tokens[verb]) === 'acl:relcl') subject = this.tokens[verb].head ?? -1;
    const m = subject >= 0 ? this.mentionAt(v, subject) : undefined;
    return types !== undefined && m !== undefined && !types.has(m.type);
  }

  /**
   * The possessive may be the verb's subject's own ("challenge his conviction", "raised its
   * concerns"): resolved to the subject's entity, or unresolved with a form the subject's type can
   * own. A language that lists no possessives (Italian "suo" agrees with the thing) cannot tell: no.
   */
  private subjectsOwn(v: SentenceView, possessive: number, verb: number): boolean {
    const m = this.mentionAt(v, possessive);
    const subject = this.child(v, verb, SUBJECT);
    const s = subject >= 0 ? this.mentionAt(v, subject) : undefined;
    if (m) return s !== undefined && m.entity !== undefined && m.entity === s.entity;
    return possessiveTypes(this.views.doc.language.code, this.tokens[possessive].norm) !== undefined && !this.notSubjectsOwn(v, possessive, verb);
  }

  /** A verb whose object is a person (person-object-verbs.tsv: "detained", "arrestato"). */
  private personObjectVerb(verb: number): boolean {
    return verb >= 0 && isPersonObjectVerb(this.views.doc.language.code, this.tokens[verb].lemma.toLowerCase());
  }

  /** "perquisito gli uffici del gruppo", "raided the offices of two groups": the body of people whose thing the object is. */
  private ownerNoun(v: SentenceView, tok: number, rule: string): Found | undefined {
    if (this.tokens[tok].pos !== 'NOUN') return undefined;
    for (const c of this.children(v, tok)) if (this.ofComplement(v, c)) return this.actorNoun(c, rule, false);
    return undefined;
  }

  /**
   * "Iran executed a man", "hanno ucciso una donna": a noun for a person that names no actor, object
   * of a verb whose object is a person, is the target itself.
   */
  private personNoun(v: SentenceView, tok: number, rule: string): Found | undefined {
    const t = this.tokens[tok];
    const lang = this.views.doc.language.code;
    const verb = t.head ?? -1;
    if (t.pos !== 'NOUN' || !isPersonNoun(lang, t.lemma.toLowerCase()) || !this.personObjectVerb(verb)) return undefined;
    let start = tok;
    // (a determiner opens the phrase: "shot dead a man" is "a man")
    while (start > v.start && this.tokens[start - 1].head === tok && PERSON_NOUN_MODIFIERS.has(rel(this.tokens[start - 1])) && rel(this.tokens[start]) !== 'det') start--;
    return { mentions: [], rule: `${rule}-person-noun`, unresolved: { start: this.tokens[start].start, end: t.end } };
  }

  /**
   * "shot down a balloon": an oblique whose case marker is the adverbial particle of a phrasal
   * trigger is its object (not a preposition of the pack: "called for sanctions" names the content).
   */
  private particleObject(v: SentenceView, tok: number, trigger: TriggerRef): boolean {
    const marker = this.caseStart(v, tok);
    return marker > trigger.tokenStart && marker < trigger.tokenEnd && !this.views.pack.markers.preposition.has(this.tokens[marker]);
  }

  /**
   * "attacked Pakistani border posts", "ha abbattuto un pallone cinese": an object that names no
   * actor but carries a nationality adjective stands for that country.
   */
  private demonymOf(v: SentenceView, tok: number, rule: string): Found | undefined {
    if (this.tokens[tok].pos !== 'NOUN') return undefined;
    for (const c of this.children(v, tok)) {
      // (the English parser often reads "Greek tankers" as a compound)
      const r = rel(this.tokens[c]);
      if (r !== 'amod' && r !== 'compound') continue;
      const men = this.views.apartAtToken(v, c);
      if (men && men.kind === 'demonym' && this.heuristic.isActor(men)) return { mentions: [men], rule, via: this.tokenSpan(tok) };
    }
    return undefined;
  }

  /** "rimosso dal suo posto di capo del Consiglio", "removed from his post": an office is left, it is no agent. */
  private isOffice(tok: number): boolean {
    return this.views.pack.markers.office.has(this.tokens[tok]);
  }

  /** The actors of an agent phrase (obl:agent), none when it names an office. */
  private agentActors(v: SentenceView, tok: number, rule: string): Found | undefined {
    return this.isOffice(tok) ? undefined : this.actorsOf(v, tok, rule);
  }

  /** An nmod whose case marker is a locative preposition ("in Caracas", "a Mosca"). */
  private locativeNmod(v: SentenceView, tok: number): boolean {
    const marker = this.caseStart(v, tok);
    return marker >= 0 && this.views.pack.markers.locative.matchAt(this.tokens, marker, v.end) > 0;
  }

  /**
   * "calling remarks by the minister an insult": an agent phrase after the object of an active verb
   * belongs to the object, whose doer is the one the act is about, in a language whose agent marker
   * means nothing else there (events-settings.tsv: Italian "da" is also "from": "espulso i
   * diplomatici dal Paese").
   */
  private objectAgent(v: SentenceView, verb: number, tok: number): boolean {
    if (this.views.pack.settings.get('agent-phrase-after-object') !== 'object-doer') return false;
    const o = this.child(v, verb, OBJECT);
    if (o < 0 || o > tok || this.mentionAt(v, o)) return false;
    const marker = this.caseStart(v, tok);
    return marker >= 0 && !this.views.pack.markers.from.matchAt(this.tokens, marker, v.end);
  }

  /** An obl / nmod dependent sorted by its case marker ("contro", "against", "a", "by", "con"). */
  private oblique(v: SentenceView, tok: number, kind: 'obl' | 'nmod', passive: boolean, frame: Frame, add: AddSlot, classes = kind === 'nmod' ? NMOD_CLASSES : OBL_CLASSES): void {
    const marker = this.caseStart(v, tok);
    if (marker < 0) return;
    const m = this.views.pack.markers;
    const tokens = this.tokens;
    for (const cls of classes) {
      // Italian "su" is both "at" ("sparato sui manifestanti") and a noun's recipient ("dazi sulle merci"): "at" only where the frame gives it a role.
      if (!m[cls].matchAt(tokens, marker, v.end) || (cls === 'at' && frame.at === 'none')) continue;
      const slug = cls.replace('noun-', '');
      const rule = `arg.dep.${kind}-${slug === 'recipient' ? 'to' : slug}`;
      // "tariffs on American goods", "dazi sulle merci canadesi": what an act is aimed at may be a nationality's goods or people.
      const found = this.actorsOf(v, tok, rule) ?? (slug === 'against' || cls === 'noun-recipient' ? this.demonymOf(v, tok, `${rule}-demonym`) : undefined) ??
        // "fought against the group", "ha rotto con il partito": a noun for a body of people names it
        (slug === 'against' || cls === 'with' ? this.actorNoun(tok, `${rule}-actor-noun`, false) : undefined) ??
        // "ha chiesto alle parti di ...": the two sides named last
        (slug === 'recipient' || slug === 'against' || cls === 'with' ? this.sidesOf(v, tok, rule) : undefined);
      if (!found) return;
      if (cls === 'agent' || cls === 'noun-agent') {
        // Active "da": for some frames the "da" phrase is what is left ("uscire dall'organizzazione").
        if (kind === 'obl' && !passive && frame.agent !== 'target') {
          const verb = tokens[tok].head ?? -1;
          if (verb >= v.start && this.objectAgent(v, verb, tok) && !this.isOffice(tok)) add('object', { ...found, rule: 'arg.dep.object-agent' });
          return;
        }
        if (this.isOffice(tok)) return;
        // "il ritiro delle truppe dalla Siria": where the one-word agent preposition also means "from"
        // (events-settings.tsv agent-phrase-after-object: none), on a noun before a place it says
        // where from ("da parte della Russia" still names the doer)
        if (kind === 'nmod' && this.views.pack.settings.get('agent-phrase-after-object') === 'none' && m[cls].matchAt(tokens, marker, v.end) === 1 &&
          found.mentions.every((r) => PLACE_TYPES.has(r.type))) return;
        add('agent', found);
      } else if (cls === 'against' || cls === 'noun-against') {
        add('against', found);
      } else if (cls === 'with' || cls === 'between') {
        add('with', found);
      } else if (cls === 'at') {
        add('at', found);
      } else if (cls === 'from') {
        // "recalled its ambassador from Tehran": the place left, in the frames that make it the target (AF).
        if (!passive && frame.agent === 'target') add('agent', found);
      } else {
        // "sentenced the mayor to two years in prison for insulting officials": a quantity is no
        // recipient, whatever actor its modifiers name
        if (!this.mentionAt(v, tok) && this.children(v, tok).some((c) => rel(tokens[c]) === 'nummod')) return;
        // A state ("to Morocco") is a recipient; a town ("to Kharkiv") is where the act goes.
        if (frame.of === 'source' || !found.mentions.every((r) => this.views.isTown(r))) add('recipient', found);
      }
      return;
    }
  }

  /**
   * First token of the case marker of a nominal dependent (its first "case" child), or -1. A marker
   * the parse hung on a quantifier before the noun ("on more than 500 people") counts too.
   */
  /** Token `tok` is an "of"/"di" complement: an nmod whose case marker is of the pack's class `of`. */
  private ofComplement(v: SentenceView, tok: number): boolean {
    if (!hasBase(this.tokens[tok], 'nmod')) return false;
    const marker = this.caseStart(v, tok);
    return marker >= 0 && this.views.pack.markers.of.has(this.tokens[marker]);
  }

  private caseStart(v: SentenceView, tok: number): number {
    const kids = this.children(v, tok);
    for (const c of kids) if (rel(this.tokens[c]) === 'case') return c;
    for (const c of kids) {
      if (c > tok) break;
      const d = rel(this.tokens[c]);
      if (d !== 'nummod' && d !== 'advmod' && d !== 'det' && d !== 'amod') continue;
      for (const cc of this.children(v, c)) if (cc < c && rel(this.tokens[cc]) === 'case') return cc;
    }
    return -1;
  }

  private nounSlots(v: SentenceView, noun: number, trigger: TriggerRef, frame: Frame, add: AddSlot): void {
    const tokens = this.tokens;
    const m = this.views.pack.markers;
    const local: [SlotName, Found][] = [];
    const put = slotAdder(local);
    let ofFound: Found | undefined;
    let possessor: Found | undefined;
    let ofPhrase = false;
    let possessivePronoun = false;
    let participle = -1;
    for (const c of this.children(v, noun)) {
      if (c >= trigger.tokenStart && c < trigger.tokenEnd) continue;
      const t = tokens[c];
      const d = rel(t);
      if (d === 'nmod:poss' || d === 'det:poss') {
        const men = this.mentionAt(v, c);
        if (men && this.heuristic.isActor(men)) possessor ??= { mentions: [men], rule: 'arg.dep.nmod-poss' };
        else if (t.pos === 'PRON' || t.pos === 'DET') possessivePronoun = true;
      } else if (hasBase(t, 'nmod')) {
        const marker = this.caseStart(v, c);
        if (marker >= 0 && m.of.matchAt(tokens, marker, v.end) && !m.agent.matchAt(tokens, marker, v.end)) {
          ofPhrase = true;
          ofFound ??= this.actorsOf(v, c, 'arg.dep.nmod-of');
        } else if (marker >= 0) this.oblique(v, c, 'nmod', true, frame, put);
        else if (this.genitive(v, c)) possessor ??= this.actorsOf(v, c, 'arg.dep.nmod-poss');
      } else if (d === 'amod') {
        // "Russian offensive", "l'attacco russo": a nationality adjective is the doer.
        const men = this.views.apartAtToken(v, c) ?? this.mentionAt(v, c);
        if (men && men.type === 'GPE' && this.heuristic.isActor(men)) put('agent', { mentions: [men], rule: 'arg.dep.amod' });
      } else if (d === 'acl' && t.pos === 'VERB' && t.feats.VerbForm === 'Part' && m['light-source'].has(t)) {
        participle = c;
      }
    }
    // "la precettazione firmata dal ministro": the support participle's agent did the act.
    if (participle >= 0 && !hasSlot(local, 'agent')) {
      const a = this.child(v, participle, AGENT);
      if (a >= 0) put('agent', this.agentActors(v, a, 'arg.dep.acl-obl-agent'));
    }
    // The support verb governing the noun ("ha imposto sanzioni", "received aid", "held talks"). A
    // time expression is nobody's head: "ha adottato giovedì nuove sanzioni" parsed with "sanzioni"
    // under "giovedì" belongs to the verb above it.
    let g = tokens[noun].head ?? -1;
    while (g >= v.start && g < v.end && v.inTimex[g - v.start] && (tokens[g].head ?? -1) >= 0) g = tokens[g].head!;
    let nd = rel(tokens[noun]);
    // "ha decretato lo scioglimento del Congresso e il coprifuoco": a later conjunct of the verb's
    // object noun has the same support verb.
    if (nd === 'conj' && g >= v.start && g < v.end && tokens[g].pos === 'NOUN' && (rel(tokens[g]) === 'obj' || rel(tokens[g]) === 'nsubj:pass')) {
      nd = rel(tokens[g]);
      g = tokens[g].head ?? -1;
    }
    // An oblique of the support verb: a reply verb's "with" phrase is the subject's act ("retaliated with
    // tariffs", "ha risposto con nuovi dazi"); a `placed-under` phrase puts the act on the verb's object,
    // its subject when passive ("placed him under house arrest", "è stato posto agli arresti domiciliari").
    const oblCase = nd === 'obl' && g >= v.start && g < v.end ? this.caseStart(v, noun) : -1;
    const replyWith = oblCase >= 0 && m.with.matchAt(tokens, oblCase, v.end) > 0 && m['light-source-with'].has(tokens[g]);
    // "claimed responsibility for the attack": the act is the claimant's (marker class `claim`), the
    // phrase hung on the verb or on its object
    const claimVerb = g >= v.start && g < v.end && (nd === 'obl' || nd === 'nmod') ? (tokens[g].pos === 'VERB' ? g : tokens[g].head ?? -1) : -1;
    const claimCase = claimVerb >= v.start ? this.caseStart(v, noun) : -1;
    const claimLength = claimCase >= 0 && tokens[claimVerb].pos === 'VERB' ? m.claim.matchAt(tokens, claimVerb, v.end) : 0;
    const claimed = claimLength > 0 && claimVerb + claimLength - 1 === claimCase;
    const placed = oblCase >= 0 && !replyWith && m['placed-under'].matchAt(tokens, oblCase, v.end) > 0
      && (m['light-source'].hasPhrasal(tokens, g, v.start, v.end) || m['light-participant'].hasPhrasal(tokens, g, v.start, v.end));
    if (placed && !hasSlot(local, 'object') && (tokens[g].pos === 'VERB' || tokens[g].pos === 'AUX')) {
      const passive = this.isPassive(v, g);
      for (const c of this.children(v, g)) {
        const r = rel(tokens[c]);
        if (passive ? r === 'nsubj:pass' || r === 'nsubj' : r === 'obj') put('object', this.objectActors(v, c, 'arg.dep.light-placed-under'));
      }
    }
    // "ha posto il leader agli arresti domiciliari" read with the phrase on the object: the act falls
    // on that object and comes from the support verb's subject.
    if (!placed && nd === 'nmod' && g >= v.start && g < v.end && rel(tokens[g]) === 'obj' && !hasSlot(local, 'agent')) {
      const vb = tokens[g].head ?? -1;
      const nc = this.caseStart(v, noun);
      if (vb >= v.start && vb < v.end && nc >= 0 && m['placed-under'].matchAt(tokens, nc, v.end) > 0 && tokens[vb].pos === 'VERB' && !this.isPassive(v, vb)
          && (m['light-source'].hasPhrasal(tokens, vb, v.start, v.end) || m['light-participant'].hasPhrasal(tokens, vb, v.start, v.end))) {
        put('object', this.objectActors(v, g, 'arg.dep.light-placed-under'));
        const subj = this.subjectOf(v, vb, 0);
        if (subj) put('subject', { ...subj, rule: `${subj.rule}+arg.dep.light-source` });
      }
    }
    if ((nd === 'obl' || nd === 'nmod') && frame.of === 'source' && frame.object === 'target') this.behestSlot(v, noun, g, put);
    if (claimed && !hasSlot(local, 'agent')) {
      const subj = this.subjectOf(v, claimVerb, 0);
      if (subj) put('subject', { ...subj, rule: `${subj.rule}+arg.dep.claim` });
    }
    if (!hasSlot(local, 'agent') && g >= v.start && g < v.end && (nd === 'obj' || nd === 'nsubj:pass' || placed || replyWith)) {
      const gt = tokens[g];
      const cls = nd === 'obl' ? 'light-source' : (['light-source', 'light-target', 'light-participant'] as const).find((k) => m[k].hasPhrasal(tokens, g, v.start, v.end));
      if (cls && (gt.pos === 'VERB' || gt.pos === 'AUX' || gt.pos === 'ADJ')) {
        if (this.isPassive(v, g)) {
          // "the resignation was accepted by the king": the agent of a receiving verb receives the act.
          const a = this.child(v, g, AGENT);
          const f = a >= 0 ? this.agentActors(v, a, 'arg.dep.light-obl-agent') : undefined;
          if (f) put(cls === 'light-target' && frame.object !== 'source' ? 'light-target' : 'agent', f);
        } else {
          const subj = this.subjectOf(v, g, 0);
          if (subj) {
            const f = { ...subj, rule: `${subj.rule}+arg.dep.${cls}` };
            if (cls === 'light-target') put(frame.object === 'source' ? 'subject' : 'light-target', f);
            else put('subject', f);
          }
        }
        for (const c of this.children(v, g)) {
          if (rel(tokens[c]) === 'iobj') put('recipient', this.objectActors(v, c, 'arg.dep.light-iobj'));
          // "ha adottato sanzioni contro X": the phrase may hang on the support verb.
          else if (hasBase(tokens[c], 'obl') && c > noun) {
            this.oblique(v, c, 'obl', false, frame, (slot, f) => {
              if (slot === 'against' || slot === 'recipient' || slot === 'at') put(slot, f && { ...f, rule: f.rule.replace('arg.dep.obl', 'arg.dep.light-obl') });
            }, LIGHT_OBL_CLASSES);
          }
        }
        // "fired tear gas to drive them back": a means aimed at someone (a frame with an "at" target)
        // with no target of its own hits the object of the support verb's purpose.
        if (frame.at === 'target' && !local.some(([slot]) => slot === 'at' || slot === 'against' || slot === 'recipient' || slot === 'object')) {
          const purpose = this.purposeClause(v, g);
          const o = purpose >= 0 ? this.children(v, purpose).find((c) => rel(tokens[c]) === 'obj') : undefined;
          if (o !== undefined) put('at', this.objectActors(v, o, 'arg.dep.light-purpose-obj'));
        }
      }
    }
    // "Yoon, in visita a Varsavia", "è in visita a Washington", "teachers went on strike": a state
    // phrase (marker class `state`) is predicated of the noun it hangs on or of its clause's subject.
    if (!hasSlot(local, 'agent') && !hasSlot(local, 'subject')) {
      const holder = this.stateHolder(v, noun, trigger);
      if (holder) put('subject', holder);
    }
    // "Russia's invasion of Ukraine", "Israel's killing of the Hamas leader": beside an "of" complement
    // the possessor is the doer; alone it is the "of" complement ("his arrest", "Russia's war").
    if (possessor && ofPhrase && !hasSlot(local, 'agent')) put('agent', { ...possessor, rule: 'arg.dep.nmod-poss-agent' });
    else ofFound ??= possessor;
    const doer = local.some(([slot]) => slot === 'agent' || slot === 'subject');
    // With a named doer, the "di/of" complement is the one acted on ("l'allontanamento di funzionari deciso da Berlino").
    if (ofFound) local.unshift([doer && frame.of === 'source' ? 'object' : 'of', ofFound]);
    else if (possessivePronoun && !doer) put('of', this.heuristic.ofArgument(v, trigger));
    for (const [slot, f] of local) add(slot, f);
  }

  /**
   * "su richiesta di Helsinki, Frontex ha inviato agenti", "arrested at Washington's request": an act
   * named in a phrase of marker class `behest` was asked of whoever does the clause it qualifies (the
   * verb it hangs on, directly or through that verb's object): that doer is the act's target. Only acts
   * whose "of" phrase is their doer (requests, invitations, offers), so "at talks" is no behest.
   */
  private behestSlot(v: SentenceView, noun: number, head: number, put: AddSlot): void {
    const tokens = this.tokens;
    const marker = this.caseStart(v, noun);
    if (marker < 0 || this.views.pack.markers.behest.matchAt(tokens, marker, v.end) === 0) return;
    // on the verb itself, or on its object ("annunciato l'invio di soldati, su richiesta della Casa Bianca")
    const verb = head >= v.start && head < v.end && tokens[head].pos !== 'VERB' && OBJECT.has(rel(tokens[head])) ? tokens[head].head ?? -1 : head;
    if (verb < v.start || verb >= v.end || tokens[verb].pos !== 'VERB') return;
    if (this.isPassive(v, verb)) {
      const a = this.child(v, verb, AGENT);
      if (a >= 0) put('light-target', this.agentActors(v, a, 'arg.dep.behest-agent'));
      return;
    }
    const subj = this.subjectOf(v, verb, 0);
    if (subj) put('light-target', { ...subj, rule: `${subj.rule}+arg.dep.behest` });
  }

  /** The last verb conjunct of `head` before `verb` that has a subject of its own, or -1. */
  private nearestSubjectConjunct(v: SentenceView, head: number, verb: number): number {
    let best = -1;
    for (const c of this.children(v, head)) {
      if (c <= head || c >= verb || rel(this.tokens[c]) !== 'conj' || (this.tokens[c].pos !== 'VERB' && this.tokens[c].pos !== 'AUX')) continue;
      if (this.child(v, c, SUBJECT) >= 0) best = c;
    }
    return best;
  }

  /** "fired tear gas to drive them back", "lanciato lacrimogeni per disperdere la folla": the verb's infinitive of purpose, or -1. */
  private purposeClause(v: SentenceView, verb: number): number {
    return this.children(v, verb).find((c) => this.views.purposeInfinitive(v, c)) ?? -1;
  }

  /** The one a state phrase ("in visita", "on strike") is said of: the predicate's subject, the verb's, or the noun it qualifies. */
  private stateHolder(v: SentenceView, noun: number, trigger: TriggerRef): Found | undefined {
    const tokens = this.tokens;
    const c = this.caseStart(v, noun);
    if (c < 0 || c + this.views.pack.markers.state.matchAt(tokens, c, v.end) <= trigger.tokenStart) return undefined;
    const copula = this.children(v, noun).some((k) => rel(tokens[k]) === 'cop');
    const own = copula ? this.subjectOf(v, noun, 0) : undefined;
    if (own) return { ...own, rule: `${own.rule}+arg.dep.state` };
    const g = tokens[noun].head ?? -1;
    if (g < v.start || g >= v.end) return undefined;
    const d = rel(tokens[noun]);
    if (d === 'obl' && (tokens[g].pos === 'VERB' || tokens[g].pos === 'AUX') && !this.isPassive(v, g)) {
      const subj = this.subjectOf(v, g, 0);
      return subj && { ...subj, rule: `${subj.rule}+arg.dep.state` };
    }
    return d === 'nmod' || d === 'acl' || d === 'appos' ? this.actorsOf(v, g, 'arg.dep.state-of') : undefined;
  }

  /** "Russia's war": an nmod whose last child is the genitive clitic. */
  private genitive(v: SentenceView, tok: number): boolean {
    return this.children(v, tok).some((c) => this.views.pack.markers.genitive.has(this.tokens[c]));
  }

  /**
   * The mention at a token; a resolved pronoun counts here, where the parse says which slot it
   * fills. A demonym counts only as the doer of a noun event (nounSlots): "the German request ...
   * accused" does not make Germany the accuser.
   */
  private mentionAt(v: SentenceView, tok: number): Mention | undefined {
    const m = this.views.mentionAtToken(v, tok) ?? this.views.apartAtToken(v, tok);
    return m?.kind === 'demonym' ? undefined : m;
  }

  /** The actors a relative or unresolved pronoun stands for, with the pronoun as part of their evidence. */
  private viaPronoun(found: Found | undefined, pronoun: Token): Found | undefined {
    return found && { ...found, via: { start: pronoun.start, end: pronoun.end } };
  }

  /**
   * The actors a nominal dependent names: the mention on its head word (a name in apposition or
   * flat beats a role: "il presidente Tokayev"), else an actor among its modifiers, else the states
   * or organisations of its "di/of" complements ("i ministri degli Esteri di Armenia"); conjuncts add
   * further actors ("Stati Uniti e Francia").
   */
  actorsOf(v: SentenceView, tok: number, rule: string): Found | undefined {
    let first = this.headActor(v, tok, 0);
    // "sei dirigenti e cinque aziende iraniane": a first member without an actor, a later one with.
    if (!first) {
      for (const c of this.conjuncts(v, tok)) {
        first = this.headActor(v, c, 0);
        if (first) break;
      }
    }
    if (!first) return undefined;
    // "a Kosovo police patrol", "FBI agents", "Beijing's office": an actor named by a modifier of a
    // noun that names none; the noun is part of the evidence.
    const via = this.qualifiedNoun(v, tok, first) ? this.tokenSpan(tok) : undefined;
    const out = [first];
    const seen = new Set([first.entity || first.id]);
    // "di Italia e Albania" with the second name attached elsewhere by the parser: the written list.
    for (const m of this.heuristic.list(v, first, false).slice(1)) {
      if (!seen.has(m.entity || m.id)) {
        seen.add(m.entity || m.id);
        out.push(m);
      }
    }
    // Conjuncts of the token and of the words of its mention, then theirs (breadth first).
    const queue: number[] = [];
    this.pushConjuncts(v, tok, queue);
    if (first.tokenStart >= v.start) for (let k = first.tokenStart; k < first.tokenEnd; k++) this.pushConjuncts(v, k, queue);
    for (let i = 0; i < queue.length && out.length < 8; i++) {
      const c = queue[i];
      const a = this.headActor(v, c, 0);
      if (a && !seen.has(a.entity || a.id)) {
        seen.add(a.entity || a.id);
        out.push(a);
      }
      this.pushConjuncts(v, c, queue);
    }
    return { mentions: out, rule, ...(via && out.length === 1 ? { via } : {}) };
  }

  /** The unnamed actor noun subject of the verb whose clausal complement `verb` is, agreeing with the pronoun `pron`. */
  private unnamedReporter(v: SentenceView, verb: number, pron: Token, depth: number): Found | undefined {
    const h = this.tokens[verb].head ?? -1;
    if (rel(this.tokens[verb]) !== 'ccomp' || h < v.start || h >= v.end || depth > 3) return undefined;
    const s = this.subjectChild(v, h);
    if (s < 0 || rel(this.tokens[s]) !== 'nsubj' || this.mentionAt(v, s)) return undefined;
    if (pron.feats.Number !== undefined && this.tokens[s].feats.Number !== undefined && pron.feats.Number !== this.tokens[s].feats.Number) return undefined;
    const noun = this.actorNoun(s, 'arg.dep.reporter-pronoun-nsubj');
    return noun && this.viaPronoun(noun, pron);
  }

  /**
   * The noun at tok hangs on `verb` or on a time phrase before reaching any other verb: it belongs
   * to that verb's clause, not to a relative clause before it ("people, who demanded the release of
   * jailed mayor X, marched").
   */
  private headedBy(v: SentenceView, tok: number, verb: number): boolean {
    for (let k = this.tokens[tok].head ?? -1, steps = 0; k >= v.start && k < v.end && steps < 12; k = this.tokens[k].head ?? -1, steps++) {
      if (k === verb || v.inTimex[k - v.start]) return true;
      if (this.tokens[k].pos === 'VERB') return false;
    }
    return false;
  }

  /** A case marker of the noun at tok lies at or after `from`. */
  private caseWithin(v: SentenceView, tok: number, from: number): boolean {
    for (let k = from; k < tok; k++) if (this.tokens[k].head === tok && rel(this.tokens[k]) === 'case') return true;
    return false;
  }

  /** The noun at tok has a complement with a preposition ("thousands of homes"). */
  private hasComplement(tok: number): boolean {
    const s = this.views.doc.sentences[this.tokens[tok].sentence];
    for (let k = tok + 1; k < s.tokenEnd; k++) {
      if (this.tokens[k].head !== tok || !hasBase(this.tokens[k], 'nmod')) continue;
      for (let j = tok + 1; j < k; j++) if (this.tokens[j].head === k && rel(this.tokens[j]) === 'case') return true;
    }
    return false;
  }

  /**
   * The noun at tok names no actor itself and the mention m is its compound or adjective modifier,
   * its possessor or its "of" complement ("Beijing's office", "una delegazione della Cedeao"): the
   * noun is the head the text gives the actor, so it is part of the evidence.
   */
  private qualifiedNoun(v: SentenceView, tok: number, m: Mention): boolean {
    const t = this.tokens[tok];
    if (t.pos !== 'NOUN' || (m.tokenStart <= tok && tok < m.tokenEnd) || this.mentionAt(v, tok)) return false;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const r = rel(this.tokens[k]);
      if (this.tokens[k].head !== tok) continue;
      if (r === 'compound' || r === 'amod' || r === 'nmod:poss' || this.ofComplement(v, k)) return true;
    }
    return false;
  }

  private tokenSpan(tok: number): Span {
    return { start: this.tokens[tok].start, end: this.tokens[tok].end };
  }

  /** Nominal conjuncts of a token ("Stati Uniti e Francia"). */
  private conjuncts(v: SentenceView, k: number): number[] {
    const out: number[] = [];
    this.pushConjuncts(v, k, out);
    return out;
  }

  private pushConjuncts(v: SentenceView, k: number, out: number[]): void {
    // A "conjunct" with a case marker of its own after a head with none is a prepositional phrase
    // the parse coordinated ("40 manifestanti, secondo il ministero"), no second object ("alla
    // Polonia e alla Bulgaria" share their kind of phrase).
    const headCased = this.caseStart(v, k) >= 0;
    for (const c of this.children(v, k)) if (rel(this.tokens[c]) === 'conj' && this.tokens[c].pos !== 'VERB' && (headCased || this.caseStart(v, c) < 0)) out.push(c);
  }

  /** The state or organisation in a "di/of" complement of a role or group mention. */
  private ofOrganisation(v: SentenceView, role: Mention, depth: number): Mention | undefined {
    if (depth > 2) return undefined;
    const marker = this.views.pack.markers;
    for (let k = role.tokenStart; k < role.tokenEnd; k++) {
      for (const c of this.children(v, k)) {
        if (c >= role.tokenStart && c < role.tokenEnd) continue;
        if (!hasBase(this.tokens[c], 'nmod')) continue;
        const cs = this.caseStart(v, c);
        if (cs < 0 || !marker.of.matchAt(this.tokens, cs, v.end)) continue;
        const x = this.headActor(v, c, depth + 1);
        // an institution noun ("del governo") is an ORG-typed mention of a group actor, not a state or organisation
        if (x && (x.type === 'GPE' || x.type === 'ORG') && x.kind !== 'role' && x.kind !== 'group' && this.views.entity(x.entity)?.type !== 'GROUP') return x;
      }
    }
    return undefined;
  }

  /** A person's name in the phrase a role mention heads: in its subtree (not in a clause) or right after it. */
  private nameBelow(v: SentenceView, role: Mention): Mention | undefined {
    const stack: number[] = [];
    for (let k = role.tokenStart; k < role.tokenEnd; k++) stack.push(...this.children(v, k).filter((c) => c < role.tokenStart || c >= role.tokenEnd));
    for (let guard = 0; stack.length && guard < 40; guard++) {
      const c = stack.shift()!;
      const d = rel(this.tokens[c]);
      // A possessor ("Goïta's government") is not the role's holder.
      if (CLAUSAL.has(d) || d === 'obl' || d.startsWith('nsubj') || d === 'obj' || d === 'nmod:poss' || d === 'det:poss') continue;
      const x = this.mentionAt(v, c);
      if (isPersonName(x, role)) return x;
      stack.push(...this.children(v, c));
    }
    // Parser aside: a name right after the role, past modifiers, the role's own "of" phrase and a comma
    // ("Il presidente uscente Macky Sall", "il capo delle forze armate, Jone Kalouniwai,").
    let k = role.tokenEnd;
    const head = spanHead(this.tokens, role.tokenStart, role.tokenEnd);
    while (k < v.end && k < role.tokenEnd + 3 && (this.tokens[k].pos === 'ADJ' || this.tokens[k].norm === ',' || this.tokens[k].pos === 'DET') && !this.mentionAt(v, k)) k++;
    if (!isPersonName(this.mentionAt(v, k), role) && k < v.end && atOrBelow(this.tokens, k, head, 4)) {
      let j = k;
      while (j < v.end && j < k + 8 && atOrBelow(this.tokens, j, head, 4) && this.tokens[j].pos !== 'PROPN') j++;
      if (j < v.end && this.tokens[j].norm === ',') k = j + 1;
    }
    const next = this.mentionAt(v, k);
    return isPersonName(next, role) && next.tokenStart === k ? next : undefined;
  }

  /** A named actor on token k other than the mention m. */
  private namedActor(v: SentenceView, k: number, m: Mention): Mention | undefined {
    const x = this.mentionAt(v, k);
    return x && x !== m && this.heuristic.isActor(x) && isNamed(x) ? x : undefined;
  }

  /**
   * "the death of Mahsa Amini, a 22-year-old woman detained by the police": a noun for a person that
   * names no actor, right after a person's name and a comma, is that name's apposition (whatever
   * the parse hung it on).
   */
  private nameBeforeComma(v: SentenceView, tok: number): Mention | undefined {
    const t = this.tokens[tok];
    if (t.pos !== 'NOUN' || !isPersonNoun(this.views.doc.language.code, t.lemma.toLowerCase())) return undefined;
    const [a] = this.span(v, tok);
    if (a - 2 < v.start || this.tokens[a - 1].norm !== ',') return undefined;
    const x = this.mentionAt(v, a - 2);
    return x && x.type === 'PER' && x.kind === 'name' && x.tokenEnd === a - 1 ? x : undefined;
  }

  private headActor(v: SentenceView, tok: number, depth: number): Mention | undefined {
    const h = this.heuristic;
    const m = this.mentionAt(v, tok);
    // Clausal children (CLAUSAL) have none of the relations the loops below look for: no filtering needed.
    const kids = this.children(v, tok);
    if (m && h.isActor(m)) {
      if (m.kind === 'role' || m.kind === 'group') {
        // "il presidente del Consiglio europeo Charles Michel", "il capo dell'esercito, il generale X": the
        // name. A group's person name is whom they follow, not who they are ("Navalny supporters").
        const name = m.type === 'GROUP' ? undefined : this.nameBelow(v, m);
        if (name) return name;
        // "i leader della Cedeao", "i ministri dell'Agricoltura dei Ventisette": the organisation or state.
        const org = m.type === 'PER' ? this.ofOrganisation(v, m, depth) : undefined;
        if (org) return org;
        for (const c of kids) {
          const d = rel(this.tokens[c]);
          if (d === 'appos' || d.startsWith('flat') || d === 'compound') {
            const x = this.namedActor(v, c, m);
            // A person's supporters or followers are not that person ("Navalny supporters"), and a
            // town before a group says where it sits ("a Caracas court", "Kharkiv police").
            if (x && !(m.type === 'GROUP' && (x.type === 'PER' || (d === 'compound' && this.views.isTown(x))))) return x;
          }
        }
      }
      return m;
    }
    if (depth > 2) return undefined;
    // A head without a mention: its possessor ("Donald Trump's estate"), a name in apposition, a
    // state or organisation among its modifiers ("FBI agents", "Russian forces"), then its "di/of" complement.
    let weak: Mention | undefined;
    let possessor: Mention | undefined;
    let modifier: Mention | undefined;
    for (const c of kids) {
      const d = rel(this.tokens[c]);
      const x = this.mentionAt(v, c);
      if (!x || !h.isActor(x)) continue;
      // An apposition names the head itself, so it beats the possessor ("Navalny's widow, Yulia
      // Navalnaya") and a modifier ("a Supreme Court justice, Alexandre de Moraes").
      if (POSSESSOR.has(d)) possessor ??= x;
      else if (d === 'appos' || d.startsWith('flat')) return x;
      else if (!possessor && (d === 'compound' || d === 'amod')) {
        if (x.type !== 'PER') modifier ??= x;
        else weak ??= x;
      }
    }
    // "his party would challenge": a noun for a body of people is the actor itself, not whose it is
    // ("Donald Trump's estate" names its owner)
    if (possessor && !(possessor.kind === 'pronoun' && this.views.pack.markers['actor-noun'].has(this.tokens[tok]))) return possessor;
    if (modifier) return modifier;
    const named = this.nameBeforeComma(v, tok);
    if (named) return named;
    const marker = this.views.pack.markers;
    for (const c of kids) {
      if (!hasBase(this.tokens[c], 'nmod') || POSSESSOR.has(rel(this.tokens[c]))) continue;
      const cs = this.caseStart(v, c);
      if (cs >= 0 && !marker.of.matchAt(this.tokens, cs, v.end)) continue;
      const x = this.headActor(v, c, depth + 1);
      if (x) return x;
    }
    return weak;
  }
}
