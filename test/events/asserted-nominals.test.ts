// Nominal events the clause asserts (plover.json policy assertedNominalsWithoutSource, fixtures
// README rule 9): subjects, existential pivots and phase complements are coded without a named doer;
// background uses are not. Plus the argument constructions that came with the policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { analyse, events, type MentionSpec } from './helpers.js';

const group = (text: string, sector: string): MentionSpec => ({ text, type: 'GROUP', kind: 'group', sectors: [sector] });
const person = (text: string, country?: string): MentionSpec => ({ text, type: 'PER', kind: 'name', country });
const gpe = (text: string, country?: string): MentionSpec => ({ text, type: 'GPE', country });

test('a nominal subject of a finite clause is coded without a doer', () => {
  const it = analyse('it', 'Le proteste si sono estese a tutto il Paese.', []);
  assert.deepEqual(it.events.map((e) => [e.type, e.trigger.text, e.source.length]), [['PROTEST', 'proteste', 0]]);
  assert.ok(it.events[0].rules.includes('events.nominal.subject'));
  assert.deepEqual(events('en', 'Fresh protests erupted in the capital.', []), [
    { type: 'PROTEST', modes: ['demo'], trigger: 'protests', source: [], target: [] }]);
});

test('a subject noun without a doer after an event of its type refers back to it: not coded again', () => {
  const en = analyse('en', 'Riyadh imposed sanctions on the firm in May. The sanctions have hurt its exports.', [gpe('Riyadh', 'SAU')]);
  assert.deepEqual(en.events.map((e) => [e.type, e.trigger.text]), [['SANCTION', 'sanctions']]);
  assert.equal(en.events[0].source[0]?.text, 'Riyadh');
  const it = analyse('it', 'I ribelli hanno attaccato la città. Gli scontri sono durati due giorni.', [group('ribelli', 'REB')]);
  assert.deepEqual(it.events.map((e) => [e.type, e.trigger.text]), [['ASSAULT', 'attaccato']]);
  // a bare noun is a new act
  // (with the parse: the bare noun is the subject after its verb)
  const bare = runPipeline('I manifestanti hanno bloccato la strada. In molte città si sono tenute manifestazioni. Le manifestazioni sono proseguite ieri.', { language: 'it' });
  assert.deepEqual(bare.events.map((e) => e.trigger.text), ['bloccato', 'manifestazioni']);
  // qualified by the writer, it is a statement of its own
  const guessed = analyse('it', "La Russia ha imposto sanzioni alla società. Probabile che le sanzioni siano solo l'inizio.", [gpe('Russia', 'RUS')]);
  assert.deepEqual(guessed.events.map((e) => e.trigger.text), ['sanzioni', 'sanzioni']);
  // naming a person no earlier event of the type had, it is an act of its own
  const named = runPipeline('Police detained two activists in Yerevan on Monday. The arrest of Gevorg Petrosyan, a banker close to the opposition, came a day later.', { language: 'en' });
  assert.deepEqual(named.events.map((e) => [e.type, e.trigger.text, e.target.map((a) => a.text).join('+')]), [['COERCE', 'detained', 'activists'], ['COERCE', 'arrest', 'Gevorg Petrosyan']]);
});

test('the parse finds the verb of a subject noun beyond a long apposition', () => {
  const doc = runPipeline('The arrest of Gevorg Petrosyan, a banker close to the opposition party and its leader, came a week earlier.', { language: 'en' });
  assert.deepEqual(doc.events.map((e) => [e.type, e.trigger.text]), [['COERCE', 'arrest']]);
  // a temporal clause stays background
  assert.deepEqual(runPipeline('After the arrest of Gevorg Petrosyan, a banker close to the opposition party and its leader, came a week of protests.', { language: 'en' }).events.filter((e) => e.trigger.text === 'arrest'), []);
});

test('a state of relations (dispute, rift, feud, lite) is coded only where an existential asserts it', () => {
  const en = analyse('en', "Sudan's feud with the Emirates moved to the skies. There is a rift between Rossi and Bianchi.", [gpe('Sudan', 'SDN'), gpe('Emirates', 'ARE'), person('Rossi'), person('Bianchi')]);
  assert.deepEqual(en.events.map((e) => e.trigger.text), ['rift']);
  const it = analyse('it', 'La lite tra Roma e Parigi si è chiusa ieri.', [gpe('Roma', 'ITA'), gpe('Parigi', 'FRA')]);
  assert.deepEqual(it.events, []);
});

