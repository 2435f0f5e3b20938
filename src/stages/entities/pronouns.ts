// Third-person personal pronouns ("him", "they", "lo", "gli") resolved to an actor named earlier,
// so an event's target or source can be "him" with the entity behind it. The pronoun forms, their
// number, gender and the entity types they can stand for are pack data (pronouns.tsv, with
// person-nouns.tsv); the rules here read only the parse (UD relations) and the mentions.
//
// Candidates: actor mentions before the pronoun in its sentence and the two before it, agreeing in
// type, number and (when both are known) gender. An object pronoun never refers to the subject of
// its own verb, or of the verb that verb shares its subject with ("Biden met Xi. He told him" gives
// him = Xi). A nearer noun that the pronoun could stand for (a thing for "it", a person noun such
// as "the man" for "him") hides the actors before it. Order of preference: in the pronoun's own
// sentence the nearest candidate (a subject first for a subject pronoun) outside a prepositional
// phrase; in an earlier sentence a subject first, then the first candidate outside a prepositional
// phrase; one inside a prepositional phrase only as the last resort. Precision first: a pronoun
// left unresolved is better than one resolved to the wrong actor.
import { mentionGender } from './gender.js';
import { baseRelation, dependentIn, spanHead } from '../../core/dependency.js';
import { readPackTsv, readPackWordSet } from '../../core/packs.js';
import { mentionNumber } from './api.js';
import { enclitics, type Enclitic } from '../syntax/enclitics.js';
import type { CronacaDocument, Entity, EntityType, Mention, Token } from '../../core/types.js';

export interface PronounEntry {
  number: 'Sing' | 'Plur';
  gender?: string;
  types: Set<EntityType>;
  /** It can as well refer to a thing, which a nearer noun then stands for. */
  things: boolean;
}

const ENTITY_TYPES = new Set<EntityType>(['PER', 'ORG', 'GPE', 'LOC', 'GROUP']);
const NAME_KINDS = new Set(['name', 'acronym', 'alias']);
/** Sentences before the pronoun's own that are searched for its antecedent. */
const EARLIER_SENTENCES = 2;

const packs = new Map<string, Map<string, PronounEntry>>();

/** One row of a pack's pronouns.tsv; a malformed row is refused with the file and the row. */
export function pronounEntry(lang: string, row: string[], file = 'pronouns.tsv'): [string, PronounEntry] {
  const [form, number, gender, types, refers] = row;
  const list = (types ?? '').split(',').filter(Boolean);
  if (!form || (number !== 'Sing' && number !== 'Plur') || (gender && gender !== 'Masc' && gender !== 'Fem') || list.length === 0 || list.some((t) => !ENTITY_TYPES.has(t as EntityType)) || (refers !== 'things' && refers !== 'actors')) {
    throw new Error(`packs/${lang}/${file}: malformed row "${row.join('\t')}" (expected form, Sing|Plur, Masc|Fem or empty, entity types such as PER,ORG, things|actors)`);
  }
  return [form, { number, gender: gender || undefined, types: new Set(list as EntityType[]), things: refers === 'things' }];
}

/**
 * The row of a pronoun form, the row for its form in that relation first: "le:iobj" (to her) is
 * listed, plain "le" (them, or the article) is not.
 */
function listedPronoun(table: Map<string, PronounEntry>, norm: string, relation: string, head?: Token): PronounEntry | undefined {
  const inRelation = relation ? table.get(`${norm}:${relation}`) : undefined;
  // "le ha attribuite": a past participle agreeing with the clitic in another number makes it its object
  if (inRelation && !(head?.feats.VerbForm === 'Part' && head.feats.Number !== undefined && head.feats.Number !== inRelation.number)) return inRelation;
  return table.get(norm);
}

/** A pack's pronouns.tsv or possessives.tsv (same columns). */
function pronounTable(lang: string, file: 'pronouns.tsv' | 'possessives.tsv'): Map<string, PronounEntry> {
  const key = `${lang}/${file}`;
  let table = packs.get(key);
  if (!table) {
    table = new Map(readPackTsv(lang, file).map((row) => pronounEntry(lang, row, file)));
    packs.set(key, table);
  }
  return table;
}

