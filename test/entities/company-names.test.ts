// Names of companies, events, facilities and currencies in English text: what their words make
// them, not the person an unknown capitalised name defaults to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';
import type { CronacaDocument, Entity } from '../../src/core/types.js';
import { entityById } from '../../src/stages/entities/index.js';

function analyse(text: string, language = 'en'): CronacaDocument {
  return runPipeline(text, { language });
}

/** "text TYPE country" for every mention that is no group, in text order. */
function named(doc: CronacaDocument): string[] {
  return doc.mentions
    .filter((m) => m.type !== 'GROUP')
    .map((m) => `${m.text} ${m.type} ${(entityById(doc, m.entity) as Entity).country ?? '-'}`);
}

test('a company word inside a name makes it an organisation', () => {
  const doc = analyse('Qatar Airways and China Eastern Airlines ordered jets from Boeing Commercial Airplanes, while Vertex Holdings and Kestrel Ltd. sued Apple Computer.');
  assert.deepEqual(named(doc), [
    'Qatar Airways ORG -',
    'China Eastern Airlines ORG -',
    'Boeing Commercial Airplanes ORG -',
    'Vertex Holdings ORG -',
    'Kestrel Ltd. ORG -',
    'Apple Computer ORG USA',
  ]);
});

test('"Air" before a place opens an airline named after it, not a person and a country', () => {
  const doc = analyse('Air Canada and Air India signed deals, while the Air Force stood by.');
  assert.deepEqual(named(doc), ['Air Canada ORG CAN', 'Air India ORG IND']);
  assert.equal(doc.mentions.find((m) => m.text === 'Air Canada')?.rule, 'entities.org-keyword+en:country-names:CAN');
});

test('an organisation keyword, "of" and a place make one name, with the country of the place', () => {
  const doc = analyse('The Bank of England, the Bank of Japan and the University of Tehran wrote to the High Court of Kenya.');
  assert.deepEqual(named(doc), ['Bank of England ORG GBR', 'Bank of Japan ORG JPN', 'University of Tehran ORG IRN', 'High Court of Kenya ORG KEN']);
  // three banks are three entities, not one "Bank" with the first country
  assert.equal(new Set(doc.mentions.filter((m) => m.text.startsWith('Bank')).map((m) => m.entity)).size, 2);
});

test('Italian leaves "Tribunale di Milano" to its model: the place stays a mention of its own', () => {
  const doc = analyse('Il Tribunale di Milano ha condannato il manager.', 'it');
  assert.ok(doc.mentions.some((m) => m.text === 'Milano' && m.type === 'GPE'), named(doc).join(' | '));
});

test('names of events are no actors; names of facilities are places', () => {
  const doc = analyse('Executives met at the Worldwide Developers Conference, the Paris Air Show and the Beijing Olympic Games, then flew to the Moscone Center and the Everett Factory.');
  const texts = named(doc);
  for (const event of ['Worldwide Developers Conference', 'Air Show', 'Olympic Games']) assert.ok(!texts.some((t) => t.startsWith(event)), texts.join(' | '));
  assert.ok(texts.includes('Moscone Center LOC -') && texts.includes('Everett Factory LOC -'), texts.join(' | '));
  // a lower-case event noun before a name says nothing of the name (an organisation noun would)
  const press = analyse('At a news conference Halvorsen said the deal was dead.');
  assert.ok(!press.mentions.find((m) => m.text === 'Halvorsen')?.rule.includes('org-noun'));
});

test('a place head at the end of a name makes it a place, even after an organisation word; "Line of Control" is a place', () => {
  const texts = named(analyse('Crowds filled Parliament Square and Congress Plaza while troops held the Suwałki Gap, the Line of Control and the Lachin corridor.'));
  for (const place of ['Parliament Square LOC -', 'Congress Plaza LOC -', 'Suwałki Gap LOC -', 'Line of Control LOC -', 'Lachin LOC -']) assert.ok(texts.includes(place), `${place}: ${texts.join(' | ')}`);
  assert.ok(named(analyse('The Ministry of Defence denied it.')).includes('Ministry of Defence ORG -'));
});

test('a lower-case noun for a body of people after a name makes it that body\'s name, not a person\'s', () => {
  const texts = named(analyse('Police arrested members of the Los Serranos gang, and forces loyal to the minister fought the Radaa militia.'));
  assert.ok(texts.includes('Los Serranos ORG -') && texts.includes('Radaa ORG -'), texts.join(' | '));
  // a group of people named after someone stays that person's mention
  assert.ok(named(analyse('Navalny supporters gathered in Berlin.')).every((t) => !t.startsWith('Navalny ORG')));
});

test('Italian: a lower-case noun for a body of people before a name, or before one adjective before it, makes it that body\'s name', () => {
  const texts = named(analyse("Il sospettato apparteneva alla banda Los Serranos. Il quotidiano Deník N e il gruppo immobiliare Phuc Son sono sotto inchiesta.", 'it'));
  for (const t of ['Los Serranos ORG -', 'Deník N ORG -', 'Phuc Son ORG -']) assert.ok(texts.includes(t), `${t}: ${texts.join(' | ')}`);
  // a role noun before a name stays a role
  assert.ok(named(analyse('Il presidente Mario Rossi ha parlato.', 'it')).some((t) => t.includes('Mario Rossi PER')));
});

test('a country code written against a currency sign is a currency, no place', () => {
  const doc = analyse('The deal is worth US$ 7 billion (C$9 billion), and the US approved it.');
  assert.deepEqual(named(doc), ['US GPE USA']);
  assert.equal(doc.mentions[0].start, doc.text.indexOf('US approved'));
  assert.deepEqual(named(analyse('Costa 5 miliardi di US$ e l\'Italia paga.', 'it')), ['Italia GPE ITA']);
});

test('a surname that a country package lists as a native country name is no country', () => {
  const doc = analyse('Presiding Judge Martin Mann ruled against the company, and Long Island residents cheered.');
  const texts = named(doc);
  assert.ok(texts.some((t) => t.includes('Martin Mann PER')), texts.join(' | '));
  assert.ok(!texts.some((t) => t.includes('IMN') || t.startsWith('Island')), texts.join(' | '));
});

test('large companies and the Federal Reserve are in the actor gazetteer', () => {
  const doc = analyse('General Motors, Northrop Grumman and Lufthansa lobbied the Federal Reserve.');
  const actors = doc.mentions.map((m) => (entityById(doc, m.entity) as Entity)).map((e) => `${e.name} ${e.country} ${(e.sectors ?? []).join(',')}`);
  assert.deepEqual(actors, ['General Motors USA BUS', 'Northrop Grumman USA BUS', 'Lufthansa DEU BUS', 'Federal Reserve USA BUS']);
});

test('a known company takes its legal form into its name and stays linked', () => {
  const doc = analyse('Boeing Co. and Aer Lingus Group PLC signed, and Gazprom PJSC objected.');
  const actors = doc.mentions.map((m) => `${m.text} ${(entityById(doc, m.entity) as Entity).name} ${m.rule}`);
  assert.deepEqual(actors, [
    'Boeing Co. Boeing world:actors:boeing+entities.company-suffix',
    'Aer Lingus Group PLC Aer Lingus world:actors:aer-lingus+entities.company-suffix',
    'Gazprom PJSC Gazprom world:actors:gazprom+entities.company-suffix',
  ]);
  // an event word after a party's name is no legal form
  assert.ok(analyse('The Labour Party Conference opened.').mentions.some((m) => m.text === 'Labour Party'));
});
