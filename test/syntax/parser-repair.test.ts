// The relcl-root repair on hand-built parses (no model needed): the misparse it undoes, and the
// parses it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairActiveSubject, repairAuxiliaryObject, repairCaselessModifier, repairCaseOnSubject, repairFiniteClausalModifier, repairRelativeClauseConjunctRoot, repairRelativeClauseHead, repairReducedRelativeRoot, repairRelativeClauseRoot } from '../../src/syntax/parser/repair.js';
import type { ParseResult } from '../../src/syntax/parser/parser.js';
import type { TaggedWord } from '../../src/syntax/types.js';

/** Words as "form/UPOS/FEATS/head/deprel" (head 1-based, 0 = root). */
function sentence(spec: string[]): { words: TaggedWord[]; parse: ParseResult } {
  const rows = spec.map((s) => s.split('/'));
  return {
    words: rows.map(([form, upos, feats]) => ({ form, lemma: form.toLowerCase(), upos, feats })),
    parse: { heads: Int32Array.from(rows.map((r) => Number(r[3]))), deprels: rows.map((r) => r[4]) },
  };
}

// "The rebels who seized the port were expelled by the army ." read with "the port were expelled"
// as a clause inside the relative clause and the noun "rebels" as the root.
const MISPARSE = [
  'The/DET/_/2/det',
  'rebels/NOUN/Number=Plur/0/root',
  'who/PRON/PronType=Rel/4/nsubj',
  'seized/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/2/acl:relcl',
  'the/DET/_/6/det',
  'port/NOUN/Number=Sing/8/nsubj:pass',
  'were/AUX/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/8/aux:pass',
  'expelled/VERB/Tense=Past|VerbForm=Part|Voice=Pass/4/ccomp',
  'by/ADP/_/11/case',
  'the/DET/_/11/det',
  'army/NOUN/Number=Sing/8/obl:agent',
  './PUNCT/_/2/punct',
];

test('relcl-root: the finite clause becomes the root, the nominal its subject, the inner subject the relative verb\'s object', () => {
  const { words, parse } = sentence(MISPARSE);
  const moved = repairRelativeClauseRoot(words, parse);
  assert.deepEqual([...moved].sort((a, b) => a - b), [1, 5, 7, 11]);
  assert.deepEqual([...parse.heads], [2, 8, 4, 2, 6, 4, 8, 0, 11, 11, 8, 8]);
  assert.deepEqual(parse.deprels, ['det', 'nsubj:pass', 'nsubj', 'acl:relcl', 'det', 'obj', 'aux:pass', 'root', 'case', 'det', 'obl:agent', 'punct']);
});

test('relcl-root leaves a parse alone when the finite verb agrees with the inner subject only', () => {
  const spec = [...MISPARSE];
  spec[1] = 'rebel/NOUN/Number=Sing/0/root';
  spec[5] = 'ports/NOUN/Number=Plur/8/nsubj:pass';
  const { words, parse } = sentence(spec);
  const before = [...parse.heads];
  assert.deepEqual(repairRelativeClauseRoot(words, parse), []);
  assert.deepEqual([...parse.heads], before);
});

test('relcl-root leaves a complement clause with a complementizer, a relative verb with an object, and a verbal root alone', () => {
  // "The rebels who said that the ports were taken": a real complement clause.
  const withMark = sentence([
    'The/DET/_/2/det', 'rebels/NOUN/Number=Plur/0/root', 'who/PRON/_/4/nsubj', 'said/VERB/VerbForm=Fin/2/acl:relcl', 'that/SCONJ/_/9/mark',
    'the/DET/_/7/det', 'ports/NOUN/Number=Plur/9/nsubj:pass', 'were/AUX/Number=Plur|VerbForm=Fin/9/aux:pass', 'taken/VERB/VerbForm=Part/4/ccomp',
  ]);
  assert.deepEqual(repairRelativeClauseRoot(withMark.words, withMark.parse), []);
  // "The rebels who told us the port were taken": the relative verb has its object already.
  const withObject = sentence([
    'The/DET/_/2/det', 'rebels/NOUN/Number=Plur/0/root', 'who/PRON/_/4/nsubj', 'told/VERB/VerbForm=Fin/2/acl:relcl', 'us/PRON/_/4/obj',
    'the/DET/_/7/det', 'port/NOUN/Number=Sing/9/nsubj:pass', 'were/AUX/Number=Plur|VerbForm=Fin/9/aux:pass', 'taken/VERB/VerbForm=Part/4/ccomp',
  ]);
  assert.deepEqual(repairRelativeClauseRoot(withObject.words, withObject.parse), []);
  const verbal = sentence(['Police/NOUN/Number=Plur/2/nsubj', 'expelled/VERB/VerbForm=Fin/0/root', 'rebels/NOUN/Number=Plur/2/obj']);
  assert.deepEqual(repairRelativeClauseRoot(verbal.words, verbal.parse), []);
});

