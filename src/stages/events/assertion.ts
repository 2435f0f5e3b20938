// Does the clause assert that a nominal event happened? (plover.json policy
// "assertedNominalsWithoutSource", test/fixtures/README.md rule 9.) Yes when the noun heads the
// subject of a finite verb ("le proteste si sono concretizzate", "Clashes broke out"), is the pivot of
// an existential ("ci sia una disputa", "there were clashes"), or completes a phase construction
// whose subject is the actor ("il paese è in fase di epurazione"), or is the object of a support
// verb ("announced a curfew", "è stato imposto un coprifuoco"). Background uses (after a
// preposition, as another verb's object, as a modifier) are not assertions.
import { baseRelation, caseMarker, spanHead } from '../../core/dependency.js';
import type { DocViews, SentenceView } from './sentence-view.js';

export type NominalRole = 'subject' | 'existential' | 'phase' | 'support';

const PRE_NOUN: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
/** Max tokens between the subject noun and its verb (modifiers, "di X", a short prepositional phrase). */
const SUBJECT_REACH = 10;

/** First token before the noun phrase of the noun at `start` (skipping determiners, adjectives, numbers, possessives). */
function beforeNp(views: DocViews, v: SentenceView, start: number): number {
  const tokens = views.tokens;
  let k = start - 1;
  while (k >= v.start && (PRE_NOUN.has(tokens[k].pos) || views.pack.markers.possessive.has(tokens[k]))) k--;
  return k;
}

/** The verb token of a phase construction governing the noun ("è in fase di", "is in the middle of"), or -1. */
export function phaseVerb(views: DocViews, v: SentenceView, start: number): number {
  const tokens = views.tokens;
  const phase = views.pack.markers.phase;
  const k = beforeNp(views, v, start);
  for (let len = 1; len <= 5; len++) {
    const a = k - len + 1;
    if (a < v.start || phase.matchAt(tokens, a, k + 1) !== len) continue;
    for (let j = a - 1; j >= v.start && j >= a - 4; j--) {
      const t = tokens[j];
      if (t.pos === 'VERB' || t.pos === 'AUX') return j;
      if (t.pos !== 'ADV') break;
    }
  }
  return -1;
}

export function existential(views: DocViews, v: SentenceView, start: number): boolean {
  const tokens = views.tokens;
  const k = beforeNp(views, v, start);
  const ex = views.pack.markers.existential;
  // "ci sono stati scontri", "there have been clashes": auxiliaries and adverbs after the phrase.
  for (let a = k; a >= v.start && a >= k - 5; a--) {
    const len = ex.matchAt(tokens, a, v.end);
    if (len && a + len - 1 <= k) {
      const last = tokens[a + len - 1].lemma;
      for (let j = a + len; j <= k; j++) {
        const t = tokens[j];
        if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.lemma === last)) return false;
      }
      return true;
    }
    const t = tokens[a];
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'VERB' || t.pos === 'PRON' || t.pos === 'PROPN')) return false;
  }
  return false;
}

/** The verb of a finite clause whose subject the parse makes the noun at [start, end), or -1. */
function finiteSubjectOf(views: DocViews, start: number, end: number): number {
  const tokens = views.tokens;
  const noun = tokens[spanHead(tokens, start, end)];
  const verb = noun.head ?? -1;
  if (verb < 0 || baseRelation(noun) !== 'nsubj') return -1;
  return tokens[verb].feats.VerbForm === 'Fin' || views.finiteAuxiliary(verb) ? verb : -1;
}

/**
 * "si sono tenute manifestazioni", "sono scoppiate proteste": the parse makes the noun the subject
 * of a finite verb before it that is no trigger of its own.
 */
function postverbalSubject(views: DocViews, v: SentenceView, start: number, end: number, isTrigger: (tok: number) => boolean): boolean {
  const verb = finiteSubjectOf(views, start, end);
  return verb >= v.start && verb < start && views.tokens[verb].pos === 'VERB' && !isTrigger(verb);
}

