// Pronoun resolution (src/stages/entities/pronouns.ts) through the real pipeline: tagger, parser,
// entities. Sentences written for this test. Needs the parser models; skipped, saying so, without.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, readPackList, readPackTsv } from '../../src/core/packs.js';
import { runPipeline, STAGES } from '../../src/core/pipeline.js';
import { antecedentOf } from '../../src/stages/entities/index.js';
import { pronounEntry } from '../../src/stages/entities/pronouns.js';
import { givenNameGender } from '../../src/stages/entities/gender.js';

const skip = (lang: string): false | string => (existsSync(join(PROJECT_ROOT, 'models', lang, 'parser.bin')) ? false : `no ${lang} parser model`);
const UP_TO_ENTITIES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'entities') + 1);

/** "pronoun -> antecedent text (rule)" for each resolved pronoun, in text order. */
function resolved(lang: string, text: string): string[] {
  const doc = runPipeline(text, { language: lang }, UP_TO_ENTITIES);
  return doc.mentions
    .filter((m) => m.kind === 'pronoun')
    .map((m) => {
      const ante = antecedentOf(doc, m);
      assert.ok(ante, `pronoun ${m.text} without antecedent`);
      assert.equal(m.entity, ante.entity, `${m.text}: the antecedent's entity`);
      assert.ok(doc.entities.find((e) => e.id === m.entity)?.mentions.includes(m.id), `${m.text} listed under its entity`);
      return `${m.text} -> ${ante.text} (${m.rule.split('+').pop()})`;
    });
}

test('every pack row is well formed; a malformed one is refused naming the file and the row', () => {
  for (const lang of ['it', 'en']) {
    const rows = readPackTsv(lang, 'pronouns.tsv');
    assert.ok(rows.length > 0, lang);
    for (const row of rows) assert.doesNotThrow(() => pronounEntry(lang, row));
  }
  assert.throws(() => pronounEntry('en', ['him', 'Dual', 'Masc', 'PER', 'actors']), /packs\/en\/pronouns\.tsv: malformed row "him\tDual/);
  assert.throws(() => pronounEntry('it', ['lo', 'Sing', 'Masc', 'PERSON', 'things']), /packs\/it\/pronouns\.tsv/);
  assert.throws(() => pronounEntry('it', ['lo', 'Sing', 'Masc', 'PER']), /things\|actors/);
});

test('en: an object pronoun refers to an actor of an earlier sentence', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'Police arrested the opposition leader Ivan Petrov on Sunday. A court later sentenced him to nine years.'), [
    'him -> opposition leader Ivan Petrov (coref.pronoun.earlier-sentence)',
  ]);
});

test('en: a subject pronoun prefers the earlier subject; an object pronoun is never its own verb\'s subject', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'Biden met Xi in Bali. He later accused him of spying.'), [
    'He -> Biden (coref.pronoun.earlier-subject)',
    'him -> Xi (coref.pronoun.earlier-sentence)',
  ]);
});

test('en: a pronoun in a chain links to the mention that names the entity', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'Chancellor Scholz spoke in Berlin. He said he would visit Kyiv.'), [
    'He -> Chancellor Scholz (coref.pronoun.earlier-subject)',
    'he -> Chancellor Scholz (coref.pronoun.same-sentence)',
  ]);
});

test('en: expletives, possessives and pronouns nearer to a thing stay unresolved', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'Moscow rejected the ruling, while Kyiv welcomed it.'), []);
  assert.deepEqual(resolved('en', 'The European Union met in Brussels. It is clear that the talks failed.'), []);
  assert.deepEqual(resolved('en', 'The minister Anna Berg met her counterpart.'), []);
});

test('en: a nearer noun for a person, or a thing, is what the pronoun stands for: no actor then', { skip: skip('en') }, () => {
  // "the man" is no actor, yet the one "him" refers to; an actor inside the father's "of" phrase is not him either.
  assert.deepEqual(resolved('en', 'Prosecutor Anna Berg charged a Ukrainian instructor. The man fled before the police could detain him.'), []);
  assert.deepEqual(resolved('en', 'Rebels freed the father of the footballer Luis Díaz two weeks after abducting him.'), []);
  // "it" never takes an actor from a prepositional phrase.
  assert.deepEqual(resolved('en', 'The bill, which includes funds for Israel and Taiwan, goes to the Senate, and President Biden has promised to sign it.'), []);
});

test('en: a gerund adjunct shares its clause\'s subject, which its object pronoun cannot be', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'President Anna Berg left the summit early, calling him a liar.'), []);
});

test('en: a purpose clause after an object that names no actor is the subject\'s, which its object pronoun cannot be', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'Students tried to occupy the campus, and guards fired pepper spray to drive them back.'), ['them -> Students (coref.pronoun.same-sentence)']);
});

test('it: a subject noun that names no actor binds the person its name or apposition names: no antecedent for its object clitic', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', "La figlia Marta, vicepresidente del partito, lo ha definito un abuso."), []);
});