test('case-subject: a clause-opening place read into the subject\'s noun phrase becomes the verb\'s oblique', () => {
  // "In Lyon farmers blocked roads ." parsed as one oblique "In Lyon farmers", the verb left without a subject.
  const asOblique = sentence([
    'In/ADP/_/3/case', 'Lyon/PROPN/_/3/compound', 'farmers/NOUN/Number=Plur/4/obl', 'blocked/VERB/VerbForm=Fin/0/root',
    'roads/NOUN/Number=Plur/4/obj', './PUNCT/_/4/punct',
  ]);
  assert.deepEqual(repairCaseOnSubject(asOblique.words, asOblique.parse), [0, 1, 2]);
  assert.deepEqual([...asOblique.parse.heads], [2, 4, 4, 0, 4, 4]);
  assert.deepEqual(asOblique.parse.deprels, ['case', 'obl', 'nsubj', 'root', 'obj', 'punct']);
  // "and in Lyon police fired": the marker on the subject itself.
  const onSubject = sentence([
    'and/CCONJ/_/5/cc', 'in/ADP/_/4/case', 'Lyon/PROPN/_/4/compound', 'police/NOUN/_/5/nsubj', 'fired/VERB/VerbForm=Fin/0/root',
  ]);
  assert.deepEqual(repairCaseOnSubject(onSubject.words, onSubject.parse), [1, 2, 3]);
  assert.deepEqual([...onSubject.parse.heads], [5, 3, 5, 5, 0]);
  assert.deepEqual(onSubject.parse.deprels, ['cc', 'case', 'obl', 'nsubj', 'root']);
});

test('case-subject leaves an oblique alone when the verb has a subject or the marker does not open the clause', () => {
  // "In Lyon suburbs farmers blocked roads": the oblique is right.
  const withSubject = sentence([
    'In/ADP/_/3/case', 'Lyon/PROPN/_/3/compound', 'suburbs/NOUN/_/5/obl', 'farmers/NOUN/_/5/nsubj', 'blocked/VERB/VerbForm=Fin/0/root',
  ]);
  assert.deepEqual(repairCaseOnSubject(withSubject.words, withSubject.parse), []);
  // "Farmers marched to Lyon airports": the marker follows a verb.
  const midClause = sentence([
    'Farmers/NOUN/_/2/nsubj', 'marched/VERB/VerbForm=Fin/0/root', 'to/ADP/_/5/case', 'Lyon/PROPN/_/5/compound', 'airports/NOUN/_/2/obl',
  ]);
  assert.deepEqual(repairCaseOnSubject(midClause.words, midClause.parse), []);
});

