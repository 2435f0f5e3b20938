// The merge steps learned from jackknifed KIND Wikinews train: lower-case institution nouns the
// model reads as organisations become ORG name mentions of their unchanged group actor, and names
// the model typed take one type per document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preEntityDocument } from '../../src/ner/data.js';
import { type LabelSpan, nerTypeIndex } from '../../src/ner/labels.js';
import { attachModifiers } from '../../src/stages/entities/attach.js';
import { entityCandidates } from '../../src/stages/entities/index.js';
import { mergeModelMentions, nameInstitutions } from '../../src/stages/entities/model-merge.js';
import { resolve } from '../../src/stages/entities/resolve.js';

function setUp(text: string, id: string) {
  const doc = preEntityDocument(text, 'it', id);
  const input = entityCandidates(doc);
  const tok = (word: string, from = 0) => doc.tokens.findIndex((t, i) => i >= from && t.text === word);
  const span = (first: number, last: number, type: string): LabelSpan => ({ start: first, end: last + 1, type: nerTypeIndex(type) });
  const text_ = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
  return { doc, input, tok, span, text: text_ };
}

test('a lower-case institution the model reads as an organisation is an ORG name of its group actor', () => {
  const { doc, input, tok, span } = setUp(
    'Il governo tedesco ha protestato. La polizia locale ha chiuso la strada, poi la polizia è ripartita. I soldati sono rimasti.', 'inst-test');
  const governo = tok('governo');
  const polizia = tok('polizia');
  const polizia2 = tok('polizia', polizia + 1);
  const soldati = tok('soldati');
  // the model: "governo tedesco" and "polizia locale" as organisations, the second "polizia" and "soldati" not at all
  const spans = [span(governo, governo + 1, 'ORG'), span(polizia, polizia + 1, 'ORG')];
  const merged = mergeModelMentions(input, spans, 'it:ner-model');
  const drafts = attachModifiers(doc, input.lex, merged);
  nameInstitutions(input, drafts, spans);
  const { mentions, entities } = resolve(doc, input.lex, drafts);
  const at = (k: number) => mentions.find((m) => m.tokenStart === k);
  const gov = at(governo);
  assert.equal(gov?.text, 'governo tedesco');
  assert.equal(gov?.type, 'ORG');
  assert.equal(gov?.kind, 'name');
  assert.match(gov?.rule ?? '', /entities\.institution-name/);
  const govEntity = entities.find((e) => e.id === gov?.entity);
  assert.equal(govEntity?.type, 'GROUP', 'the actor stays the group');
  assert.equal(govEntity?.country, 'DEU');
  // "locale" is covered by no other mention: the model's longer span is the mention
  assert.equal(at(polizia)?.text, 'polizia locale');
  assert.equal(at(polizia)?.type, 'ORG');
  // without the model's reading the noun stays a group mention, of the same actor
  const again = at(polizia2);
  assert.equal(again?.type, 'GROUP');
  assert.equal(again?.kind, 'group');
  assert.equal(again?.entity, at(polizia)?.entity);
  assert.equal(at(soldati)?.type, 'GROUP');
});

test('names the model typed take one type per document, ties going to the first; an article is half a vote for an organisation', () => {
  const { input, tok, span, doc } = setUp(
    'Il treno della Valcorta era in ritardo. Poi Valcorta ha chiesto scusa. Ieri Brenzoni ha parlato a Brenzoni e poi a Brenzoni. ' +
      'Oggi Ostravia ha vinto e Ostravia ha festeggiato.', 'vote-test');
  const v1 = tok('Valcorta');
  const v2 = tok('Valcorta', v1 + 1);
  const b1 = tok('Brenzoni');
  const b2 = tok('Brenzoni', b1 + 1);
  const b3 = tok('Brenzoni', b2 + 1);
  // the model reads the first "Valcorta" (after an article) as a place and the second as an
  // organisation; "Brenzoni" twice as a place, once as a person
  const o1 = tok('Ostravia');
  const o2 = tok('Ostravia', o1 + 1);
  // "Ostravia": once an organisation, once a person
  const spans = [
    span(v1, v1, 'LOC'), span(v2, v2, 'ORG'), span(b1, b1, 'PER'), span(b2, b2, 'LOC'), span(b3, b3, 'LOC'),
    span(o1, o1, 'ORG'), span(o2, o2, 'PER'),
  ];
  const drafts = mergeModelMentions(input, spans, 'it:ner-model');
  const typeAt = (k: number) => drafts.find((d) => d.start === k)?.type;
  assert.equal(typeAt(v1), 'ORG', 'tie broken by the article');
  assert.equal(typeAt(v2), 'ORG');
  // (the model's LOC is a town or region, GPE, where no site word says otherwise)
  assert.deepEqual([typeAt(b1), typeAt(b2), typeAt(b3)], ['GPE', 'GPE', 'GPE'], 'the majority type');
  assert.match(drafts.find((d) => d.start === b1)?.rule ?? '', /entities\.type-vote/);
  assert.deepEqual([typeAt(o1), typeAt(o2)], ['ORG', 'ORG'], 'a tie goes to the first mention\'s type');
  assert.ok(doc.tokens.length > 0);
});
