// Rules added for issue 4: the mode of a request, rejection or threat from its content words
// (packs/<lang>/events-modes.tsv), the two sides of a story as the actors of "le parti" / "both
// sides", and protesters' demands not coded in a protest story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, events, type MentionSpec } from './helpers.js';
import { runPipeline } from '../../src/core/pipeline.js';

const gpe = (text: string): MentionSpec => ({ text, type: 'GPE' });
const org = (text: string): MentionSpec => ({ text, type: 'ORG' });
const group = (text: string, sector: string): MentionSpec => ({ text, type: 'GROUP', kind: 'group', sectors: [sector] });

test('a request takes its mode from the content word after it, within its clause', () => {
  const doc = analyse('it', 'Le Nazioni Unite hanno chiesto la riapertura dei corridoi umanitari.', [org('Nazioni Unite')]);
  assert.deepEqual(doc.events.map((e) => [e.type, e.modes]), [['REQUEST', ['yield']]]);
  assert.ok(doc.events[0].rules.includes('events.mode.content:corridoio'), doc.events[0].rules.join(' '));
  assert.deepEqual(events('en', 'The opposition leader demanded an early election.', [group('opposition leader', 'OPP')]).map((e) => [e.type, e.modes]), [['REQUEST', ['change']]]);
  // The next finite clause is not the content: "e ha invitato ... a riprendere il dialogo" does not make the refusal "meet".
  const two = events('it', 'Chișinău ha escluso qualsiasi blocco e ha invitato Tiraspol a riprendere il dialogo.', [gpe('Chișinău'), gpe('Tiraspol')]);
  assert.deepEqual(two.map((e) => [e.type, e.modes]), [['REJECT', []], ['REQUEST', ['meet']]]);
});

test('"le parti" / "both sides" are the two states or organisations named last, not towns', () => {
  // The real entity stage, so that Washington is a city (it has a GeoNames id) and is skipped.
  const it = runPipeline('I ministri di Armenia e Azerbaigian si sono visti a Washington. Le parti hanno concordato di proseguire il dialogo.', { language: 'it', published: '2024-05-02' });
  const agreed = it.events.find((e) => e.trigger.text === 'concordato');
  assert.deepEqual(agreed?.source.map((a) => [a.text, a.rule]), [['Armenia', 'args.heuristic.sides'], ['Azerbaigian', 'args.heuristic.sides']]);
  const en = events('en', 'China and Australia resumed their dialogue. Both sides agreed to hold further talks.', [gpe('China'), gpe('Australia')]);
  assert.deepEqual(en.filter((e) => e.trigger === 'agreed').map((e) => e.source), [['China', 'Australia']]);
});

test('in a protest story the protesters\' demand is not a REQUEST', () => {
  const evs = events('en', 'Junior doctors walked out on Monday. Doctors are demanding a pay rise.', [group('Junior doctors', 'MED'), group('Doctors', 'MED')]);
  assert.deepEqual(evs.map((e) => e.type), ['PROTEST']);
  // in the protest's own sentence too; but a state's request there is its own
  const same = runPipeline('Migliaia di persone hanno manifestato a Manama e chiesto la liberazione dei detenuti.', { language: 'it' });
  assert.deepEqual(same.events.map((e) => e.type), ['PROTEST']);
  const state = runPipeline('Centinaia di persone hanno manifestato per settimane, e Londra ha chiesto a Manama di migliorare le condizioni dei detenuti.', { language: 'it' });
  assert.deepEqual(state.events.filter((e) => e.type === 'REQUEST').map((e) => [e.source.map((a) => a.text), e.target.map((a) => a.text)]), [[['Londra'], ['Manama']]]);
});

test('a promise whose content is punishment, retaliation or a response is a threat (events-content-types.tsv)', () => {
  const en = runPipeline('The ministry promised a firm response to the attacks.', { language: 'en' });
  assert.deepEqual(en.events.filter((e) => e.trigger.text === 'promised').map((e) => [e.type, e.rules.some((r) => r === 'events.route.content:response')]), [['THREATEN', true]]);
  const it = runPipeline('Il ministro ha promesso di punire i responsabili.', { language: 'it' });
  assert.deepEqual(it.events.filter((e) => e.trigger.text === 'promesso').map((e) => e.type), ['THREATEN']);
  // A promise of talks stays an agreement.
  assert.deepEqual(runPipeline('Il ministro ha promesso nuovi colloqui con i sindacati.', { language: 'it' }).events.filter((e) => e.trigger.text === 'promesso').map((e) => e.type), ['AGREE']);
});