test('caseless-nmod: a noun phrase with no case marker hung on a finite verb\'s oblique becomes its missing subject', () => {
  // "Sono stati arrestati a Minsk tre giornalisti": "tre giornalisti" read as a modifier of "Minsk".
  const passive = sentence([
    'Sono/AUX/Mood=Ind|Number=Plur|VerbForm=Fin/3/aux', 'stati/AUX/Number=Plur|VerbForm=Part/3/aux:pass', 'arrestati/VERB/Number=Plur|Tense=Past|VerbForm=Part/0/root',
    'a/ADP/_/5/case', 'Minsk/PROPN/_/3/obl', 'tre/NUM/_/7/nummod', 'giornalisti/NOUN/Number=Plur/5/nmod', './PUNCT/_/3/punct',
  ]);
  assert.deepEqual(repairCaselessModifier(passive.words, passive.parse), [6]);
  assert.equal(passive.parse.heads[6], 3);
  assert.equal(passive.parse.deprels[6], 'nsubj:pass');
  // "All'alba uomini armati hanno assaltato la caserma": an active verb gets an nsubj.
  const active = sentence([
    "All'/ADP/_/2/case", 'alba/NOUN/Number=Sing/6/obl', 'uomini/NOUN/Number=Plur/2/nmod', 'armati/ADJ/Number=Plur/3/amod',
    'hanno/AUX/Mood=Ind|Number=Plur|VerbForm=Fin/6/aux', 'assaltato/VERB/Tense=Past|VerbForm=Part/0/root', 'la/DET/_/8/det', 'caserma/NOUN/_/6/obj',
  ]);
  assert.deepEqual(repairCaselessModifier(active.words, active.parse), [2]);
  assert.equal(active.parse.deprels[2], 'nsubj');
});

test('caseless-nmod leaves bare time words, verbs with a subject and disagreeing numbers alone', () => {
  // "Giovedì sera aveva escluso di dimettersi": "sera" has no determiner or modifier of its own.
  const bare = sentence([
    'Giovedì/NOUN/_/4/obl', 'sera/NOUN/Number=Sing/1/nmod', 'aveva/AUX/Mood=Ind|Number=Sing|VerbForm=Fin/4/aux', 'escluso/VERB/Tense=Past|VerbForm=Part/0/root',
  ]);
  assert.deepEqual(repairCaselessModifier(bare.words, bare.parse), []);
  // The verb has its subject already.
  const withSubject = sentence([
    'a/ADP/_/2/case', 'Minsk/PROPN/_/5/obl', 'tre/NUM/_/4/nummod', 'giornalisti/NOUN/Number=Plur/2/nmod', 'protestano/VERB/Mood=Ind|Number=Plur|VerbForm=Fin/0/root', 'studenti/NOUN/Number=Plur/5/nsubj',
  ]);
  assert.deepEqual(repairCaselessModifier(withSubject.words, withSubject.parse), []);
  // A singular verb and a plural noun.
  const disagree = sentence([
    'a/ADP/_/2/case', 'Minsk/PROPN/_/5/obl', 'tre/NUM/_/4/nummod', 'giornalisti/NOUN/Number=Plur/2/nmod', 'protesta/VERB/Mood=Ind|Number=Sing|VerbForm=Fin/0/root',
  ]);
  assert.deepEqual(repairCaselessModifier(disagree.words, disagree.parse), []);
});

test('active-subject: a passive subject before a verb with an object and no passive marker is its subject', () => {
  // "gendarmes had removed opposition deputies", with "gendarmes" read as a passive subject.
  const misread = sentence([
    'gendarmes/NOUN/Number=Plur/3/nsubj:pass', 'had/AUX/Mood=Ind|Tense=Past|VerbForm=Fin/3/aux', 'removed/VERB/Tense=Past|VerbForm=Part/0/root',
    'deputies/NOUN/Number=Plur/3/obj',
  ]);
  assert.deepEqual(repairActiveSubject(misread.words, misread.parse), [0]);
  assert.equal(misread.parse.deprels[0], 'nsubj');
  // A passive with an object keeps its passive subject ("he was given a book").
  const given = sentence([
    'he/PRON/_/3/nsubj:pass', 'was/AUX/VerbForm=Fin/3/aux:pass', 'given/VERB/Tense=Past|VerbForm=Part|Voice=Pass/0/root', 'a/DET/_/5/det', 'book/NOUN/_/3/obj',
  ]);
  assert.deepEqual(repairActiveSubject(given.words, given.parse), []);
  // A noun after the verb labelled so is left alone (more often a misread object or apposition).
  const after = sentence([
    'annunciato/VERB/Tense=Past|VerbForm=Part/0/root', 'espulsione/NOUN/_/1/obj', 'messicano/NOUN/_/1/nsubj:pass',
  ]);
  assert.deepEqual(repairActiveSubject(after.words, after.parse), []);
  // A finite verb with no passive marker is active too ("thousands protested outside").
  const finite = sentence(['thousands/NOUN/Number=Plur/2/nsubj:pass', 'protested/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/0/root', 'outside/ADV/_/2/advmod']);
  assert.deepEqual(repairActiveSubject(finite.words, finite.parse), [0]);
  // ... unless a passive pronoun marks it ("si vendono case")
  const si = sentence(['case/NOUN/Number=Plur/3/nsubj:pass', 'si/PRON/_/3/expl:pass', 'vendono/VERB/Mood=Ind|Tense=Pres|VerbForm=Fin/0/root']);
  assert.deepEqual(repairActiveSubject(si.words, si.parse), []);
});