/** The noun opens its clause and a finite verb follows its phrase. Returns the verb token or -1. */
function subjectVerb(views: DocViews, v: SentenceView, start: number, end: number): number {
  const tokens = views.tokens;
  const m = views.pack.markers;
  const c = views.clauseOf(v, start);
  let k = beforeNp(views, v, start);
  while (k >= v.start && tokens[k].pos === 'ADV') k--;
  // A verb right before the phrase is fine when a finite verb follows it: a complement clause
  // without "that" ("officials said clashes broke out"); otherwise the phrase is its object.
  const opens = k < v.start || views.clauseOf(v, k) !== c || SUBJECT_OPENERS.has(tokens[k].pos) || m.coord.has(tokens[k]) || m.complementizer.has(tokens[k]) || tokens[k].pos === 'VERB';
  if (!opens || (k >= v.start && views.isPreposition(k))) return -1;
  // ... unless the parse hangs the phrase on that verb: its object ("respingono le accuse e chiedono").
  if (k >= v.start && tokens[k].pos === 'VERB' && tokens[spanHead(tokens, start, end)].head === k) return -1;
  // "since the invasion began", "dopo che gli scontri erano finiti": a temporal clause is background.
  for (let len = 1; len <= 3 && k - len + 1 >= v.start; len++) {
    if (m.background.matchAt(tokens, k - len + 1, k + 1) === len) return -1;
  }
  // Right after the head (and its adjectives) must come the verb or a modifier phrase: a determiner
  // or a noun opens another phrase ("a proposal the government rejected", "accusa il Consiglio").
  let h = end;
  while (h < v.end && tokens[h].pos === 'ADJ') h++;
  if (h < v.end && (tokens[h].pos === 'DET' || tokens[h].pos === 'NOUN' || tokens[h].pos === 'PROPN' || tokens[h].pos === 'NUM' || (tokens[h].pos === 'PRON' && !m.reflexive.has(tokens[h])))) return -1;
  for (let j = end; j < v.end && j < end + SUBJECT_REACH; j++) {
    const t = tokens[j];
    const cj = views.clauseOf(v, j);
    if (cj !== c) {
      if (v.parenthetical.has(cj)) continue;
      return -1;
    }
    if (t.pos === 'AUX' || t.pos === 'VERB' || m.reflexive.has(t)) {
      const gs = j;
      let e = j;
      while (e < v.end && (tokens[e].pos === 'AUX' || tokens[e].pos === 'ADV' || tokens[e].pos === 'PRON' || tokens[e].pos === 'PART')) e++;
      const head = e < v.end && tokens[e].pos === 'VERB' ? e : gs;
      for (let q = gs; q <= head; q++) if (tokens[q].feats.VerbForm === 'Fin' || (tokens[q].pos === 'AUX' && tokens[q].feats.VerbForm !== 'Inf' && tokens[q].feats.VerbForm !== 'Ger')) return head;
      return -1;
    }
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || m.relative.has(t)) return -1;
  }
  return -1;
}

/**
 * The finite verb the parse makes the noun the subject of, when the word-order reading cannot reach
 * it ("The arrest of Samvel Karapetyan, a billionaire close to the church, came a week earlier"), or
 * -1. A temporal clause ("after the invasion began") is background, as in `subjectVerb`.
 */
function parsedSubjectVerb(views: DocViews, v: SentenceView, start: number, end: number): number {
  if (!views.parsed(v)) return -1;
  const verb = finiteSubjectOf(views, start, end);
  if (verb < end || verb >= v.end) return -1;
  const tokens = views.tokens;
  const background = views.pack.markers.background;
  for (let k = v.start; k < start; k++) if (tokens[k].head === verb && baseRelation(tokens[k]) === 'mark' && background.has(tokens[k])) return -1;
  return verb;
}

/**
 * How the clause asserts the noun event at [start, end), if it does. `isTrigger(tok)` says whether
 * a verb is itself a trigger: the passive subject of a trigger is its object ("le sanzioni sono
 * state revocate"), never a separate event.
 */
export function nominalRole(views: DocViews, v: SentenceView, start: number, end: number, isTrigger: (tok: number) => boolean): NominalRole | undefined {
  if (phaseVerb(views, v, start) >= 0) return 'phase';
  if (existential(views, v, start)) return 'existential';
  let verb = subjectVerb(views, v, start, end);
  if (verb < 0) verb = parsedSubjectVerb(views, v, start, end);
  if (verb >= 0 && !(isTrigger(verb) && views.isPassive(v, verb))) return 'subject';
  if (postverbalSubject(views, v, start, end, isTrigger)) return 'subject';
  if (supportVerbObject(views, v, start, end, isTrigger)) return 'support';
  return undefined;
}

/**
 * "la Rijksrecherche ha aperto un'inchiesta", "è stato imposto un coprifuoco", "è stato posto agli
 * arresti domiciliari": the parse makes the
 * noun the passive subject of a support verb that brings its source (light-source), itself no
 * trigger, or its object when the verb's subject names someone (an actor read as something else,
 * say a place; "the coach called a meeting" asserts no meeting).
 */
function supportVerbObject(views: DocViews, v: SentenceView, start: number, end: number, isTrigger: (tok: number) => boolean): boolean {
  const tokens = views.tokens;
  const noun = tokens[spanHead(tokens, start, end)];
  const verb = noun.head ?? -1;
  if (verb < v.start || verb >= v.end || tokens[verb].pos !== 'VERB' || isTrigger(verb) || !views.pack.markers['light-source'].has(tokens[verb])) return false;
  if (noun.deprel === 'nsubj:pass') return true;
  // "è stato posto agli arresti domiciliari": an act put on the passive subject, like a passive verb.
  if (baseRelation(noun) === 'obl' && views.isPassive(v, verb)) {
    const c = caseMarker(tokens, v.start, spanHead(tokens, start, end));
    return c >= 0 && views.pack.markers['placed-under'].has(tokens[c]);
  }
  if (baseRelation(noun) !== 'obj') return false;
  for (let k = v.start; k < v.end; k++) {
    if (tokens[k].head === verb && baseRelation(tokens[k]) === 'nsubj') return tokens[k].pos === 'PROPN' || views.mentionAtToken(v, k) !== undefined;
  }
  return false;
}
