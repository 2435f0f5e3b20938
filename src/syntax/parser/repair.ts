// Repairs of parses that break a universal constraint of UD, applied after decoding (REPAIRS at
// the end, in order). Each reads only UD relations, UPOS and FEATS, so it holds for every
// language; the words it moves carry its rule id.
//
// relcl-root: "The protesters who occupied the square were dispersed by police." A greedy parser
// can close the relative clause too late and read "the square were dispersed" as a clause inside
// it, leaving the sentence without a verbal root: root = "protesters", "dispersed" a ccomp of
// "occupied" with "square" its subject. When the root is a nominal whose relative clause holds such
// a finite clause (no complementizer, its subject right after the relative verb, which has no
// object yet), and number agreement does not side with the parse (a finite verb that agrees with
// the inner subject but not with the nominal), the finite clause becomes the root, the nominal its
// subject, and the inner subject the relative verb's object.
import type { TaggedWord } from '../types.js';
import type { ParseResult } from './parser.js';

export const RELCL_ROOT_RULE = 'syntax.repair.relcl-root';
export const CASE_SUBJECT_RULE = 'syntax.repair.case-subject';
export const CASELESS_NMOD_RULE = 'syntax.repair.caseless-nmod';
export const ACTIVE_SUBJECT_RULE = 'syntax.repair.active-subject';
export const RELCL_HEAD_RULE = 'syntax.repair.relcl-head';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const SUBJECT = new Set(['nsubj', 'nsubj:pass']);
const INNER_CLAUSE = new Set(['ccomp', 'parataxis']);

function feature(feats: string, name: string): string | undefined {
  if (feats === '_') return undefined;
  for (const pair of feats.split('|')) if (pair.startsWith(name) && pair[name.length] === '=') return pair.slice(name.length + 1);
  return undefined;
}

/** 0-based children of word w (0-based) in a 1-based head array. */
function children(heads: Int32Array, w: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < heads.length; i++) if (heads[i] === w + 1) out.push(i);
  return out;
}

/** The Number of the finite form of a clause: its finite auxiliary or copula, else the verb itself. */
function finiteNumber(words: readonly TaggedWord[], r: ParseResult, verb: number): { finite: boolean; number?: string } {
  for (const c of children(r.heads, verb)) {
    if ((r.deprels[c] === 'aux' || r.deprels[c] === 'aux:pass' || r.deprels[c] === 'cop') && feature(words[c].feats, 'VerbForm') === 'Fin') {
      return { finite: true, number: feature(words[c].feats, 'Number') };
    }
  }
  const own = feature(words[verb].feats, 'VerbForm') === 'Fin';
  return { finite: own, number: own ? feature(words[verb].feats, 'Number') : undefined };
}

/** Applies the relcl-root repair in place; returns the 0-based words whose head or label changed. */
export function repairRelativeClauseRoot(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const root = heads.indexOf(0);
  if (root < 0 || !NOMINAL.has(words[root].upos)) return [];
  for (const rel of children(heads, root)) {
    if (deprels[rel] !== 'acl:relcl' || rel < root) continue;
    const relKids = children(heads, rel);
    if (relKids.some((c) => deprels[c] === 'obj')) continue;
    for (const inner of relKids) {
      if (inner < rel || !INNER_CLAUSE.has(deprels[inner])) continue;
      const innerKids = children(heads, inner);
      if (innerKids.some((c) => deprels[c] === 'mark')) continue;
      const subject = innerKids.find((c) => SUBJECT.has(deprels[c]) && c > rel && c < inner);
      if (subject === undefined) continue;
      const { finite, number } = finiteNumber(words, r, inner);
      if (!finite) continue;
      const rootNumber = feature(words[root].feats, 'Number');
      const subjectNumber = feature(words[subject].feats, 'Number');
      // The finite verb agrees with the inner subject and not with the nominal: the parse is right.
      if (number !== undefined && rootNumber !== undefined && number !== rootNumber) continue;
      if (number !== undefined && subjectNumber === number && rootNumber !== number) continue;
      const changed = [inner, root, subject];
      heads[inner] = 0;
      deprels[inner] = 'root';
      heads[root] = inner + 1;
      deprels[root] = deprels[subject];
      heads[subject] = rel + 1;
      deprels[subject] = 'obj';
      // Sentence punctuation after the clause follows the new root.
      for (const c of children(heads, root)) {
        if (deprels[c] === 'punct' && c > inner) {
          heads[c] = inner + 1;
          changed.push(c);
        }
      }
      return changed;
    }
  }
  return [];
}