test('relcl-head: a relative clause the parse hung on a verb goes to the noun before it, the noun a name with a preposition modifies', () => {
  // "è stato espulso dalle autorità di Bamako, che lo accusano": "accusano" read as a relative clause of "espulso".
  const onVerb = sentence([
    'espulso/VERB/Tense=Past|VerbForm=Part/0/root', 'dalle/ADP/_/3/case', 'autorità/NOUN/Number=Plur/1/obl:agent', 'di/ADP/_/5/case', 'Bamako/PROPN/_/3/nmod',
    ',/PUNCT/_/1/punct', 'che/PRON/_/9/nsubj', 'lo/PRON/_/9/obj', 'accusano/VERB/Mood=Ind|Number=Plur|VerbForm=Fin/1/acl:relcl',
  ]);
  assert.deepEqual(repairRelativeClauseHead(onVerb.words, onVerb.parse), [8]);
  assert.equal(onVerb.parse.heads[8], 3);
  // A clause opened by no relative word is left alone ("fired at Israel, weeks after its military withdrew").
  const noRelative = sentence([
    'fired/VERB/VerbForm=Part/0/root', 'at/ADP/_/3/case', 'Israel/PROPN/_/1/obl', ',/PUNCT/_/7/punct', 'weeks/NOUN/Number=Plur/7/obl', 'its/PRON/_/6/nmod:poss', 'military/NOUN/_/7/nsubj', 'withdrew/VERB/VerbForm=Fin/1/acl:relcl',
  ]);
  assert.deepEqual(repairRelativeClauseHead(noRelative.words, noRelative.parse), []);
});

// "Riot police used batons to clear the square ." read with "police" as the root and "used" its clausal modifier.
const FINITE_ACL = [
  'Riot/NOUN/Number=Sing/2/compound',
  'police/NOUN/Number=Plur/0/root',
  'used/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/2/acl',
  'batons/NOUN/Number=Plur/3/obj',
  'to/PART/_/6/mark',
  'clear/VERB/VerbForm=Inf/3/advcl',
  'the/DET/_/8/det',
  'square/NOUN/Number=Sing/6/obj',
  './PUNCT/_/2/punct',
];

test('finite-acl-root: a finite verb with an object modifying the nominal root becomes the root, the nominal its subject', () => {
  const { words, parse } = sentence(FINITE_ACL);
  assert.deepEqual(repairFiniteClausalModifier(words, parse), [2, 1, 8]);
  assert.deepEqual([...parse.heads], [2, 3, 0, 3, 6, 3, 8, 6, 3]);
  assert.equal(parse.deprels[1], 'nsubj');
  assert.equal(parse.deprels[2], 'root');
  // left alone: a participle, a verb with no object, a verb with its own subject, a root inside a prepositional phrase
  const participle = sentence(FINITE_ACL.map((w) => w.replace('Mood=Ind|Tense=Past|VerbForm=Fin', 'Tense=Past|VerbForm=Part')));
  assert.deepEqual(repairFiniteClausalModifier(participle.words, participle.parse), []);
  const noObject = sentence(FINITE_ACL.map((w) => w.replace('batons/NOUN/Number=Plur/3/obj', 'batons/NOUN/Number=Plur/3/obl')));
  assert.deepEqual(repairFiniteClausalModifier(noObject.words, noObject.parse), []);
  const ownSubject = sentence(FINITE_ACL.map((w) => w.replace('Riot/NOUN/Number=Sing/2/compound', 'Riot/NOUN/Number=Sing/3/nsubj')));
  assert.deepEqual(repairFiniteClausalModifier(ownSubject.words, ownSubject.parse), []);
  const inPhrase = sentence(FINITE_ACL.map((w) => w.replace('Riot/NOUN/Number=Sing/2/compound', 'With/ADP/_/2/case')));
  assert.deepEqual(repairFiniteClausalModifier(inPhrase.words, inPhrase.parse), []);
});