test('the person-noun lists are lower-case lemmas', () => {
  for (const lang of ['it', 'en']) {
    const list = readPackList(lang, 'person-nouns.tsv');
    assert.ok(list.length > 10, lang);
    for (const w of list) assert.match(w, /^[a-zà-ù]+$/, `${lang}: ${w}`);
  }
});

test('it: preverbal and dative clitics refer to an actor of an earlier sentence', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', 'La polizia ha fermato il dissidente Ivan Petrov domenica. Un tribunale lo ha condannato a nove anni.'), [
    'lo -> dissidente Ivan Petrov (coref.pronoun.earlier-sentence)',
  ]);
  assert.deepEqual(resolved('it', 'Il premier Ariel Henry si trova a Porto Rico. Le bande armate gli impediscono di rientrare.'), [
    'gli -> premier Ariel Henry (coref.pronoun.earlier-subject)',
  ]);
});

test('it: an elided clitic takes the gender of the participle it agrees with', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', "Il ministro Carlo Nordio ha parlato ieri. Il tribunale l'ha ascoltato a lungo."), ["l' -> ministro Carlo Nordio (coref.pronoun.earlier-subject)"]);
  // a feminine participle: not the man named before
  assert.deepEqual(resolved('it', "Il ministro Carlo Nordio ha parlato ieri. Il tribunale l'ha ascoltata a lungo."), []);
});

test('it: the subject of the clitic\'s own verb is neither its antecedent nor a nearer thing', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', 'Il sindaco ha rassegnato le dimissioni. Il suo partito lo ha sospeso.'), ['lo -> sindaco (coref.pronoun.earlier-subject)']);
  assert.deepEqual(resolved('it', 'Il premier lo ha arrestato.'), []);
});

test('it: the object of a verb that takes persons is not hidden by a nearer thing; other verbs keep the thing', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', 'Il deputato Marco Rossi ha scelto lo scontro con il governo. Il tribunale lo ha condannato a due anni.'), [
    'lo -> deputato Marco Rossi (coref.pronoun.earlier-subject)',
  ]);
  assert.deepEqual(resolved('it', 'Il deputato Marco Rossi ha presentato il piano. Il governo lo ha approvato.'), []);
});

test('it: a word inside the subject of the clitic\'s own verb is not its last resort', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', "Il dissidente Pavel Orlov è rientrato ieri in patria. Gli agenti del ministro Ivan Petrov lo hanno arrestato all'aeroporto."), [
    'lo -> dissidente Pavel Orlov (coref.pronoun.earlier-subject)',
  ]);
});

test('en: a possessive refers back unless its clause subject owns it', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'Mexico broke off diplomatic relations with Ecuador after Ecuadorian soldiers stormed its embassy in Quito.'), [
    'its -> Mexico (coref.possessive.same-sentence)',
  ]);
  assert.deepEqual(resolved('en', 'Opposition leader Anna Berg fled to Vilnius. A court in Minsk issued a warrant for her arrest.'), [
    'her -> Opposition leader Anna Berg (coref.possessive.earlier-subject)',
  ]);
  // the subject's own: a name whatever its grammatical number, a plural noun with "their"
  assert.deepEqual(resolved('en', 'Russia recalled its ambassador on Monday.'), []);
  assert.deepEqual(resolved('en', 'The United States will reopen its embassy in Minsk.'), []);
  assert.deepEqual(resolved('en', 'President Anna Berg met the rebels. The soldiers left their positions.'), []);
});

test('en: the object of a hostile verb is another\'s: its possessive refers back past the subject', { skip: skip('en') }, () => {
  assert.deepEqual(resolved('en', 'The rebels say the army attacked their camp at Soba on Saturday.'), [
    'their -> rebels (coref.possessive.same-sentence)',
  ]);
  assert.deepEqual(resolved('en', 'The generals warned that they would respond if insurgents attacked their positions.'), [
    'they -> generals (coref.pronoun.same-sentence)',
    'their -> generals (coref.possessive.same-sentence)',
  ]);
  // a verb that is no hostile one keeps the subject's own
  assert.deepEqual(resolved('en', 'The rebels say the army left its camp at Soba on Saturday.'), []);
});

test('every possessives.tsv row is well formed; Italian lists none (see its comment)', () => {
  const rows = readPackTsv('en', 'possessives.tsv');
  assert.ok(rows.length >= 4);
  for (const row of rows) assert.doesNotThrow(() => pronounEntry('en', row, 'possessives.tsv'));
  assert.throws(() => pronounEntry('en', ['its', 'Many', '', 'ORG', 'things'], 'possessives.tsv'), /packs\/en\/possessives\.tsv: malformed row/);
  assert.deepEqual(readPackTsv('it', 'possessives.tsv'), []);
});

test('the person-object verb lists are lower-case lemmas', () => {
  for (const lang of ['it', 'en']) {
    const list = readPackList(lang, 'person-object-verbs.tsv');
    assert.ok(list.length > 20, lang);
    for (const w of list) assert.match(w, /^[a-zà-ù]+$/, `${lang}: ${w}`);
  }
});

