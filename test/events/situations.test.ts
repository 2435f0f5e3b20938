// One record per situation and where it happened: a same-type reduced relative in the subject is
// the same attack (its agent is the doer); a struck town is the place, not the target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, type MentionSpec } from './helpers.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { checkComplementRouting, checkTypeList, checkTypeModes } from '../../src/stages/events/plover.js';

const group = (text: string, sector: string): MentionSpec => ({ text, type: 'GROUP', kind: 'group', sectors: [sector] });

test('a bomb planted by X killed Y: one ASSAULT with X as source', () => {
  assert.deepEqual(events('it', 'Una bomba piazzata dai ribelli ha ucciso sei soldati.', [group('ribelli', 'REB'), group('soldati', 'MIL')]), [
    { type: 'ASSAULT', modes: ['explosives'], trigger: 'ucciso', source: ['ribelli'], target: ['soldati'] }]);
});

test('a struck town is the place of the attack, a struck country its target', () => {
  const town = runPipeline('Israel attacked Beirut.', { language: 'en', published: '2024-03-20' }).events;
  assert.deepEqual(town.map((e) => [e.type, e.target.map((a) => a.text), e.place?.name, e.place?.rule]), [['ASSAULT', [], 'Beirut', 'events.place.struck-town']]);
  const country = runPipeline('Israel attacked Lebanon.', { language: 'en', published: '2024-03-20' }).events;
  assert.deepEqual(country.map((e) => [e.type, e.target.map((a) => a.text)]), [['ASSAULT', ['Lebanon']]]);
});

test('an object pronoun points back to an earlier actor that is not the subject', () => {
  const doc = runPipeline('A court in Minsk found the activist Ales Bialiatski guilty and sentenced him to ten years in prison.', { language: 'en', published: '2024-03-20' });
  const sentenced = doc.events.find((e) => e.trigger.text === 'sentenced');
  // The pronoun stays the target's words; its entity and the second evidence span are the antecedent's.
  assert.deepEqual(
    sentenced?.target.map((a) => [a.text, a.rule, doc.entities.find((e) => e.id === a.entity)?.name, a.spans.map((s) => doc.text.slice(s.start, s.end))]),
    [['him', 'arg.dep.obj-pronoun', 'Ales Bialiatski', ['him', 'activist Ales Bialiatski']]],
  );
});

test('"before X did Y": a conjunction tagged as a preposition does not hide the subject', () => {
  assert.deepEqual(events('en', 'The gang held the staff for hours before police freed them.', [group('gang', 'CRM'), group('staff', 'CVL'), group('police', 'COP')])
    .filter((e) => e.trigger === 'freed').map((e) => e.source), [['police']]);
});

test('firing at someone is an attack aimed at them; firing an official is not', () => {
  const of = (lang: string, text: string) =>
    runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.modes, e.source.map((a) => a.text), e.target.map((a) => a.text)]);
  // Force used on protesters also codes their protest (fixtures rule 10).
  const protest = (who: string) => ['PROTEST', ['demo'], [who], []];
  assert.deepEqual(of('en', 'Soldiers fired shots at protesters in the capital.'), [['ASSAULT', ['firearms'], ['Soldiers'], ['protesters']], protest('protesters')]);
  assert.deepEqual(of('en', 'Troops fired on protesters in Yangon.'), [['ASSAULT', ['firearms'], ['Troops'], ['protesters']], protest('protesters')]);
  assert.deepEqual(of('en', 'The president fired the defence minister on Monday.'), [['SANCTION', ['expel'], ['president'], ['defence minister']]]);
  // The object names the means more precisely than the verb: crowd control, not firearms.
  assert.deepEqual(of('en', 'Police fired rubber bullets at demonstrators outside parliament.'), [['ASSAULT', ['crowd-control'], ['Police'], ['demonstrators']], protest('demonstrators')]);
  assert.deepEqual(of('it', 'La polizia ha sparato proiettili di gomma sui manifestanti.'), [['ASSAULT', ['crowd-control'], ['polizia'], ['manifestanti']], protest('manifestanti')]);
  assert.deepEqual(of('en', 'The bombardment of Kharkiv by Russian forces continued.'), [['ASSAULT', ['heavy-weapons'], ['Russian forces'], []]]);
});