// "Anna Berg , who denies the charges , accused the court of bias ." read with "Anna" as the root and
// "accused" a conjunct inside the relative clause.
const RELCL_CONJ = [
  'Anna/PROPN/Number=Sing/0/root',
  'Berg/PROPN/Number=Sing/1/flat',
  ',/PUNCT/_/1/punct',
  'who/PRON/PronType=Rel/5/nsubj',
  'denies/VERB/Mood=Ind|Tense=Pres|VerbForm=Fin/1/acl:relcl',
  'the/DET/_/7/det',
  'charges/NOUN/Number=Plur/5/obj',
  ',/PUNCT/_/9/punct',
  'accused/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/5/conj',
  'the/DET/_/11/det',
  'court/NOUN/Number=Sing/9/obj',
  'of/ADP/_/13/case',
  'bias/NOUN/Number=Sing/9/obl',
  './PUNCT/_/1/punct',
];

test('relcl-conj-root: a finite verb after the relative clause that the parse made its conjunct becomes the root, the nominal its subject', () => {
  const { words, parse } = sentence(RELCL_CONJ);
  assert.deepEqual(repairRelativeClauseConjunctRoot(words, parse), [8, 0, 13]);
  assert.equal(parse.heads[8], 0);
  assert.equal(parse.heads[0], 9);
  assert.equal(parse.deprels[0], 'nsubj');
  assert.equal(parse.heads[4], 1, 'the relative clause stays on the nominal');
  // left alone: a real conjunct of the relative clause ("and accused"), a verb with its own subject
  const coordinated = sentence(RELCL_CONJ.map((w) => w.replace(',/PUNCT/_/9/punct', 'and/CCONJ/_/9/cc')));
  assert.deepEqual(repairRelativeClauseConjunctRoot(coordinated.words, coordinated.parse), []);
  const ownSubject = sentence(RELCL_CONJ.map((w) => w.replace('the/DET/_/11/det', 'she/PRON/_/9/nsubj')));
  assert.deepEqual(repairRelativeClauseConjunctRoot(ownSubject.words, ownSubject.parse), []);
});

test('caseless-nmod: a noun phrase the parser joined to a fronted oblique as a conjunct with no conjunction is the verb\'s subject', () => {
  // "A gennaio il capo dell'esercito aveva criticato il piano ." with "capo" a conjunct of "gennaio"
  const spec = [
    'A/ADP/_/2/case',
    'gennaio/NOUN/Gender=Masc|Number=Sing/8/obl',
    'il/DET/_/4/det',
    'capo/NOUN/Gender=Masc|Number=Sing/2/conj',
    'di/ADP/_/6/case',
    'esercito/NOUN/Number=Sing/4/nmod',
    'aveva/AUX/Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin/8/aux',
    'criticato/VERB/Tense=Past|VerbForm=Part/0/root',
    'il/DET/_/10/det',
    'piano/NOUN/Number=Sing/8/obj',
    './PUNCT/_/8/punct',
  ];
  const { words, parse } = sentence(spec);
  assert.deepEqual(repairCaselessModifier(words, parse), [3]);
  assert.equal(parse.heads[3], 8);
  assert.equal(parse.deprels[3], 'nsubj');
  // a real coordination ("a gennaio e il capo ...", with its conjunction) is left alone
  const withCc = sentence([...spec.slice(0, 2), 'e/CCONJ/_/5/cc', ...spec.slice(2).map((w) => w.replace(/\/(\d+)\/(\w[\w:]*)$/, (_, h: string, d: string) => `/${Number(h) >= 3 ? Number(h) + 1 : h}/${d}`))]);
  assert.deepEqual(repairCaselessModifier(withCc.words, withCc.parse), []);
});

