// A hand-built, fully populated document (every optional layer filled) so the writers and the
// schema are tested independently of what the linguistic stages produce today.
import type { CronacaDocument, Span } from '../../src/core/types.js';

const TEXT = 'Secondo il ministero, ieri la polizia avrebbe arrestato Aibek Toktogulov a Bishkek.';

function at(word: string, from = 0): Span {
  const start = TEXT.indexOf(word, from);
  if (start < 0) throw new Error(`sample text lacks ${word}`);
  return { start, end: start + word.length };
}

export function sampleDocument(): CronacaDocument {
  const police = at('polizia');
  const arrested = at('arrestato');
  const person = at('Aibek Toktogulov');
  const city = at('Bishkek');
  const yesterday = at('ieri');
  const hedge = at('avrebbe');
  const ministry = at('ministero');
  const secondo = at('Secondo');
  return {
    id: 'sample-1',
    text: TEXT,
    meta: { id: 'sample-1', published: '2023-03-14', source: 'Test Wire', title: 'Arresto a Bishkek' },
    language: { code: 'it', supported: true, rule: 'lang.given' },
    sentences: [{ index: 0, start: 0, end: TEXT.length, tokenStart: 0, tokenEnd: 2 }],
    tokens: [
      {
        index: 0, sentence: 0, start: arrested.start, end: arrested.end, text: 'arrestato', norm: 'arrestato',
        lemma: 'arrestare', pos: 'VERB', feats: { VerbForm: 'Part', Gender: 'Masc', Number: 'Sing' },
        morphRule: 'it:morph-it', spaceAfter: true,
      },
      {
        index: 1, sentence: 0, start: TEXT.length - 1, end: TEXT.length, text: '.', norm: '.', lemma: '.',
        pos: 'PUNCT', feats: {}, morphRule: 'morph.punct', spaceAfter: false,
      },
    ],
    words: [],
    mentions: [
      { id: 'm1', ...police, text: 'polizia', type: 'ORG', kind: 'role', entity: 'e1', sentence: 0, tokenStart: 0, tokenEnd: 1, rule: 'it:entities:polizia' },
      { id: 'm2', ...person, text: 'Aibek Toktogulov', type: 'PER', kind: 'name', entity: 'e2', sentence: 0, tokenStart: 0, tokenEnd: 1, rule: 'entities.capitalised-sequence' },
      { id: 'm3', ...city, text: 'Bishkek', type: 'GPE', kind: 'name', entity: 'e3', sentence: 0, tokenStart: 0, tokenEnd: 1, rule: 'world:gazetteer:cities' },
    ],
    entities: [
      { id: 'e1', name: 'Police of Kyrgyzstan', type: 'ORG', country: 'KGZ', sectors: ['COP', 'GOV'], mentions: ['m1'], rule: 'it:entities:polizia' },
      { id: 'e2', name: 'Aibek Toktogulov', type: 'PER', sectors: ['OPP'], mentions: ['m2'], rule: 'entities.capitalised-sequence' },
      {
        id: 'e3', name: 'Bishkek', type: 'GPE', country: 'KGZ', wikidata: 'Q9361', geonameid: 1528675,
        coordinates: { lat: 42.87, lon: 74.59 }, mentions: ['m3'], rule: 'world:gazetteer:cities',
      },
    ],
    timexes: [
      { id: 't1', ...yesterday, text: 'ieri', type: 'DATE', value: '2023-03-13', anchor: 'published', sentence: 0, rule: 'it:timex:ieri' },
    ],
    events: [
      {
        id: 'sample-1-ev1',
        type: 'COERCE',
        modes: ['arrest'],
        quad: 4,
        sentence: 0,
        trigger: { text: 'arrestato', lemma: 'arrestare', spans: [arrested], rule: 'it:events:arrestare' },
        evidence: { start: 0, end: TEXT.length },
        source: [{ text: 'polizia', entity: 'e1', mention: 'm1', spans: [police], rule: 'events.subject' }],
        target: [
          { text: 'Aibek Toktogulov', entity: 'e2', mention: 'm2', spans: [person], rule: 'events.object' },
          { text: 'altri', spans: [], rule: 'events.object' },
        ],
        date: { value: '2023-03-13', timex: 't1', spans: [yesterday], rule: 'events.date.same-sentence' },
        place: { name: 'Bishkek', entity: 'e3', country: 'KGZ', coordinates: { lat: 42.87, lon: 74.59 }, spans: [city], rule: 'events.place.a' },
        factuality: {
          certainty: { value: 'PROBABLE', spans: [hedge], rule: 'it:factuality:condizionale' },
          polarity: { value: 'POS', spans: [], rule: 'factuality.default-pos' },
          time: { value: 'NON_FUTURE', spans: [hedge], rule: 'factuality.tense' },
          special: { value: 'NONE', spans: [], rule: 'factuality.default' },
          commitment: { value: 'DISTANCED', spans: [secondo], rule: 'it:factuality:secondo' },
          attribution: [
            { text: 'author', spans: [], rule: 'factuality.author' },
            { text: 'ministero', spans: [ministry], rule: 'it:factuality:secondo' },
          ],
          cues: [{ ...hedge, text: 'avrebbe', class: 'hedge-reportive', rule: 'it:factuality:condizionale' }],
          score: 2,
        },
        rules: ['it:events:arrestare', 'events.subject', 'events.object', 'it:factuality:condizionale'],
      },
    ],
    messages: [{ level: 'warning', code: 'entities.unresolved', text: 'Aibek Toktogulov not linked', span: person }],
  };
}