/** The entity types a possessive of the pack's possessives.tsv may stand for ("his": PER), or undefined when not listed. */
export function possessiveTypes(lang: string, norm: string): ReadonlySet<EntityType> | undefined {
  return pronounTable(lang, 'possessives.tsv').get(norm)?.types;
}

/** A common noun for a person that names no actor ("a man", "la donna": person-nouns.tsv). */
export function isPersonNoun(lang: string, lemma: string): boolean {
  return packSet(lang, 'person-nouns.tsv').has(lemma);
}

/** A noun that counts ("thousands", "centinaia": quantity-nouns.tsv). */
export function isQuantityNoun(lang: string, lemma: string): boolean {
  return packSet(lang, 'quantity-nouns.tsv').has(lemma);
}

/** A verb whose object is a person, seldom a thing (person-object-verbs.tsv: "arrest", "uccidere"). */
export function isPersonObjectVerb(lang: string, lemma: string): boolean {
  return packSet(lang, 'person-object-verbs.tsv').has(lemma);
}

/**
 * Whether a listed third-person pronoun, dependent of `verb` (in `relation` when given), stands for
 * a person: one that only refers to actors ("him", "le" as an indirect object), or one that may
 * refer to things ("them", "li") as the object of a verb whose object is a person
 * (person-object-verbs.tsv: "detained them").
 */
export function personPronoun(lang: string, norm: string, verb: Token, relation = ''): boolean {
  const p = listedPronoun(pronounTable(lang, 'pronouns.tsv'), norm, relation, verb);
  if (!p || !p.types.has('PER')) return false;
  return !p.things || isPersonObjectVerb(lang, verb.lemma);
}

/** A pack list (person-nouns.tsv, person-object-verbs.tsv, quantity-nouns.tsv, hostile-verbs.tsv) as a set, read once per language. */
function packSet(lang: string, file: 'person-nouns.tsv' | 'person-object-verbs.tsv' | 'quantity-nouns.tsv' | 'hostile-verbs.tsv'): ReadonlySet<string> {
  return readPackWordSet(lang, file);
}

/** Relations inside a noun phrase, whose word takes the role of the phrase's head. */
const PHRASE_INNER = new Set(['conj', 'appos', 'flat', 'compound', 'amod', 'nummod']);

/**
 * A named person is one unless the name is plural ("Paramilitary Rangers"); otherwise the number of
 * the mention's last noun (a group is plural, a named place singular, unless it says otherwise).
 */
function agreementNumber(tokens: Token[], m: Mention): string | undefined {
  if (m.type === 'PER' && m.kind === 'name') return tokens[m.tokenEnd - 1].feats.Number === 'Plur' ? 'Plur' : 'Sing';
  const n = mentionNumber(tokens, m);
  if (n) return n;
  if (m.type === 'GROUP') return 'Plur';
  // a place's name the tagger gave no number ("Tbilisi") is one place, not "them"
  return (m.type === 'GPE' || m.type === 'LOC') && NAME_KINDS.has(m.kind) ? 'Sing' : undefined;
}

/**
 * False for a possessive ("her" before a noun), an expletive, a word inside a multiword token, and
 * a pronoun that cannot stand for a person used as the subject of a copula or a passive ("it is
 * clear that", "it was reported that"), which is seldom an actor.
 */
function refers(tokens: Token[], t: Token, p: PronounEntry): boolean {
  if (t.pos !== 'PRON' || t.feats.Poss === 'Yes') return false;
  const d = t.deprel ?? '';
  if (d.startsWith('expl') || d.startsWith('det') || d === 'nmod:poss') return false;
  if ((t.wordEnd ?? 1) - (t.wordStart ?? 0) > 1) return false;
  if (p.types.has('PER') || baseRelation(t) !== 'nsubj') return true;
  const h = tokens[t.head ?? -1];
  return h !== undefined && h.pos === 'VERB' && h.feats.Voice !== 'Pass';
}

/** A possessive before its noun ("its embassy", "la sua sede"), not inside a multiword token. */
function isPossessive(t: Token): boolean {
  if ((t.wordEnd ?? 1) - (t.wordStart ?? 0) > 1) return false;
  const d = t.deprel ?? '';
  return d === 'nmod:poss' || d === 'det:poss';
}

export interface PronounResolution {
  mentions: Mention[];
  entities: Entity[];
}

