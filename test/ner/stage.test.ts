// The NER model inside the entities stage: names the gazetteer does not know, the merge with the
// rule candidates, and the fallback to rules when no model is installed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPipeline } from '../../src/core/pipeline.js';
import { preEntityDocument } from '../../src/ner/data.js';
import { type LabelSpan, nerTypeIndex } from '../../src/ner/labels.js';
import { entityCandidates } from '../../src/stages/entities/index.js';
import { mergeModelMentions } from '../../src/stages/entities/model-merge.js';

function mentions(text: string, lang = 'it', modelDir?: string) {
  const doc = runPipeline(text, { language: lang, modelDir });
  return { doc, found: doc.mentions.map((m) => `${m.text}:${m.type}`), byText: (s: string) => doc.mentions.find((m) => m.text === s) };
}

test('the model finds and types names that no gazetteer lists', () => {
  const { found, byText, doc } = mentions(
    'Il sindaco ha inaugurato ieri il nuovo ospedale di Valdoria, alla presenza di Gianluca Ferrandi. ' +
      'I lavoratori della Brambilla Trasporti hanno scioperato davanti alla sede di Valdoria. ' +
      'Ferrandi ha lasciato il Partito Democratico Alpino per fondare un nuovo movimento.',
  );
  for (const m of ['Valdoria:GPE', 'Gianluca Ferrandi:PER', 'Brambilla Trasporti:ORG', 'Ferrandi:PER', 'Partito Democratico Alpino:ORG']) {
    assert.ok(found.includes(m), `${m} in ${found.join(' | ')}`);
  }
  // the rules alone read "Valdoria" as a person: the model's type is recorded in the rule chain
  assert.match(byText('Valdoria')?.rule ?? '', /\+it:ner-model$/);
  const valdoria = doc.entities.find((e) => e.id === byText('Valdoria')?.entity);
  assert.equal(valdoria?.type, 'GPE');
  assert.equal(valdoria?.mentions.length, 2);
  // the gazetteer knows "Partito Democratico" (the Italian party); the model reads a longer, unknown name
  const party = byText('Partito Democratico Alpino');
  assert.equal(party?.rule, 'it:ner-model');
  const partyEntity = doc.entities.find((e) => e.id === party?.entity);
  assert.equal(partyEntity?.rule, 'it:ner-model');
  assert.equal(partyEntity?.wikidata, undefined);
  assert.ok(!doc.messages.some((m) => m.code.startsWith('ner-model')));
});

test('known names keep their gazetteer link when the model agrees', () => {
  const { doc, byText } = mentions('Il presidente russo Vladimir Putin ha incontrato a Mosca il cancelliere tedesco.');
  const moscow = doc.entities.find((e) => e.id === byText('Mosca')?.entity);
  assert.equal(moscow?.type, 'GPE');
  assert.ok(moscow?.geonameid, 'Mosca is linked to its GeoNames entry');
  const putin = doc.entities.find((e) => e.name === 'Vladimir Putin');
  assert.equal(putin?.wikidata, 'Q7747');
});

