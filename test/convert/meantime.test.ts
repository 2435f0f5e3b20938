import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertMeantime } from '../../src/convert/meantime.js';
import { goldErrors } from '../../src/gold/schema.js';
import { FORMATS_DIR, at } from './fixtures.js';

test('MEANTIME: text, DCT, scope, typed mentions, TIMEX3 and event factuality', () => {
  const docs = convertMeantime(join(FORMATS_DIR, 'meantime'));
  assert.equal(docs.length, 1);
  const d = docs[0];
  assert.equal(d.id, 'corpus_demo/42');
  assert.equal(d.language, 'en');
  assert.equal(d.published, '2011-05-04');
  assert.equal(
    d.text,
    "Acme buys Widgetco\n\nMay 04, 2011\n\nAcme said on Monday it will not close its plant in Ohio. ``We might grow'', Jane Doe's team said. Sales rose. Shares fell. Acme expanded.",
  );
  // Sentences 0-5 only: the seventh sentence ("Acme expanded.") is outside.
  assert.deepEqual(d.scope, [{ start: 0, end: 156 }]);
  assert.equal(at(d.text, { start: 157, end: 171 }), 'Acme expanded.');
  assert.deepEqual(
    d.entities?.map((e) => [e.type, e.kind, at(d.text, e)]),
    [
      ['ORG', 'name', 'Acme'],
      ['ORG', 'name', 'Widgetco'],
      ['ORG', 'name', 'Acme'],
      ['ORG', 'pronoun', 'it'],
      ['PRO', 'nominal', 'its plant'],
      ['LOC', 'name', 'Ohio'],
      ['PER', 'name', 'Jane Doe'],
    ],
  );
  assert.equal(d.entities?.[0].canonical, 'Acme Corporation');
  assert.deepEqual(d.timexes, [
    { start: 20, end: 32, type: 'DATE', value: '2011-05-04', dct: true },
    { start: 47, end: 53, type: 'DATE', value: '2011-05-02' },
  ]);
  // The grouping mention without pred and the cross-document-only mention are dropped;
  // the discontinuous "will ... close" becomes its hull.
  assert.deepEqual(
    d.events?.map((e) => [at(d.text, e), e.pred, e.class, e.certainty, e.polarity, e.time]),
    [
      ['buys', 'buy', 'OTHER', 'CERTAIN', 'POS', 'NON_FUTURE'],
      ['said', 'say', 'SPEECH_COGNITIVE', 'CERTAIN', 'POS', 'NON_FUTURE'],
      ['will not close', 'close', undefined, 'CERTAIN', 'NEG', 'FUTURE'],
      ['grow', 'grow', undefined, 'POSSIBLE', 'POS', 'FUTURE'],
    ],
  );
  assert.deepEqual(goldErrors(d), []);
});
