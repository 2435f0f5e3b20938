// Argument finding: who did it (source) and to whom (target). One interface; the heuristic,
// clause-based implementation below can be replaced by a dependency-parser one without touching
// the rest of the stage. Heuristic rule ids start with "args.heuristic.".
import type { ActorRef, CronacaDocument, Mention, Span } from '../../core/types.js';
import { antecedentOf, mentionGender, mentionNumber, personPronoun } from '../entities/api.js';
import { morphData } from '../morph/morph-data.js';
import type { Frame, Role, Slot } from './plover.js';
import { isRegionOrPlace } from '../../core/places.js';
import { ACTOR_TYPES, PLACE_TYPES, type DocViews, type SentenceView } from './sentence-view.js';
import type { MarkerClass } from './markers.js';
import { phaseVerb } from './assertion.js';

/** One actor however it was found: its entity, else its mention, else its words. */
export function actorKey(a: ActorRef): string {
  return a.entity ?? a.mention ?? a.text;
}

export interface TriggerRef {
  /** Token range of the trigger in doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  pos: 'VERB' | 'NOUN' | 'ADJ';
  passive: boolean;
}

export interface Arguments {
  source: ActorRef[];
  target: ActorRef[];
}

export interface ArgumentFinder {
  find(doc: CronacaDocument, sentenceIndex: number, trigger: TriggerRef, frame: Frame): Arguments;
}

export interface Found {
  mentions: Mention[];
  rule: string;
  /**
   * The words that fill the slot for these mentions, part of the evidence: a relative pronoun
   * ("who", "che"), or the noun a modifier names the actor of ("a Kosovo police patrol").
   */
  via?: Span;
  /** A person pronoun that fills the slot with no mention behind it ("lo ha arrestato" with no antecedent found). */
  unresolved?: Span;
}

export type AddSlot = (slot: Slot | 'light-target', f: Found | undefined) => void;

/** An adder that keeps the slots which name an actor (made once per trigger, not a named closure per call). */
export function slotAdder(slots: [Slot | 'light-target', Found][]): AddSlot {
  return (slot, f) => {
    if (f && (f.mentions.length || f.unresolved)) slots.push([slot, f]);
  };
}

type SubjectResult = { kind: 'actor'; found: Found } | { kind: 'nominal' } | { kind: 'open' } | { kind: 'pronoun'; token: number };

const CARRY_SENTENCES = 2;
/** Rule id of a subject carried from an earlier clause or sentence (subject drop, a verb with no subject). */
export const SUBJECT_CARRY_RULE = 'args.heuristic.subject-carry';

/** assign(): slots that fill the target once between them share a bit ("obl": object, recipient, against). */
const TARGET_SLOT_BIT: Record<Slot | 'light-target', number> = {
  subject: 1, of: 2, agent: 4, with: 8, 'light-target': 16, object: 32, recipient: 32, against: 32, at: 32, content: 32, threatened: 32, 'object-doer': 32, measured: 32,
};

export class HeuristicArgumentFinder implements ArgumentFinder {
  constructor(private readonly views: DocViews) {}

  find(_doc: CronacaDocument, sentenceIndex: number, trigger: TriggerRef, frame: Frame): Arguments {
    const v = this.views.sentence(sentenceIndex);
    const slots: [Slot | 'light-target', Found][] = [];
    const add = slotAdder(slots);
    const c = this.views.clauseOf(v, trigger.tokenStart);
    const clauseEnd = this.clauseEnd(v, trigger.tokenEnd - 1, c);
    if (trigger.pos === 'ADJ') {
      // "found X guilty": the adjective's event takes the arguments of the verb that governs it.
      const gov = this.governingVerb(v, trigger.tokenStart);
      if (gov < 0) return { source: [], target: [] };
      const passive = this.views.isPassive(v, gov);
      add(passive ? 'object' : 'subject', this.subject(v, gov));
      if (!passive) add('object', this.object(v, gov + 1, trigger.tokenStart));
      else add('agent', this.marked(v, trigger.tokenEnd, clauseEnd, 'agent', 'args.heuristic.passive-agent'));
    } else if (trigger.pos === 'VERB') {
      const subj = this.subject(v, trigger.tokenStart);
      add(trigger.passive ? 'object' : 'subject', subj);
      if (!trigger.passive) add('object', this.object(v, trigger.tokenEnd, clauseEnd, subj));
      else add('agent', this.marked(v, trigger.tokenEnd, clauseEnd, 'agent', 'args.heuristic.passive-agent'));
      // "uscire dall'organizzazione": for some frames the "da" phrase is what is left.
      if (!trigger.passive && frame.agent === 'target') add('agent', this.marked(v, trigger.tokenEnd, clauseEnd, 'agent', 'args.heuristic.from'));
    } else {
      add('of', this.ofArgument(v, trigger));
      // "l'estradizione in Italia, da parte del Brasile, del latitante": the agent may sit past commas.
      const agent = this.marked(v, trigger.tokenEnd, this.nextVerb(v, trigger.tokenEnd), 'agent', 'args.heuristic.agent')
        ?? this.marked(v, trigger.tokenEnd, Math.min(clauseEnd, trigger.tokenEnd + 1), 'noun-agent', 'args.heuristic.agent')
        ?? this.participleAgent(v, trigger, clauseEnd);
      add('agent', agent);
      add('recipient', this.marked(v, trigger.tokenEnd, clauseEnd, 'noun-recipient', 'args.heuristic.recipient'));
      const light = this.lightVerb(v, trigger.tokenStart);
      if (light) {
        // An explicit agent ("da parte di X", "by X") outranks the support verb's subject.
        const subj = agent ? undefined : this.subject(v, light.tok);
        if (subj) {
          const passive = this.views.isPassive(v, light.tok);
          if (light.cls === 'light-target') add(passive || frame.object === 'source' ? 'subject' : 'light-target', subj);
          else if (!passive || light.cls === 'light-participant') add('subject', { ...subj, rule: `${subj.rule}+args.heuristic.${light.cls}` });
        }
        add('recipient', this.marked(v, light.tok + 1, trigger.tokenStart, 'recipient', 'args.heuristic.recipient'));
      } else if (!agent) {
        // "il paese è in fase di epurazione": the subject of the phase construction is the actor.
        const phase = phaseVerb(this.views, v, trigger.tokenStart);
        const subj = phase >= 0 ? this.subject(v, phase) : undefined;
        if (subj) add('subject', { ...subj, rule: `${subj.rule}+args.heuristic.phase` });
      }
      // "tra X e Y ci sia una disputa": the parties may precede the noun in its clause.
      add('with', this.betweenBefore(v, trigger.tokenStart, c));
    }
    add('against', this.marked(v, trigger.tokenEnd, clauseEnd, 'against', 'args.heuristic.against'));
    // "opened fire on the crowd", "ha sparato sui manifestanti": only the aimed-at frames read it.
    if (frame.at !== 'none') add('at', this.marked(v, trigger.tokenEnd, clauseEnd, 'at', 'args.heuristic.at'));
    // "talks on the dam", "agreement on trade": with mutual frames (parties in "with") the noun's "on" phrase is its topic.
    if (trigger.pos === 'NOUN' && frame.with !== 'source') add('against', this.marked(v, trigger.tokenEnd, clauseEnd, 'noun-against', 'args.heuristic.against'));
    // "a Nyala" after an attack is a place; after a request or a gift ("alla Turchia") a recipient.
    const recipient = this.marked(v, trigger.tokenEnd, clauseEnd, 'recipient', 'args.heuristic.recipient');
    // A state ("to Morocco") is a recipient; a town ("to Kharkiv") is where the act goes.
    if (recipient && (frame.of === 'source' || !recipient.mentions.every((r) => this.views.isTown(r)))) add('recipient', recipient);
    // A noun's "con X" / "tra X e Y" must follow it directly ("colloqui con X", not "... dei rapporti tra").
    const withEnd = trigger.pos === 'NOUN' ? Math.min(clauseEnd, this.views.skipNominal(v, trigger.tokenEnd) + 1) : clauseEnd;
    add('with', this.marked(v, trigger.tokenEnd, withEnd, 'with', 'args.heuristic.with'));
    add('with', this.marked(v, trigger.tokenEnd, withEnd, 'between', 'args.heuristic.between'));
    return this.assign(slots, frame);
  }

