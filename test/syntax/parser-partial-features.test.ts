// The parser's cached scoring splits the transition templates into groups (partial-features.ts) and
// scores the stack group once per word on the stack, the buffer group once per buffer front, and
// the children groups once per (word, number of such children), the templates over one word only
// once per (word type, role), and the templates over tags only
// once per tuple of those tags; it sums the label templates over the arc's tags once per tuple
// (label-features.ts). That is right only if those features do not
// change meanwhile: checked here template by template, and on the shipped model tree by tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readConllu } from '../../src/learn/ud.js';
import { udFile } from '../../src/syntax/model-dir.js';
import { parserPath } from '../../src/syntax/parser/index.js';
import { loadParserModel } from '../../src/syntax/parser/model-io.js';
import { ParserModel } from '../../src/syntax/parser/parser.js';
import { ThreeClassTable, type Scorer } from '../../src/syntax/parser/weight-table.js';
import { encodeSentence } from '../../src/syntax/parser/encode.js';
import { stateValues, transitionFeatures, MAX_TRANSITION_FEATURES } from '../../src/syntax/parser/features.js';
import {
  bufferFeatures,
  bufferLeftFeatures,
  MAX_PARTIAL_FEATURES,
  movingFeatures,
  pairTagFeatures,
  pairTagTuple,
  stackFeatures,
  stackPairTagFeatures,
  stackPairTagTuple,
  stackRightFeatures,
} from '../../src/syntax/parser/partial-features.js';
import { LEFT, N_ACTIONS, ParseState, RIGHT, SHIFT } from '../../src/syntax/parser/transitions.js';
import type { TaggedWord } from '../../src/syntax/types.js';

const words: TaggedWord[] = [
  ['Il', 'il', 'DET', 'Definite=Def'],
  ['gatto', 'gatto', 'NOUN', 'Gender=Masc|Number=Sing'],
  ['nero', 'nero', 'ADJ', 'Gender=Masc|Number=Sing'],
  [',', ',', 'PUNCT', '_'],
  ['stanco', 'stanco', 'ADJ', 'Gender=Masc|Number=Sing'],
  ['dorme', 'dormire', 'VERB', 'Mood=Ind|Number=Sing'],
  ['sul', 'su', 'ADP', '_'],
  ['divano', 'divano', 'NOUN', 'Gender=Masc|Number=Sing'],
  ['.', '.', 'PUNCT', '_'],
].map(([form, lemma, upos, feats]) => ({ form, lemma, upos, feats }));

