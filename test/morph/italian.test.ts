import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, feats, pick } from './helpers.js';

test('past participles, past, future and conditional forms of arrestare', () => {
  const toks = analyse('Gli agenti hanno arrestato il capo, poi la polizia arrestò altri due. Domani arresterà i complici e arresterebbe anche i finanziatori.', 'it');
  assert.deepEqual(pick(toks, 'arrestato', 'arrestò', 'arresterà', 'arresterebbe'), [
    'arrestare VERB Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part',
    'arrestare VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin',
    'arrestare VERB Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin',
    'arrestare VERB Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
  ]);
  assert.deepEqual(pick(toks, 'hanno'), ['avere AUX Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin']);
});

test('participles in every gender and number, irregular ones included', () => {
  const toks = analyse('Arrestata la donna, arrestati i complici, sbarcate le truppe, rimosso il blocco, ritirato l’ordine e tolto il coprifuoco.', 'it');
  assert.deepEqual(pick(toks, 'Arrestata', 'arrestati', 'sbarcate', 'rimosso', 'ritirato', 'tolto').map((s) => s.split(' ').slice(0, 2).join(' ')), [
    'arrestare VERB', 'arrestare VERB', 'sbarcare VERB', 'rimuovere VERB', 'ritirare VERB', 'togliere VERB',
  ]);
  assert.deepEqual(pick(toks, 'sbarcate'), ['sbarcare VERB Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part']);
});

test('passive voice with essere, essere + stato and venire; not with avere or essere-intransitives', () => {
  const toks = analyse('Il leader è stato arrestato. Le proteste sono state represse e i manifestanti vengono fermati. La polizia ha fermato tutti. Il presidente è arrivato e si è ritirato.', 'it');
  const voice = (text: string) => toks.find((t) => t.text === text)?.feats.Voice ?? '-';
  assert.deepEqual(['arrestato', 'represse', 'fermati', 'fermato', 'arrivato', 'ritirato'].map(voice), ['Pass', 'Pass', 'Pass', '-', '-', '-']);
  assert.deepEqual(pick(toks, 'è', 'stato', 'state'), [
    'essere AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'essere AUX Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part',
    'essere AUX Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part',
  ]);
  assert.deepEqual(pick(toks, 'vengono'), ['venire AUX Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin']);
});

test('essere and avere are VERB when no participle or gerund follows', () => {
  const toks = analyse('La situazione è grave. Il governo ha un piano. Non sono soli. Se fosse vero, sarebbe una svolta. Che sia chiaro.', 'it');
  assert.deepEqual(pick(toks, 'è', 'ha', 'sono', 'fosse', 'sarebbe', 'sia'), [
    'essere VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'avere VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'essere VERB Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin',
    'essere VERB Mood=Sub|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin',
    'essere VERB Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'essere VERB Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
  ]);
});

test('stare + gerund is AUX; a modal before an infinitive is AUX', () => {
  const toks = analyse('La polizia sta arrestando i manifestanti. Il governo deve ritirare le truppe.', 'it');
  assert.deepEqual(pick(toks, 'sta', 'arrestando', 'deve', 'ritirare'), [
    'stare AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'arrestare VERB VerbForm=Ger',
    'dovere AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
    'ritirare VERB VerbForm=Inf',
  ]);
});

test('enclitic infinitives and gerunds get the base verb', () => {
  const toks = analyse('Hanno deciso di inviarne altri e di rimuoverlo, arrestandolo subito.', 'it');
  assert.deepEqual(pick(toks, 'inviarne', 'rimuoverlo', 'arrestandolo'), ['inviare VERB VerbForm=Inf', 'rimuovere VERB VerbForm=Inf', 'arrestare VERB VerbForm=Ger']);
  assert.equal(toks.find((t) => t.text === 'inviarne')?.morphRule, 'it:enclitic');
});

test('plural nouns get singular lemmas', () => {
  const toks = analyse('Le proteste e gli arresti hanno colpito le città.', 'it');
  assert.deepEqual(pick(toks, 'proteste', 'arresti'), ['protesta NOUN Gender=Fem|Number=Plur', 'arresto NOUN Gender=Masc|Number=Plur']);
  assert.equal(toks.find((t) => t.text === 'proteste')?.morphRule, 'it:morph-it');
});

test('articulated prepositions are ADP with the bare preposition as lemma', () => {
  const toks = analyse("Il capo della polizia è uscito dall'edificio nel pomeriggio, sulla strada per l'aeroporto.", 'it');
  assert.deepEqual(pick(toks, 'della', "dall'", 'nel', 'sulla'), [
    'di ADP Gender=Fem|Number=Sing', 'da ADP Number=Sing', 'in ADP Gender=Masc|Number=Sing', 'su ADP Gender=Fem|Number=Sing',
  ]);
  assert.equal(toks.find((t) => t.text === 'della')?.morphRule, 'it:closed-class');
});

