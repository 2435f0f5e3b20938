import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsWithFinalPunctuation, hull, layoutSentences } from '../../src/convert/layout.js';

test('layout glues punctuation, clitics, elisions and quotes', () => {
  const l = layoutSentences([
    { tokens: ['``', 'We', 'won', "''", ',', 'Ann', "'s", 'aide', 'said', '(', 'twice', ')', '.'] },
    { tokens: ['Disse', '"', 'no', '"', 'all\'', 'Unione', '.'] },
    { tokens: ['Titolo', 'senza', 'punto'] },
    { tokens: ['Fine', '.'] },
  ]);
  assert.equal(l.text, "``We won'', Ann's aide said (twice). Disse \"no\" all'Unione.\n\nTitolo senza punto\n\nFine.");
  assert.deepEqual(l.tokens[0][4], { start: 10, end: 11 });
  assert.equal(l.text.slice(l.tokens[1][4].start, l.tokens[1][4].end), "all'");
  assert.deepEqual(l.sentences[2], { start: 61, end: 79 });
});

test('layout honours explicit spacing and breaks', () => {
  const l = layoutSentences([
    { tokens: ['a', 'b'], spaceAfter: [false, true] },
    { tokens: ['c'], breakBefore: '\n' },
  ]);
  assert.equal(l.text, 'ab\n\nc'.replace('\n\n', '\n'));
  assert.deepEqual(l.tokens[1][0], { start: 3, end: 4 });
});

test('final punctuation and hulls', () => {
  assert.equal(endsWithFinalPunctuation('Basta.»'), true);
  assert.equal(endsWithFinalPunctuation('Roma:'), false);
  assert.deepEqual(hull([{ start: 5, end: 9 }, { start: 1, end: 3 }]), { start: 1, end: 9 });
});