test('a promise of elections or of letting something happen is a concession; a promise that someone will be punished is a threat', () => {
  const type = (lang: string, text: string, trigger: string) => runPipeline(text, { language: lang }).events.filter((e) => e.trigger.text === trigger).map((e) => e.type);
  assert.deepEqual(type('en', 'The junta promised elections within two years.', 'promised'), ['CONCEDE']);
  assert.deepEqual(type('en', 'Riga agreed to let the inspectors visit the plant.', 'agreed'), ['CONCEDE']);
  assert.deepEqual(type('it', 'Il colonnello ha promesso elezioni entro due anni.', 'promesso'), ['CONCEDE']);
  // the auxiliary of the complement clause does not end the search for its content
  assert.deepEqual(type('it', 'Il presidente ha promesso che i colpevoli saranno puniti.', 'promesso'), ['THREATEN']);
  assert.deepEqual(type('it', 'Il governo ha promesso che la riforma sarà approvata.', 'promesso'), ['AGREE']);
});

test('the content of an agreement is its first verb: a listed word past another verb does not route it', () => {
  const en = runPipeline('Macron and Scholz agreed to coordinate their response.', { language: 'en' });
  assert.deepEqual(en.events.filter((e) => e.trigger.text === 'agreed').map((e) => e.type), ['AGREE']);
  const it = runPipeline('I due governi hanno concordato di coordinare la loro risposta.', { language: 'it' });
  assert.deepEqual(it.events.filter((e) => e.trigger.text === 'concordato').map((e) => e.type), ['AGREE']);
  // The listed word as the verb itself still routes: "agreed to disarm".
  assert.deepEqual(runPipeline('The militia agreed to disarm.', { language: 'en' }).events.map((e) => e.type), ['CONCEDE']);
});

test('weapons sent to another state are aid; sent where no actor receives them, a deployment', () => {
  const type = (lang: string, text: string, trigger: string) => runPipeline(text, { language: lang }).events.filter((e) => e.trigger.text === trigger).map((e) => `${e.type} ${e.target.map((a) => a.text).join('+')}`);
  assert.deepEqual(type('en', 'The United States sent more air defence systems to Kyiv.', 'sent'), ['AID Kyiv']);
  assert.deepEqual(type('en', 'Russia sent tanks to the border.', 'sent'), ['MOBILIZE ']);
  assert.deepEqual(type('it', 'Gli Stati Uniti hanno mandato nuovi sistemi di difesa aerea a Kiev.', 'mandato'), ['AID Kiev']);
  assert.deepEqual(type('it', 'La Russia ha inviato carri armati al confine.', 'inviato'), ['MOBILIZE ']);
});

test('an aspectual verb between a promise or agreement and the act it governs is transparent', () => {
  const en = runPipeline('Macron later agreed to begin withdrawing the troops.', { language: 'en' });
  assert.deepEqual(en.events.map((e) => `${e.type} ${e.trigger.text}`), ['CONCEDE agreed']);
  const it = runPipeline('Macron ha poi accettato di cominciare a ritirare le truppe.', { language: 'it' });
  assert.deepEqual(it.events.map((e) => `${e.type} ${e.trigger.text}`), ['CONCEDE accettato']);
  // A noun after it stays that verb's object, the content of the promise.
  assert.deepEqual(runPipeline('The two leaders agreed to begin technical negotiations.', { language: 'en' }).events.map((e) => e.trigger.text), ['agreed']);
});

test('a promise whose content is a sanction is a threat (complementRouting)', () => {
  const en = runPipeline('The EU promised to sanction those responsible.', { language: 'en' }).events.find((e) => e.trigger.text === 'promised');
  assert.equal(en?.type, 'THREATEN');
});
