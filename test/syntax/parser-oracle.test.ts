// The arc-hybrid transition system and its dynamic oracle on small trees written by hand, and the
// oracle against every sentence of a treebank slice read from ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readConllu } from '../../src/learn/ud.js';
import { udFile } from '../../src/syntax/model-dir.js';
import { actionCosts, projectivise } from '../../src/syntax/parser/oracle.js';
import { LEFT, N_ACTIONS, ParseState, RIGHT, SHIFT } from '../../src/syntax/parser/transitions.js';

/** Follows zero-cost actions (LEFT, then RIGHT, then SHIFT first) to the end; returns the heads. */
function oracleParse(gold: Int32Array): Int32Array {
  const st = new ParseState(gold.length);
  const costs = new Int32Array(N_ACTIONS);
  let steps = 0;
  while (!st.isTerminal()) {
    actionCosts(st, gold, costs);
    const a = [LEFT, RIGHT, SHIFT].find((x) => costs[x] === 0);
    assert.ok(a !== undefined, `no zero-cost action at step ${steps}: ${[...costs]}`);
    st.apply(a, 1);
    steps++;
  }
  assert.equal(steps, 2 * gold.length, 'arc-hybrid takes exactly 2n transitions');
  return st.heads.slice(0, gold.length);
}

// "the cat that I saw sleeps ." as 0-based heads with 7 = root:
// the<-cat, cat<-sleeps, that<-saw, I<-saw, saw<-cat (relative clause), sleeps<-root, .<-sleeps
const RELATIVE = Int32Array.from([1, 5, 4, 4, 1, 7, 5]);

test('the oracle reproduces a projective tree exactly, in 2n transitions', () => {
  assert.deepEqual([...oracleParse(RELATIVE)], [...RELATIVE]);
  // a chain of right dependents and a one-word sentence
  const chain = Int32Array.from([4, 0, 1, 2]);
  assert.deepEqual([...oracleParse(chain)], [...chain]);
  assert.deepEqual([...oracleParse(Int32Array.from([1]))], [1]);
});

test('the root is attached last and only once', () => {
  const st = new ParseState(2);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  assert.equal(st.canDo(SHIFT), false, 'the root cannot be shifted');
  assert.equal(st.canDo(LEFT), false, 'two words on the stack: the root may not take s0 yet');
  assert.equal(st.canDo(RIGHT), true);
  st.apply(RIGHT, 3);
  assert.equal(st.canDo(LEFT), true);
  st.apply(LEFT, 2);
  assert.ok(st.isTerminal());
  assert.deepEqual([...st.heads.slice(0, 2)], [2, 0]);
  assert.equal(st.labels[1], 3);
  assert.equal(st.rc1[0], 1);
  assert.equal(st.nRight[0], 1);
});

test('dynamic-oracle costs on hand-checked configurations', () => {
  // words a b c d e, root 5: a<-b, b<-root, c<-d, d<-b, e<-b
  const gold = Int32Array.from([1, 5, 3, 1, 1]);
  const costs = new Int32Array(N_ACTIONS);

  // stack [a b], buffer c...: a is already lost (it needed b from the buffer).
  const st = new ParseState(5);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  actionCosts(st, gold, costs);
  // SHIFT c: c's head d is in the buffer and no stack word depends on c: free.
  // LEFT b<-c: b loses its head (root) and its buffer dependents d and e: 3.
  // RIGHT b<-a: same losses: 3.
  assert.deepEqual([...costs], [0, 3, 3]);

  // stack [b c] after a<-b: the right move is c<-d.
  const st2 = new ParseState(5);
  st2.apply(SHIFT, 0);
  st2.apply(LEFT, 1);
  st2.apply(SHIFT, 0);
  st2.apply(SHIFT, 0);
  actionCosts(st2, gold, costs);
  // SHIFT d: d can no longer get b (not s0) as head, and c can no longer get d: 2.
  // LEFT c<-d: exactly c's gold arc: 0.  RIGHT c<-b: c loses d: 1.
  assert.deepEqual([...costs], [2, 0, 1]);

  // with the root at the front and two words on the stack, only RIGHT is legal
  const st3 = new ParseState(1);
  st3.apply(SHIFT, 0);
  actionCosts(st3, Int32Array.from([1]), costs);
  assert.deepEqual([...costs], [-1, 0, -1]);
});

test('projectivise lifts a crossing arc to the grandparent and leaves projective trees alone', () => {
  const projective = Int32Array.from(RELATIVE);
  assert.equal(projectivise(projective), 0);
  assert.deepEqual([...projective], [...RELATIVE]);
  // words 0..3, root 4: 0<-2, 1<-3, 2<-root, 3<-0. Arcs 3->1 and 0->3 both cover word 2, which is
  // not below them. The shorter 3->1 is lifted first (1<-0), then 0->3 (3<-2).
  const heads = Int32Array.from([2, 3, 4, 0]);
  assert.equal(projectivise(heads), 2);
  assert.deepEqual([...heads], [2, 0, 4, 2]);
  assert.deepEqual([...oracleParse(heads)], [...heads], 'the lifted tree is parsable exactly');
});

const trainFile = udFile('it', 'train');
test('the oracle reproduces every projectivised tree of a treebank slice', { skip: !existsSync(trainFile) && `no ${trainFile}` }, () => {
  const sentences = readConllu(trainFile).slice(0, 400);
  for (const s of sentences) {
    const n = s.words.length;
    const gold = Int32Array.from(s.words.map((w) => (w.head === 0 ? n : w.head - 1)));
    projectivise(gold);
    assert.deepEqual([...oracleParse(gold)], [...gold], `sentence ${s.id}`);
  }
});