/**
 * case-subject: "In Paris police fired tear gas", "In Bordeaux protesters set fire": the parser reads
 * a clause-opening place and the subject after it as one noun phrase, whose case marker then sits
 * on the subject (a subject never has one), or which becomes an oblique and leaves the verb without
 * a subject. When a common noun's only compound is a proper noun between the marker and it, the
 * proper noun becomes the verb's oblique, with the marker, and the common noun the subject.
 */
export function repairCaseOnSubject(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const moved: number[] = [];
  for (let n = 0; n < heads.length; n++) {
    if (!NOMINAL.has(words[n].upos)) continue;
    const asSubject = SUBJECT.has(deprels[n]);
    if (!asSubject && deprels[n] !== 'obl') continue;
    const verb = heads[n] - 1;
    if (verb < 0 || words[verb].upos !== 'VERB') continue;
    const kids = children(heads, n);
    const marker = kids.find((c) => deprels[c] === 'case' && c < n);
    if (marker === undefined) continue;
    // The words between the marker and the noun: one compound of the noun and the words under it.
    const comps = kids.filter((c) => deprels[c] === 'compound' && c > marker);
    if (comps.length !== 1) continue;
    const modifier = comps[0];
    // A place name before a common noun, the marker opening the clause.
    if (words[modifier].upos !== 'PROPN' || words[n].upos !== 'NOUN') continue;
    if (marker > 0 && words[marker - 1].upos !== 'PUNCT' && words[marker - 1].upos !== 'CCONJ') continue;
    let inside = true;
    for (let k = marker + 1; k < n && inside; k++) inside = k === modifier || under(heads, k, modifier);
    if (!inside) continue;
    const verbKids = children(heads, verb);
    if (!asSubject && verbKids.some((c) => SUBJECT.has(deprels[c]))) continue;
    heads[modifier] = verb + 1;
    deprels[modifier] = 'obl';
    heads[marker] = modifier + 1;
    if (!asSubject) deprels[n] = verbKids.some((c) => deprels[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    moved.push(marker, modifier, n);
  }
  return moved;
}

/** Modifiers that make a noun a full noun phrase ("tre giornalisti", "uomini armati", "his government"), not a bare time word ("giovedì sera"). */
const PHRASE_MODIFIERS = new Set(['det', 'det:poss', 'nummod', 'amod', 'nmod:poss']);

/**
 * caseless-nmod: "Sono stati arrestati ieri a Minsk tre giornalisti", "All'alba di domenica uomini
 * armati hanno assaltato la caserma", "in the south of Chile his government now looks...": the
 * parser hangs the subject after an oblique on that oblique as a nominal modifier, though a
 * nominal modifier needs a case marker and this one has none. When a finite verb's oblique holds
 * such a noun phrase (its own determiner, numeral or adjective), the verb has no subject, and the
 * verb's number does not disagree, the noun phrase becomes the verb's subject.
 */
export function repairCaselessModifier(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const moved: number[] = [];
  for (let n = 0; n < heads.length; n++) {
    // (or as a conjunct with no conjunction and no list comma: "A gennaio il capo delle forze armate
    // ... aveva criticato" with "il capo" joined to "gennaio")
    if ((deprels[n] !== 'nmod' && deprels[n] !== 'conj' && deprels[n] !== 'compound') || words[n].upos !== 'NOUN') continue;
    const oblique = heads[n] - 1;
    if (oblique < 0 || !deprels[oblique].startsWith('obl')) continue;
    const verb = heads[oblique] - 1;
    if (verb < 0 || words[verb].upos !== 'VERB') continue;
    const kids = children(heads, n);
    // ... or a complement with its own preposition ("Da sabato migliaia di giovani manifestano"),
    // the only sign a noun the parser compounded with the oblique has
    const complement = kids.some((c) => deprels[c] === 'nmod' && c > n && children(heads, c).some((k) => deprels[k] === 'case'));
    const phrase = complement || (deprels[n] !== 'compound' && kids.some((c) => PHRASE_MODIFIERS.has(deprels[c])));
    if (kids.some((c) => deprels[c] === 'case') || !phrase) continue;
    if (deprels[n] === 'conj' && kids.some((c) => deprels[c] === 'cc' || (deprels[c] === 'punct' && c < n))) continue;
    const verbKids = children(heads, verb);
    if (verbKids.some((c) => SUBJECT.has(deprels[c]) || deprels[c] === 'csubj' || deprels[c] === 'expl')) continue;
    const { finite, number } = finiteNumber(words, r, verb);
    if (!finite) continue;
    const own = feature(words[n].feats, 'Number');
    if (number !== undefined && own !== undefined && number !== own) continue;
    // a compound only as a plural count agreeing with a plural verb ("centinaia di studenti manifestano")
    if (deprels[n] === 'compound' && (own !== 'Plur' || number !== 'Plur')) continue;
    heads[n] = verb + 1;
    deprels[n] = verbKids.some((c) => deprels[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    moved.push(n);
  }
  return moved;
}

/**
 * active-subject: "after gendarmes had forcibly removed opposition deputies": a passive subject
 * needs a passive verb, and a verb with a direct object but no passive auxiliary or passive
 * pronoun is active, so its `nsubj:pass` before it is its `nsubj` (a passive with an object, "he
 * was given a book", has its `aux:pass`).
 */
export function repairActiveSubject(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const moved: number[] = [];
  for (let n = 0; n < heads.length; n++) {
    if (deprels[n] !== 'nsubj:pass') continue;
    const verb = heads[n] - 1;
    // Only a subject before its verb: a noun after it labelled so is more often a misread object or apposition.
    if (verb < 0 || n > verb) continue;
    const kids = children(heads, verb);
    // (or a finite verb itself: a passive needs an auxiliary or a passive pronoun, "thousands marched")
    const active = kids.some((c) => deprels[c] === 'obj') || feature(words[verb].feats, 'VerbForm') === 'Fin';
    if (!active || kids.some((c) => deprels[c] === 'aux:pass' || deprels[c] === 'expl:pass')) continue;
    deprels[n] = 'nsubj';
    moved.push(n);
  }
  return moved;
}

/**
 * relcl-head: "è stato espulso dalle autorità di Bamako, che lo accusano di ingerenza": a relative
 * clause modifies a nominal, but the parser may hang it on the verb of the clause before. It then
 * goes to the nearest nominal before it under that verb, with no punctuation but the comma before
 * the clause between them, whose number does not disagree with the relative clause's finite verb.
 */
export function repairRelativeClauseHead(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const moved: number[] = [];
  for (let c = 0; c < heads.length; c++) {
    if (deprels[c] !== 'acl:relcl') continue;
    const verb = heads[c] - 1;
    if (verb < 0 || verb > c || (words[verb].upos !== 'VERB' && words[verb].upos !== 'AUX')) continue;
    const { number } = finiteNumber(words, r, c);
    // the clause's first word: its relative pronoun or the first word of its subtree
    let first = c;
    for (let k = c - 1; k > verb && (heads[k] - 1 === c || under(heads, k, c)); k--) first = k;
    // only a clause opened by its relative word (a pronoun or determiner: "che", "who", "whose")
    if (words[first].upos !== 'PRON' && words[first].upos !== 'DET') continue;
    for (let k = first - 1; k > verb; k--) {
      if (words[k].upos === 'PUNCT' && k !== first - 1) break;
      if (!NOMINAL.has(words[k].upos) || !(heads[k] - 1 === verb || under(heads, k, verb))) continue;
      // "le autorità di Bamako, che ...": the noun a name with a preposition modifies, not the name
      // ("il giudice Pablo Llarena, che ...": a name without one is the referent)
      let n = k;
      if (words[n].upos === 'PROPN' && deprels[n] === 'nmod' && heads[n] - 1 > verb && NOMINAL.has(words[heads[n] - 1].upos) && children(heads, n).some((x) => deprels[x] === 'case')) n = heads[n] - 1;
      const own = feature(words[n].feats, 'Number');
      if (number !== undefined && own !== undefined && own !== number) continue;
      heads[c] = n + 1;
      moved.push(c);
      break;
    }
  }
  return moved;
}

/** Word k lies in the subtree of word top (0-based words, 1-based heads). */
function under(heads: Int32Array, k: number, top: number): boolean {
  for (let h = heads[k] - 1, steps = 0; h >= 0 && steps < heads.length; h = heads[h] - 1, steps++) if (h === top) return true;
  return false;
}

/**
 * finite-acl-root: "Security forces used water cannon to push them back": the parser makes the
 * subject the root and the verb after it a clausal modifier of it (acl), though a finite verb with
 * no subject and no complementizer of its own cannot modify a noun (a finite relative clause is
 * acl:relcl). When the root is a nominal without a case marker and such a verb with an object
 * follows it, the verb becomes the root and the nominal its subject; the punctuation after the verb
 * follows it.
 */
export function repairFiniteClausalModifier(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const root = heads.indexOf(0);
  if (root < 0 || !NOMINAL.has(words[root].upos)) return [];
  const rootKids = children(heads, root);
  if (rootKids.some((c) => deprels[c] === 'case')) return [];
  const verb = rootKids.find((c) => c > root && deprels[c] === 'acl' && words[c].upos === 'VERB' && feature(words[c].feats, 'VerbForm') === 'Fin');
  if (verb === undefined) return [];
  const verbKids = children(heads, verb);
  // its object shows a clause ("prices compared to anyone" is a participle the tagger read as finite)
  if (verbKids.some((c) => SUBJECT.has(deprels[c]) || deprels[c] === 'mark') || !verbKids.some((c) => deprels[c] === 'obj')) return [];
  return rootAsSubject(r, root, verb, rootKids);
}

/**
 * Makes `verb` the root and the nominal `root` its subject; the punctuation after the verb that
 * hung on the nominal follows the verb. Returns the words moved.
 */
function rootAsSubject(r: ParseResult, root: number, verb: number, rootKids: readonly number[]): number[] {
  const { heads, deprels } = r;
  const changed = [verb, root];
  heads[verb] = 0;
  deprels[verb] = 'root';
  heads[root] = verb + 1;
  deprels[root] = 'nsubj';
  for (const c of rootKids) {
    if (c > verb && deprels[c] === 'punct') {
      heads[c] = verb + 1;
      changed.push(c);
    }
  }
  return changed;
}

export const FINITE_ACL_ROOT_RULE = 'syntax.repair.finite-acl-root';

/**
 * relcl-conj-root: "Najib, who denies any wrongdoing, accused the court ...": the parser closes the
 * relative clause too late and hangs the main verb on it as a conjunct or a parataxis, leaving the
 * subject as the root. When the nominal root has a relative clause after a comma, with a pronoun
 * subject, and a finite verb inside that clause comes after a comma with no conjunction, no
 * subject and no complementizer of its own, that verb becomes the root and the nominal its subject.
 */
export function repairRelativeClauseConjunctRoot(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const root = heads.indexOf(0);
  if (root < 0 || !NOMINAL.has(words[root].upos) || words[root].upos === 'PRON') return [];
  const rootKids = children(heads, root);
  if (rootKids.some((c) => deprels[c] === 'case')) return [];
  // the comma after the root's name ("Donald Trump, who ...")
  let comma = root + 1;
  while (comma < heads.length && heads[comma] === root + 1 && deprels[comma].startsWith('flat')) comma++;
  if (comma >= heads.length || words[comma].form !== ',') return [];
  for (const rel of rootKids) {
    if (deprels[rel] !== 'acl:relcl' || rel <= comma) continue;
    if (!children(heads, rel).some((c) => SUBJECT.has(deprels[c]) && words[c].upos === 'PRON' && c < rel)) continue;
    for (let v = rel + 1; v < heads.length; v++) {
      if (words[v].upos !== 'VERB' || feature(words[v].feats, 'VerbForm') !== 'Fin' || (deprels[v] !== 'conj' && deprels[v] !== 'parataxis')) continue;
      if (!under(heads, v, rel) || words[v - 1].form !== ',') continue;
      const kids = children(heads, v);
      if (kids.some((c) => SUBJECT.has(deprels[c]) || deprels[c] === 'cc' || deprels[c] === 'mark')) continue;
      return rootAsSubject(r, root, v, rootKids);
    }
  }
  return [];
}

export const RELCL_CONJ_ROOT_RULE = 'syntax.repair.relcl-conj-root';

/** A finite clause head with no subject, complementizer or conjunction of its own: it cannot hang inside another clause. */
function bareFiniteClause(words: readonly TaggedWord[], r: ParseResult, v: number): boolean {
  if (words[v].upos !== 'VERB' || !finiteNumber(words, r, v).finite) return false;
  return !children(r.heads, v).some((c) => SUBJECT.has(r.deprels[c]) || r.deprels[c] === 'mark' || r.deprels[c] === 'cc');
}

const UNDER_PARTICIPLE = new Set(['advcl', 'xcomp', 'ccomp', 'conj', 'parataxis']);

/**
 * reduced-relative-root: "The tariffs imposed by Washington took effect on Monday", "The strike
 * called by the union began on Monday". A greedy parser reads the participle after the subject as
 * the main verb (root, the noun its subject) or keeps the noun as the root with the participle as
 * its clausal modifier, and in both hangs the real main verb under the participle, although that
 * verb is finite and has no subject, complementizer or conjunction of its own (a finite verb is no
 * xcomp, and a clause under a participle would need one of those). The finite verb becomes the
 * root, the noun its subject and the participle a clausal modifier (acl) of the noun; what followed
 * the finite verb on the participle (or on the noun root) follows the finite verb.
 */
export function repairReducedRelativeRoot(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const root = heads.indexOf(0);
  if (root < 0) return [];
  let noun: number;
  let participle: number;
  if (NOMINAL.has(words[root].upos) && words[root].upos !== 'PRON') {
    noun = root;
    const kids = children(heads, root);
    if (kids.some((c) => deprels[c] === 'case')) return [];
    const acl = kids.find((c) => c === root + 1 && deprels[c] === 'acl' && words[c].upos === 'VERB' && feature(words[c].feats, 'VerbForm') === 'Part');
    if (acl === undefined) return [];
    participle = acl;
  } else if (words[root].upos === 'VERB' && feature(words[root].feats, 'VerbForm') === 'Part') {
    participle = root;
    const kids = children(heads, root);
    if (kids.some((c) => deprels[c].startsWith('aux') || deprels[c] === 'obj' || deprels[c] === 'cop')) return [];
    const subject = kids.find((c) => deprels[c] === 'nsubj' && c === root - 1 && NOMINAL.has(words[c].upos) && words[c].upos !== 'PRON');
    if (subject === undefined) return [];
    noun = subject;
  } else return [];
  const participleKids = children(heads, participle);
  const verb = participleKids.find((c) => c > participle + 1 && UNDER_PARTICIPLE.has(deprels[c]) && bareFiniteClause(words, r, c));
  if (verb === undefined) return [];
  // the participle has a phrase of its own before the verb ("imposed by Washington")
  if (!participleKids.some((c) => c > participle && c < verb && deprels[c] !== 'punct')) return [];
  // "A&E came out, charged a fee": a comma before the verb alone is an asyndetic coordination
  if (deprels[verb - 1] === 'punct' && deprels[participle - 1] !== 'punct') return [];
  // no finite verb of the participle's own clause between them ("the strike called by the union that began")
  for (let k = participle + 1; k < verb; k++) if (words[k].upos === 'VERB' && feature(words[k].feats, 'VerbForm') === 'Fin' && !under(heads, k, verb)) return [];
  const changed = [verb, noun];
  const movedKids = noun === root ? children(heads, root) : participleKids;
  heads[verb] = 0;
  deprels[verb] = 'root';
  heads[noun] = verb + 1;
  deprels[noun] = 'nsubj';
  if (participle === root) {
    heads[participle] = noun + 1;
    deprels[participle] = 'acl';
    changed.push(participle);
  }
  for (const c of movedKids) {
    if (c > verb) {
      heads[c] = verb + 1;
      changed.push(c);
    }
  }
  return changed;
}

export const REDUCED_RELATIVE_ROOT_RULE = 'syntax.repair.reduced-relative-root';

/**
 * aux-object: "they have since detained dozens of protesters". With an adverb between the
 * auxiliary and its participle a greedy parser can read the participle as an adjective of the noun
 * after it and give that noun to the auxiliary as its object. An auxiliary has no object in UD: the
 * participle between them becomes the head of the clause (taking the auxiliary's place and its
 * other dependents), the auxiliary its aux and the noun its object. On the UD treebanks the parser
 * builds this only with a non-finite "have" the tagger read as an auxiliary ("could have feathered
 * feet", EWT train: 2), so the auxiliary must be finite.
 */
export function repairAuxiliaryObject(words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  for (let a = 0; a < heads.length; a++) {
    if (words[a].upos !== 'AUX' || feature(words[a].feats, 'VerbForm') !== 'Fin') continue;
    const kids = children(heads, a);
    const object = kids.find((c) => c > a && deprels[c] === 'obj');
    if (object === undefined) continue;
    let participle = -1;
    for (let p = a + 1; p < object; p++) {
      if (heads[p] === object + 1 && deprels[p] === 'amod' && words[p].upos === 'VERB' && feature(words[p].feats, 'VerbForm') === 'Part') participle = p;
    }
    if (participle < 0) continue;
    const changed = [participle, a, object];
    heads[participle] = heads[a];
    deprels[participle] = deprels[a];
    heads[a] = participle + 1;
    deprels[a] = 'aux';
    heads[object] = participle + 1;
    for (const c of kids) {
      if (c === object) continue;
      heads[c] = participle + 1;
      changed.push(c);
    }
    // the adverb between them, read as the noun's case marker ("since"), modifies the verb
    for (let k = a + 1; k < participle; k++) {
      if (heads[k] === object + 1 && (deprels[k] === 'case' || deprels[k] === 'mark')) {
        heads[k] = participle + 1;
        deprels[k] = 'advmod';
        changed.push(k);
      }
    }
    return changed;
  }
  return [];
}

export const AUX_OBJECT_RULE = 'syntax.repair.aux-object';

/** The repairs in the order parse() applies them, with their rule ids. */
export const REPAIRS: [string, (words: readonly TaggedWord[], r: ParseResult) => number[]][] = [
  [FINITE_ACL_ROOT_RULE, repairFiniteClausalModifier],
  [RELCL_CONJ_ROOT_RULE, repairRelativeClauseConjunctRoot],
  [REDUCED_RELATIVE_ROOT_RULE, repairReducedRelativeRoot],
  [RELCL_ROOT_RULE, repairRelativeClauseRoot],
  [CASE_SUBJECT_RULE, repairCaseOnSubject],
  [CASELESS_NMOD_RULE, repairCaselessModifier],
  [ACTIVE_SUBJECT_RULE, repairActiveSubject],
  [RELCL_HEAD_RULE, repairRelativeClauseHead],
  [AUX_OBJECT_RULE, repairAuxiliaryObject],
];
