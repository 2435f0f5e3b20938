// Trigger matching: lexicon lookup by lemma, part of speech, multiword sequences, conditions
// (object, context, neighbours, reflexive, passive) and blocks (modifiers, names, fixed phrases).
import { baseRelation, dependentIn } from '../../core/dependency.js';
import type { Mention, Token } from '../../core/types.js';
import { antecedentOf, isPersonNoun, isQuantityNoun, personPronoun } from '../entities/api.js';
import { enclitics } from '../syntax/enclitics.js';
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import type { TriggerEntry, TriggerLexicon } from './lexicon.js';
import type { DocViews, SentenceView } from './sentence-view.js';
import { ploverTable } from './plover.js';

export interface TriggerMatch {
  entry: TriggerEntry;
  tokenStart: number;
  tokenEnd: number;
  passive: boolean;
  /** Rows that passed every condition known before argument finding (source sector, target), in order. */
  alternatives: TriggerEntry[];
}

/**
 * "launched a military offensive with": an adjective closing a noun phrase that has no noun
 * (after a determiner or modifier, before a preposition, punctuation, verb or conjunction) is its head.
 */
function adjectiveHead(tokens: Token[], k: number, start: number, end: number): boolean {
  if (tokens[k].pos !== 'ADJ' || tokens[k].feats.VerbForm === 'Part' || k - 1 < start) return false;
  const prev = tokens[k - 1].pos;
  if (prev !== 'DET' && prev !== 'ADJ' && prev !== 'NUM' && prev !== 'PRON') return false;
  if (k + 1 >= end) return true;
  const next = tokens[k + 1].pos;
  return next === 'ADP' || next === 'PUNCT' || next === 'CCONJ' || next === 'SCONJ' || next === 'VERB' || next === 'AUX';
}

function headPosOk(t: Token, pos: 'VERB' | 'NOUN' | 'ADJ', words = 1): boolean {
  // "a new march" read as the month: a one-word proper noun written in lower case is a common noun
  if (pos === 'NOUN') return t.pos === 'NOUN' || (words === 1 && t.pos === 'PROPN' && t.text === t.norm);
  if (pos === 'ADJ') return t.pos === 'ADJ';
  return t.pos === 'VERB' || (t.pos === 'ADJ' && t.feats.VerbForm === 'Part');
}

/** Adverbs a lemma sequence may hold after its first word ("torneranno presto in piazza", "called again for"). */
const MAX_INNER_ADVERBS = 2;

/**
 * Token index one past a lemma sequence starting at k, skipping determiners (and possessive pronouns:
 * "ordered his arrest") between words and up to
 * MAX_INNER_ADVERBS adverbs after the first; -1 if no match.
 */
function matchSequence(tokens: Token[], k: number, end: number, lemmas: string[]): number {
  let j = k + 1;
  for (let skipped = 0; skipped < MAX_INNER_ADVERBS && j < end && tokens[j].pos === 'ADV' && tokens[j].lemma !== lemmas[1] && tokens[j].norm !== lemmas[1]; skipped++) j++;
  for (let w = 1; w < lemmas.length; w++) {
    while (j < end && (tokens[j].pos === 'DET' || (tokens[j].pos === 'PRON' && tokens[j].feats.Poss === 'Yes')) && tokens[j].lemma !== lemmas[w] && tokens[j].norm !== lemmas[w]) j++;
    if (j >= end || (tokens[j].lemma !== lemmas[w] && tokens[j].norm !== lemmas[w])) return -1;
    j++;
  }
  return j;
}

/** Some word of `words` is in `lemmas`. */
function meets(words: ReadonlySet<string>, lemmas: ReadonlySet<string>): boolean {
  for (const w of words) if (lemmas.has(w)) return true;
  return false;
}

/** Parts of speech after which a participle stands inside a noun phrase ("other sanctioned goods", "Korea's impeached president"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PART']);

/** A verb the parse hangs on token `k` as its open clausal complement (xcomp). */
function governsVerbClause(tokens: Token[], v: SentenceView, k: number): boolean {
  for (let j = v.start; j < v.end; j++) if (tokens[j].head === k && tokens[j].pos === 'VERB' && baseRelation(tokens[j]) === 'xcomp') return true;
  return false;
}