// "The tariffs imposed by Washington took effect ." read with the participle as the root and the
// real main verb a clause under it (shape 1), or with the noun as the root (shape 2).
const REDUCED_AS_ROOT = [
  'The/DET/_/2/det',
  'tariffs/NOUN/Number=Plur/3/nsubj',
  'imposed/VERB/Tense=Past|VerbForm=Part/0/root',
  'by/ADP/_/5/case',
  'Washington/PROPN/Number=Sing/3/obl:agent',
  'took/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/3/advcl',
  'effect/NOUN/Number=Sing/6/obj',
  './PUNCT/_/3/punct',
];

test('reduced-relative-root: a finite verb under a participle root becomes the root, the participle a modifier of the noun', () => {
  const { words, parse } = sentence(REDUCED_AS_ROOT);
  assert.deepEqual(repairReducedRelativeRoot(words, parse), [5, 1, 2, 7]);
  assert.deepEqual([...parse.heads], [2, 6, 2, 5, 3, 0, 6, 6]);
  assert.deepEqual(parse.deprels, ['det', 'nsubj', 'acl', 'case', 'obl:agent', 'root', 'obj', 'punct']);
});

test('reduced-relative-root: a finite verb under the participle of a nominal root becomes the root', () => {
  const { words, parse } = sentence([
    'The/DET/_/2/det',
    'tariffs/NOUN/Number=Plur/0/root',
    'imposed/VERB/Tense=Past|VerbForm=Part/2/acl',
    'by/ADP/_/5/case',
    'Washington/PROPN/Number=Sing/3/obl:agent',
    'took/VERB/Mood=Ind|Tense=Past|VerbForm=Fin/3/xcomp',
    'effect/NOUN/Number=Sing/6/obj',
    './PUNCT/_/2/punct',
  ]);
  assert.deepEqual(repairReducedRelativeRoot(words, parse), [5, 1, 7]);
  assert.deepEqual([...parse.heads], [2, 6, 2, 5, 3, 0, 6, 6]);
  assert.equal(parse.deprels[1], 'nsubj');
  assert.equal(parse.deprels[5], 'root');
});

test('reduced-relative-root leaves alone a finite root, an asyndetic conjunct, a bare participle and a verb with its own subject', () => {
  const finite = sentence(REDUCED_AS_ROOT.map((w) => w.replace('Tense=Past|VerbForm=Part/0/root', 'Mood=Ind|Tense=Past|VerbForm=Fin/0/root')));
  assert.deepEqual(repairReducedRelativeRoot(finite.words, finite.parse), []);
  const asyndetic = sentence([...REDUCED_AS_ROOT.slice(0, 5), ',/PUNCT/_/7/punct', ...REDUCED_AS_ROOT.slice(5).map((w) => w.replace(/\/(\d+)\/(\w[\w:]*)$/, (_, h: string, d: string) => `/${Number(h) >= 6 ? Number(h) + 1 : h}/${d}`))]);
  assert.equal(asyndetic.words[6].form, 'took');
  assert.deepEqual(repairReducedRelativeRoot(asyndetic.words, asyndetic.parse), []);
  // "My hamster escaped .... need help": a participle with no phrase of its own before the verb
  const bare = sentence(['Hamster/NOUN/Number=Sing/2/nsubj', 'escaped/VERB/Tense=Past|VerbForm=Part/0/root', '..../PUNCT/_/2/punct', 'need/VERB/Mood=Ind|Tense=Pres|VerbForm=Fin/2/parataxis', 'help/NOUN/Number=Sing/4/obj']);
  assert.deepEqual(repairReducedRelativeRoot(bare.words, bare.parse), []);
  const ownSubject = sentence(REDUCED_AS_ROOT.map((w) => w.replace('effect/NOUN/Number=Sing/6/obj', 'it/PRON/_/6/nsubj')));
  assert.deepEqual(repairReducedRelativeRoot(ownSubject.words, ownSubject.parse), []);
});