  assign(slots: [Slot | 'light-target', Found][], frame: Frame): Arguments {
    const out: Arguments = { source: [], target: [] };
    // A handful of slots and mentions per trigger: arrays and a bit mask rather than sets.
    const used: string[] = [];
    let targetsFilled = 0;
    for (const [slot, f] of slots) {
      const role: Role = slot === 'light-target' ? 'target' : frame[slot];
      if (role === 'none') continue;
      if (role === 'target') {
        // Recipient and against both fill the target; the first found wins.
        const bit = TARGET_SLOT_BIT[slot];
        if (targetsFilled & bit) continue;
        targetsFilled |= bit;
      }
      if (f.unresolved) {
        // Still an argument: the words say someone is there, though not who.
        const { start, end } = f.unresolved;
        const spans = f.via ? [f.via, { start, end }] : [{ start, end }];
        out[role].push({ text: this.views.doc.text.slice(start, end), spans, rule: f.rule });
      }
      for (const m of f.mentions) {
        const id = m.entity || m.id;
        if (used.includes(id)) continue;
        used.push(id);
        // A pronoun's evidence is its own words and those of the mention it refers back to; a
        // relative pronoun's, the pronoun and the mention of the noun it stands for.
        const ante = antecedentOf(this.views.doc, m);
        const spans = ante ? [{ start: m.start, end: m.end }, { start: ante.start, end: ante.end }] : [{ start: m.start, end: m.end }];
        if (f.via) spans.unshift({ start: f.via.start, end: f.via.end });
        out[role].push({ text: m.text, entity: m.entity, mention: m.id, spans, rule: f.rule });
      }
    }
    return out;
  }

  private clauseEnd(v: SentenceView, tok: number, c: number): number {
    let k = tok + 1;
    while (k < v.end && this.views.clauseOf(v, k) === c) k++;
    // A parenthetical inside the clause does not end it.
    let j = k;
    while (j < v.end) {
      const cj = this.views.clauseOf(v, j);
      if (cj === c) { k = j + 1; j++; continue; }
      if (!v.parenthetical.has(cj)) break;
      j++;
    }
    return k;
  }