/** What an object condition reads: see TriggerMatcher.complementLemmas. */
interface Complement {
  lemmas: string[];
  /** The object is a pronoun with no antecedent: any object condition is met, or one listing a noun of `nearby`. */
  clitic: boolean;
  nearby: string[];
}

/** The word an object condition lists for an actor of this type ("obj=persona|@per": a named person). */
const entityClass = (m: Mention): string => `@${m.type.toLowerCase()}`;
const PERSON_CLASS = '@per';

export class TriggerMatcher {
  constructor(private readonly views: DocViews, private readonly lexicon: TriggerLexicon) {}

  /** Frames with an object slot; essere + participle of other verbs is an active perfect ("sono sbarcate"). */
  private transitive(frame: string): boolean {
    const f = ploverTable().frame(frame);
    return f !== undefined && f.object !== 'none';
  }

  /**
   * Lemmas of the verb's direct object noun phrase (with its "di"/"of" complements: "milioni di euro
   * di aiuti"), of its subject when passive, or of the noun's "di" complement. `clitic` is true when
   * the object is a clitic pronoun ("l'ha revocata"), which satisfies any object condition.
   */
  private complementLemmas(v: SentenceView, start: number, end: number, pos: string, passiveForm: boolean): Complement {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    const lemmas: string[] = [];
    const c = views.clauseOf(v, start);
    if (pos === 'NOUN') {
      let k = end;
      while (k < v.end && tokens[k].pos === 'ADJ') k++;
      const len = m.of.matchAt(tokens, k, v.end);
      if (!len) return { lemmas, clitic: false, nearby: [] };
      this.collectChain(v, k + len, lemmas);
      return { lemmas, clitic: false, nearby: [] };
    }
    if (passiveForm) {
      for (let k = views.verbGroupStart(v, start) - 1; k >= v.start && views.clauseOf(v, k) === c; k--) {
        const t = tokens[k];
        if (t.pos === 'NOUN' || t.pos === 'PROPN') this.pushNoun(v, k, lemmas);
        else if (t.pos === 'VERB') break;
      }
      this.parsedDependent(v, start, end, 'nsubj', lemmas);
      // "was granted asylum", "è stato concesso l'asilo": the object a passive of a giving verb keeps
      this.parsedDependent(v, start, end, 'obj', lemmas);
      return { lemmas, clitic: false, nearby: [] };
    }
    let clitic = false;
    /** The unresolved object pronoun, when there is one: its nearby nouns may tell what it stands for. */
    let unresolved = -1;
    // "lifted it", "has extended it every fortnight": an object pronoun after the verb in the parse
    // is the object, as a clitic before it is (the noun after it is not).
    const pronoun = this.objectPronounAfter(v, start, end);
    if (pronoun >= 0) {
      clitic = this.pushAntecedent(views.apartAtToken(v, pronoun), lemmas);
      // "removed him from office": a pronoun that only stands for a person is a person, not any object
      if (clitic && personPronoun(views.doc.language.code, tokens[pronoun].norm, tokens[start])) {
        clitic = false;
        lemmas.push('@per');
      }
      if (clitic) unresolved = pronoun;
    } else {
      this.collectChain(v, end, lemmas);
      // "ritirare dal Niger i loro militari": the object the parse finds past an oblique.
      this.parsedDependent(v, start, end, 'obj', lemmas);
      const modified = this.relativeObject(v, start, end);
      if (modified >= 0) this.collectChain(v, modified, lemmas);
    }
    for (let k = Math.max(v.start, views.verbGroupStart(v, start) - 1); k < start; k++) {
      const t = tokens[k];
      // "che hanno ritirato": a relative pronoun is the subject, not an object clitic.
      if (t.pos !== 'PRON' || m.reflexive.has(t) || m['subject-pronoun'].has(t) || m.relative.has(t)) continue;
      // With a parse, only an object clitic counts ("we moved in": "we" is the subject).
      const d = t.deprel === undefined || t.deprel === '' ? undefined : baseRelation(t);
      if (d !== undefined && d !== 'obj' && d !== 'iobj' && d !== 'expl') continue;
      // "gli ha concesso gli arresti domiciliari", "gli ha chiesto di non firmare": a personal dative
      // clitic is a recipient, never the object (a partitive one, without person, still counts: "ne
      // ha fermati centinaia").
      if (d === 'iobj' && t.feats.Person !== undefined) continue;
      // "ne aveva chiesto l'abrogazione", "ne aveva spostato alcune unità": a partitive clitic beside a
      // parsed object that counts nothing is that object's complement ("of it"), not the object
      // ("ne ha fermati centinaia" counts): its antecedent completes the object.
      if (t.feats.Person === undefined && lemmas.length && !lemmas.some((l) => isQuantityNoun(views.doc.language.code, l))) {
        this.pushAntecedent(views.apartAtToken(v, k), lemmas);
        continue;
      }
      // A resolved clitic ("il Viminale lo ha espulso") is its antecedent: "lo" = Almasri is no diplomat.
      if (this.pushAntecedent(views.apartAtToken(v, k), lemmas)) {
        clitic = true;
        unresolved = k;
      }
    }
    // "per arrestarlo", "accusandoli": an object pronoun written inside the verb counts the same way
    // when no object was parsed and it stands for someone ("chiederne le dimissioni": the object is
    // "dimissioni"; "tagliarle" may be anything).
    for (let k = start; k < end && !lemmas.length; k++) {
      for (const c of enclitics(views.doc).get(k) ?? []) {
        const p = views.apartAtToken(v, c.host);
        const resolved = p && p.start === c.start ? p : undefined;
        if (resolved) this.pushAntecedent(resolved, lemmas);
        else if (personPronoun(views.doc.language.code, c.form.toLowerCase(), tokens[c.verb], c.relation)) clitic = true;
      }
    }
    return { lemmas, clitic, nearby: unresolved >= 0 ? this.nounsBefore(v, unresolved, start) : [] };
  }