test('en: a state with a plural-looking name is one actor for "it"', () => {
  const doc = runPipeline('Belgium said it would press Kinshasa. The United States said it stood by its ally.', { language: 'en' });
  const its = doc.mentions.filter((m) => m.kind === 'pronoun' && m.text === 'it');
  assert.deepEqual(its.map((m) => doc.entities.find((e) => e.id === m.entity)?.name), ['Belgium', 'United States']);
});

test('it: the demonstratives "questi", "queste" as subjects refer back to the last agreeing actor', () => {
  const doc = runPipeline('Il premier ha chiesto alle opposizioni di sostenere la riforma, ma queste hanno rifiutato.', { language: 'it' });
  const queste = doc.mentions.find((m) => m.kind === 'pronoun' && m.text === 'queste');
  assert.equal(doc.entities.find((e) => e.id === queste?.entity)?.name, 'opposition');
  assert.deepEqual(doc.events.find((e) => e.trigger.text === 'rifiutato')?.source.map((a) => a.text), ['queste']);
});

test('it: the name in apposition to the subject is bound too; a place name is no antecedent of a plural pronoun', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', 'Il premier Manasseh Sogavare ha firmato l\'accordo. Il ministro australiano, Zed Seselja, era volato a Honiara e gli aveva chiesto di non firmare.'),
    ['gli -> premier Manasseh Sogavare (coref.pronoun.earlier-subject)']);
  assert.deepEqual(resolved('it', 'Migliaia di giovani sfilano ogni sera nel centro di Tbilisi. La polizia li ha dispersi con gli idranti.'), ['li -> giovani (coref.pronoun.earlier-subject)']);
  assert.deepEqual(resolved('it', 'Migliaia di persone sfilano ogni sera nel centro di Tbilisi. La polizia li ha dispersi con gli idranti.'), []);
});

test('en: a name the parse made a conjunct of the subject noun, with no conjunction, is bound like an apposition', { skip: skip('en') }, () => {
  const doc = runPipeline('Omar Saleh was detained on Tuesday. On Thursday an investigating judge, Karim Haddad, charged him with fraud.', { language: 'en', published: '2024-09-06' });
  const him = doc.mentions.find((m) => m.kind === 'pronoun' && m.text === 'him');
  assert.equal(doc.entities.find((e) => e.id === him?.entity)?.name, 'Omar Saleh');
  assert.deepEqual(doc.events.find((e) => e.trigger.text === 'charged')?.target.map((a) => a.text), ['him']);
});

test('it: "le" as an indirect object is "to her"; a participle agreeing with it in the plural makes it "them", the object', { skip: skip('it') }, () => {
  assert.deepEqual(resolved('it', 'Cristina Kirchner è stata condannata a sei anni. Martedì il tribunale le ha concesso gli arresti domiciliari.'),
    ['le -> Cristina Kirchner (coref.pronoun.earlier-subject)']);
  const doc = runPipeline('Nel 2022 un uomo le aveva puntato una pistola al volto.', { language: 'it' });
  assert.deepEqual(doc.events.map((e) => [e.type, e.target.map((a) => `${a.text} ${a.rule}`)]), [['ASSAULT', ['le arg.dep.iobj-unresolved-pronoun']]]);
  const attributed = runPipeline('I caschi blu hanno denunciato nuove aggressioni, e Nicosia le ha attribuite alle forze turche.', { language: 'it' });
  assert.ok(!attributed.mentions.some((m) => m.kind === 'pronoun' && m.text === 'le' && m.type === 'PER'));
});

test('en: a possessive of another gender than its clause\'s pronoun subject is not the subject\'s own', { skip: skip('en') }, () => {
  const found = resolved('en', 'The minister was charged on Monday. On Friday the premier met the press, and she revoked his appointment.');
  assert.ok(found.some((r) => r.startsWith('his')), found.join(' | '));
  // of the same gender it stays the subject's own
  assert.ok(!resolved('en', 'The minister was charged on Monday. On Friday he resigned his seat.').some((r) => r.startsWith('his')));
});

test('a person\'s first name tells the gender a pronoun must agree with; family names that open East Asian names do not', { skip: skip('en') }, () => {
  const found = resolved('en', 'Giorgia Meloni received Imran Khan in Rome. He thanked her for the invitation.');
  assert.ok(found.includes('He -> Imran Khan (coref.pronoun.earlier-sentence)') || found.some((r) => r.startsWith('He -> Imran Khan')), found.join(' | '));
  assert.ok(found.some((r) => r.startsWith('her -> Giorgia Meloni')), found.join(' | '));
  assert.equal(givenNameGender('Naomi', 'en'), 'Fem');
  assert.equal(givenNameGender('Andrea', 'it'), 'Masc');
  assert.equal(givenNameGender('Kim', 'en'), undefined);
});

test('a possessive on its clause\'s subject is resolved like any pronoun, not taken as that subject\'s own', () => {
  const doc = runPipeline('The White House blamed Assad, saying that his refusal to negotiate had opened the way for the offensive.', { language: 'en' });
  const his = doc.mentions.find((m) => m.text === 'his');
  assert.equal(doc.entities.find((e) => e.id === his?.entity)?.name, 'Bashar al-Assad');
});
