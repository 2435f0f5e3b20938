// Focused tests, one construction each, in Italian and English. Mentions are given by hand
// (test/events/helpers.ts) so that these tests exercise the events stage only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import { analyse, events, type MentionSpec } from './helpers.js';
import { extractEvents } from '../../src/stages/events/index.js';

const police = (text: string): MentionSpec => ({ text, type: 'GROUP', kind: 'group', sectors: ['COP'] });
const per = (text: string): MentionSpec => ({ text, type: 'PER', kind: 'role', sectors: ['GOV'] });
const gpe = (text: string): MentionSpec => ({ text, type: 'GPE' });
const org = (text: string, sectors?: string[]): MentionSpec => ({ text, type: 'ORG', sectors });
const group = (text: string, sector: string): MentionSpec => ({ text, type: 'GROUP', kind: 'group', sectors: [sector] });

test('active subject and object', () => {
  assert.deepEqual(events('it', 'La polizia ha arrestato il sindaco.', [police('polizia'), per('sindaco')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrestato', source: ['polizia'], target: ['sindaco'] }]);
  assert.deepEqual(events('en', 'Police arrested the mayor.', [police('Police'), per('mayor')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrested', source: ['Police'], target: ['mayor'] }]);
});

test('passive with agent: da / da parte di / by', () => {
  assert.deepEqual(events('it', 'Il sindaco è stato arrestato dalla polizia.', [police('polizia'), per('sindaco')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrestato', source: ['polizia'], target: ['sindaco'] }]);
  assert.deepEqual(events('en', 'The mayor was arrested by police.', [police('police'), per('mayor')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrested', source: ['police'], target: ['mayor'] }]);
  const doc = analyse('it', 'Il sindaco è stato arrestato dalla polizia.', [police('polizia'), per('sindaco')]);
  assert.ok(doc.events[0].rules.includes('events.passive'));
  assert.equal(doc.events[0].source[0].rule, 'args.heuristic.passive-agent');
});

test('agentless passive keeps the target and no source', () => {
  assert.deepEqual(events('en', 'Two journalists were detained in Tehran.', [group('journalists', 'JRN'), gpe('Tehran')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'detained', source: [], target: ['journalists'] }]);
});

test('nominalisations: di/of complement, da parte di/by agent', () => {
  assert.deepEqual(events('it', "L'arresto del sindaco da parte della polizia è avvenuto ieri.", [police('polizia'), per('sindaco')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arresto', source: ['polizia'], target: ['sindaco'] }]);
  assert.deepEqual(events('en', 'The arrest of the mayor by police sparked protests.', [police('police'), per('mayor')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrest', source: ['police'], target: ['mayor'] }]);
  assert.deepEqual(events('en', "The mayor's arrest by police sparked anger.", [police('police'), per('mayor')]), [
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrest', source: ['police'], target: ['mayor'] }]);
});

test('a noun event without a named doer is not coded', () => {
  assert.deepEqual(events('en', "Police confirmed the mayor's arrest.", [police('Police'), per('mayor')]), []);
  assert.deepEqual(events('it', 'Dopo giorni di manifestazioni la situazione è calma.', []), []);
});

test('Italian subject drop and English pronoun carry the previous subject', () => {
  const it = analyse('it', 'Il presidente ha parlato a lungo. Ha poi chiesto le dimissioni del ministro.', [per('presidente'), per('ministro')]);
  assert.deepEqual(it.events.map((e) => [e.type, e.modes, e.source.map((a) => a.text), e.target.map((a) => a.text)]), [
    ['REQUEST', ['change'], ['presidente'], ['ministro']]]);
  assert.equal(it.events[0].source[0].rule, 'args.heuristic.subject-carry');
  assert.deepEqual(events('en', 'The president spoke for an hour. He then demanded the resignation of the minister.', [per('president'), per('minister')]), [
    { type: 'REQUEST', modes: ['change'], trigger: 'demanded', source: ['president'], target: ['minister'] }]);
});

test('coordinated verbs share the subject', () => {
  assert.deepEqual(events('it', 'Il governo ha rimosso il prefetto e arrestato il sindaco.', [org('governo', ['GOV']), per('prefetto'), per('sindaco')]), [
    { type: 'SANCTION', modes: ['expel'], trigger: 'rimosso', source: ['governo'], target: ['prefetto'] },
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrestato', source: ['governo'], target: ['sindaco'] }]);
  assert.deepEqual(events('en', 'The government sacked the governor and arrested the mayor.', [org('government', ['GOV']), per('governor'), per('mayor')]), [
    { type: 'SANCTION', modes: ['expel'], trigger: 'sacked', source: ['government'], target: ['governor'] },
    { type: 'COERCE', modes: ['arrest'], trigger: 'arrested', source: ['government'], target: ['mayor'] }]);
});

test('gerunds share the main subject; a same-type gerund is the same event', () => {
  assert.deepEqual(events('it', 'I ribelli hanno occupato la città, uccidendo dieci civili.', [group('ribelli', 'REB'), group('civili', 'CVL')]), [
    { type: 'COERCE', modes: ['seize'], trigger: 'occupato', source: ['ribelli'], target: [] },
    { type: 'ASSAULT', modes: ['targeted'], trigger: 'uccidendo', source: ['ribelli'], target: ['civili'] }]);
  assert.deepEqual(events('en', 'Rebels shelled the city, killing ten civilians.', [group('Rebels', 'REB'), group('civilians', 'CVL')]), [
    { type: 'ASSAULT', modes: ['heavy-weapons'], trigger: 'shelled', source: ['Rebels'], target: ['civilians'] }]);
});

test('contro / against targets', () => {
  assert.deepEqual(events('it', 'Migliaia di studenti hanno manifestato contro il governo.', [group('studenti', 'EDU'), org('governo', ['GOV'])]), [
    { type: 'PROTEST', modes: ['demo'], trigger: 'manifestato', source: ['studenti'], target: ['governo'] }]);
  assert.deepEqual(events('en', 'Thousands of students protested against the government.', [group('students', 'EDU'), org('government', ['GOV'])]), [
    { type: 'PROTEST', modes: ['demo'], trigger: 'protested', source: ['students'], target: ['government'] }]);
});

test('recipients: a X / to X', () => {
  assert.deepEqual(events('it', 'Il presidente ha chiesto aiuto alla NATO.', [per('presidente'), org('NATO')]), [
    { type: 'REQUEST', modes: ['assist'], trigger: 'chiesto', source: ['presidente'], target: ['NATO'] }]);
  assert.deepEqual(events('en', 'Japan sent aid to Turkey.', [gpe('Japan'), gpe('Turkey')]), [
    { type: 'AID', modes: [], trigger: 'sent', source: ['Japan'], target: ['Turkey'] }]);
});

test('lists give several actors', () => {
  assert.deepEqual(events('it', 'Stati Uniti e Francia hanno condannato la Russia.', [gpe('Stati Uniti'), gpe('Francia'), gpe('Russia')]), [
    { type: 'ACCUSE', modes: ['disapprove'], trigger: 'condannato', source: ['Stati Uniti', 'Francia'], target: ['Russia'] }]);
  assert.deepEqual(events('en', 'The United States and France condemned Russia.', [gpe('United States'), gpe('France'), gpe('Russia')]), [
    { type: 'ACCUSE', modes: ['disapprove'], trigger: 'condemned', source: ['United States', 'France'], target: ['Russia'] }]);
});

test('support verbs: the noun carries the event, the verb gives its actors', () => {
  assert.deepEqual(events('it', "I ribelli hanno avuto l'aiuto dei servizi segreti.", [group('ribelli', 'REB'), org('servizi segreti', ['SPY'])]), [
    { type: 'AID', modes: [], trigger: 'aiuto', source: ['servizi segreti'], target: ['ribelli'] }]);
  assert.deepEqual(events('it', 'Il presidente si è rivolto alla NATO con la richiesta di inviare truppe.', [per('presidente'), org('NATO')]), [
    { type: 'REQUEST', modes: ['assist'], trigger: 'richiesta', source: ['presidente'], target: ['NATO'] }]);
  assert.deepEqual(events('it', 'Il presidente ha annunciato la rimozione del ministro.', [per('presidente'), per('ministro')]), [
    { type: 'SANCTION', modes: ['expel'], trigger: 'rimozione', source: ['presidente'], target: ['ministro'] }]);
  assert.deepEqual(events('en', 'The prosecutor opened an investigation into the mayor.', [per('prosecutor'), per('mayor')]), [
    { type: 'ACCUSE', modes: ['investigate'], trigger: 'investigation', source: ['prosecutor'], target: ['mayor'] }]);
});

test('a verb and its own nominal object are one event', () => {
  assert.deepEqual(events('it', 'La NATO ha aderito alla richiesta del presidente.', [per('presidente'), org('NATO')]), [
    { type: 'AGREE', modes: [], trigger: 'aderito', source: ['NATO'], target: ['presidente'] }]);
  assert.deepEqual(events('en', 'Moscow cancelled the summit with Kyiv.', [gpe('Moscow'), gpe('Kyiv')]), [
    { type: 'REJECT', modes: ['meet'], trigger: 'cancelled', source: ['Moscow'], target: ['Kyiv'] }]);
});

test('threats and requests take their mode from the act and do not code it', () => {
  assert.deepEqual(events('it', 'Il leader dei ribelli ha minacciato di attaccare la capitale.', [per('leader'), group('ribelli', 'REB')]), [
    { type: 'THREATEN', modes: ['violence'], trigger: 'minacciato', source: ['leader'], target: [] }]);
  assert.deepEqual(events('en', 'The union threatened a national strike.', [group('union', 'LAB')]), [
    { type: 'THREATEN', modes: ['restrict'], trigger: 'threatened', source: ['union'], target: [] }]);
});

test('senses chosen by context: conviction vs condemnation, protest vs coercion', () => {
  assert.deepEqual(events('it', "Il tribunale ha condannato l'attivista a tre anni di carcere.", [org('tribunale', ['JUD']), per('attivista')]), [
    { type: 'SANCTION', modes: ['convict'], trigger: 'condannato', source: ['tribunale'], target: ['attivista'] },
    { type: 'COERCE', modes: ['arrest'], trigger: 'carcere', source: ['tribunale'], target: ['attivista'] }]);
  assert.deepEqual(events('it', 'Il governo ha condannato le violenze.', [org('governo', ['GOV'])]), [
    { type: 'ACCUSE', modes: ['disapprove'], trigger: 'condannato', source: ['governo'], target: [] }]);
  assert.deepEqual(events('it', "I manifestanti hanno bloccato l'autostrada.", [group('manifestanti', 'CVL')]), [
    { type: 'PROTEST', modes: ['obstruct'], trigger: 'bloccato', source: ['manifestanti'], target: [] }]);
  assert.deepEqual(events('en', 'Police blocked the motorway.', [police('Police')]), [
    { type: 'COERCE', modes: ['restrict'], trigger: 'blocked', source: ['Police'], target: [] }]);
  assert.deepEqual(events('en', 'Farmers blocked the motorway with tractors.', [group('Farmers', 'AGR')]), [
    { type: 'PROTEST', modes: ['obstruct'], trigger: 'blocked', source: ['Farmers'], target: [] }]);
});

test('firm future acts are routed (AID -> AGREE)', () => {
  const it = analyse('it', 'La Germania invierà aiuti alla Turchia.', [gpe('Germania'), gpe('Turchia')]);
  assert.deepEqual(it.events.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text), e.target.map((a) => a.text)]), [
    ['AGREE', 'invierà', ['Germania'], ['Turchia']]]);
  assert.ok(it.events[0].rules.includes('events.route.future'));
  assert.deepEqual(events('en', 'Germany will send aid to Turkey.', [gpe('Germany'), gpe('Turkey')]), [
    { type: 'AGREE', modes: [], trigger: 'send', source: ['Germany'], target: ['Turkey'] }]);
});

test('an untensed verb takes its time from the construction around it: a firm future is routed', () => {
  const route = (lang: string, text: string) => runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text, e.factuality.polarity.value]);
  assert.deepEqual(route('en', 'The Russian troops are unlikely to withdraw from the plant this year.'), [['CONCEDE', 'withdraw', 'NEG']]);
  assert.deepEqual(route('it', 'Domani il presidente francese dovrebbe essere ricevuto da Vladimir Putin.'), [['AGREE', 'ricevuto', 'POS']]);
  // a past tense on the verb itself says when, whatever the rest of the sentence says
  assert.deepEqual(route('it', 'Il generale si è dimesso ieri ed è partito per il Togo.').map((e) => e[0]), ['RETREAT']);
});

test('a support verb in the future carries its noun\'s time though the doer comes from elsewhere; a refused act is not routed', () => {
  const route = (lang: string, text: string) => runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text, e.factuality.polarity.value]);
  // the doer comes from "dell'intero governo", the tense from "presenterà"
  assert.deepEqual(route('it', 'Il premier ha detto che presenterà al re le dimissioni dell\'intero governo.').map((e) => e.slice(0, 2)), [['CONCEDE', 'dimissioni']]);
  assert.deepEqual(route('it', 'Il premier ha presentato al re le dimissioni dell\'intero governo.').map((e) => e.slice(0, 2)), [['RETREAT', 'dimissioni']]);
  // docs/annotation.md section 3: a refused resignation keeps its own type, with polarity NEG
  assert.deepEqual(route('en', 'The prime minister has refused to resign.'), [['REJECT', 'refused', 'POS'], ['RETREAT', 'resign', 'NEG']]);
  assert.deepEqual(route('it', 'Il premier ha escluso di dimettersi.'), [['REJECT', 'escluso', 'POS'], ['RETREAT', 'dimettersi', 'NEG']]);
});

test('a withdrawn force is no recipient', () => {
  assert.deepEqual(events('it', "I servizi segreti hanno ritirato le guardie dall'aeroporto.", [org('servizi segreti'), group('guardie', 'COP')]).map((e) => [e.type, e.target]), [['RETREAT', []]]);
});

test('a future act asked about, guessed at or in a condition keeps its own type', () => {
  assert.deepEqual(events('en', 'It is unclear whether Germany will send aid to Turkey.', [gpe('Germany'), gpe('Turkey')]).map((e) => e.type), ['AID']);
  assert.deepEqual(events('it', 'Non è chiaro se la Germania invierà aiuti alla Turchia.', [gpe('Germania'), gpe('Turchia')]).map((e) => e.type), ['AID']);
  assert.deepEqual(events('en', 'Germany will probably send aid to Turkey.', [gpe('Germany'), gpe('Turkey')]).map((e) => e.type), ['AGREE']);
});

test('blocks: names, modifiers and bare statements are not events', () => {
  assert.deepEqual(events('it', 'Le forze di pace sono arrivate alla stazione di polizia.', []), []);
  assert.deepEqual(events('en', 'The mayor visited the police station. The protest movement grew.', [per('mayor')]).map((e) => e.trigger), ['visited']);
  assert.deepEqual(events('it', 'Il ministro ha detto che la situazione è calma.', [per('ministro')]), []);
  assert.deepEqual(events('en', 'The minister said the situation was calm.', [per('minister')]), []);
});

test('date: same sentence, then the paragraph; never invented', () => {
  const doc = analyse('it', 'Il 16 gennaio la polizia ha arrestato il sindaco. Il governo ha criticato la polizia.\nIl ministro si è dimesso.', [police('polizia'), per('sindaco'), org('governo', ['GOV']), police('polizia'), per('ministro')], '2022-01-25');
  assert.deepEqual(doc.events.map((e) => [e.trigger.text, e.date?.value, e.date?.rule]), [
    ['arrestato', '2022-01-16', 'events.date.sentence'],
    ['criticato', '2022-01-16', 'events.date.context'],
    ['dimesso', undefined, undefined]]);
  const en = analyse('en', 'Police arrested the mayor on 5 March 2024.', [police('Police'), per('mayor')]);
  assert.equal(en.events[0].date?.value, '2024-03-05');
  assert.equal(en.events[0].date?.spans[0].start, en.text.indexOf('5 March'));
});

test('place: locative phrase, with coordinates and country from the entity', () => {
  const doc = analyse('it', 'La polizia ha arrestato il sindaco a Napoli.', [police('polizia'), per('sindaco'), gpe('Napoli')]);
  doc.entities[2].coordinates = { lat: 40.85, lon: 14.27 };
  doc.entities[2].country = 'ITA';
  const e = extractEvents(doc)[0];
  assert.equal(e.place?.name, 'Napoli');
  assert.equal(e.place?.rule, 'events.place.locative');
  assert.equal(e.place?.country, 'ITA');
  assert.deepEqual(e.place?.coordinates, { lat: 40.85, lon: 14.27 });
  const en = analyse('en', 'Troops were deployed in Kharkiv.', [group('Troops', 'MIL'), gpe('Kharkiv')]);
  assert.deepEqual([en.events[0].type, en.events[0].modes, en.events[0].place?.name], ['MOBILIZE', ['troops'], 'Kharkiv']);
});

test('events carry quad, ids in order, evidence and the pending factuality', () => {
  const doc = analyse('en', 'Police arrested the mayor. Rebels attacked the base.', [police('Police'), per('mayor'), group('Rebels', 'REB')]);
  assert.deepEqual(doc.events.map((e) => [e.id, e.type, e.quad]), [['V1', 'COERCE', 4], ['V2', 'ASSAULT', 4]]);
  assert.equal(doc.events[0].trigger.rule, 'en:events:arrest');
  assert.equal(doc.events[0].factuality.certainty.rule, 'factuality.pending');
  assert.deepEqual(doc.events[0].factuality.attribution.map((a) => a.text), ['author']);
  assert.deepEqual(doc.events[1].evidence, doc.sentences[1] && { start: doc.sentences[1].start, end: doc.sentences[1].end });
});

test('an object condition may list a class of acts: a noun with a row of that type meets it (@act:coerce)', () => {
  const lifted = runPipeline('The governor will lift the emergency powers next week.', { language: 'en' });
  assert.deepEqual(lifted.events.map((e) => [e.type, e.trigger.text]), [['CONCEDE', 'lift']]);
  assert.deepEqual(runPipeline('The governor will lift the heavy boxes next week.', { language: 'en' }).events, []);
  const annulled = runPipeline("Il tribunale ha annullato l'espulsione del giornalista.", { language: 'it' });
  assert.deepEqual(annulled.events.map((e) => [e.type, e.trigger.text]), [['CONCEDE', 'annullato']]);
  assert.deepEqual(runPipeline('Il governo ha annullato il concerto.', { language: 'it' }).events, []);
});

test('"came under fire/attack": the subject is the one attacked, not the attacker', () => {
  for (const text of ['A Red Cross convoy came under fire in Shan state on Tuesday.', 'A UN convoy came under attack near Goma on Monday.']) {
    const e = runPipeline(text, { language: 'en' }).events.find((x) => x.type === 'ASSAULT');
    assert.ok(e, text);
    assert.deepEqual(e.source, [], text);
    assert.equal(e.target.length, 1, text);
  }
});

const kinds = (text: string, language: string) => runPipeline(text, { language, published: '2024-03-01' }).events.map((e) => [e.type, e.trigger.text]);

test('an object pronoun after the verb is its object: it stands for a noun before it that a row lists', () => {
  // "it" = the ban: lifting or suspending a ban is a concession.
  assert.deepEqual(kinds('The council imposed a ban on rallies in May and lifted it in June.', 'en').filter(([t]) => t === 'CONCEDE'), [['CONCEDE', 'lifted']]);
  assert.deepEqual(kinds('Activists challenged the ban in court. The judge declined to suspend it.', 'en').filter(([, w]) => w === 'suspend'), [['CONCEDE', 'suspend']]);
  // No noun a row lists: any object condition is met, as with an unresolved clitic.
  assert.deepEqual(kinds('Parliament has extended it twice since March.', 'en'), [['COERCE', 'extended']]);
  // The noun after the pronoun is not the object ("every month").
  assert.deepEqual(kinds('The army will lift it every month.', 'en'), [['CONCEDE', 'lift']]);
  // Two objects: the noun decides ("grant him asylum" is a promise kept, not anything "him" allows).
  assert.deepEqual(kinds('Spain said it would grant him political asylum.', 'en'), [['AGREE', 'grant']]);
  // "nothing" stands for no noun.
  assert.deepEqual(kinds('Washington says it has conceded nothing in return.', 'en').map(([t]) => t).includes('AID'), false);
});

test('"call X Y", "definire X Y": a criticism when Y is a word of the disapproval list', () => {
  assert.deepEqual(kinds('The opposition leader called the verdict a farce.', 'en'), [['ACCUSE', 'called']]);
  assert.deepEqual(kinds('The foreign ministry called the sanctions absurd.', 'en').filter(([t]) => t === 'ACCUSE'), [['ACCUSE', 'called']]);
  assert.deepEqual(kinds("Il ministro ha definito la sentenza «deludente».", 'it'), [['ACCUSE', 'definito']]);
  assert.deepEqual(kinds('The president called the result a success.', 'en'), []);
});

test('a relative clause on the object of a criticism re-words it: one event', () => {
  assert.deepEqual(kinds('The prime minister condemned what she called a cowardly attack.', 'en'), [['ACCUSE', 'condemned']]);
  assert.deepEqual(kinds('Il governo ha condannato quello che ha definito un complotto.', 'it'), [['ACCUSE', 'condannato']]);
  // a relative clause with a doer of its own is another criticism
  assert.deepEqual(kinds('The minister called the gang, which prosecutors blame for most kidnappings, a media fiction.', 'en'), [['ACCUSE', 'called'], ['ACCUSE', 'blame']]);
  // Two acts of one other type stay two.
  const signed = kinds('The parliament ratified the treaty that the president had signed in June.', 'en');
  assert.deepEqual(signed.map(([, w]) => w), ['ratified', 'signed']);
});

test('a context condition may list a class of acts: a warning of a sanction or of force is a threat', () => {
  assert.deepEqual(kinds('The government warned that it would arrest the organisers.', 'en').map(([t]) => t).includes('THREATEN'), true);
  assert.deepEqual(kinds('La ministra ha avvertito che i manifestanti saranno arrestati.', 'it').map(([t]) => t).includes('THREATEN'), true);
  assert.deepEqual(kinds('The agency warned that the storm would reach the coast.', 'en'), []);
});

test('a promise whose content word is itself the absorbed act lets the content list decide: vowing prosecution is a threat', () => {
  assert.deepEqual(kinds('The minister vowed that the organisers would be prosecuted.', 'en'), [['THREATEN', 'vowed']]);
  assert.deepEqual(kinds('Il ministro ha promesso che gli organizzatori saranno perseguiti.', 'it'), [['THREATEN', 'promesso']]);
});

test('crowd-control means: "dispersed with tear gas" is an attack, and a means in a "with" phrase of a clearing verb has its subject as doer', () => {
  assert.deepEqual(kinds('Police dispersed the protesters with tear gas.', 'en').filter(([t]) => t !== 'PROTEST'), [['ASSAULT', 'dispersed']]);
  const drove = runPipeline('The rioters looted offices before police drove them out with tear gas.', { language: 'en' }).events.find((e) => e.trigger.text === 'tear gas');
  assert.deepEqual(drove && [drove.type, drove.source.map((a) => a.text)], ['ASSAULT', ['police']]);
  const cleared = runPipeline('La polizia ha sgomberato la piazza con gli idranti.', { language: 'it' }).events.find((e) => e.trigger.text === 'idranti');
  assert.deepEqual(cleared && [cleared.type, cleared.source.map((a) => a.text)], ['ASSAULT', ['polizia']]);
});

test('a region or a name only its context makes a place is where the act happens, not a party to it', () => {
  const resigned = runPipeline('Ieri il presidente della Liguria si è dimesso dopo l\'arresto.', { language: 'it' }).events.find((e) => e.trigger.text === 'dimesso');
  assert.deepEqual(resigned?.source.map((a) => a.text), ['presidente']);
  const doc = runPipeline('Soldiers fired on protesters in Verkhol on Monday, residents of Verkhol said.', { language: 'en' });
  const fired = doc.events.find((e) => e.trigger.text === 'fired');
  assert.equal(doc.entities.find((e) => e.name === 'Verkhol')?.type, 'GPE');
  assert.deepEqual(fired?.source.map((a) => a.text), ['Soldiers']);
  assert.ok(!fired?.factuality.attribution.some((a) => a.text === 'Verkhol'), JSON.stringify(fired?.factuality.attribution));
});

test('a predicate noun of a naming verb is no event; calling a report absurd is no criticism', () => {
  const called = runPipeline('The opposition leader called the decree an attack on democracy.', { language: 'en' });
  assert.deepEqual(called.events.filter((e) => e.trigger.text === 'attack'), []);
  const it = runPipeline('Il presidente ha definito l\'assalto un atto terroristico.', { language: 'it' });
  assert.deepEqual(it.events.map((e) => [e.type, e.trigger.text]), [['ACCUSE', 'definito']]);
  assert.deepEqual(runPipeline('A senior adviser on Thursday called the report absurd.', { language: 'en' }).events, []);
  assert.deepEqual(runPipeline('Il portavoce ha definito l\'accusa assurda e ridicola.', { language: 'it' }).events.filter((e) => e.type === 'ACCUSE'), []);
});

test('an order or an instruction to another party to act is a request, unless a row of its content applies', () => {
  const told = runPipeline('On Thursday the Supreme Court told the government to facilitate his return.', { language: 'en' }).events;
  assert.deepEqual(told.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text), e.target.map((a) => a.text)]), [['REQUEST', 'told', ['Supreme Court'], ['government']]]);
  const ordered = runPipeline('La Corte ha ordinato ieri a Israele di impedire atti di genocidio.', { language: 'it' }).events;
  assert.deepEqual(ordered.map((e) => [e.type, e.trigger.text, e.target.map((a) => a.text)]), [['REQUEST', 'ordinato', ['Israele']]]);
  // no clause of its own: no request ("ordered an investigation"; "told reporters that")
  assert.deepEqual(runPipeline('Trudeau told reporters that the talks had failed.', { language: 'en' }).events.filter((e) => e.type === 'REQUEST'), []);
  // an order to troops stays a mobilisation, one to a diplomat to leave an expulsion
  const troops = runPipeline('The president ordered the armed forces to retake the city.', { language: 'en' }).events.find((e) => e.trigger.text === 'ordered');
  assert.equal(troops?.type, 'MOBILIZE');
  const envoy = runPipeline('The ministry ordered Anna Berg, a consul in Riga, to leave by Saturday.', { language: 'en' }).events.find((e) => e.trigger.text === 'ordered');
  assert.deepEqual(envoy && [envoy.type, envoy.modes], ['SANCTION', ['expel']]);
});

test('a participle before its noun is a state of the noun, no event; a finite past after its subject still is', () => {
  const doc = runPipeline('Investigators arrested the impeached president at his residence, and the railway stopped carrying other sanctioned goods.', { language: 'en' });
  assert.deepEqual(doc.events.map((e) => e.trigger.text), ['arrested']);
  const finite = runPipeline('Youths torched cars in the suburbs overnight.', { language: 'en' }).events.map((e) => e.trigger.text);
  assert.ok(finite.includes('torched'), finite.join(', '));
});

test('a state phrase ("in visita", "on strike") is said of the noun it qualifies or of the subject of its copula', () => {
  const apposed = runPipeline('Il presidente Yoon Suk-yeol, in visita a Varsavia, ha convocato il Consiglio di sicurezza.', { language: 'it' }).events.find((e) => e.trigger.text === 'visita');
  assert.deepEqual(apposed && [apposed.type, apposed.source.map((a) => a.text), apposed.target.map((a) => a.text)], ['CONSULT', ['presidente Yoon Suk-yeol'], ['Varsavia']]);
  const copula = runPipeline('Il principe ereditario è in visita a Washington.', { language: 'it' }).events.find((e) => e.trigger.text === 'visita');
  assert.deepEqual(copula?.source.map((a) => a.text), ['principe']);
  const strike = runPipeline('For five weeks teachers were on strike.', { language: 'en' }).events.find((e) => e.trigger.text === 'strike');
  assert.deepEqual(strike && [strike.type, strike.source.map((a) => a.text)], ['PROTEST', ['teachers']]);
});

test('an unresolved object pronoun that only stands for a person meets only a person object condition', () => {
  // "remove" with a subsidy object is COERCE withhold; "him" is no subsidy
  const removed = runPipeline('The government removed him from office and arrested three of his aides.', { language: 'en' }).events.find((e) => e.trigger.text === 'removed');
  assert.deepEqual(removed && [removed.type, removed.modes], ['SANCTION', ['expel']]);
});

test('an infinitive of purpose on a coded act tells its aim, no act of its own', () => {
  const en = runPipeline('Soldiers were deployed on Tuesday night to support the police.', { language: 'en' }).events.map((e) => e.trigger.text);
  assert.deepEqual(en, ['deployed']);
  const it = runPipeline('Nel 2017 i manifestanti avevano dato fuoco al Congresso per fermare la rielezione del presidente.', { language: 'it' }).events.map((e) => e.trigger.text);
  assert.ok(!it.includes('fermare'), it.join(', '));
  // a perfect infinitive after "per" is a reason, still coded ("sospeso per aver accusato")
  const reason = runPipeline('Il Parlamento aveva sospeso il deputato per aver accusato il presidente di corruzione.', { language: 'it' }).events.map((e) => e.trigger.text);
  assert.ok(reason.includes('accusato'), reason.join(', '));
});

test('a one-word noun trigger the tagger read as a lower-case proper noun ("a new march") still matches', () => {
  const doc = runPipeline('Activists have called a new march for Sunday.', { language: 'en', published: '2025-03-10' });
  assert.ok(doc.events.some((e) => e.type === 'PROTEST' && e.trigger.text === 'march'), JSON.stringify(doc.events.map((e) => e.trigger.text)));
  const declared = runPipeline('The foreign minister declared the Chinese diplomat persona non grata.', { language: 'en' }).events;
  assert.deepEqual(declared.map((e) => [e.type, e.trigger.text]), [['SANCTION', 'declared']]);
});

test('a quantity in a "to" phrase is no recipient, whatever actor its modifiers name', () => {
  const sentenced = runPipeline('A court in Istanbul sentenced the mayor to two years in prison for insulting officials.', { language: 'en' }).events.find((e) => e.trigger.text === 'sentenced');
  assert.deepEqual(sentenced?.target.map((a) => a.text), ['mayor']);
  // a state after "to" still is one
  const sent = runPipeline('Germany sent two hundred tanks to Ukraine.', { language: 'en' }).events.find((e) => e.trigger.text === 'sent');
  assert.deepEqual(sent?.target.map((a) => a.text), ['Ukraine']);
});

test('a noun for a person that names no actor, object of a verb whose object is a person, is the target', () => {
  const executed = runPipeline('Iran executed a man convicted of killing a security officer.', { language: 'en' }).events.find((e) => e.trigger.text === 'executed');
  assert.deepEqual(executed && [executed.type, executed.target.map((a) => a.text)], ['ASSAULT', ['a man']]);
  const ucciso = runPipeline('Ieri i coloni hanno ucciso un uomo a Huwara.', { language: 'it' }).events.find((e) => e.trigger.text === 'ucciso');
  assert.deepEqual(ucciso?.target.map((a) => a.text), ['un uomo']);
  // not of any verb: "dichiarato persona non grata" names no person target
  const declared = runPipeline('Il ministro ha dichiarato persona non grata il diplomatico.', { language: 'it' }).events[0];
  assert.ok(!declared?.target.some((a) => a.text === 'persona'), JSON.stringify(declared?.target));
});

test('claiming responsibility for an act makes the claimant its doer', () => {
  const en = runPipeline('Islamic State claimed responsibility for the bombing.', { language: 'en' }).events;
  assert.deepEqual(en.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text)]), [['ASSAULT', 'bombing', ['Islamic State']]]);
  const it = runPipeline("Lo Stato islamico si è assunto la responsabilità dell'attacco.", { language: 'it' }).events;
  assert.deepEqual(it.map((e) => [e.type, e.source.map((a) => a.text)]), [['ASSAULT', ['Stato islamico']]]);
});

test('a relative clause of the same type on a noun event is that act, on its verb, with the noun\'s doer', () => {
  const it = runPipeline("Lo Stato islamico ha rivendicato l'attentato, che ha ucciso tre soldati.", { language: 'it' }).events;
  assert.deepEqual(it.map((e) => [e.type, e.trigger.text, e.source.map((a) => a.text), e.target.map((a) => a.text)]), [['ASSAULT', 'ucciso', ['Stato islamico'], ['soldati']]]);
});

test('a prison term after an apposition on the convicted still takes the sentencing\'s doer and target', () => {
  const evs = runPipeline('A federal court sentenced Omar Ndaw, a former police chief, to twelve years in prison.', { language: 'en', published: '2024-05-02' }).events;
  const prison = evs.find((e) => e.type === 'COERCE');
  assert.ok(prison, JSON.stringify(evs.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual([prison.trigger.text, prison.source.map((a) => a.text), prison.target.map((a) => a.text)], ['prison', ['court'], ['Omar Ndaw']]);
  assert.ok(prison.rules.includes('events.args.inherit'));
});

test('place: a clause on an event noun opened by a subordinator tells of another act, so its place is not the event\'s', () => {
  const doc = runPipeline('On Monday the interior ministry announced an anti-terrorist operation after demonstrators blocked the highway near Rushan.', { language: 'en' });
  const operation = doc.events.find((e) => e.trigger.text === 'anti-terrorist operation');
  const blocked = doc.events.find((e) => e.trigger.text === 'blocked');
  assert.ok(operation && blocked);
  assert.equal(operation.place, undefined);
  assert.equal(blocked.place?.name, 'Rushan');
});

test('a verb phrase whose verb the tagger read as a noun opens a match even as the sentence\'s only candidate ("a police officer shot dead")', () => {
  const doc = runPipeline('Last Tuesday a police officer shot dead Nahel Merzouk.', { language: 'en' });
  assert.deepEqual(doc.events.map((e) => [e.type, e.trigger.text]), [['ASSAULT', 'shot dead']]);
});

test('an act coordinated with a request\'s complement is part of what is requested, however far from the verb', () => {
  assert.deepEqual(kinds('The president urged the army to stay calm in the capital and to release the detainees.', 'en'), [['REQUEST', 'urged']]);
  assert.deepEqual(kinds('Il presidente ha chiesto ai militari di restare nelle caserme e di liberare i detenuti.', 'it'), [['REQUEST', 'chiesto']]);
  // a later conjunct does not turn an agreement into what it agreed to
  assert.deepEqual(kinds('The two governments agreed to restore relations and reopen their embassies.', 'en'), [['AGREE', 'agreed']]);
});

test('a noun act whose support verb is the aim of another coded act is no act of its own', () => {
  const evs = runPipeline('The army said it had pulled its troops out of Aleppo to prepare a counteroffensive.', { language: 'en' }).events;
  assert.deepEqual(evs.map((e) => e.trigger.text), ['pulled']);
  // the support verb with its own clause stays
  assert.deepEqual(runPipeline('The army is preparing a counteroffensive.', { language: 'en' }).events.map((e) => e.type), ['ASSAULT']);
});

test('a verbless phrase after a comma that sums up the act is no act of its own', () => {
  const evs = runPipeline('Iran fired about 180 ballistic missiles at Israel on Tuesday, its second direct attack on the country this year.', { language: 'en' }).events;
  assert.deepEqual(evs.map((e) => [e.type, e.trigger.text]), [['ASSAULT', 'fired']]);
  assert.ok(evs[0].rules.includes('events.merge.summary-apposition'));
});

test('a definite or possessive noun after a preposition, whose doer already did an act of its type, refers back to it', () => {
  const evs = runPipeline('Iran fired 180 missiles at Israel on Tuesday. Netanyahu vowed that Iran would pay for its attack.', { language: 'en' }).events;
  assert.deepEqual(evs.map((e) => e.trigger.text), ['fired', 'vowed']);
  // a doer that has done no such act yet: a new act
  const other = runPipeline('Iran fired 180 missiles at Israel on Tuesday. Lebanon condemned Israel for its attack on Beirut.', { language: 'en' }).events;
  assert.ok(other.some((e) => e.trigger.text === 'attack'));
});

test('an imperative opening a quotation is a slogan, no act', () => {
  const evs = runPipeline('The lights were dimmed for a video of politicians chanting “Kill the Boer”.', { language: 'en' }).events;
  assert.deepEqual(evs.map((e) => e.type), []);
});

test('an act only wished or planned is not coded, unless PLOVER routes it; a denied intention codes the denied act', () => {
  const coded = (lang: string, text: string) => runPipeline(text, { language: lang }).events.map((e) => [e.type, e.trigger.text, e.factuality.polarity.value]);
  assert.deepEqual(coded('en', 'The suspect wanted to kill as many people as possible.'), []);
  assert.deepEqual(coded('it', 'Secondo la polizia, il gruppo voleva attaccare la caserma.'), []);
  assert.deepEqual(coded('en', 'The president wants to meet Putin.').map((e) => e[0]), ['AGREE']);
  assert.deepEqual(coded('en', 'Prigozhin insisted he had never intended to overthrow the government.'), [['COERCE', 'overthrow', 'NEG']]);
});