test('closed classes: determiners, pronouns, conjunctions, negation adverbs', () => {
  const toks = analyse('Non hanno mai visto questi uomini, ma loro li conoscono.', 'it');
  assert.deepEqual(toks.map((t) => t.pos), ['ADV', 'AUX', 'ADV', 'VERB', 'DET', 'NOUN', 'PUNCT', 'CCONJ', 'PRON', 'PRON', 'VERB', 'PUNCT']);
  assert.deepEqual(pick(toks, 'uomini'), ['uomo NOUN Gender=Masc|Number=Plur']);
});

test('context: article before a verb is a pronoun; after an article a noun; subject before a verb', () => {
  const toks = analyse('La polizia la arresta. Il governo accusa i manifestanti. L’accusa è grave.', 'it');
  assert.deepEqual(toks.slice(0, 4).map((t) => `${t.lemma}/${t.pos}`), ['il/DET', 'polizia/NOUN', 'lo/PRON', 'arrestare/VERB']);
  assert.equal(toks[2].morphRule, 'it:closed-class+morph.ctx.pron-not-det');
  const accusa = toks.filter((t) => t.norm === 'accusa');
  assert.deepEqual(accusa.map((t) => `${t.lemma}/${t.pos}`), ['accusare/VERB', 'accusa/NOUN']);
});

test('capitalised unknown words are PROPN; acronyms too', () => {
  const toks = analyse('Ieri Tokayev ha parlato con la NATO e con il ministro Smailov.', 'it');
  assert.deepEqual(pick(toks, 'Tokayev', 'NATO', 'Smailov'), ['Tokayev PROPN', 'NATO PROPN', 'Smailov PROPN']);
  assert.deepEqual(toks.filter((t) => t.pos === 'PROPN').map((t) => t.morphRule), ['morph.capitalised', 'morph.acronym', 'morph.capitalised']);
});

test('every token gets lemma, pos and rule; numbers and punctuation', () => {
  const toks = analyse('Il 16 gennaio 1.200 persone, secondo fonti ufficiali, sono state fermate.', 'it');
  for (const t of toks) {
    assert.notEqual(t.lemma, '');
    assert.notEqual(t.morphRule, '');
  }
  assert.deepEqual(pick(toks, '1.200', ','), ['1.200 NUM', ', PUNCT']);
  assert.equal(feats(toks.find((t) => t.text === 'fermate')!), 'Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass');
});

test('adjectives after nouns; capitalised runs are names', () => {
  const toks = analyse('Secondo fonti locali, gli Stati Uniti e la Casa Bianca hanno imposto nuove sanzioni.', 'it');
  assert.deepEqual(pick(toks, 'Stati', 'Uniti', 'Casa', 'Bianca', 'nuove'), [
    'Stati PROPN', 'Uniti PROPN', 'Casa PROPN', 'Bianca PROPN', 'nuovo ADJ Gender=Fem|Number=Plur',
  ]);
  assert.equal(toks.find((t) => t.text === 'locali')?.pos, 'ADJ');
  assert.equal(toks.find((t) => t.text === 'Uniti')?.morphRule, 'morph.name-run');
});

test('a preposition is followed by a noun, not a participle ("colpo di stato")', () => {
  const toks = analyse('Il colpo di stato è fallito.', 'it');
  assert.deepEqual(pick(toks, 'stato'), ['stato NOUN Gender=Masc|Number=Sing']);
  assert.equal(toks.find((t) => t.text === 'stato')?.morphRule, 'it:morph-it+morph.ctx.after-adp');
});

test('abbreviated titles get their full lemma', () => {
  const toks = analyse('Il dott. Rossi e la sig.ra Bianchi.', 'it');
  assert.deepEqual(pick(toks, 'dott.', 'sig.ra'), ['dottore NOUN Gender=Masc|Number=Sing', 'signora NOUN Gender=Fem|Number=Sing']);
});

test('a present participle used as a noun of people that morph-it lists only as a verb gets a noun reading', () => {
  const toks = analyse('La guardia costiera ha fermato trecento migranti.', 'it');
  assert.deepEqual(pick(toks, 'migranti'), ['migrante NOUN Number=Plur']);
});

test('future and conditional passives, modals with infinitives', () => {
  const toks = analyse('Sarà arrestato domani. Sarebbero stati uccisi in tre. Le proteste dovrebbero continuare.', 'it');
  assert.deepEqual(toks.map((t) => `${t.lemma}/${t.pos}${t.feats.Voice ? '/' + t.feats.Voice : ''}`), [
    'essere/AUX', 'arrestare/VERB/Pass', 'domani/ADV', './PUNCT', 'essere/AUX', 'essere/AUX', 'uccidere/VERB/Pass', 'in/ADP', 'tre/NUM', './PUNCT',
    'il/DET', 'protesta/NOUN', 'dovere/AUX', 'continuare/VERB', './PUNCT',
  ]);
  assert.equal(toks[0].feats.Tense, 'Fut');
  assert.equal(toks[4].feats.Mood, 'Cnd');
});

test('"che" after a noun is a relative pronoun, after a verb a conjunction', () => {
  const toks = analyse('Il governo, che non intende cedere, ha detto che i manifestanti che protestano saranno ascoltati.', 'it');
  assert.deepEqual(toks.filter((t) => t.norm === 'che').map((t) => t.pos), ['PRON', 'SCONJ', 'PRON']);
});
