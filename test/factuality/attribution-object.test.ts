// A reporting verb's post-verbal noun phrase is its object, not its source ("ha annunciato la
// rimozione di X"); the source is the subject, carried by number agreement when dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/pipeline.js';

function attribution(lang: string, text: string, trigger: string): string[] {
  const doc = runPipeline(text, { language: lang, published: '2024-03-20' });
  const ev = doc.events.find((e) => e.trigger.text === trigger);
  assert.ok(ev, `no event on "${trigger}": ${doc.events.map((e) => e.trigger.text).join(', ')}`);
  return ev.factuality.attribution.map((a) => `${a.text} ${a.rule}`);
}

test('the object of a reporting verb is not its source; a dropped subject is carried', () => {
  assert.deepEqual(attribution('it', 'Il presidente Tokayev ha parlato ai giornalisti. Poi ha annunciato la rimozione del ministro Rossi.', 'rimozione'),
    ['author factuality.author', 'presidente Tokayev scope.heuristic.prodrop']);
  assert.deepEqual(attribution('it', 'Il presidente Tokayev ha annunciato la rimozione del ministro Rossi.', 'rimozione'),
    ['author factuality.author', 'presidente Tokayev scope.heuristic.subject-left']);
});

test('a dropped subject skips mentions that disagree in number or sit in a prepositional phrase', () => {
  assert.deepEqual(attribution('it', "Tokayev sapeva che i golpisti avevano un sostegno nell'apparato di sicurezza. Poi ha annunciato la rimozione del ministro Rossi.", 'rimozione'),
    ['author factuality.author', 'Tokayev scope.heuristic.prodrop']);
});

test('a relative pronoun before the reporting verb is no object clitic', () => {
  assert.deepEqual(attribution('it', 'Il presidente Tokayev ha parlato a lungo. Fu il momento in cui ha annunciato la rimozione del ministro Rossi.', 'rimozione'),
    ['author factuality.author', 'presidente Tokayev scope.heuristic.prodrop']);
});

test('an adverbial clause hung on a reporting or request verb is the author\'s, not the speaker\'s', () => {
  assert.deepEqual(attribution('en', "The European Commission urged both sides to show restraint, while Russia's foreign ministry praised the government.", 'praised'),
    ['author factuality.author']);
  // The complement is still the speaker's, also when the parse labels it adverbial but a complementizer opens it.
  assert.deepEqual(attribution('en', 'Officials said Russia had attacked Georgia.', 'attacked').map((a) => a.split(' ')[0]), ['author', 'Officials']);
  assert.deepEqual(attribution('it', 'Il 16 gennaio è stato anche riferito che i membri della famiglia stavano lasciando i loro incarichi.', 'lasciando').map((a) => a.split(' ')[0]), ['author', 'unnamed']);
});

test('an expletive "it" before an adjective cue is no source: the author speaks', () => {
  for (const text of ['It remains unclear who fired the missile.', 'It is unclear who fired the missile.']) {
    assert.deepEqual(attribution('en', text, 'fired').map((a) => a.split(' ')[0]), ['author'], text);
  }
  assert.deepEqual(attribution('en', 'He said the army fired the missile.', 'fired').map((a) => a.split(' ')[0]), ['author', 'He']);
});

test('a threat with a condition: the threat is asserted, the condition is the threatener\'s and possible', () => {
  const doc = runPipeline('The union threatened a strike if the government did not lift the ban.', { language: 'en', published: '2024-03-20' });
  const threat = doc.events.find((e) => e.trigger.text === 'threatened');
  const lift = doc.events.find((e) => e.trigger.text === 'lift');
  assert.equal(threat?.factuality.certainty.value, 'CERTAIN');
  assert.equal(lift?.factuality.certainty.value, 'POSSIBLE');
  assert.equal(lift?.factuality.special.value, 'COND_IF_CLAUSE');
  assert.deepEqual(attribution('en', 'The union has threatened an indefinite strike if its demands are not met by the end of the month.', 'met').map((a) => a.split(' ')[0]), ['author', 'union']);
});

test('a time expression after a reporting verb is no inverted subject', () => {
  assert.deepEqual(attribution('it', "Il primo ministro ha annunciato mercoledì che l'esercito ha arrestato tre attivisti.", 'arrestato').map((a) => a.split(' ')[0]), ['author', 'primo']);
});

test('a trailing report that the parse hangs on the reported clause still gives the source', () => {
  assert.deepEqual(attribution('en', 'Police arrested 40 protesters, the ministry said on Sunday.', 'arrested').map((a) => a.split(' ')[0]), ['author', 'ministry']);
  assert.deepEqual(attribution('it', 'La polizia ha arrestato 40 manifestanti, ha riferito il ministero domenica.', 'arrestato'), ['author factuality.author', 'ministero scope.heuristic.subject-inverted']);
  assert.deepEqual(attribution('it', 'La polizia ha arrestato 40 manifestanti, ha dichiarato un portavoce ai giornalisti.', 'arrestato'), ['author factuality.author', 'portavoce scope.heuristic.subject-inverted']);
  // A denial after "a charge" is a relative clause on the noun, no trailing report.
  const doc = runPipeline('The minister accused Azerbaijan, which has hosted separatists in Baku, of stirring up the unrest, a charge Baku dismissed as baseless.', { language: 'en', published: '2024-03-20' });
  assert.equal(doc.events.find((e) => e.trigger.text === 'hosted')?.factuality.polarity.value, 'POS');
});

test('a trailing report followed by "adding that" still gives the source', () => {
  assert.deepEqual(attribution('en', 'Israel struck Hezbollah targets in southern Lebanon, the Israeli military said, adding that the strikes hit weapons depots.', 'struck').map((a) => a.split(' ')[0]), ['author', 'Israeli']);
});

test('sources close to someone are an unnamed source, not the one they are close to', () => {
  assert.deepEqual(attribution('it', 'Fonti vicine al governo hanno confermato che il ministro si dimetterà.', 'dimetterà').map((a) => a.split(' ')[0]), ['author', 'unnamed']);
  assert.deepEqual(attribution('it', 'Secondo fonti vicine al Cremlino, Mosca ritirerà le truppe.', 'ritirerà').map((a) => a.split(' ')[0]), ['author', 'unnamed']);
  assert.deepEqual(attribution('en', 'Sources close to the government confirmed that the minister will resign.', 'resign').map((a) => a.split(' ')[0]), ['author', 'unnamed']);
});