  /**
   * The words of the nouns before an unresolved object pronoun, in its sentence (before the
   * trigger) and the one before, that agree with it in number and gender and name no actor: what
   * "it" or "la" may stand for ("the ban ... a judge refused to suspend it").
   */
  private nounsBefore(v: SentenceView, pronoun: number, trigger: number): string[] {
    const tokens = this.views.tokens;
    const p = tokens[pronoun].feats;
    const out: string[] = [];
    const agrees = (t: Token) => (p.Number === undefined || t.feats.Number === undefined || p.Number === t.feats.Number)
      && (p.Gender === undefined || t.feats.Gender === undefined || p.Gender === t.feats.Gender);
    const from = v.index > 0 ? this.views.sentence(v.index - 1) : v;
    for (let k = from.start; k < Math.min(pronoun, trigger); k++) {
      const view = k < v.start ? from : v;
      // An actor would have been the pronoun's antecedent had it been one.
      if (tokens[k].pos === 'NOUN' && agrees(tokens[k]) && !this.views.mentionAtToken(view, k)) this.pushNoun(view, k, out);
    }
    return out;
  }

  /** The pronoun after the trigger that the parse makes its only object, or -1 ("grant him asylum": two objects). */
  private objectPronounAfter(v: SentenceView, start: number, end: number): number {
    const tokens = this.views.tokens;
    const m = this.views.pack.markers;
    let pronoun = -1;
    for (let k = v.start; k < v.end; k++) {
      const t = tokens[k];
      const h = t.head ?? -1;
      if (h < start || h >= end || baseRelation(t) !== 'obj') continue;
      // A personal pronoun only: "nothing", "nulla" stand for no noun.
      if (t.pos !== 'PRON' || t.feats.Person === undefined || k < end || m.reflexive.has(t) || m.relative.has(t)) return -1;
      pronoun = k;
    }
    return pronoun;
  }

