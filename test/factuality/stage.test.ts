// The stage wiring, dates, entity-resolved sources and the replaceable scope interface.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PloverEvent } from '../../src/core/types.js';
import { assessFactuality, dateAfter, factualityScore, factualityStage, predicateFromSpans } from '../../src/stages/factuality/index.js';
import { heuristicScope } from '../../src/stages/factuality/scope.js';
import { checkCueRow, factualityLexicon } from '../../src/stages/factuality/lexicon.js';
import { analyze, findTokens, spanText } from './helpers.js';

function fakeEvent(start: number, end: number, text: string, date?: string): PloverEvent {
  const pending = { value: 'CERTAIN' as const, spans: [], rule: 'factuality.pending' };
  return {
    id: 'ev1', type: 'COERCE', modes: [], quad: 4, sentence: 0,
    trigger: { text, lemma: text, spans: [{ start, end }], rule: 'test' },
    evidence: { start, end }, source: [], target: [], rules: [],
    date: date ? { value: date, spans: [{ start, end }], rule: 'test' } : undefined,
    factuality: {
      certainty: pending, polarity: { value: 'POS', spans: [], rule: 'factuality.pending' },
      time: { value: 'NON_FUTURE', spans: [], rule: 'factuality.pending' }, special: { value: 'NONE', spans: [], rule: 'factuality.pending' },
      commitment: { value: 'COMMITTED', spans: [], rule: 'factuality.pending' }, attribution: [], cues: [], score: 3,
    },
  };
}

test('stage: fills the factuality of every event from its trigger span', () => {
  const doc = analyze('La polizia avrebbe arrestato tre attivisti.', 'it', '2024-03-15');
  const start = doc.text.indexOf('arrestato');
  doc.events.push(fakeEvent(start, start + 'arrestato'.length, 'arrestato'));
  factualityStage.run(doc, { published: '2024-03-15' });
  const f = doc.events[0].factuality;
  assert.equal(f.certainty.value, 'PROBABLE');
  assert.equal(f.certainty.rule, 'factuality.reportive-conditional');
  assert.equal(spanText(doc, f.certainty.spans), 'avrebbe arrestato');
  assert.equal(f.commitment.value, 'DISTANCED');
  assert.deepEqual(f.attribution.map((l) => l.text), ['author', 'unnamed']);
  assert.equal(f.score, 2);
});

test('stage: an event dated after publication is FUTURE', () => {
  const doc = analyze('Il governo firma il decreto.', 'it', '2024-03-15');
  const start = doc.text.indexOf('firma');
  doc.events.push(fakeEvent(start, start + 5, 'firma', '2024-03-20'));
  factualityStage.run(doc, { published: '2024-03-15' });
  assert.equal(doc.events[0].factuality.time.value, 'FUTURE');
  assert.equal(doc.events[0].factuality.time.rule, 'factuality.date-after-publication');
});

test('predicateFromSpans maps character spans to tokens', () => {
  const doc = analyze('Il ministro ha detto che la polizia ha arrestato due uomini.', 'it');
  const start = doc.text.indexOf('arrestato');
  const p = predicateFromSpans(doc, [{ start, end: start + 9 }]);
  assert.deepEqual(p, findTokens(doc, 'arrestato'));
  assert.equal(predicateFromSpans(doc, []), undefined);
});

test('dateAfter compares at the granularity of the value', () => {
  assert.equal(dateAfter('2024-03-16', '2024-03-15'), true);
  assert.equal(dateAfter('2024-03-15', '2024-03-15'), false);
  assert.equal(dateAfter('2024-03', '2024-03-15'), false);
  assert.equal(dateAfter('2024-04', '2024-03-15'), true);
  assert.equal(dateAfter('2024-W12', '2024-03-15'), true);
  assert.equal(dateAfter('2024-W11', '2024-03-15'), false);
  assert.equal(dateAfter('FUTURE_REF', '2024-03-15'), true);
  assert.equal(dateAfter('PRESENT_REF', '2024-03-15'), false);
  assert.equal(dateAfter('2024-03-16', undefined), false);
});

test('score follows factuality.md §4 (certainty weight x polarity sign)', () => {
  assert.equal(factualityScore('CERTAIN', 'POS'), 3);
  assert.equal(factualityScore('PROBABLE', 'NEG'), -2);
  assert.equal(factualityScore('POSSIBLE', 'POS'), 1);
  assert.equal(factualityScore('UNDERSPECIFIED', 'POS'), 0);
  assert.equal(factualityScore('CERTAIN', 'UNDERSPECIFIED'), 0);
});

test('attribution: a named source carries its entity id and mention text', () => {
  const doc = analyze('Giorgia Meloni ha detto che la polizia ha arrestato due uomini.', 'it');
  const f = assessFactuality(doc, findTokens(doc, 'arrestato'));
  const m = doc.mentions.find((x) => x.text === 'Giorgia Meloni');
  assert.ok(m, 'the entities stage finds the speaker');
  assert.equal(f.attribution.length, 2);
  assert.equal(f.attribution[1].text, 'Giorgia Meloni');
  assert.equal(f.attribution[1].entity, m.entity);
  assert.equal(f.attribution[1].rule, 'scope.heuristic.subject-left');
  assert.equal(spanText(doc, f.attribution[1].spans), 'detto|Giorgia Meloni');
});

test('scope: a replacement ScopeModel decides the governors', () => {
  const doc = analyze('Il ministro ha detto che la polizia ha arrestato due uomini.', 'it');
  const base = heuristicScope(factualityLexicon('it'));
  const p = findTokens(doc, 'arrestato');
  assert.equal(base.governors(doc, p, p.tokenStart).length, 1);
  const none = { ...base, governors: () => [] };
  const f = assessFactuality(doc, p, { scope: none });
  assert.deepEqual(f.attribution.map((l) => l.text), ['author']);
  assert.equal(f.commitment.value, 'COMMITTED');
});

test('any predicate: a nominal with no verb in its sentence has no tense', () => {
  const doc = analyze('Attacco a Kiev.', 'it');
  const f = assessFactuality(doc, findTokens(doc, 'Attacco'));
  assert.equal(f.time.value, 'UNDERSPECIFIED');
  assert.equal(f.time.rule, 'factuality.nominal-no-tense');
});

test('a factuality.tsv row with an unknown class, scope or flag stops loading with a message naming the file and the row', () => {
  assert.doesNotThrow(() => checkCueRow('en', ['want', 'intention', 'comp', 'wish']));
  assert.doesNotThrow(() => checkCueRow('en', ['probably', 'hedge-probable', 'clause']));
  assert.throws(() => checkCueRow('en', ['want', 'intention', 'comp', 'wihs']), /packs\/en\/factuality\.tsv: bad row "want\tintention\tcomp\twihs"/);
  assert.throws(() => checkCueRow('it', ['volere', 'intenzione', 'vg']), /packs\/it\/factuality\.tsv: bad row/);
});