test('caseless-nmod: a count with its own "di" complement hung on a fronted oblique is the verb\'s subject', () => {
  // "Da sabato migliaia di giovani manifestano ." with "migliaia" a modifier of "sabato"
  const spec = [
    'Da/ADP/_/2/case',
    'sabato/NOUN/Gender=Masc|Number=Sing/6/obl',
    'migliaia/NOUN/Gender=Fem|Number=Plur/2/nmod',
    'di/ADP/_/5/case',
    'giovani/NOUN/Number=Plur/3/nmod',
    'manifestano/VERB/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin/0/root',
    './PUNCT/_/6/punct',
  ];
  const { words, parse } = sentence(spec);
  assert.deepEqual(repairCaselessModifier(words, parse), [2]);
  assert.equal(parse.heads[2], 6);
  assert.equal(parse.deprels[2], 'nsubj');
  // read as a compound of the oblique: only a plural count with a plural verb moves
  const compound = sentence(spec.map((w) => w.replace('/2/nmod', '/2/compound')));
  assert.deepEqual(repairCaselessModifier(compound.words, compound.parse), [2]);
  const singular = sentence(spec.map((w) => w.replace('migliaia/NOUN/Gender=Fem|Number=Plur/2/nmod', 'sezione/NOUN/Gender=Fem|Number=Sing/2/compound')));
  assert.deepEqual(repairCaselessModifier(singular.words, singular.parse), []);
  // a bare time word after the oblique ("da sabato sera") has no phrase of its own and stays
  const bare = sentence([spec[0], spec[1], 'sera/NOUN/Gender=Fem|Number=Sing/2/nmod', 'manifestano/VERB/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin/0/root', './PUNCT/_/4/punct'].map((w, i) => (i === 1 ? w.replace('/6/obl', '/4/obl') : w)));
  assert.deepEqual(repairCaselessModifier(bare.words, bare.parse), []);
});

// "Police say they have since detained dozens ." read with "detained" an adjective of "dozens",
// "dozens" the object of the auxiliary and "since" its case marker.
const AUX_OBJECT = [
  'Police/NOUN/Number=Plur/2/nsubj',
  'say/VERB/Mood=Ind|Tense=Pres|VerbForm=Fin/0/root',
  'they/PRON/Number=Plur/4/nsubj',
  'have/AUX/Mood=Ind|Tense=Pres|VerbForm=Fin/2/ccomp',
  'since/ADP/_/7/case',
  'detained/VERB/Tense=Past|VerbForm=Part/7/amod',
  'dozens/NOUN/Number=Plur/4/obj',
  './PUNCT/_/2/punct',
];

test('aux-object: the participle between an auxiliary and the object the parse gave it heads the clause', () => {
  const { words, parse } = sentence(AUX_OBJECT);
  const moved = repairAuxiliaryObject(words, parse);
  assert.deepEqual([...moved].sort((a, b) => a - b), [2, 3, 4, 5, 6]);
  assert.deepEqual([...parse.heads], [2, 0, 6, 6, 6, 2, 6, 2]);
  assert.deepEqual(parse.deprels, ['nsubj', 'root', 'nsubj', 'aux', 'advmod', 'ccomp', 'obj', 'punct']);
});

test('aux-object leaves alone a non-finite auxiliary and an object with no participle before it', () => {
  const nonFinite = sentence(AUX_OBJECT.map((w) => w.replace('have/AUX/Mood=Ind|Tense=Pres|VerbForm=Fin', 'have/AUX/VerbForm=Inf')));
  assert.deepEqual(repairAuxiliaryObject(nonFinite.words, nonFinite.parse), []);
  const noParticiple = sentence(AUX_OBJECT.map((w) => w.replace('detained/VERB/Tense=Past|VerbForm=Part/7/amod', 'many/ADJ/_/7/amod')));
  assert.deepEqual(repairAuxiliaryObject(noParticiple.words, noParticiple.parse), []);
});
