// The words around an unknown capitalised name type it: a region's head noun, a document's, a
// locative preposition, a common noun the name only modifies (English: no learned model types names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';

function mentions(text: string, language = 'en'): string[] {
  return runPipeline(text, { language, published: '2025-03-04' }).mentions
    .filter((m) => m.within === undefined)
    .map((m) => `${m.text}:${m.type}`);
}

test('en: a region head noun at the end of a name, or in lower case after it, makes a GPE', () => {
  const got = mentions('Gunmen raided villages in Tarvo State and in the Ulsek province of Marovia, and the mayor of Delben City fled.');
  for (const expected of ['Tarvo State:GPE', 'Ulsek:GPE', 'Delben City:GPE']) assert.ok(got.includes(expected), `${expected} in ${got.join(' ')}`);
  // only at the end: a name that opens with the word is no region
  assert.ok(mentions('The State Department criticised the vote.').every((m) => !m.endsWith(':GPE')));
});

test('en: treaties, acts and wars name no actor; commands and boards are organisations', () => {
  const got = mentions('The Harwell Basin Treaty and the Public Order Act were cited by the Southern Theatre Command and the Marovia Football Board after the Salt War.');
  assert.ok(got.includes('Southern Theatre Command:ORG'), got.join(' '));
  assert.ok(got.includes('Marovia Football Board:ORG'), got.join(' '));
  for (const m of got) assert.ok(!/Treaty|Act|War/.test(m), `${m} is no actor`);
});

test('en: an unknown name after "in", "near" or "at" is a place, however long; not before a possessive', () => {
  const got = mentions('Troops advanced near Kresna Vol, fought in Upper Dalmir and clashed at Tovrik. Talks were held in Amir Kalani\'s house.');
  for (const expected of ['Kresna Vol:GPE', 'Upper Dalmir:GPE', 'Tovrik:GPE']) assert.ok(got.includes(expected), `${expected} in ${got.join(' ')}`);
  assert.ok(got.includes('Amir Kalani:PER'), got.join(' '));
});

test('en: a one-word unknown name before a group noun only modifies it (a people, a faith): the group is the mention', () => {
  const got = mentions('Clashes between Zarqi militias and Velon tribes spread to the capital.');
  for (const m of got) assert.ok(!/Zarqi|Velon/.test(m), `${m} should not be a mention`);
  assert.ok(got.some((m) => m.startsWith('militias')), got.join(' '));
  assert.ok(got.some((m) => m.startsWith('tribes')), got.join(' '));
});

test('en: an event in "X\'s Y province" happens in Y', () => {
  const doc = runPipeline('Rebels attacked an army post in Marovia\'s Ulsek province on Monday.', { language: 'en', published: '2025-03-04' });
  const attack = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.place?.name, 'Ulsek');
});

test('en: a monument, a base, a crossroads or a pipeline closes a place name, in capitals or after it in lower case', () => {
  const got = mentions('Protesters rallied at the Tarvik Monument, blocked the Selbar crossroads and marched from the Orven Hollis air base to the Kuvar Stream pipeline.');
  for (const expected of ['Tarvik Monument:LOC', 'Selbar:LOC', 'Orven Hollis:LOC', 'Kuvar Stream:LOC']) assert.ok(got.includes(expected), `${expected} in ${got.join(' ')}`);
});

test('macro-regions are places with no country: West Africa, Southeast Asia, America centrale', () => {
  const en = mentions('West Africa\'s regional bloc met envoys from Southeast Asia and the Caribbean.');
  for (const expected of ['West Africa:LOC', 'Southeast Asia:LOC', 'Caribbean:LOC']) assert.ok(en.includes(expected), `${expected} in ${en.join(' ')}`);
  const it = mentions('La siccità colpisce l\'Africa australe, il Nordafrica e l\'America centrale.', 'it');
  for (const expected of ['Africa australe:LOC', 'Nordafrica:LOC', 'America centrale:LOC']) assert.ok(it.includes(expected), `${expected} in ${it.join(' ')}`);
});

test('it: a name after a site noun and "di" is a place, even one the model reads as a person', () => {
  const got = mentions('I bombardieri sono stati trasferiti nella base di Diego Garcia e poi nel corridoio di Lachin.', 'it');
  for (const expected of ['Diego Garcia:LOC', 'Lachin:LOC']) assert.ok(got.includes(expected), `${expected} in ${got.join(' ')}`);
});

test('towns under the gazetteer\'s population threshold enter it through the exonym lists (Jenin, Tulkarm)', () => {
  for (const [text, lang] of [['Troops raided the refugee camp in Jenin and a house in Tulkarm.', 'en'], ['I soldati sono entrati nel campo profughi di Jenin e a Tulkarem.', 'it']]) {
    const doc = runPipeline(text, { language: lang, published: '2025-03-04' });
    const towns = doc.mentions.filter((m) => /Jenin|Tulkar/.test(m.text));
    assert.equal(towns.length, 2, text);
    for (const m of towns) assert.equal(doc.entities.find((e) => e.id === m.entity)?.country, 'PSE', `${m.text} in ${text}`);
  }
});

test('en: a month between a title and a capitalised word is a given name; elsewhere it stays a date', () => {
  const doc = runPipeline('Judge April Perry blocked the order on Thursday. In April Congress passed the bill.', { language: 'en', published: '2025-10-10' });
  const names = doc.mentions.map((m) => `${m.text}:${m.type}`);
  assert.ok(names.includes('Judge April Perry:PER'), names.join(' '));
  assert.ok(!names.some((m) => m.startsWith('April Congress')), names.join(' '));
  assert.deepEqual(doc.timexes.map((t) => t.text), ['Thursday', 'April']);
});

test('a name after a lower-case particle ("al-Hakim") opening a clause stays a name although the document writes the particle in lower case', () => {
  for (const [text, lang] of [
    ['The central bank governor, Omar al-Hakim, was removed on Monday. Al-Hakim rejected the decision.', 'en'],
    ["Il governatore della banca centrale, Omar al-Hakim, è stato rimosso lunedì. Al-Hakim ha respinto la decisione.", 'it'],
  ]) {
    const doc = runPipeline(text, { language: lang, published: '2025-03-04' });
    assert.ok(doc.mentions.some((m) => m.text === 'Al-Hakim'), `${lang}: ${doc.mentions.map((m) => m.text).join(', ')}`);
    const reject = doc.events.find((e) => /rejected|respinto/.test(e.trigger.text));
    assert.deepEqual(reject?.source.map((a) => a.text), ['Al-Hakim'], lang);
  }
});