  /** Offers an object condition the words of a clitic's antecedent; true when it has none (then any condition is met). */
  private pushAntecedent(clitic: Mention | undefined, lemmas: string[]): boolean {
    const tokens = this.views.tokens;
    const ante = clitic && antecedentOf(this.views.doc, clitic);
    if (!ante) return true;
    for (let a = ante.tokenStart; a < ante.tokenEnd; a++) if (tokens[a].pos === 'NOUN' || tokens[a].pos === 'PROPN') lemmas.push(tokens[a].lemma.toLowerCase(), tokens[a].norm);
    lemmas.push(entityClass(ante));
    return false;
  }

  /**
   * "le forniture di armi, che Trump aveva sospeso", "the surcharge he had imposed": the noun a
   * relative clause modifies, when the trigger heads the clause and its object is the relative
   * pronoun or missing; -1 otherwise (and without a parse).
   */
  private relativeObject(v: SentenceView, start: number, end: number): number {
    const tokens = this.views.tokens;
    const verb = tokens[start];
    const noun = verb.head ?? -1;
    if (verb.deprel !== 'acl:relcl' || noun < v.start || noun >= v.end || tokens[noun].pos !== 'NOUN') return -1;
    for (let k = v.start; k < v.end; k++) {
      const h = tokens[k].head ?? -1;
      if (h >= start && h < end && baseRelation(tokens[k]) === 'obj') return this.views.pack.markers.relative.has(tokens[k]) ? noun : -1;
    }
    return noun;
  }

  /**
   * The words a noun at k offers an object condition: its lemma and form, the class and sectors of
   * the actor it names ("@per", "@sector:jrn"), and the classes of the acts it is a trigger of ("@act:coerce").
   */
  private pushNoun(v: SentenceView, k: number, out: string[]): void {
    const t = this.views.tokens[k];
    const lemma = t.lemma.toLowerCase();
    out.push(lemma, t.norm);
    const named = this.views.mentionAtToken(v, k);
    if (named) {
      out.push(entityClass(named));
      // "suspended the BBC": the sectors of the actor it names ("@sector:jrn")
      for (const s of this.views.entity(named.entity)?.sectors ?? []) out.push(`@sector:${s.toLowerCase()}`);
    }
    // "hanno fermato i lottatori": a common noun for a person is a person where a condition asks for one
    else if (t.pos === 'NOUN' && isPersonNoun(this.views.doc.language.code, lemma)) out.push(PERSON_CLASS);
    const acts = this.lexicon.actClasses.get(lemma);
    if (acts) out.push(...acts);
  }

  /** Noun lemmas of the phrase of the trigger's dependent with relation `base` in the parse (none without a parse). */
  private parsedDependent(v: SentenceView, start: number, end: number, base: string, out: string[]): void {
    const tokens = this.views.tokens;
    for (let k = v.start; k < v.end; k++) {
      const h = tokens[k].head ?? -1;
      if (h >= start && h < end && (k < start || k >= end) && baseRelation(tokens[k]) === base && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) {
        this.collectChain(v, k, out);
        return;
      }
    }
  }