class Resolver {
  private readonly tokens: Token[];
  /** The mention at each token. */
  private readonly at: (Mention | undefined)[];

  constructor(
    private readonly doc: CronacaDocument,
    mentions: Mention[],
    private readonly people: ReadonlySet<string>,
    private readonly quantities: ReadonlySet<string>,
  ) {
    this.tokens = doc.tokens;
    this.at = new Array<Mention | undefined>(doc.tokens.length);
    for (const m of mentions) this.place(m);
  }

  place(m: Mention): void {
    // a modifier inside a longer mention is no antecedent of its own: the longer one is
    if (m.within === undefined) this.at.fill(m, m.tokenStart, m.tokenEnd);
  }

  mentionAt(tok: number): Mention | undefined {
    return this.at[tok];
  }

  private agrees(m: Mention, p: PronounEntry): boolean {
    if (!p.types.has(m.type)) return false;
    // A state's or an organisation's name is one actor whatever its form ("the United States said it").
    if (p.number === 'Sing' && (m.type === 'GPE' || m.type === 'ORG') && NAME_KINDS.has(m.kind)) return this.ownerAgrees(m, p);
    const n = agreementNumber(this.tokens, m);
    if (n && n !== p.number) return false;
    const g = p.gender ? mentionGender(this.tokens, m, this.doc.language.code) : undefined;
    return !g || g === p.gender;
  }

  /**
   * agrees, but a name's grammatical number does not count ("the United States ... its embassy",
   * "the government ... their"): only a common noun's ("the police ... their").
   */
  private ownerAgrees(m: Mention, p: PronounEntry): boolean {
    if (m.kind === 'group' || m.kind === 'role' || m.kind === 'pronoun') return this.agrees(m, p);
    if (!p.types.has(m.type)) return false;
    const g = p.gender ? mentionGender(this.tokens, m, this.doc.language.code) : undefined;
    return !g || g === p.gender;
  }

  /**
   * The hostile verb (hostile-verbs.tsv) whose object the possessive `pron` sits on ("attacked their
   * positions"), or -1.
   */
  hostileVerbOf(pron: Token): number {
    const noun = pron.head ?? -1;
    if (noun < 0 || baseRelation(this.tokens[noun]) !== 'obj') return -1;
    const verb = this.tokens[noun].head ?? -1;
    if (verb < 0 || !packSet(this.doc.language.code, 'hostile-verbs.tsv').has(this.tokens[verb].lemma.toLowerCase())) return -1;
    return verb;
  }

  /**
   * Entities of the subject of the pronoun's verb, or of the verb it shares a subject with: a
   * non-finite verb's controller, the object of the verb above it ("accusato Kiev di averlo
   * colpito") or the noun it modifies ("il governo, di aver tentato di ucciderlo"), when it has one.
   */
  private boundEntities(pron: Token): Set<string> {
    const out = new Set<string>();
    // (a possessive on a hostile verb's object is bound by that verb's subject: not theirs)
    const hostile = this.hostileVerbOf(pron);
    for (let depth = 0, verb = hostile >= 0 ? hostile : pron.head ?? -1; depth < 3 && verb >= 0; depth++) {
      const subjects = this.subjects(pron.sentence, verb);
      for (const k of subjects) {
        const m = this.at[this.relativeAntecedent(k, verb)];
        if (m) out.add(m.entity);
        // "la figlia Sara, vicepresidente della Repubblica, lo ha definito": a subject noun is also
        // the person its name or apposition names ("il ministro, Zed Seselja, ... gli aveva chiesto")
        for (const n of this.namesOf(pron.sentence, k)) out.add(n.entity);
      }
      if (subjects.length) break;
      const controller = this.objectController(verb);
      if (controller >= 0) {
        const m = this.at[controller];
        if (m) out.add(m.entity);
        break;
      }
      // A conjunct, a controlled complement or a gerund adjunct shares the subject above it
      // ("arrested Khan, dragging him into a van").
      verb = this.sharedSubjectHead(verb, true);
    }
    return out;
  }