for (const featureSet of [1, 2, 3, 4]) {
  test(`stack features stay the same while a word is s0, buffer features while it is b0 (feature set ${featureSet})`, () => {
    const enc = encodeSentence(words);
    // A fixed sequence of legal actions cycling through all three, with labels, to reach varied states.
    const st = new ParseState(enc.n);
    const part = new Int32Array(MAX_PARTIAL_FEATURES);
    const full = new Int32Array(MAX_TRANSITION_FEATURES);
    const stackSeen = new Map<number, string>();
    const bufferSeen = new Map<number, string>();
    const rightSeen = new Map<string, string>();
    const leftSeen = new Map<string, string>();
    const tupleSeen = new Map<string, string>();
    let step = 0;
    let states = 0;
    let repeats = 0;
    while (!st.isTerminal()) {
      const v = stateValues(enc, st);
      const stack = Array.from(part.subarray(0, stackFeatures(enc, v, part, featureSet))).join(',');
      const buffer = Array.from(part.subarray(0, bufferFeatures(v, part, featureSet))).join(',');
      const nMoving = movingFeatures(enc, v, part, featureSet);
      if (stackSeen.has(v.s0) || bufferSeen.has(v.b0)) repeats++;
      if (v.s0 >= 0) assert.equal(stackSeen.get(v.s0) ?? stack, stack, `stack features of word ${v.s0}`);
      assert.equal(bufferSeen.get(v.b0) ?? buffer, buffer, `buffer features of word ${v.b0}`);
      stackSeen.set(v.s0, stack);
      bufferSeen.set(v.b0, buffer);
      const right = Array.from(part.subarray(0, stackRightFeatures(v, part, 0))).join(',');
      const left = Array.from(part.subarray(0, bufferLeftFeatures(v, part, 0))).join(',');
      const rightKey = `${v.s0}/${st.nRight[v.s0]}`;
      const leftKey = `${v.b0}/${st.nLeft[v.b0]}`;
      if (v.s0 >= 0) assert.equal(rightSeen.get(rightKey) ?? right, right, `right-children features of word ${rightKey}`);
      assert.equal(leftSeen.get(leftKey) ?? left, left, `left-children features of word ${leftKey}`);
      rightSeen.set(rightKey, right);
      leftSeen.set(leftKey, left);
      // The tag-tuple groups: the same tuple, the same keys.
      const tags = Array.from(part.subarray(0, pairTagFeatures(v, part, featureSet, 0))).join(',');
      const stackTags = Array.from(part.subarray(0, stackPairTagFeatures(v, part, 0))).join(',');
      assert.equal(tupleSeen.get(`p${pairTagTuple(v)}`) ?? tags, tags);
      assert.equal(tupleSeen.get(`s${stackPairTagTuple(v)}`) ?? stackTags, stackTags);
      tupleSeen.set(`p${pairTagTuple(v)}`, tags);
      tupleSeen.set(`s${stackPairTagTuple(v)}`, stackTags);
      // transitionFeatures is the three groups, with no key twice.
      const nf = transitionFeatures(enc, st, full, featureSet);
      assert.equal(nf, stack.split(',').length + buffer.split(',').length + nMoving);
      assert.equal(new Set(full.subarray(0, nf)).size, nf);
      states++;
      const order = [[SHIFT, LEFT, RIGHT], [RIGHT, SHIFT, LEFT], [SHIFT, RIGHT, LEFT]][step++ % 3];
      const action = order.find((a) => a < N_ACTIONS && st.canDo(a)) as number;
      st.apply(action, action === SHIFT ? 0 : 1 + (step % 5));
    }
    assert.ok(states >= 2 * words.length);
    assert.ok(repeats > words.length / 2, 'the cached groups are reused');
  });
}

test('the shipped it parser gives the same trees with cached partial scores and label sums as with plain scoring', { skip: !existsSync(parserPath('it')) || !existsSync(udFile('it', 'dev')) ? 'no it model or dev file' : false }, () => {
  const { model } = loadParserModel(parserPath('it'));
  const table = model.transitions;
  assert.ok(table instanceof ThreeClassTable, 'the shipped model uses the cached path');
  // Any other Scorer takes the plain path (one score call per state over all the features).
  const plainScorer: Scorer = { nClasses: table.nClasses, score: (f, n, out) => table.score(f, n, out) };
  const plainLabeller: Scorer = { nClasses: model.labeller.nClasses, score: (f, n, out) => model.labeller.score(f, n, out) };
  const plain = new ParserModel(plainScorer, plainLabeller, model.labelNames, model.featureSet);
  plain.setLabelShortcuts(model.labelShortcuts);
  // The same model with room for 64 word types: its word-type caches start again every few sentences.
  const restarting = loadParserModel(parserPath('it')).model;
  restarting.limitWordTypes(64);
  const sentences = readConllu(udFile('it', 'dev')).slice(0, 300);
  let words = 0;
  for (const s of sentences) {
    const tagged = s.words.map((w) => ({ form: w.form, lemma: w.lemma, upos: w.upos, feats: w.feats }));
    const a = model.parse(tagged);
    const b = plain.parse(tagged);
    const c = restarting.parse(tagged);
    assert.deepEqual(Array.from(a.heads), Array.from(b.heads));
    assert.deepEqual(a.deprels, b.deprels);
    assert.deepEqual(Array.from(c.heads), Array.from(b.heads));
    assert.deepEqual(c.deprels, b.deprels);
    words += tagged.length;
  }
  assert.ok(words > 3000);
});