  /** Noun lemmas of the noun phrase starting at `k` and of its "di"/"of" complements. */
  private collectChain(v: SentenceView, k: number, out: string[]): void {
    const views = this.views;
    const tokens = views.tokens;
    const m = views.pack.markers;
    let nouns = 0;
    const adjs: number[] = [];
    for (; k < v.end && nouns < 6; k++) {
      const t = tokens[k];
      if (t.pos === 'ADJ') adjs.push(k);
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        this.pushNoun(v, k, out);
        nouns++;
        continue;
      }
      // A plural noun mistagged as a verb right after a number or determiner still names the object.
      if (t.pos === 'VERB' && nouns === 0 && k > 0 && (tokens[k - 1].pos === 'NUM' || tokens[k - 1].pos === 'DET' || m.possessive.has(tokens[k - 1]))) { out.push(t.lemma.toLowerCase(), t.norm); nouns++; continue; }
      // ...and so is a present "verb" right after a modifier noun or name ("18 Leopard tanks", "IAEA inspectors").
      if (t.pos === 'VERB' && nouns > 0 && t.feats.VerbForm === 'Fin' && t.feats.Tense === 'Pres' && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) { out.push(t.lemma.toLowerCase(), t.norm); break; }
      if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || m.possessive.has(t) || m.genitive.has(t)) continue;
      // "most of its military aid", "parte degli aiuti": a quantifier before "of".
      if (m.of.has(t) && (nouns > 0 || (k > 0 && (tokens[k - 1].pos === 'ADJ' || tokens[k - 1].pos === 'DET' || tokens[k - 1].pos === 'NUM')))) continue;
      if (nouns === 0 && t.pos === 'PRON') continue;
      break;
    }
    // "un nuovo missile" with the noun tagged as an adjective: modifiers come last, after the nouns.
    for (const a of adjs) out.push(tokens[a].lemma.toLowerCase(), tokens[a].norm);
  }

  private blocked(v: SentenceView, k: number, end: number, pos: 'VERB' | 'NOUN' | 'ADJ'): boolean {
    const views = this.views;
    const tokens = views.tokens;
    for (let s = Math.max(v.start, k - 4); s <= k; s++) {
      const len = views.pack.blocks.matchAt(tokens, s, v.end);
      if (len && s + len > k) return true;
    }
    if (pos !== 'NOUN') return false;
    const m = views.mentionAtToken(v, k);
    // a mention is no event, unless the trigger runs past it ("intelligence sharing")
    if (m && m.tokenEnd >= end && !(m.tokenStart === k && m.tokenEnd === end && m.kind === 'group')) return true;
    if (views.pack.settings.get('noun-compound-modifier') === 'yes') {
      const next = tokens[end];
      if (end < v.end && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !views.mentionAtToken(v, end)))) return true;
    }
    return false;
  }

  /**
   * The first token of [start, end) that opens a lexicon entry, or -1: no token before it can start a
   * match, so a sentence without one needs no view and matching starts there.
   */
  firstCandidate(start: number, end: number): number {
    const tokens = this.views.tokens;
    const byFirst = this.lexicon.byFirst;
    for (let k = start; k < end; k++) {
      const t = tokens[k];
      if (byFirst.has(t.lemma) || (t.norm !== t.lemma && byFirst.has(t.norm))) return k;
      // a verb phrase whose verb the tagger read as a noun or adjective ("a police officer shot dead")
      if ((t.pos === 'NOUN' || t.pos === 'ADJ') && this.verbPhraseEntries(t)) return k;
    }
    return -1;
  }

  /** Per word form: the multiword verb entries of its verb readings in the morph lexicon (none: undefined). */
  private readonly phraseMemo = new Map<string, TriggerEntry[] | undefined>();

  private verbPhraseEntries(t: Token): TriggerEntry[] | undefined {
    const key = t.norm;
    if (this.phraseMemo.has(key)) return this.phraseMemo.get(key);
    let out: TriggerEntry[] | undefined;
    const seen = new Set<string>();
    for (const c of candidates(key, morphData(this.views.doc.language.code)).list) {
      if (c.pos !== 'VERB' || seen.has(c.lemma)) continue;
      seen.add(c.lemma);
      // a phrase whose rest is a content word ("fire", "dead"), not a preposition: "the recipe calls for eggs"
      for (const e of this.lexicon.byFirst.get(c.lemma) ?? []) if (e.pos === 'VERB' && e.lemmas.length > 1 && !this.views.pack.markers.preposition.hasWord(e.lemmas[1])) (out ??= []).push(e);
    }
    this.phraseMemo.set(key, out);
    return out;
  }

  /** The token's form has a gerund reading in the morph lexicon ("opening"). */
  private gerundForm(t: Token): boolean {
    return candidates(t.norm, morphData(this.views.doc.language.code)).list.some((c) => c.pos === 'VERB' && c.feats.VerbForm === 'Ger');
  }

  /** Trigger matches of the sentence; `from` (a firstCandidate result) skips tokens known to open nothing. */
  matchSentence(v: SentenceView, from: number = v.start): TriggerMatch[] {
    const views = this.views;
    const tokens = views.tokens;
    const out: TriggerMatch[] = [];
    let ctxLemmas: Set<string> | undefined;
    for (let k = from; k < v.end; k++) {
      const t = tokens[k];
      const own = this.lexicon.byFirst.get(t.lemma) ?? (t.norm !== t.lemma ? this.lexicon.byFirst.get(t.norm) : undefined);
      // "a police officer shot dead", "opening fire": a verb phrase whose verb the tagger read as a noun or adjective
      // (not after a determiner or adjective, where the noun is meant: "organize a call for Mike")
      // (after a preposition only a gerund: "accused the troops of opening fire")
      const phrases = (t.pos === 'NOUN' || t.pos === 'ADJ') && !(k > v.start && NOUN_PHRASE_OPENERS.has(tokens[k - 1].pos) && !(tokens[k - 1].pos === 'ADP' && this.gerundForm(t)))
        ? this.verbPhraseEntries(t) : undefined;
      const list = phrases ? [...(own ?? []).filter((e) => !phrases.includes(e)), ...phrases] : own;
      if (!list) continue;
      let chosen: TriggerMatch | undefined;
      let comp: Complement | undefined;
      /** Whether some entry's object condition lists a noun near an unresolved object pronoun: then only such entries pass. */
      let nearbyListed: boolean | undefined;
      // Tests of the token shared by its entries, made once when first needed.
      let passiveAt: boolean | undefined;
      let reflexiveAt: boolean | undefined;
      // A participle used as a noun ("trecento detenuti", "gli arrestati") is not a verb event.
      // (only a determiner of the participle itself makes it one: not "were each sentenced")
      const before = k > v.start ? tokens[k - 1] : undefined;
      const ownDeterminer = before?.pos === 'DET' && (!before.deprel || (before.head === k && baseRelation(before) === 'det'));
      const nominalised = t.feats.VerbForm === 'Part' && k > v.start && (ownDeterminer || tokens[k - 1].pos === 'NUM'
        // "the release of jailed mayor X": a participle between a preposition and its noun modifies the noun.
        || (tokens[k - 1].pos === 'ADP' && k + 1 < v.end && (tokens[k + 1].pos === 'NOUN' || tokens[k + 1].pos === 'PROPN') && !(passiveAt ??= views.isPassive(v, k))))
        // "called the killing inexcusable": a gerund with a determiner of its own names an act, it does not tell one
        || (t.feats.VerbForm === 'Ger' && ownDeterminer && !!before.deprel);
      // "called the decree an attack": a predicate noun of a naming verb characterises its object.
      const namingPredicate = t.head !== undefined && t.head >= 0 && baseRelation(t) === 'xcomp' && views.pack.markers.naming.has(tokens[t.head]);
      // "sanctioned goods", "the impeached president": a participle before its noun is a state of the
      // noun, background like an agentless reduced relative (docs/annotation.md section 2).
      // Only inside a noun phrase: after a determiner, adjective, numeral, possessive or preposition
      // (an English finite past read as a participle follows its subject: "Youths torched cars").
      const attributive = t.feats.VerbForm === 'Part' && t.feats.Tense === 'Past' && t.head !== undefined && t.head > k && baseRelation(t) === 'amod' &&
        k > v.start && NOUN_PHRASE_OPENERS.has(tokens[k - 1].pos);
      // "a group called APT31", "un movimento chiamato Ultima Generazione": a naming verb between a noun and a name gives the noun's name, no act
      // (a past form, not the verb of a subject: "the president called Navalny a traitor", "a motion calling China's treatment a genocide")
      const givesName = views.pack.markers.naming.has(t) && t.feats.Tense === 'Past' && k > v.start && k + 1 < v.end && tokens[k - 1].pos === 'NOUN' && tokens[k + 1].pos === 'PROPN' &&
        dependentIn(tokens, v.start, v.end, k, 'nsubj') < 0;
      for (const e of list) {
        if (e.pos === 'VERB' && (nominalised || attributive || givesName)) continue;
        if (e.pos === 'NOUN' && namingPredicate) continue;
        // A multiword noun may open with its modifier ("formal protest", "joint exercise").
        if (!headPosOk(t, e.pos, e.lemmas.length) && !(e.pos === 'NOUN' && t.pos === 'ADJ' && (e.lemmas.length > 1 || adjectiveHead(tokens, k, v.start, v.end))) && !phrases?.includes(e)) continue;
        const end = e.lemmas.length === 1 ? k + 1 : matchSequence(tokens, k, v.end, e.lemmas);
        if (end < 0) continue;
        // "drone struck" is not the noun "drone strike".
        if (e.pos === 'NOUN' && end - k > 1 && tokens[end - 1].pos === 'VERB' && tokens[end - 1].feats.VerbForm === 'Fin' && tokens[end - 1].feats.Tense === 'Past') continue;
        if (chosen && end !== chosen.tokenEnd) continue;
        const passiveForm = e.pos === 'VERB' && (passiveAt ??= views.isPassive(v, k));
        const passive = passiveForm && this.transitive(e.frame);
        const c = e.cond;
        if (c.passive !== undefined && c.passive !== passive) continue;
        if (c.refl !== undefined && c.refl !== (reflexiveAt ??= views.isReflexive(v, k))) continue;
        if (c.xcomp !== undefined && c.xcomp !== governsVerbClause(tokens, v, k)) continue;
        if (c.next && !(end < v.end && (c.next.has(tokens[end].lemma) || c.next.has(tokens[end].norm)))) continue;
        if (c.prev && !(k - 1 >= v.start && (c.prev.has(tokens[k - 1].lemma) || c.prev.has(tokens[k - 1].norm)))) continue;
        if (c.obj || c.noobj) {
          comp ??= this.complementLemmas(v, k, end, e.pos, passiveForm);
          if (c.obj && !comp.lemmas.some((l) => c.obj?.has(l))) {
            if (!comp.clitic) continue;
            const near = comp.nearby;
            nearbyListed ??= list.some((x) => x.cond.obj !== undefined && near.some((l) => x.cond.obj?.has(l)));
            if (nearbyListed && !near.some((l) => c.obj?.has(l))) continue;
          }
          if (c.noobj && comp.lemmas.length && c.noobj.has(comp.lemmas[0])) continue;
        }
        if (c.nonext) {
          // the first word after the adverbs, or one of them ("pleaded guilty" with "guilty" read as an adverb)
          let j = end;
          let listed = false;
          for (; j < v.end && !listed; j++) {
            listed = c.nonext.has(tokens[j].lemma) || c.nonext.has(tokens[j].norm);
            if (tokens[j].pos !== 'ADV') break;
          }
          if (listed) continue;
        }
        if (c.ctx || c.noctx) {
          if (!ctxLemmas) {
            ctxLemmas = new Set();
            for (let j = v.start; j < v.end; j++) {
              const lemma = tokens[j].lemma.toLowerCase();
              ctxLemmas.add(lemma).add(tokens[j].norm);
              for (const c of this.lexicon.ctxClasses.get(`${lemma} ${tokens[j].pos}`) ?? []) ctxLemmas.add(c);
            }
          }
          if (c.ctx && !meets(c.ctx, ctxLemmas)) continue;
          if (c.noctx && meets(c.noctx, ctxLemmas)) continue;
        }
        if (!chosen) chosen = { entry: e, tokenStart: k, tokenEnd: end, passive, alternatives: [e] };
        else chosen.alternatives.push(e);
        if (!e.cond.src && !e.cond.tgt) break;
      }
      if (!chosen) continue;
      if (this.blocked(v, k, chosen.tokenEnd, chosen.entry.pos)) continue;
      out.push(chosen);
      k = chosen.tokenEnd - 1;
    }
    return out;
  }
}