/** [type, trigger, sources] of each event of a sentence, through the real pipeline. */
const coded = (lang: string, text: string) =>
  runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text)]);

test('an agreement, offer or promise whose content is a concession is coded as the concession', () => {
  assert.deepEqual(coded('en', 'Armenia and Azerbaijan agreed to a ceasefire on Tuesday.'), [['CONCEDE', 'agreed', ['Armenia', 'Azerbaijan']]]);
  assert.deepEqual(coded('en', 'The interior minister offered to resign on Friday.'), [['CONCEDE', 'offered', ['interior minister']]]);
  assert.deepEqual(coded('it', 'Serbia e Kosovo hanno concordato un cessate il fuoco.'), [['CONCEDE', 'concordato', ['Serbia', 'Kosovo']]]);
  // not a concession: the agreement stays
  assert.deepEqual(coded('en', 'Armenia and Azerbaijan agreed to resume talks.').map((e) => e[0]), ['AGREE']);
});

test('a participle agreeing to a truce that it modifies is the concession; the truce noun stays its own', () => {
  assert.deepEqual(coded('it', 'La tregua concordata da Israele e Hamas è entrata in vigore.').find((e) => e[1] === 'concordata'), ['CONCEDE', 'concordata', ['Israele', 'Hamas']]);
  assert.deepEqual(coded('en', 'The ceasefire agreed by Pakistan and Afghanistan in Doha is welcome.').find((e) => e[1] === 'agreed'), ['CONCEDE', 'agreed', ['Pakistan', 'Afghanistan']]);
});

test('a promise or vow whose content is force or coercion is a threat', () => {
  const typed = (lang: string, text: string) => runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.modes, e.trigger.text]);
  assert.deepEqual(typed('en', 'The general vowed to attack the rebel strongholds.'), [['THREATEN', ['violence'], 'vowed']]);
  assert.deepEqual(typed('it', 'Il governo ha promesso di mettere al bando i partiti di opposizione.').map((e) => e[0]), ['THREATEN']);
  // a promise of aid stays an agreement
  assert.deepEqual(typed('en', 'Japan promised to send aid to Turkey.').map((e) => e[0]), ['AGREE']);
});

test('a truce that takes effect is applied (RETREAT ceasefire); one agreed is a concession', () => {
  const of = (lang: string, text: string) => runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.modes]);
  assert.deepEqual(of('en', 'A truce between the two militias took effect at midnight.'), [['RETREAT', ['ceasefire']]]);
  assert.deepEqual(of('it', 'La tregua tra le due milizie è entrata in vigore a mezzanotte.'), [['RETREAT', ['ceasefire']]]);
});

test('protesters storming a building riot; soldiers storming it attack', () => {
  assert.deepEqual(coded('en', 'Protesters stormed the city hall in Lima.').map((e) => e[0]), ['PROTEST']);
  assert.deepEqual(coded('it', 'I manifestanti hanno assaltato il municipio di Lima.').map((e) => e[0]), ['PROTEST']);
  assert.deepEqual(coded('en', 'Soldiers stormed the rebel camp.').map((e) => e[0]), ['ASSAULT']);
});

test('an object condition reads the object the parse finds past an oblique', () => {
  assert.deepEqual(coded('it', 'La Francia ritirerà dal Mali tutti i suoi soldati.').map((e) => e[0]), ['CONCEDE']);
});

test('coercive warnings are threats; warnings about facts are not', () => {
  assert.deepEqual(coded('it', "Il ministro ha avvertito che l'esercito risponderà a ogni attacco."), [['THREATEN', 'avvertito', ['ministro']]]);
  assert.deepEqual(coded('it', 'Il ministro ha avvertito che i prezzi aumenteranno.'), []);
});

