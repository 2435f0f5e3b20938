// Where an event happened, read from the parse (src/stages/events/place-attachment.ts): the place
// phrase must modify the event, not another clause, an actor's title or a cause. Whole pipeline
// with the shipped models; sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';

/** [type, trigger, place or '-', place rule] of each event. */
const places = (lang: string, text: string) =>
  runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text, e.place?.name ?? '-', e.place?.rule ?? '']);

test('a locative phrase of the trigger verb is the place, and the rule id says the parse decided', () => {
  assert.deepEqual(places('en', 'Police arrested twelve activists in Lagos on Monday.'), [['COERCE', 'arrested', 'Lagos', 'events.place.dep.locative']]);
  assert.deepEqual(places('it', 'La polizia ha arrestato dodici attivisti a Palermo lunedì.'), [['COERCE', 'arrestato', 'Palermo', 'events.place.dep.locative']]);
});

test('a place inside another clause of the sentence is not the event\'s', () => {
  assert.deepEqual(places('en', 'The minister, who grew up in Tripoli, condemned the attack.'), [['ACCUSE', 'condemned', '-', '']]);
  assert.deepEqual(places('it', "Il ministro, che è cresciuto a Tripoli, ha condannato l'attacco."), [['ACCUSE', 'condannato', '-', '']]);
});

test('a recipient introduced by a locative preposition is an actor, not a place', () => {
  assert.deepEqual(places('it', "L'Unione europea ha chiesto a Belgrado di consegnare i sospettati."), [['REQUEST', 'chiesto', '-', '']]);
  assert.deepEqual(places('it', 'Il governo ha espresso solidarietà alla Polonia.'), [['SUPPORT', 'solidarietà', '-', '']]);
});

test('a name after a locative preposition is a misread place only when the text does not show it is a person or an organisation', () => {
  // the same person named again: a person, not a place
  assert.deepEqual(places('it', 'Il premier Edi Rama ha ribadito a Giorgia Meloni il proprio sostegno. Meloni ha ringraziato.'), [
    ['SUPPORT', 'sostegno', '-', ''], ['SUPPORT', 'ringraziato', '-', '']]);
  // a market the entity model reads as a name: still the place
  assert.deepEqual(places('en', 'Police detained twenty farmers at the Rungis market on Monday.'), [['COERCE', 'detained', 'Rungis', 'events.place.dep.name']]);
});

test("a possessor or a bare name qualifying the actor is no place", () => {
  assert.deepEqual(places('en', "Nigeria's army arrested the opposition leader."), [['COERCE', 'arrested', '-', '']]);
  assert.deepEqual(places('it', 'Il tribunale di Ankara ha condannato il giornalista a due anni.'), [['SANCTION', 'condannato', '-', '']]);
});

test('a place right after a cause belongs to the cause', () => {
  assert.deepEqual(places('en', 'Canada condemned Iran over the crackdown in Tehran.'), [['ACCUSE', 'condemned', '-', '']]);
  assert.deepEqual(places('en', 'Sweden imposed sanctions over the war in Sudan.'), [['SANCTION', 'sanctions', '-', '']]);
  assert.deepEqual(places('it', "La Francia ha richiamato l'ambasciatore a causa degli scontri a Bamako."), [['SANCTION', 'richiamato', '-', '']]);
});

test('a relative "where" clause happens at the place it follows', () => {
  assert.deepEqual(places('en', 'The foreign minister flew to Doha, where she met the emir.'), [['CONSULT', 'met', 'Doha', 'events.place.dep.where']]);
  assert.deepEqual(places('it', "Il ministro è volato a Doha, dove ha incontrato l'emiro."), [['CONSULT', 'incontrato', 'Doha', 'events.place.dep.where']]);
});

test('a name inside a locative phrase ("in the village of X", "per le vie di X") is the place', () => {
  assert.deepEqual(places('en', 'Troops killed six civilians in the village of Tanout.'), [['ASSAULT', 'killed', 'Tanout', 'events.place.dep.locative']]);
  assert.deepEqual(places('it', 'I soldati hanno ucciso sei civili nel villaggio di Tanout.'), [['ASSAULT', 'ucciso', 'Tanout', 'events.place.dep.locative']]);
  assert.deepEqual(places('it', 'I manifestanti hanno sfilato per le vie di Tbilisi.'), [['PROTEST', 'sfilato', 'Tbilisi', 'events.place.dep.locative']]);
});

test('a noun trigger takes the place of the verb that carries it', () => {
  assert.deepEqual(places('en', 'The army launched an offensive in Darfur.'), [['ASSAULT', 'offensive', 'Darfur', 'events.place.dep.locative']]);
  assert.deepEqual(places('it', "L'esercito ha lanciato un'offensiva in Darfur."), [['ASSAULT', 'offensiva', 'Darfur', 'events.place.dep.locative']]);
});