  /**
   * The word that controls a non-finite verb other than the subject above it: the noun a
   * participle or infinitive clause modifies, or the object of the verb whose complement it is.
   * -1 when the subject above controls it (or the verb is finite).
   */
  private objectController(verb: number): number {
    const t = this.tokens[verb];
    const form = t.feats.VerbForm;
    if (form !== 'Inf' && form !== 'Ger' && form !== 'Part') return -1;
    const h = t.head ?? -1;
    if (h < 0) return -1;
    const d = baseRelation(t);
    if (d === 'acl' && (this.tokens[h].pos === 'NOUN' || this.tokens[h].pos === 'PROPN')) return h;
    if (d !== 'xcomp' && d !== 'ccomp' && d !== 'advcl') return -1;
    if (d === 'advcl' && form !== 'Inf') return -1;
    const s = this.doc.sentences[t.sentence];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const c = this.tokens[k];
      // an object that names no actor controls nothing ("police fired tear gas to drive them back": the police drive)
      if (c.head === h && k < verb && (baseRelation(c) === 'obj' || baseRelation(c) === 'iobj') && c.pos !== 'PRON') return this.at[k] ? k : -1;
    }
    return -1;
  }

  /** The noun a relative pronoun subject stands for ("il giudice, che si è rifiutato"), else the subject itself. */
  private relativeAntecedent(subject: number, verb: number): number {
    const t = this.tokens[subject];
    if (t.pos !== 'PRON' || this.at[subject] || baseRelation(this.tokens[verb]) !== 'acl') return subject;
    return this.tokens[verb].deprel === 'acl:relcl' && (this.tokens[verb].head ?? -1) >= 0 ? this.tokens[verb].head! : subject;
  }

  /** Mentions that name the noun at k: its appositions, flat names and caseless modifiers ("la figlia Sara"). */
  private namesOf(si: number, k: number): Mention[] {
    const s = this.doc.sentences[si];
    const out: Mention[] = [];
    for (let c = s.tokenStart; c < s.tokenEnd; c++) {
      const t = this.tokens[c];
      if (t.head !== k) continue;
      const d = t.deprel ?? '';
      const caseless = d === 'nmod' && dependentIn(this.tokens, s.tokenStart, s.tokenEnd, c, 'case') < 0;
      // ("an investigating judge, Bilal Halawi, charged him": an apposition the parse read as a conjunct, with no conjunction)
      const appositiveConjunct = d === 'conj' && dependentIn(this.tokens, s.tokenStart, s.tokenEnd, c, 'cc') < 0;
      if ((d === 'appos' || d.startsWith('flat') || caseless || appositiveConjunct) && this.at[c]) out.push(this.at[c]!);
    }
    return out;
  }

  /** The nsubj dependents of `verb` in sentence `si`, in text order. */
  private subjects(si: number, verb: number): number[] {
    const s = this.doc.sentences[si];
    const out: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (this.tokens[k].head === verb && baseRelation(this.tokens[k]) === 'nsubj') out.push(k);
    return out;
  }

  /**
   * The verb whose subject `verb` shares when it has none of its own: a conjunct's or a controlled
   * complement's head, with `gerunds` also a gerund or present-participle adjunct's; -1 otherwise.
   */
  private sharedSubjectHead(verb: number, gerunds: boolean): number {
    const t = this.tokens[verb];
    const d = baseRelation(t);
    const gerundAdjunct = gerunds && (d === 'advcl' || d === 'acl') && (t.feats.VerbForm === 'Ger' || (t.feats.VerbForm === 'Part' && t.feats.Tense === 'Pres'));
    // "ha rivelato di averla incontrata": an infinitive complement or adjunct too.
    const infinitive = gerunds && (d === 'ccomp' || d === 'advcl') && this.infinitival(verb);
    return d === 'conj' || d === 'xcomp' || gerundAdjunct || infinitive ? (t.head ?? -1) : -1;
  }

  /** An infinitive, or a participle with an infinitive auxiliary ("aver incontrato"). */
  private infinitival(verb: number): boolean {
    if (this.tokens[verb].feats.VerbForm === 'Inf') return true;
    const s = this.doc.sentences[this.tokens[verb].sentence];
    for (let k = s.tokenStart; k < verb; k++) {
      const t = this.tokens[k];
      if (t.head === verb && baseRelation(t) === 'aux' && t.feats.VerbForm === 'Inf') return true;
    }
    return false;
  }

  /**
   * The last token before `pron` of a noun outside any mention that agrees with it and fills a core
   * role of another verb (subject or object), and that it can stand for: any such noun for a pronoun
   * that can refer to things ("dismissed the decision, while Kyiv welcomed it"), a noun for a person
   * from the pack for the others ("the man ... before police could detain him"). An actor before
   * that noun is not what the pronoun refers to. -1 if none.
   */
  private nearerReferent(pron: Token, p: PronounEntry): number {
    const from = this.doc.sentences[Math.max(0, pron.sentence - EARLIER_SENTENCES)].tokenStart;
    for (let k = pron.index - 1; k >= from; k--) {
      const t = this.tokens[k];
      if (t.pos !== 'NOUN' || this.at[k] || t.feats.Number !== p.number) continue;
      if (!p.things && !this.people.has(t.lemma)) continue;
      if (p.gender && t.feats.Gender && t.feats.Gender !== p.gender) continue;
      // A co-argument of the pronoun's own verb ("il suo partito lo ha sospeso") is never its referent.
      if (t.head === pron.head) continue;
      // "thousands of demonstrators ... drive them back": a quantity stands for the actors it counts.
      if (this.countsActors(k)) continue;
      const d = baseRelation(t);
      if (d === 'nsubj' || d === 'obj') return k;
    }
    return -1;
  }

  /** The noun at k counts an actor mention after it ("thousands of demonstrators", "decine di manifestanti"). */
  private countsActors(k: number): boolean {
    if (!this.quantities.has(this.tokens[k].lemma)) return false;
    const s = this.doc.sentences[this.tokens[k].sentence];
    for (let j = k + 1; j < s.tokenEnd; j++) if (this.tokens[j].head === k && baseRelation(this.tokens[j]) === 'nmod' && this.at[j]) return true;
    return false;
  }

  /** Candidate mentions of sentence `si` that end before token `before`, in text order. */
  private candidates(si: number, before: number, p: PronounEntry, bound: Set<string>, after: number): Mention[] {
    const s = this.doc.sentences[si];
    const out: Mention[] = [];
    let last: Mention | undefined;
    for (let k = s.tokenStart; k < Math.min(before, s.tokenEnd); k++) {
      const m = this.at[k];
      if (!m || m === last) continue;
      last = m;
      if (m.tokenEnd <= before && m.tokenStart > after && m.kind !== 'demonym' && !bound.has(m.entity) && this.agrees(m, p)) out.push(m);
    }
    return out;
  }

  /**
   * The relation of a word; a conjunct's, an apposition's or a modifier's is that of the word it
   * joins ("for Israel and Taiwan", "the father of footballer Luis Díaz", "at the Islamabad High
   * Court"), and the counted actors' that of their count ("thousands of students marched").
   */
  private role(t: Token): string {
    let d = baseRelation(t);
    for (let i = 0; i < 4 && t.head !== undefined && t.head >= 0 && (PHRASE_INNER.has(d) || (d === 'nmod' && this.quantities.has(this.tokens[t.head].lemma))); i++) {
      t = this.tokens[t.head];
      d = baseRelation(t);
    }
    return d;
  }

  /**
   * A possessive is its clause subject's own when that subject agrees with it ("Russia recalled its
   * ambassador", "they attacked their positions") or is not there; the possessed noun itself as
   * subject does not count.
   */
  ownedBySubject(pron: Token, p: PronounEntry): boolean {
    // A clause whose subject is not said (Italian drops it) or not parsed counts as its subject's own too.
    const chain = new Set<number>();
    let verb = pron.head ?? -1;
    for (let i = 0; i < 4 && verb >= 0 && this.tokens[verb].pos !== 'VERB'; i++) {
      chain.add(verb);
      verb = this.tokens[verb].head ?? -1;
    }
    if (verb < 0 || this.tokens[verb].pos !== 'VERB') return false;
    // "the army attacked its camp": what a hostile verb is done to is another's (hostile-verbs.tsv)
    if (this.hostileVerbOf(pron) >= 0) return false;
    // "his refusal had opened the way": the possessed noun is the subject, so no other subject owns it
    if (this.subjects(pron.sentence, verb).some((k) => chain.has(k))) return false;
    for (let depth = 0; depth < 3 && verb >= 0; depth++) {
      const subjects = this.subjects(pron.sentence, verb).filter((k) => !chain.has(k));
      if (subjects.length) {
        return subjects.some((k) => {
          const m = this.at[k];
          const t = this.tokens[k];
          if (m) return this.ownerAgrees(m, p);
          // "she revoked his appointment": a pronoun subject of another gender owns nothing of "his"
          if (t.pos === 'PRON' && p.gender && t.feats.Gender && t.feats.Gender !== p.gender) return false;
          return (t.pos === 'PRON' || t.pos === 'NOUN') && (t.feats.Number ?? p.number) === p.number;
        });
      }
      // A conjunct or a controlled complement shares the subject above it.
      chain.add(verb);
      verb = this.sharedSubjectHead(verb, false);
      if (verb < 0) return true;
    }
    return true;
  }

  /** The mention is (a word inside) the subject of `verb`. */
  private inSubjectOf(m: Mention, verb: number): boolean {
    let k = spanHead(this.tokens, m.tokenStart, m.tokenEnd);
    for (let i = 0; i < 4 && k >= 0; i++) {
      const t = this.tokens[k];
      if (t.head === verb) return baseRelation(t) === 'nsubj';
      k = t.head ?? -1;
    }
    return false;
  }

  resolve(pron: Token, p: PronounEntry): { mention: Mention; how: string } | undefined {
    const subject = baseRelation(pron) === 'nsubj';
    const bound = subject ? new Set<string>() : this.boundEntities(pron);
    const role = (m: Mention): string => this.role(this.tokens[spanHead(this.tokens, m.tokenStart, m.tokenEnd)]);
    const core = (m: Mention): boolean => role(m) !== 'obl' && role(m) !== 'nmod';
    const thing = this.nearerReferent(pron, p);
    // An actor in a prepositional phrase is the last resort, and none for a pronoun that can refer
    // to things ("funds for Israel and Taiwan ... promised to sign it") or after a noun it can stand
    // for ("freed the father of Luis Díaz ... after abducting him").
    const last = (list: Mention[]): Mention | undefined => (p.things || thing >= 0 ? undefined : list[0]);
    const own = this.candidates(pron.sentence, pron.index, p, bound, thing).reverse();
    // The last resort in the pronoun's own sentence is no word of its verb's subject ("le autorità di Managua li hanno scarcerati").
    const nearest = (subject ? own.find((m) => role(m) === 'nsubj') : undefined) ?? own.find(core) ?? last(own.filter((m) => !this.inSubjectOf(m, pron.head ?? -1)));
    if (nearest) return { mention: nearest, how: 'same-sentence' };
    for (let si = pron.sentence - 1; si >= Math.max(0, pron.sentence - EARLIER_SENTENCES); si--) {
      if (thing >= this.doc.sentences[si].tokenEnd) break;
      const list = this.candidates(si, this.doc.sentences[si].tokenEnd, p, bound, thing);
      const subj = list.find((m) => role(m) === 'nsubj');
      if (subj) return { mention: subj, how: 'earlier-subject' };
      const other = list.find(core) ?? last(list);
      if (other) return { mention: other, how: 'earlier-sentence' };
    }
    return undefined;
  }
}