test('merge: model spans replace rule guesses, link to the gazetteer, name group nouns; specific rules stand', () => {
  const doc = preEntityDocument(
    'Ieri a Mosca la polizia ha fermato Carlo Neri e Anna Verdi davanti alla Banca Rurale Alpina. La ferrovia Roma-Viterbo è ferma. ' +
      'Polizia e vigili sono arrivati subito.', 'it', 'merge-test');
  const input = entityCandidates(doc);
  const tok = (text: string) => doc.tokens.findIndex((t) => t.text === text);
  const span = (first: string, last: string, type: string): LabelSpan => ({ start: tok(first), end: tok(last) + 1, type: nerTypeIndex(type) });
  // the model sees Mosca, "polizia" and "Polizia" as organisations, "Carlo" alone, a shorter bank
  // name and the railway as an organisation; it misses Anna Verdi
  const spans = [
    span('Mosca', 'Mosca', 'LOC'), span('polizia', 'polizia', 'ORG'), span('Carlo', 'Carlo', 'PER'), span('Banca', 'Rurale', 'ORG'),
    span('ferrovia', 'Roma-Viterbo', 'ORG'), span('Polizia', 'Polizia', 'ORG'),
  ];
  const drafts = mergeModelMentions(input, spans, 'it:ner-model');
  const text = (d: { start: number; end: number }) => doc.tokens.slice(d.start, d.end).map((t) => t.text).join(' ');
  const texts = drafts.map(text);
  const moscow = drafts.find((d) => text(d) === 'Mosca');
  assert.equal(moscow?.source, 'city', 'the gazetteer entry stays, with its link');
  const police = drafts.find((d) => text(d) === 'polizia');
  assert.equal(police?.source, 'group');
  assert.equal(police?.modelNamed, undefined, 'a lower-case group noun stays a group here (nameInstitutions names it once modifiers are attached)');
  const Police = drafts.find((d) => text(d) === 'Polizia');
  assert.equal(Police?.source, 'group');
  assert.equal(Police?.modelNamed, true, 'capitalised, even opening a sentence, it names an organisation');
  const carlo = drafts.find((d) => text(d) === 'Carlo');
  assert.equal(carlo?.rule, 'it:ner-model');
  assert.equal(carlo?.type, 'PER');
  assert.ok(!texts.includes('Carlo Neri'), 'the rule candidate gives way to the model span');
  assert.ok(!texts.includes('Anna Verdi'), 'a rule-guessed name the model does not see goes');
  assert.equal(drafts.find((d) => text(d) === 'Banca Rurale')?.rule, 'it:ner-model');
  assert.ok(!texts.includes('Banca Rurale Alpina'));
  // a hyphenated name opening with a known place is specific evidence: the rule's place stands
  assert.equal(drafts.find((d) => text(d) === 'Roma-Viterbo')?.rule, 'entities.place-compound');
  assert.ok(!texts.includes('ferrovia Roma-Viterbo'));
});

test('merge: a rule-guessed name the model missed stays when the model read the same name elsewhere in the document', () => {
  const doc = preEntityDocument('La Marvena ha chiuso la frontiera. Ieri la Marvena ha espulso Tullio Sarti.', 'it', 'merge-seen-test');
  const input = entityCandidates(doc);
  const at = (text: string, nth = 0) => doc.tokens.map((t, i) => [t.text, i] as const).filter(([t]) => t === text)[nth][1];
  // the model reads the first "Marvena" as an organisation and misses the second, and Tullio Sarti
  const spans: LabelSpan[] = [{ start: at('Marvena'), end: at('Marvena') + 1, type: nerTypeIndex('ORG') }];
  const drafts = mergeModelMentions(input, spans, 'it:ner-model');
  const second = drafts.find((d) => d.start === at('Marvena', 1));
  assert.equal(second?.type, 'ORG');
  assert.match(second?.rule ?? '', /entities\.name-seen-elsewhere/);
  assert.ok(!drafts.some((d) => d.start === at('Tullio')), 'a name the model never read still goes');
});

test('without a model file the stage falls back to rules and says so in an info message', () => {
  const empty = mkdtempSync(join(tmpdir(), 'cronaca-no-models-'));
  const { doc, found } = mentions('Il presidente kazako Tokayev ha incontrato a Mosca il presidente russo Vladimir Putin.', 'it', empty);
  assert.ok(found.includes('Mosca:GPE'), found.join(' | '));
  const info = doc.messages.find((m) => m.code === 'ner-model-missing');
  assert.equal(info?.level, 'info');
  assert.match(info?.text ?? '', /ner-it/);
  assert.ok(!doc.mentions.some((m) => m.rule.includes('ner-model')));
});

test('English has no NER model: rules only, no message about it', () => {
  const { doc } = mentions('Russian President Vladimir Putin met the Kazakh president in Moscow on Monday.', 'en');
  assert.ok(doc.mentions.length > 0);
  assert.ok(!doc.mentions.some((m) => m.rule.includes('ner-model')));
  assert.ok(!doc.messages.some((m) => m.code.startsWith('ner-model')));
});

test('an unreadable model file gives a warning naming it; entities come from the rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cronaca-bad-ner-'));
  mkdirSync(join(dir, 'ner-it'));
  const path = join(dir, 'ner-it', 'ner.bin');
  writeFileSync(path, 'not a model');
  const { doc, found } = mentions('Il presidente kazako Tokayev ha incontrato a Mosca il presidente russo Vladimir Putin.', 'it', dir);
  assert.ok(found.includes('Mosca:GPE'), found.join(' | '));
  const warning = doc.messages.find((m) => m.code === 'ner-model-invalid');
  assert.equal(warning?.level, 'warning');
  assert.ok(warning?.text.includes(path), warning?.text);
  assert.ok(!doc.mentions.some((m) => m.rule.includes('ner-model')));
});