test('a fronted place covers coordinated verbs, and a purpose clause\'s place is the act\'s (when the act is coded)', () => {
  assert.deepEqual(places('en', 'In Lima, students occupied the university and clashed with police.').map((e) => e[2]), ['Lima', 'Lima']);
  // (with tear gas in the sentence "disperse" is crowd control too, and one attack with the gas)
  assert.deepEqual(places('en', 'Police fired tear gas to disperse the crowd in Dhaka.').map((e) => e.slice(0, 3)), [['ASSAULT', 'tear gas', 'Dhaka']]);
  // an infinitive of purpose on a coded act is its aim, no act of its own (constructions.test.ts)
  assert.deepEqual(places('en', 'Police were sent to disperse the crowd in Dhaka.').map((e) => e.slice(0, 2)), [['MOBILIZE', 'sent']]);
});

test('a deployment or a visit happens where it goes; a direction is no place', () => {
  assert.deepEqual(places('en', 'Chad deployed two battalions to the Kanem region.'), [['MOBILIZE', 'deployed', 'Kanem', 'events.place.dep.locative']]);
  assert.deepEqual(places('it', 'Il Ciad ha inviato due battaglioni a Bol.'), [['MOBILIZE', 'inviato', 'Bol', 'events.place.dep.locative']]);
  // the host city of a visit is its target and its place
  assert.deepEqual(places('en', 'The Chilean president made a state visit to Madrid on Tuesday.'), [['CONSULT', 'visit', 'Madrid', 'events.place.dep.locative']]);
  assert.deepEqual(places('it', 'Il presidente cileno, in visita a Madrid, ha parlato ai giornalisti.')[0], ['CONSULT', 'visita', 'Madrid', 'events.place.dep.locative']);
  assert.deepEqual(places('en', 'Rebel columns advanced towards the capital, Bangui.'), [['MOBILIZE', 'advanced', '-', '']]);
});

test('a date or a word past the possessor\'s noun phrase is no place', () => {
  assert.deepEqual(places('en', "The utility cut off Moldova's gas in March."), [['COERCE', 'cut off', '-', '']]);
});

test('the place of an institution that is the subject before its verb is its seat, no place of the act; a crowd\'s is', () => {
  assert.deepEqual(places('en', 'A court in Mombasa sentenced two activists to prison.').map((e) => e.slice(0, 3)), [['SANCTION', 'sentenced', '-']]);
  assert.deepEqual(places('en', 'Police in Mombasa detained two activists.').map((e) => e.slice(0, 3)), [['COERCE', 'detained', '-']]);
  // after the verb the place is the act's; a crowd's place is where it acted
  assert.deepEqual(places('en', 'Police detained two activists in Mombasa.').map((e) => e.slice(0, 3)), [['COERCE', 'detained', 'Mombasa']]);
  assert.ok(places('en', 'Protesters in Mombasa clashed with police.').some((e) => e[0] === 'ASSAULT' && e[2] === 'Mombasa'));
});

test('a place in an apposition describes its actor\'s post, not where the event happened', () => {
  assert.deepEqual(places('en', 'On Monday Ottawa declared Li Wen, a diplomat at the Chinese consulate in Toronto, persona non grata.').map((p) => p.slice(0, 3)), [['SANCTION', 'declared', '-']]);
  // a place of the event itself still counts
  assert.deepEqual(places('en', 'Police arrested Li Wen, a banker, in Toronto on Monday.').map((p) => p.slice(0, 3)), [['COERCE', 'arrested', 'Toronto']]);
});

test('with no locative preposition a country or capital is a party, not the place; a single letter is no place name', () => {
  assert.deepEqual(places('en', 'Blinken postponed a trip to Beijing on Friday.').map((p) => p.slice(0, 3)), [['REJECT', 'postponed', '-']]);
  assert.deepEqual(places('en', 'Pakistan raised its relations with Kabul to ambassadorial level.').map((p) => p.slice(0, 3)), [['SUPPORT', 'raised', '-']]);
  // a town in the object phrase still is
  assert.deepEqual(places('en', 'Troops shelled the town of Nasir on Monday.'), [['ASSAULT', 'shelled', 'Nasir', 'events.place.dep.nearest']]);
  assert.deepEqual(places('it', 'Il presidente lo ha definito su X un traditore.').map((p) => p.slice(0, 3)), [['ACCUSE', 'definito', '-']]);
});

test('without a place name, a building named by a common noun with its article places the event; a bare idiom does not', () => {
  assert.deepEqual(places('en', 'Police arrested the former minister at the presidential palace on Tuesday.'), [['COERCE', 'arrested', 'presidential palace', 'events.place.dep.facility']]);
  assert.deepEqual(places('it', "Centinaia di manifestanti si sono radunati davanti all'ambasciata.").map(([, t, p]) => [t, p]), [['radunati', 'ambasciata']]);
  // "in prison", "in piazza": no article, no place
  assert.ok(places('en', 'A court sentenced the colonel to life in prison.').every(([, , p]) => p === '-'));
  assert.ok(places('it', 'I pensionati torneranno in piazza mercoledì.').every(([, , p]) => p === '-'));
});

test('a name the parse makes the clause\'s subject is no place, nor a name in the next noun phrase', () => {
  assert.deepEqual(places('it', 'Nel primo pomeriggio Costa si è dimesso in televisione.'), [['RETREAT', 'dimesso', '-', '']]);
  assert.deepEqual(places('it', "Giacarta avrebbe chiesto in cambio l'espulsione di Gregor Haas, un australiano ricercato.").filter(([, t]) => t === 'chiesto'), [['REQUEST', 'chiesto', '-', '']]);
});