/**
 * A form listed without gender (an elided clitic: "l'ha condannata") takes the gender of the past
 * participle it agrees with, when the parse makes it that participle's dependent.
 */
function withParticipleGender(tokens: Token[], t: Token, p: PronounEntry): PronounEntry {
  if (p.gender || t.head === undefined || t.head < 0) return p;
  const h = tokens[t.head];
  return h.feats.VerbForm === 'Part' && h.feats.Gender ? { ...p, gender: h.feats.Gender } : p;
}

/** The object of a verb whose object is a person ("lo ha condannato") stands for a person, not a thing. */
function asVerbObject(tokens: Token[], t: Token, p: PronounEntry, personVerbs: ReadonlySet<string>): PronounEntry {
  if (!p.things || t.head === undefined || t.head < 0) return p;
  const d = baseRelation(t);
  if (d !== 'obj' && d !== 'iobj') return p;
  return personVerbs.has(tokens[t.head].lemma) ? { ...p, things: false } : p;
}

/** The enclitic object pronouns by the token they are written in. */
function encliticsByHost(doc: CronacaDocument): Map<number, Enclitic[]> {
  const out = new Map<number, Enclitic[]>();
  for (const list of enclitics(doc).values()) {
    for (const c of list) {
      const l = out.get(c.host) ?? [];
      l.push(c);
      out.set(c.host, l);
    }
  }
  for (const l of out.values()) l.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Adds a `pronoun` mention for each resolvable third-person pronoun, linked to the entity of its
 * antecedent (whose id it records), to the mention list (kept in text order) and to that entity.
 */
export function resolvePronouns(doc: CronacaDocument, lang: string, mentions: Mention[], entities: Entity[]): PronounResolution {
  const table = pronounTable(lang, 'pronouns.tsv');
  const possessives = pronounTable(lang, 'possessives.tsv');
  if (table.size === 0 && possessives.size === 0) return { mentions, entities };
  const out = mentions.slice();
  const added: Mention[] = [];
  const resolver = new Resolver(doc, out, packSet(lang, 'person-nouns.tsv'), packSet(lang, 'quantity-nouns.tsv'));
  const personVerbs = packSet(lang, 'person-object-verbs.tsv');
  let next = mentions.length + 1;
  const cliticsByHost = encliticsByHost(doc);
  for (const t of doc.tokens) {
    // "arrestarlo", "accusandoli": the object pronoun written inside the verb, as a word of its own.
    for (const c of cliticsByHost.get(t.index) ?? []) {
      const listed = listedPronoun(table, c.form.toLowerCase(), c.relation, doc.tokens[c.verb]);
      if (!listed) continue;
      const pron: Token = { ...t, text: c.form, norm: c.form.toLowerCase(), lemma: c.form.toLowerCase(), pos: 'PRON', feats: c.feats, head: c.verb, deprel: c.relation, start: c.start, end: c.end };
      const found = resolver.resolve(pron, asVerbObject(doc.tokens, pron, withParticipleGender(doc.tokens, pron, listed), personVerbs));
      if (!found) continue;
      const mention: Mention = {
        id: `M${next++}`, start: c.start, end: c.end, text: c.form, type: found.mention.type, kind: 'pronoun', entity: found.mention.entity,
        antecedent: found.mention.antecedent ?? found.mention.id, sentence: t.sentence, tokenStart: t.index, tokenEnd: t.index + 1,
        rule: `${lang}:pronouns:${pron.norm}+coref.enclitic.${found.how}`,
      };
      added.push(mention);
      const at = out.findIndex((m) => m.tokenStart > t.index);
      out.splice(at < 0 ? out.length : at, 0, mention);
    }
    if (resolver.mentionAt(t.index)) continue;
    const possessive = isPossessive(t) ? possessives.get(t.norm) : undefined;
    const listed = possessive ?? listedPronoun(table, t.norm, baseRelation(t), doc.tokens[t.head ?? -1]);
    if (!listed || (!possessive && !refers(doc.tokens, t, listed))) continue;
    if (possessive && resolver.ownedBySubject(t, possessive)) continue;
    const p = possessive ?? asVerbObject(doc.tokens, t, withParticipleGender(doc.tokens, t, listed), personVerbs);
    const found = resolver.resolve(t, p);
    if (!found) continue;
    const mention: Mention = {
      id: `M${next++}`,
      start: t.start,
      end: t.end,
      text: t.text,
      type: found.mention.type,
      kind: 'pronoun',
      entity: found.mention.entity,
      // A pronoun taken as antecedent hands on its own, so the link points at the words that name the entity.
      antecedent: found.mention.antecedent ?? found.mention.id,
      sentence: t.sentence,
      tokenStart: t.index,
      tokenEnd: t.index + 1,
      rule: `${lang}:${possessive ? 'possessives' : 'pronouns'}:${t.norm}+coref.${possessive ? 'possessive' : 'pronoun'}.${found.how}`,
    };
    added.push(mention);
    // Later pronouns may take this one as antecedent ("he ... he ... him").
    const at = out.findIndex((m) => m.tokenStart > t.index);
    out.splice(at < 0 ? out.length : at, 0, mention);
    resolver.place(mention);
  }
  if (added.length === 0) return { mentions, entities };
  const byId = new Map(entities.map((e) => [e.id, e]));
  const position = new Map(out.map((m, i) => [m.id, i]));
  for (const m of added) {
    const e = byId.get(m.entity);
    if (!e) continue;
    e.mentions.push(m.id);
    e.mentions.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
  return { mentions: out, entities };
}