test('a resolved clitic object is its antecedent for the trigger\'s object conditions', () => {
  // "espellere" a diplomat is a sanction; expelling a suspect is a deportation.
  assert.deepEqual(coded('it', "La Russia ha convocato l'ambasciatore polacco e lo ha espulso.").map((e) => e[0]), ['ACCUSE', 'SANCTION']);
  assert.deepEqual(coded('it', "La polizia ha arrestato l'attivista Ivan Sokolov. Il governo lo ha espulso due giorni dopo.").map((e) => [e[0], e[1]]), [['COERCE', 'arrestato'], ['COERCE', 'espulso']]);
});

test('a gerund adjunct of the same type is one attack even past a relative clause', () => {
  assert.deepEqual(coded('it', 'Alcuni uomini armati hanno aggredito un gruppo di studenti che distribuivano volantini, ferendo due ragazze.').map((e) => [e[0], e[1]]), [['ASSAULT', 'aggredito']]);
});

test('a noun event of the verb\'s type as its subject is the same act and lends its doer', () => {
  const of = (lang: string, text: string) =>
    runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text), e.modes]);
  assert.deepEqual(of('en', 'Turkish air strikes killed nine fighters in northern Iraq.'), [['ASSAULT', 'killed', ['Turkish'], ['targeted', 'aerial']]]);
  assert.deepEqual(of('it', 'Un attacco turco con droni ha ucciso nove combattenti.'), [['ASSAULT', 'ucciso', ['turco'], ['targeted', 'drone']]]);
});

test('police storming a building seize it; courts jailing people convict them; rioters attacking riot', () => {
  assert.deepEqual(coded('en', 'Police stormed the opposition headquarters in Tbilisi.').map((e) => e[0]), ['COERCE']);
  assert.deepEqual(coded('en', 'Courts have jailed dozens of rioters.'), [['SANCTION', 'jailed', ['Courts']]]);
  assert.deepEqual(coded('en', 'Rioters attacked a police station in Dublin.').map((e) => e[0]), ['PROTEST']);
});

test('a candidate with no sense left does not keep a participle adjunct from its attack', () => {
  // "gathering" is a verb candidate (a protest) that has no protester to be one
  assert.deepEqual(coded('en', 'Sudanese aircraft bombed a village gathering in Darfur, killing 30 people.').map((e) => [e[0], e[1]]), [['ASSAULT', 'bombed']]);
});

test('denying an accusation is no rejection; a noun the parse hangs on the verb before it is no subject', () => {
  assert.deepEqual(coded('it', 'Il ministero ha respinto le accuse.'), []);
  assert.deepEqual(coded('en', 'The ministry rejected the allegations.'), []);
  assert.deepEqual(coded('it', 'Gli avvocati degli arrestati respingono le accuse e chiedono un incontro.').map((e) => e[1]), ['chiedono']);
  assert.deepEqual(coded('en', 'The ministry rejected the proposal.').map((e) => e[0]), ['REJECT']);
});

test('recalling an envoy from a capital makes that capital the target', () => {
  const of = (lang: string, text: string) => runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.source.map((a) => a.text), e.target.map((a) => a.text)]);
  assert.deepEqual(of('en', 'Lithuania recalled its ambassador from Minsk on Monday.'), [['SANCTION', ['Lithuania'], ['Minsk']]]);
  assert.deepEqual(of('it', "La Lituania ha richiamato l'ambasciatore da Minsk."), [['SANCTION', ['Lituania'], ['Minsk']]]);
});

test('a conjunct that shares its head\'s subject takes the noun the parse made its subject as its object', () => {
  assert.deepEqual(coded('it', "La polizia ha fatto irruzione nella sede del partito e ha arrestato l'ex ministro Ivan Petrov."), [['COERCE', 'irruzione', ['polizia']], ['COERCE', 'arrestato', ['polizia']]]);
});

test('a malformed sitesAreNoTarget table in plover.json stops loading, naming the entry', () => {
  const modes = new Map([['PROTEST', new Set(['riot', 'demo'])]]);
  assert.deepEqual(checkTypeModes({ PROTEST: ['riot', 'none'] }, 'sitesAreNoTarget', modes), { PROTEST: ['riot', 'none'] });
  assert.deepEqual(checkTypeModes(undefined, 'sitesAreNoTarget', modes), {});
  assert.throws(() => checkTypeModes({ PROTEST: ['riots'] }, 'sitesAreNoTarget', modes), /policy\.sitesAreNoTarget: PROTEST -> \["riots"\] is not a PLOVER type with a list of its modes/);
  assert.throws(() => checkTypeModes({ PROTESTS: ['riot'] }, 'sitesAreNoTarget', modes), /PROTESTS -> /);
  assert.throws(() => checkTypeModes(['PROTEST'], 'sitesAreNoTarget', modes), /not a table of PLOVER types to modes/);
});