test('an existential pivot is coded without a doer', () => {
  const it = analyse('it', 'Nella notte ci sono stati scontri nel centro.', []);
  assert.deepEqual(it.events.map((e) => [e.type, e.trigger.text]), [['ASSAULT', 'scontri']]);
  assert.ok(it.events[0].rules.includes('events.nominal.existential'));
  assert.deepEqual(events('en', 'There were clashes in the centre.', []).map((e) => [e.type, e.trigger]), [['ASSAULT', 'clashes']]);
});

test('a phase construction gives its subject as the actor', () => {
  assert.deepEqual(events('it', 'La giunta è in fase di epurazione dei generali.', [group('giunta', 'MIL'), group('generali', 'MIL')]), [
    { type: 'COERCE', modes: [], trigger: 'epurazione', source: ['giunta'], target: ['generali'] }]);
  const en = analyse('en', 'The junta is in the middle of a purge of the generals.', [group('junta', 'MIL'), group('generals', 'MIL')]);
  assert.deepEqual(en.events.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text)]), [['COERCE', 'purge', ['junta']]]);
  assert.match(en.events[0].source[0].rule, /args\.heuristic\.phase/);
});

test('background nominals still need a named doer', () => {
  assert.deepEqual(events('it', 'Dopo giorni di scontri la situazione è calma.', []), []);
  assert.deepEqual(events('en', 'Since the invasion began, prices have doubled.', []), []);
  assert.deepEqual(events('en', 'The verdict sparked protests.', []), []);
});

test('the subject of a passive trigger is its object, not another event', () => {
  assert.deepEqual(events('en', 'The summit was postponed.', []).map((e) => [e.type, e.trigger]), [['REJECT', 'postponed']]);
});

test('"tra i due" / "between the two" names the two most recent named people', () => {
  const doc = analyse('it', 'Rossi ha incontrato Bianchi. Non escludo che tra i due ci sia una disputa.', [person('Rossi'), person('Bianchi')]);
  const dispute = doc.events.find((e) => e.trigger.text === 'disputa');
  assert.deepEqual(dispute?.source.map((a) => a.text), ['Bianchi', 'Rossi']);
  assert.equal(dispute?.source[0].rule, 'args.heuristic.between-pair');
});

test('a meeting in one party\'s country is a visit; a mediator makes it third-party', () => {
  assert.deepEqual(events('it', 'Il ministro Rossi è arrivato a Pechino, dove ha incontrato Xi.', [person('Rossi', 'ITA'), gpe('Pechino', 'CHN'), person('Xi', 'CHN')]), [
    { type: 'CONSULT', modes: ['visit'], trigger: 'incontrato', source: ['Rossi'], target: ['Xi'] }]);
  assert.deepEqual(events('en', 'Ethiopia and Egypt met in Cairo under Qatari mediation.', [gpe('Ethiopia'), gpe('Egypt')]).map((e) => [e.trigger, e.modes]), [
    ['met', ['third-party']]]);
});

test('meddling is COERCE without mode', () => {
  assert.deepEqual(events('it', 'Mosca ci ha messo lo zampino.', [gpe('Mosca', 'RUS')]), [
    { type: 'COERCE', modes: [], trigger: 'messo lo zampino', source: ['Mosca'], target: [] }]);
  // as the charge of an accusation it is a vague charge, no act (docs/annotation.md section 3)
  assert.deepEqual(events('en', 'Havana accused Washington of meddling in its affairs.', [gpe('Havana', 'CUB'), gpe('Washington', 'USA')]).map((e) => e.type), ['ACCUSE']);
  assert.deepEqual(events('it', "L'Avana ha accusato Washington di ingerenza.", [gpe("L'Avana", 'CUB'), gpe('Washington', 'USA')]).map((e) => e.type), ['ACCUSE']);
});

test('a lone adjective after a noun is not an actor; a number never is', () => {
  const doc = analyse('it', 'Non ci sono rapporti ufficiali. Hanno criticato la NATO.', [group('ufficiali', 'GOV'), { text: 'NATO', type: 'ORG' }]);
  const ev = doc.events.find((e) => e.trigger.text === 'criticato');
  assert.deepEqual(ev?.source, []);
});

test('a definite noun again refers back to the act its first mention coded, whatever that act\'s type', () => {
  const evs = runPipeline("Lunedì Parigi ha firmato un accordo di confine con Algeri. L'accordo assegna il bacino all'Algeria.", { language: 'it' }).events;
  assert.deepEqual(evs.map((e) => e.trigger.text), ['firmato']);
});