  isActor(m: Mention | undefined): m is Mention {
    if (m === undefined || !ACTOR_TYPES.has(m.type)) return false;
    // A region or an unknown name that only its context makes a place ("in Huwara") is where things happen, not who acts.
    if (m.type === 'GPE' && isRegionOrPlace(this.views.entity(m.entity))) return false;
    // A lone adjective after a noun ("rapporti ufficiali") modifies it; only a nationality stands for a state.
    const tokens = this.views.tokens;
    const next = tokens[m.tokenEnd];
    const headOfOf = next !== undefined && this.views.pack.markers.of.has(next);
    if (m.type !== 'GPE' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart].pos === 'ADJ' && tokens[m.tokenStart - 1]?.pos === 'NOUN' && !headOfOf) return false;
    return true;
  }

  /** Extend a mention into a list joined by commas and coordinators ("USA e Francia"). */
  list(v: SentenceView, m: Mention, leftwards: boolean): Mention[] {
    const out = [m];
    const coord = this.views.pack.markers.coord;
    const tokens = this.views.tokens;
    if (!leftwards) {
      let k = m.tokenEnd;
      for (;;) {
        let j = k;
        let sep = false;
        let conj = false;
        while (j < v.end && (tokens[j].norm === ',' || coord.has(tokens[j]) || tokens[j].pos === 'DET')) {
          if (tokens[j].norm === ',' || coord.has(tokens[j])) sep = true;
          if (coord.has(tokens[j])) conj = true;
          j++;
        }
        const n = this.views.mentionAtToken(v, j);
        if (!sep || !this.isActor(n) || n.tokenStart !== j) break;
        // "killing four civilians, Ukrainian officials said": after a bare comma the next name opens a clause.
        if (!conj && this.startsClause(v, n.tokenEnd, v.end)) break;
        out.push(n);
        k = n.tokenEnd;
      }
    } else {
      let k = m.tokenStart - 1;
      for (;;) {
        let j = k;
        let sep = false;
        while (j >= v.start && (tokens[j].norm === ',' || coord.has(tokens[j]) || tokens[j].pos === 'DET')) {
          if (tokens[j].norm === ',' || coord.has(tokens[j])) sep = true;
          j--;
        }
        const n = j >= v.start ? this.views.mentionAtToken(v, j) : undefined;
        if (!sep || !this.isActor(n) || n.tokenEnd !== j + 1 || this.views.inPP(v, n.tokenStart)) break;
        out.unshift(n);
        k = n.tokenStart - 1;
      }
    }
    return out;
  }

  /** Subject of the verb at `tok`, carrying the previous subject when the clause has none. */
  subject(v: SentenceView, tok: number): Found | undefined {
    const r = this.directSubject(v, tok, 0);
    if (r.kind === 'actor') return r.found;
    if (r.kind === 'nominal') return undefined;
    const carried = this.carry(v, this.views.verbGroupStart(v, tok), this.verbNumber(v, tok), this.verbGender(v, tok));
    // "it summoned": the pronoun the carried subject stands behind is part of the evidence.
    if (carried && r.kind === 'pronoun') {
      const t = this.views.tokens[r.token];
      // "He has been charged": a pronoun that stands only for a person carries no court or state
      if (personPronoun(this.views.doc.language.code, t.norm, this.views.tokens[tok]) && carried.mentions.some((m) => m.type !== 'PER')) return undefined;
      carried.via = { start: t.start, end: t.end };
    }
    return carried;
  }

  private directSubject(v: SentenceView, tok: number, depth: number): SubjectResult {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    const gs = views.verbGroupStart(v, tok);
    const c = views.clauseOf(v, tok);
    // "per tagliare", "to help": a non-finite verb after a preposition shares the main subject.
    const vf = tokens[tok].feats.VerbForm;
    if ((vf === 'Inf' || vf === 'Ger') && gs > v.start && (m.complementizer.has(tokens[gs - 1]) || views.isPreposition(gs - 1))) {
      // Object control: "accusato Kiev di aver colpito", "urged NATO to station": the object acts.
      for (let k = gs - 2; k >= v.start && k >= gs - 8 && views.clauseOf(v, k) === c; k--) {
        if (tokens[k].pos !== 'VERB') continue;
        const obj = this.object(v, k + 1, gs - 1);
        if (obj) return { kind: 'actor', found: { mentions: obj.mentions, rule: 'args.heuristic.control' } };
        break;
      }
      return { kind: 'open' };
    }
    // "Envoys from Ethiopia and Egypt held talks": a head without actor takes the actors of its origin phrase.
    let origin: { head: number; found: Found } | undefined;
    for (let k = gs - 1; k >= v.start; k--) {
      const ck = views.clauseOf(v, k);
      if (ck !== c) {
        if (v.parenthetical.has(ck)) continue;
        break;
      }
      if (v.inTimex[k - v.start]) continue;
      const t = tokens[k];
      if (this.views.mentionAtToken(v, k) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') {
        const a = this.npStart(v, k, c);
        // "i colloqui proposti da X": a bare participle right after a noun phrase modifies it.
        if (vf === 'Part' && gs === tok && k === gs - 1 && tok + 1 < v.end && m.agent.matchAt(tokens, tok + 1, v.end) > 0) {
          const own = this.chainActors(v, a, k);
          return own ? { kind: 'actor', found: own } : { kind: 'nominal' };
        }
        // A prepositional phrase before the verb is an adjunct: skip it.
        // ("Oltre duemila agenti", "more than": a quantifier, not a preposition.)
        // ("before police freed them": a conjunction tagged as a preposition opens a clause whose subject this is.)
        const conj = a - 1 >= v.start && k === gs - 1 && m.background.has(tokens[a - 1]);
        if (a - 1 >= v.start && views.isPreposition(a - 1) && views.clauseOf(v, a - 1) === c && !conj && !(m.quantifier.has(tokens[a - 1]) && tokens[a].pos === 'NUM')) {
          if (!origin && m.origin.has(tokens[a - 1]) && a - 2 >= v.start && (tokens[a - 2].pos === 'NOUN' || tokens[a - 2].pos === 'PROPN') && !views.mentionAtToken(v, a - 2)) {
            const inner = this.chainActors(v, a, k);
            if (inner) origin = { head: a - 2, found: { mentions: inner.mentions, rule: 'args.heuristic.origin' } };
          }
          k = a - 1;
          continue;
        }
        const found = this.chainActors(v, a, k);
        if (found) return { kind: 'actor', found };
        if (origin && origin.head === k) return { kind: 'actor', found: origin.found };
        const sides = this.sides(v, a, k + 1);
        if (sides) return { kind: 'actor', found: sides };
        return { kind: 'nominal' };
      }
      if (m.relative.has(t)) {
        const after = views.skipNominal(v, k + 1);
        const subjectRelative = after >= gs || !(tokens[after].pos === 'NOUN' || tokens[after].pos === 'PROPN' || tokens[after].pos === 'PRON');
        if (!subjectRelative) return { kind: 'open' };
        const ante = this.antecedent(v, k);
        if (ante === 'none') return { kind: 'open' };
        if (ante === 'noun') return { kind: 'nominal' };
        return { kind: 'actor', found: { mentions: ante, rule: 'args.heuristic.relative', via: { start: t.start, end: t.end } } };
      }
      // "in cui", "where": an oblique relative or conjunction opens the clause.
      if (views.pack.boundaries.get(t.norm) === 'start') {
        const app = k === gs - 1 ? this.appositionHead(v, k) : undefined;
        return app ? { kind: 'actor', found: app } : { kind: 'open' };
      }
      if (m['subject-pronoun'].has(t)) return { kind: 'pronoun', token: k };
      // "ha annunciato X e si è rivolto a Y": a coordinated verb shares the first verb's subject.
      let afterCoord = k + 1;
      while (afterCoord < gs && tokens[afterCoord].pos === 'PRON') afterCoord++;
      if (m.coord.has(t) && afterCoord === gs && depth < 3) {
        for (let j = k - 1; j >= v.start && views.clauseOf(v, j) === c; j--) {
          if (tokens[j].pos !== 'VERB' || tokens[j].feats.VerbForm === 'Ger' || tokens[j].feats.VerbForm === 'Inf') continue;
          const r = this.directSubject(v, j, depth + 1);
          if (r.kind === 'actor') return { kind: 'actor', found: { mentions: r.found.mentions, rule: 'args.heuristic.coordination' } };
          return { kind: 'open' };
        }
      }
      // "altri stati" tagged as a participle after a determiner or adjective: a noun subject.
      const before = tokens[k - 1];
      if (t.pos === 'VERB' && t.feats.VerbForm === 'Part' && before && k - 1 >= v.start && (before.pos === 'DET' || before.pos === 'NUM' || (before.pos === 'ADJ' && before.feats.VerbForm !== 'Part'))) return { kind: 'nominal' };
      if ((t.pos === 'VERB') && depth < 3) {
        const r = this.directSubject(v, k, depth + 1);
        if (r.kind === 'actor') return { kind: 'actor', found: { mentions: r.found.mentions, rule: 'args.heuristic.coordination' } };
        return r;
      }
      // "l'ha revocata": an object clitic right before the verb group belongs to it.
      if (t.pos === 'PRON' && k === gs - 1 && !m['subject-pronoun'].has(t) && !m.relative.has(t)) continue;
      if (t.pos === 'PRON' && !m.reflexive.has(t) && !m.possessive.has(t)) return { kind: 'nominal' };
    }
    return { kind: 'open' };
  }

  /** "Alaa Abd El-Fattah, a British-Egyptian activist, has…": the name before an appositive noun phrase ending at the comma `comma`. */
  private appositionHead(v: SentenceView, comma: number): Found | undefined {
    const tokens = this.views.tokens;
    if (tokens[comma].norm !== ',') return undefined;
    let j = comma - 1;
    while (j > v.start && comma - j <= 8 && tokens[j].norm !== ',' && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM' || tokens[j].pos === 'DET')) j--;
    if (j <= v.start || tokens[j].norm !== ',' || tokens[j + 1].pos !== 'DET' || j + 2 >= comma) return undefined;
    const men = this.views.mentionAtToken(v, j - 1);
    if (!this.isActor(men) || men.tokenEnd !== j || men.kind !== 'name') return undefined;
    return { mentions: [men], rule: 'args.heuristic.apposition' };
  }

  private isNominal(v: SentenceView, k: number): boolean {
    const t = this.views.tokens[k];
    if (this.views.mentionAtToken(v, k)) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'DET') return true;
    if (t.pos === 'ADJ' && t.feats.VerbForm !== 'Part') return true;
    return this.views.pack.markers.possessive.has(t);
  }

  /** First token of the noun phrase chain ending at `k`: nouns, names, modifiers, "di X", lists. */
  private npStart(v: SentenceView, k: number, c: number): number {
    const views = this.views;
    const m = views.pack.markers;
    const tokens = views.tokens;
    let a = k;
    let cur = c;
    for (let j = k - 1; j >= v.start; j--) {
      if (v.inTimex[j - v.start]) break;
      const t = tokens[j];
      const comma = t.norm === ',';
      // Commas open clauses, but "Spagna, Irlanda e Norvegia" is one list.
      if (tokens[j + 1]?.norm === ',' && a === j + 1) cur = views.clauseOf(v, j);
      if (views.clauseOf(v, j) !== cur && !comma) break;
      // "In Aula il ministro": a determiner after a noun or name opens a new noun phrase.
      if (a === j + 1 && tokens[a].pos === 'DET' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && !m.possessive.has(t) && this.isNominal(v, j)) break;
      if (this.isNominal(v, j)) { a = j; continue; }
      // "Vietnam and the Philippines": a determiner may open the next member.
      let nx = j + 1;
      while (nx < k && tokens[nx].pos === 'DET') nx++;
      const joins = m.of.has(t) || m.genitive.has(t) || ((m.coord.has(t) || comma) && j - 1 >= v.start && this.isNominal(v, j - 1) && this.views.mentionAtToken(v, nx) !== undefined);
      if (joins && j - 1 >= v.start && this.isNominal(v, j - 1)) { a = j; continue; }
      break;
    }
    while (a < k && (tokens[a].pos === 'DET' || m.of.has(tokens[a]) || tokens[a].norm === ',' || m.coord.has(tokens[a]))) a++;
    return a;
  }

  /**
   * The actors a noun phrase chain names: its names (not inside a "di X" complement) first, then
   * its role or group mentions; with only roles or no actor head, the states or organisations of
   * its "di X" complements ("i ministri di Italia e Albania", "aerei dell'aviazione sudanese").
   */
  private chainActors(v: SentenceView, a: number, b: number): Found | undefined {
    const heads: Mention[] = [];
    const ofs: Mention[] = [];
    const tokens = this.views.tokens;
    const m = this.views.pack.markers;
    let last: 'head' | 'of' | undefined;
    for (let k = a; k <= b; k++) {
      const men = this.views.mentionAtToken(v, k);
      if (!this.isActor(men) || men.tokenStart !== k) continue;
      // A list member keeps the status of the member before it; a genitive ("Niger's junta") is a complement.
      const prev = tokens[k - 1];
      const listed = last !== undefined && prev !== undefined && (m.coord.has(prev) || prev.norm === ',');
      const genitive = men.tokenEnd < v.end && m.genitive.has(tokens[men.tokenEnd]);
      const status = listed ? last : (k > a && this.views.inPP(v, k)) || genitive ? 'of' : 'head';
      (status === 'of' ? ofs : heads).push(men);
      last = status;
    }
    const names = heads.filter((h) => h.kind === 'name' || h.kind === 'acronym' || h.kind === 'alias');
    if (names.length) return { mentions: names, rule: 'args.heuristic.subject' };
    // an institution noun ("del governo") is an ORG-typed mention of a group actor: not a state or organisation here
    const orgs = ofs.filter((o) => (o.type === 'GPE' || o.type === 'ORG') && this.views.entity(o.entity)?.type !== 'GROUP');
    if (heads.length && orgs.length && heads.every((h) => h.type === 'PER' && (h.kind === 'role' || h.kind === 'group'))) {
      return { mentions: orgs, rule: 'args.heuristic.subject-of' };
    }
    if (heads.length) return { mentions: heads, rule: 'args.heuristic.subject' };
    // "una trentina di combattenti del PKK": only coordinated complements join the first ("di Italia e Albania").
    const joined = (o: Mention): boolean => {
      if (o.tokenStart - ofs[0].tokenEnd > 2) return false;
      for (let q = ofs[0].tokenEnd; q < o.tokenStart; q++) if (m.coord.has(tokens[q]) || tokens[q].norm === ',') return true;
      return false;
    };
    if (ofs.length) return { mentions: ofs.slice(0, 1).concat(ofs.slice(1).filter(joined)), rule: 'args.heuristic.subject-of' };
    return undefined;
  }

  /**
   * What a relative pronoun refers to: the nearest actor mention before it, "noun" when a
   * non-actor noun comes first, "none" when it follows a verb (then it is a complementizer).
   */
  private antecedent(v: SentenceView, relTok: number): Mention[] | 'noun' | 'none' {
    let k = relTok - 1;
    while (k >= v.start && (this.views.tokens[k].pos === 'PUNCT' || this.views.pack.boundaries.get(this.views.tokens[k].norm) === 'open')) k--;
    if (k < v.start) return 'none';
    if (!this.isNominal(v, k)) return 'none';
    const a = this.npStart(v, k, this.views.clauseOf(v, k));
    const found = this.chainActors(v, a, k);
    return found ? found.mentions : 'noun';
  }

  /** Grammatical number of a verb group (its first finite word) and of a list of mentions. */
  private verbNumber(v: SentenceView, tok: number): string | undefined {
    const tokens = this.views.tokens;
    for (let k = this.views.verbGroupStart(v, tok); k <= tok; k++) {
      const t = tokens[k];
      if ((t.pos === 'AUX' || t.pos === 'VERB') && t.feats.VerbForm === 'Fin' && t.feats.Number) return t.feats.Number;
    }
    return undefined;
  }

  /**
   * Gender of a participle that agrees with its subject: one after an auxiliary that makes it
   * passive or unaccusative ("si era rifiutata", "è stata arrestata"; auxiliaries.tsv voice other
   * than "-"). A participle after "avere" does not agree ("ha arrestato").
   */
  private verbGender(v: SentenceView, tok: number): string | undefined {
    const tokens = this.views.tokens;
    const gender = tokens[tok].feats.Gender;
    if (tokens[tok].feats.VerbForm !== 'Part' || !gender) return undefined;
    const aux = morphData(this.views.doc.language.code).auxiliaries;
    for (let k = this.views.verbGroupStart(v, tok); k < tok; k++) {
      if (tokens[k].pos === 'AUX' && aux.get(tokens[k].lemma.toLowerCase())?.some((r) => r.takes === 'Part' && r.voice !== '-')) return gender;
    }
    return undefined;
  }

  private mentionNumber(mentions: Mention[]): string | undefined {
    return mentions.length > 1 ? 'Plur' : mentionNumber(this.views.tokens, mentions[0]);
  }

  /** The subject the parse gives verb k (one the clause heuristics may have missed), or -1. */
  private parsedSubject(v: SentenceView, k: number): number {
    const tokens = this.views.tokens;
    for (let j = v.start; j < v.end; j++) if (tokens[j].head === k && (tokens[j].deprel ?? '').startsWith('nsubj')) return j;
    return -1;
  }

  /** By the parse, when there is one: the root or a conjunct of it. */
  private mainClauseVerb(k: number): boolean {
    const t = this.views.tokens[k];
    if (t.deprel === 'root') return true;
    const h = t.head ?? -1;
    return t.deprel === 'conj' && h >= 0 && this.views.tokens[h].deprel === 'root';
  }

  /** The subject of the most recent finite verb before `tok` (this and up to two earlier sentences). */
  private carry(v: SentenceView, tok: number, number?: string, gender?: string): Found | undefined {
    const tokens = this.views.tokens;
    let view = v;
    let k = tok - 1;
    for (let s = 0; s <= CARRY_SENTENCES; s++) {
      for (; k >= view.start; k--) {
        const t = tokens[k];
        if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
        const vf = t.feats.VerbForm;
        if (vf === 'Inf' || vf === 'Ger') continue;
        const r = this.directSubject(view, k, 0);
        if (r.kind === 'actor') {
          const n = number ? this.mentionNumber(r.found.mentions) : undefined;
          const g = gender && r.found.mentions.length === 1 ? mentionGender(tokens, r.found.mentions[0], this.views.doc.language.code) : undefined;
          if ((!n || n === number) && (!g || g === gender)) return { mentions: r.found.mentions, rule: SUBJECT_CARRY_RULE };
        }
        // A main clause whose subject names no actor ("Trade unions staged strikes ... and promised")
        // is the topic now: no earlier actor is carried past it.
        if (this.mainClauseVerb(k)) {
          // The parse's subject, when the clause heuristics missed it ("Il Kenya, che ..., ha fatto sapere").
          const parsed = this.parsedSubject(view, k);
          const men = parsed >= 0 ? this.views.mentionAtToken(view, parsed) : undefined;
          if (r.kind !== 'actor' && this.isActor(men)) {
            const n = number ? this.mentionNumber([men]) : undefined;
            if (!n || n === number) return { mentions: [men], rule: SUBJECT_CARRY_RULE };
          }
          if (r.kind === 'nominal' || parsed >= 0) return undefined;
        }
        k = this.views.verbGroupStart(view, k);
      }
      if (view.index === 0) break;
      view = this.views.sentence(view.index - 1);
      k = view.end - 1;
    }
    return undefined;
  }

  private object(v: SentenceView, from: number, to: number, subject?: Found): Found | undefined {
    const tokens = this.views.tokens;
    const pron = from < to ? tokens[from] : undefined;
    // "sentenced him": a third-person object pronoun right after the verb points back in the sentence.
    const mk = this.views.pack.markers;
    // "their last weapons": a possessive before its noun is no object ("sentenced her" is).
    const after = tokens[from + 1];
    const determiner = pron !== undefined && mk.possessive.has(pron) && after !== undefined && from + 1 < to && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'NUM');
    if (pron && pron.pos === 'PRON' && pron.feats.Person === '3' && !mk.reflexive.has(pron) && !mk.relative.has(pron) && !determiner) {
      const ante = this.objectAntecedent(v, from, pron.feats.Number, new Set((subject?.mentions ?? []).map((m) => m.entity || m.id)));
      return ante ? { mentions: [ante], rule: 'args.heuristic.object-pronoun' } : undefined;
    }
    for (let k = from; k < to; k++) {
      const men = this.views.mentionAtToken(v, k);
      if (men) {
        // The trigger's own particle ("threw out the ambassador") is no preposition of the object.
        if (men.tokenStart === k && this.isActor(men) && !this.views.inPP(v, k, from)) {
          // "recalled its envoy", "ha ritirato le sue truppe": the subject's own people are not a target.
          let p = k - 1;
          while (p >= from && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'NUM')) p--;
          if (p >= from && this.views.pack.markers.possessive.has(tokens[p])) return undefined;
          const head = this.runHead(v, men, to);
          const list = this.list(v, head, false);
          if (this.startsClause(v, list[list.length - 1].tokenEnd, to)) return undefined;
          return { mentions: list, rule: 'args.heuristic.object' };
        }
        k = men.tokenEnd - 1;
        continue;
      }
      if (tokens[k].pos === 'VERB' && k > from) return undefined;
      // "boicottano le sedute del Parlamento": a non-actor object head whose "di X" is an organisation or group.
      if (tokens[k].pos === 'NOUN' && !this.views.inPP(v, k)) {
        let o = k + 1;
        while (o < to && tokens[o].pos === 'ADJ') o++;
        const ol = this.views.pack.markers.of.matchAt(tokens, o, to);
        if (!ol) return undefined;
        const oj = this.views.skipNominal(v, o + ol);
        const om = this.views.mentionAtToken(v, oj);
        // "le dimissioni del primo ministro": the mention may start on a modifier before the head.
        if (this.isActor(om) && om.tokenStart >= o + ol && om.tokenStart <= oj && !PLACE_TYPES.has(om.type)) return { mentions: this.list(v, om, false), rule: 'args.heuristic.object-of' };
        return undefined;
      }
    }
    return undefined;
  }

  /**
   * Antecedent of an object pronoun: the nearest earlier actor of the sentence that is not the
   * verb's subject (a subject does not refer to itself with "him"), a person for a singular.
   */
  private objectAntecedent(v: SentenceView, pronTok: number, number: string | undefined, subject: ReadonlySet<string>): Mention | undefined {
    const actors = v.mentions.filter((m) => m.tokenEnd <= pronTok && this.isActor(m));
    for (let i = actors.length - 1; i >= 0; i--) {
      const m = actors[i];
      if (number === 'Sing' && m.type !== 'PER') continue;
      if (number === 'Plur' && m.type === 'PER' && m.kind === 'name') continue;
      if (subject.has(m.entity || m.id)) continue;
      return m;
    }
    return undefined;
  }

  /** The last mention of a run of mentions joined only by nouns and modifiers ("US congresswomen", "il presidente cinese Xi Jinping"). */
  private runHead(v: SentenceView, men: Mention, to: number): Mention {
    const tokens = this.views.tokens;
    let head = men;
    let k = men.tokenEnd;
    while (k < to) {
      const next = this.views.mentionAtToken(v, k);
      if (this.isActor(next)) { head = next; k = next.tokenEnd; continue; }
      const t = tokens[k];
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') { k++; continue; }
      break;
    }
    return head;
  }

  /** True when a finite verb follows the noun phrase ending at `from`: the phrase is that verb's subject. */
  private startsClause(v: SentenceView, from: number, to: number): boolean {
    const tokens = this.views.tokens;
    if (from < v.end && this.views.pack.markers.genitive.has(tokens[from])) return false;
    for (let k = from; k < Math.min(to, from + 8); k++) {
      const t = tokens[k];
      if ((t.pos === 'AUX' && t.feats.VerbForm !== 'Inf') || (t.pos === 'VERB' && t.feats.VerbForm === 'Fin')) return true;
      // "accusato Kiev di aver colpito": an infinitive complement does not make the object a subject.
      if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PART') return false;
    }
    return false;
  }

  /** "sent four sniffer dogs to", "allowed IAEA inspectors to": a present "verb" right after a noun inside an object is a plural noun. */
  private mistaggedNoun(k: number, from: number): boolean {
    const tokens = this.views.tokens;
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (k - 1 < from || t.feats.Tense !== 'Pres' || t.feats.VerbForm !== 'Fin') return false;
    return prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.pos === 'ADJ';
  }

  /** An actor introduced by a marker of class `cls` ("da parte di X", "contro X", "to X") in [from, to). */
  private marked(v: SentenceView, from: number, to: number, cls: MarkerClass, rule: string): Found | undefined {
    const set = this.views.pack.markers[cls];
    const tokens = this.views.tokens;
    for (let k = from; k < to; k++) {
      if (tokens[k].pos === 'VERB' && k > from && cls !== 'agent' && !this.mistaggedNoun(k, from)) return undefined;
      const len = set.matchAt(tokens, k, v.end);
      if (!len) continue;
      // "davanti al Parlamento": the marker ends a longer locative phrase.
      if (cls === 'recipient' && ((k > v.start && this.views.pack.markers.locative.matchAt(tokens, k - 1, v.end) > 1) || (k - 1 > v.start && this.views.pack.markers.locative.matchAt(tokens, k - 2, v.end) > 2))) continue;
      const j = this.views.skipNominal(v, k + len);
      // A mention may start on a word tagged as a modifier ("dei militanti islamisti", "by paramilitary Rangers").
      let last = j;
      while (last < v.end && last < j + 3 && (tokens[last].pos === 'NOUN' || tokens[last].pos === 'ADJ') && !this.views.mentionAtToken(v, last)) last++;
      let men: Mention | undefined;
      for (let q = k + len; q <= last && q < v.end && !men; q++) {
        const cand = this.views.mentionAtToken(v, q);
        if (this.isActor(cand) && cand.tokenStart === q) men = cand;
      }
      if (men) return { mentions: this.list(v, men, false), rule };
      // "contro le basi dell'esercito": a non-actor head whose "di X" names the actor.
      if (!men && cls !== 'agent' && j < v.end && tokens[j].pos === 'NOUN') {
        let o = j + 1;
        while (o < v.end && tokens[o].pos === 'ADJ') o++;
        const ol = this.views.pack.markers.of.matchAt(tokens, o, v.end);
        if (ol) {
          const oj = this.views.skipNominal(v, o + ol);
          const om = this.views.mentionAtToken(v, oj);
          if (this.isActor(om) && om.tokenStart === oj) return { mentions: this.list(v, om, false), rule: `${rule}-of` };
        }
      }
    }
    return undefined;
  }

  /** A "tra"/"between" phrase earlier in the noun's clause; "tra i due" names the two most recent named people. */
  private betweenBefore(v: SentenceView, nounTok: number, c: number): Found | undefined {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    for (let k = Math.max(v.start, nounTok - 8); k < nounTok; k++) {
      if (views.clauseOf(v, k) !== c) continue;
      const len = m.between.matchAt(tokens, k, nounTok);
      if (!len) continue;
      const pairLen = m.pair.matchAt(tokens, k + len, nounTok);
      const after = tokens[k + len + pairLen];
      // "tra i due Paesi" names its own parties; only a bare "tra i due" points back.
      if (pairLen && !(after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ' || views.mentionAtToken(v, k + len + pairLen))) {
        const pair = this.lastNamedPeople(tokens[k].start, 2);
        return pair.length === 2 ? { mentions: pair, rule: 'args.heuristic.between-pair' } : undefined;
      }
      return this.marked(v, k, nounTok, 'between', 'args.heuristic.between');
    }
    return undefined;
  }

  /**
   * "le parti", "both sides", "i due Paesi" as the whole noun phrase [a, b): the two states or
   * organisations named most recently before it (cities and people are not sides).
   */
  /** Where the phrase [a, b) naming the two sides of the story begins ("le parti", "both sides", "alle parti"), or -1. */
  private sidesStart(v: SentenceView, a: number, b: number): number {
    const tokens = this.views.tokens;
    const set = this.views.pack.markers.sides;
    // The phrase may start on a determiner or quantifier the noun phrase left out ("le parti", "both sides").
    let from = a;
    while (from > v.start && a - from < 2 && set.matchAt(tokens, from, b) !== b - from && (tokens[from - 1].pos === 'DET' || tokens[from - 1].pos === 'ADJ' || tokens[from - 1].pos === 'NUM' || tokens[from - 1].pos === 'PRON' || tokens[from - 1].pos === 'CCONJ' || tokens[from - 1].pos === 'ADP')) from--;
    return set.matchAt(tokens, from, b) === b - from ? from : -1;
  }

  isSidesPhrase(v: SentenceView, a: number, b: number): boolean {
    return this.sidesStart(v, a, b) >= 0;
  }

  sides(v: SentenceView, a: number, b: number): Found | undefined {
    const tokens = this.views.tokens;
    a = this.sidesStart(v, a, b);
    if (a < 0) return undefined;
    const offset = tokens[a].start;
    // a country inside a person's mention counts only when the names before give no two sides ("US
    // Secretary of State Antony Blinken met Chinese President Xi Jinping ... Both sides agreed")
    let out = this.lastSides(offset, false);
    if (out.length < 2) out = this.lastSides(offset, true);
    return out.length === 2 ? { mentions: out, rule: 'args.heuristic.sides' } : undefined;
  }

  /** The last two distinct states or organisations named before `offset`, also inside people's mentions when `inPeople`. */
  private lastSides(offset: number, inPeople: boolean): Mention[] {
    const out: Mention[] = [];
    const seen = new Set<string>();
    const mentions = this.views.doc.mentions;
    for (let i = mentions.length - 1; i >= 0 && out.length < 2; i--) {
      const men = mentions[i];
      if (men.end > offset || (men.within !== undefined && !(inPeople && this.insidePerson(men))) || !(men.type === 'GPE' || men.type === 'ORG') || men.kind === 'role' || men.kind === 'group') continue;
      const ent = this.views.entity(men.entity);
      if (ent?.geonameid !== undefined || isRegionOrPlace(ent)) continue;
      const id = men.entity || men.id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.unshift(men);
    }
    return out;
  }

  /** A mention inside a person's mention ("Chinese" in "Chinese President Xi Jinping"). */
  private insidePerson(men: Mention): boolean {
    return this.views.mention(men.within)?.type === 'PER';
  }

  /** The last mentions of the `n` most recent distinct named people before character `offset`. */
  private lastNamedPeople(offset: number, n: number): Mention[] {
    const out: Mention[] = [];
    const seen = new Set<string>();
    const mentions = this.views.doc.mentions;
    for (let i = mentions.length - 1; i >= 0 && out.length < n; i--) {
      const men = mentions[i];
      if (men.end > offset || men.within !== undefined || men.type !== 'PER' || men.kind !== 'name') continue;
      const id = men.entity || men.id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(men);
    }
    return out;
  }

  /** "l'arresto di X", "the arrest of X", "X's arrest", "la sua rimozione". */
  ofArgument(v: SentenceView, trigger: TriggerRef): Found | undefined {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    let k = trigger.tokenEnd;
    while (k < v.end && tokens[k].pos === 'ADJ') k++;
    const len = m.of.matchAt(tokens, k, v.end);
    if (len) {
      let j = views.skipNominal(v, k + len);
      // "the purge of senior army officers": a modifier noun before the actor noun.
      for (let q = j; q < v.end && q < j + 2 && tokens[q].pos === 'NOUN' && !views.mentionAtToken(v, q); q++) {
        const next = views.mentionAtToken(v, q + 1);
        if (next && next.tokenStart === q + 1) { j = q + 1; break; }
      }
      const men = views.mentionAtToken(v, j);
      if (this.isActor(men) && men.tokenStart === j) return { mentions: this.list(v, men, false), rule: 'args.heuristic.of' };
    }
    let b = trigger.tokenStart - 1;
    while (b >= v.start && tokens[b].pos === 'ADJ' && !m.possessive.has(tokens[b])) b--;
    if (b >= v.start && m.genitive.has(tokens[b])) {
      const men = views.mentionAtToken(v, b - 1);
      if (this.isActor(men)) return { mentions: [men], rule: 'args.heuristic.genitive' };
    }
    if (b >= v.start && m.possessive.has(tokens[b])) {
      const men = views.mentionAtToken(v, b);
      if (this.isActor(men)) return { mentions: [men], rule: 'args.heuristic.possessive' };
      const carried = this.carry(v, b);
      if (carried) return { mentions: carried.mentions, rule: 'args.heuristic.possessive' };
    }
    return undefined;
  }

  private nextVerb(v: SentenceView, from: number): number {
    for (let k = from; k < v.end; k++) if (this.views.tokens[k].pos === 'VERB' || this.views.tokens[k].pos === 'AUX') return k;
    return v.end;
  }

  private governingVerb(v: SentenceView, tok: number): number {
    const c = this.views.clauseOf(v, tok);
    for (let k = tok - 1; k >= v.start && this.views.clauseOf(v, k) === c; k--) {
      if (this.views.tokens[k].pos === 'VERB') return k;
    }
    return -1;
  }

  /** "imposed sweeping sanctions", "un massiccio attacco": a gerund or participle modifying the noun inside its phrase. */
  private attributive(v: SentenceView, k: number, nounTok: number): boolean {
    const tokens = this.views.tokens;
    const vf = tokens[k].feats.VerbForm;
    if (vf !== 'Ger' && vf !== 'Part') return false;
    for (let j = k + 1; j < nounTok; j++) {
      const p = tokens[j].pos;
      if (p !== 'ADJ' && p !== 'NOUN' && p !== 'NUM' && !(p === 'VERB' && (tokens[j].feats.VerbForm === 'Ger' || tokens[j].feats.VerbForm === 'Part'))) return false;
    }
    const prev = tokens[k - 1];
    if (!prev || k - 1 < v.start) return false;
    const m = this.views.pack.markers;
    return prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || m.possessive.has(prev)
      || m['light-source'].has(prev) || m['light-target'].has(prev) || m['light-participant'].has(prev);
  }

  /**
   * "la precettazione firmata dal ministro", "il divieto di manifestare imposto dal governatore": a
   * participle right after the noun phrase (past its "di" complement) whose agent did the act.
   */
  private participleAgent(v: SentenceView, trigger: TriggerRef, clauseEnd: number): Found | undefined {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    let k = trigger.tokenEnd;
    for (let steps = 0; k < Math.min(v.end, clauseEnd + 1) && steps < 8; steps++, k++) {
      const t = tokens[k];
      if (t.pos === 'VERB' && t.feats.VerbForm === 'Part') break;
      if (t.pos === 'VERB' && (t.feats.VerbForm === 'Inf') && k > trigger.tokenEnd && m.complementizer.has(tokens[k - 1])) continue;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === ',' || views.pack.boundaries.get(t.norm) === 'start') return undefined;
    }
    if (k >= v.end || tokens[k].pos !== 'VERB' || tokens[k].feats.VerbForm !== 'Part') return undefined;
    // Only a support verb's agent did the act ("firmata dal ministro"); "i colloqui proposti da X" names a proposer.
    if (!m['light-source'].has(tokens[k])) return undefined;
    // The agent may come after a date or a place ("convocata lunedì a Kingston, in Giamaica, dalla Comunità caraibica").
    let end = k + 1;
    while (end < v.end && end < k + 14 && tokens[end].pos !== 'VERB' && tokens[end].pos !== 'AUX') end++;
    const found = this.marked(v, k + 1, end, 'agent', 'args.heuristic.participle-agent');
    return found;
  }

  /** A support verb governing a noun trigger ("ha effettuato l'arresto", "received aid"). */
  private lightVerb(v: SentenceView, nounTok: number): { tok: number; cls: MarkerClass } | undefined {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    const c = views.clauseOf(v, nounTok);
    for (let k = nounTok - 1; k >= v.start && k >= nounTok - 14; k--) {
      if (views.clauseOf(v, k) !== c) {
        if (v.parenthetical.has(views.clauseOf(v, k))) continue;
        return undefined;
      }
      const t = tokens[k];
      // "convocato l'ambasciatore dopo l'attacco": a noun in an occasion phrase is no support verb's object.
      if (m.occasion.matchAt(tokens, k, nounTok) > 0) return undefined;
      if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADJ') continue;
      for (const cls of ['light-source', 'light-target', 'light-participant'] as const) {
        if (m[cls].has(t)) return { tok: k, cls };
      }
      // A "verb" right after a determiner or noun is a mistagged plural noun ("air defences").
      const prev = tokens[k - 1];
      if (t.pos === 'VERB' && this.attributive(v, k, nounTok)) continue;
      if (t.pos === 'VERB' && !(prev && (prev.pos === 'DET' || prev.pos === 'NOUN' || m.possessive.has(prev)) && t.feats.Tense === 'Pres')) return undefined;
    }
    return undefined;
  }
}