test('a malformed complement routing in plover.json stops loading, naming the entry', () => {
  const types = new Set(['AGREE', 'CONCEDE', 'RETREAT']);
  assert.deepEqual(checkComplementRouting({ _comment: 'x', AGREE: { RETREAT: 'CONCEDE' } }, types), { AGREE: { RETREAT: 'CONCEDE' } });
  assert.throws(() => checkComplementRouting({ AGREE: { RETREAT: 'CONCEED' } }, types), /complementRouting: AGREE -> RETREAT -> CONCEED: not PLOVER types/);
  // the types whose threats take the threatened slot: a wrong name stops loading, naming the key
  assert.deepEqual(checkTypeList(['CONCEDE'], 'threatenedTarget', types), ['CONCEDE']);
  assert.deepEqual(checkTypeList(undefined, 'threatenedTarget', types), []);
  assert.throws(() => checkTypeList(['THREATENS'], 'threatenedTarget', types), /policy\.threatenedTarget: \["THREATENS"\] is not a list of PLOVER types/);
  assert.throws(() => checkComplementRouting({ AGRE: { RETREAT: 'CONCEDE' } }, types), /"AGRE" is not a PLOVER type/);
  // an inner type may be limited to verbs or nouns; any other suffix stops loading
  const more = new Set([...types, 'PROTEST', 'THREATEN']);
  assert.deepEqual(checkComplementRouting({ AGREE: { 'PROTEST:VERB': 'THREATEN' } }, more), { AGREE: { 'PROTEST:VERB': 'THREATEN' } });
  assert.throws(() => checkComplementRouting({ AGREE: { 'PROTEST:ADJ': 'THREATEN' } }, more), /may end in :VERB or :NOUN/);
});

test('a promise to protest is a threat, when the protest is a verb', () => {
  const coded = (lang: string, text: string) => runPipeline(text, { language: lang, published: '2024-03-20' }).events.map((e) => [e.type, e.trigger.text]);
  assert.deepEqual(coded('en', 'The teachers\' union promised to keep striking until the law is withdrawn.')[0], ['THREATEN', 'promised']);
  assert.deepEqual(coded('it', 'I camionisti hanno promesso di scioperare di nuovo a marzo.')[0], ['THREATEN', 'promesso']);
});

test('a country or capital that protests is its government: a diplomatic protest is ACCUSE (fixtures rule 10)', () => {
  const types = (lang: string, text: string) => runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text]);
  assert.deepEqual(types('en', 'Turkey protested to Sweden over the burning of a Koran.'), [['ACCUSE', 'protested']]);
  assert.deepEqual(types('en', 'Ankara protested to Stockholm over the burning of a Koran.'), [['ACCUSE', 'protested']]);
  assert.deepEqual(types('it', "L'Ungheria ha protestato con l'Ucraina per la legge sulle minoranze."), [['ACCUSE', 'protestato']]);
  assert.deepEqual(types('en', 'Thousands of farmers protested in Lyon on Monday.'), [['PROTEST', 'protested']]);
});

test('a summoned envoy is the target also in the passive; the ministry one is summoned to is no recipient', () => {
  const targets = (lang: string, text: string) => runPipeline(text, { language: lang }).events.map((e) => [e.type, e.target.map((a) => a.text).join('+')]);
  assert.deepEqual(targets('en', 'The Russian ambassador was summoned to the foreign ministry on Monday.'), [['ACCUSE', 'Russian ambassador']]);
  assert.deepEqual(targets('it', "L'ambasciatore russo è stato convocato lunedì al ministero degli Esteri."), [['ACCUSE', 'ambasciatore russo']]);
});
