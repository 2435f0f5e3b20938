// Dynamic oracle for arc-hybrid (Goldberg & Nivre 2013, "Training deterministic parsers with
// non-deterministic oracles"): the cost of an action is the number of gold arcs that become
// unreachable by taking it. Exact for projective gold trees, which is why training trees are
// projectivised first (projectivise below).
import { LEFT, RIGHT, SHIFT, type ParseState } from './transitions.js';

/** Gold right dependents of `w` still in the buffer (the buffer is the range b..n). */
function depsInBuffer(st: ParseState, gold: Int32Array, w: number): number {
  let c = 0;
  for (let k = st.b; k < st.n; k++) if (gold[k] === w) c++;
  return c;
}

/** Cost of each action in the state; `gold[i]` is word i's head, n for the root. Illegal = -1. */
export function actionCosts(st: ParseState, gold: Int32Array, out: Int32Array): void {
  const { b, sp, stack } = st;
  const s0 = sp >= 1 ? stack[sp - 1] : -1;
  const s1 = sp >= 2 ? stack[sp - 2] : -1;

  if (st.canDo(SHIFT)) {
    // b0 can no longer take a head from the stack below s0, nor any dependent from the stack.
    let c = 0;
    const gh = gold[b];
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (gold[k] === b) c++;
      if (k === gh && i < sp - 1) c++;
    }
    out[SHIFT] = c;
  } else out[SHIFT] = -1;

  if (st.canDo(LEFT) || st.canDo(RIGHT)) {
    const gh = gold[s0];
    const lostDeps = depsInBuffer(st, gold, s0);
    // LEFT: s0's head is b0; it loses s1 and the rest of the buffer as heads.
    out[LEFT] = st.canDo(LEFT) ? lostDeps + (gh === s1 || gh > b ? 1 : 0) : -1;
    // RIGHT: s0's head is s1; it loses every buffer item (root included) as head.
    out[RIGHT] = st.canDo(RIGHT) ? lostDeps + (gh >= b ? 1 : 0) : -1;
  } else {
    out[LEFT] = -1;
    out[RIGHT] = -1;
  }
}

/** True when the arc h -> d has only descendants of h between its ends (heads: n = root). */
function isProjectiveArc(heads: Int32Array, d: number, n: number): boolean {
  const h = heads[d];
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    while (a !== h && a !== n && a >= 0) a = heads[a];
    if (a !== h) return false;
  }
  return true;
}

/**
 * Lifts non-projective arcs (shortest first) to the grandparent until the tree is projective;
 * labels are kept. Returns the number of lifts (0 = the tree was projective). `heads` uses n for
 * the root and is changed in place.
 */
export function projectivise(heads: Int32Array): number {
  const n = heads.length;
  let lifts = 0;
  for (;;) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d];
      if (h === n) continue;
      const len = Math.abs(h - d);
      if (len < bestLen && !isProjectiveArc(heads, d, n)) {
        best = d;
        bestLen = len;
      }
    }
    if (best < 0) return lifts;
    heads[best] = heads[heads[best]];
    lifts++;
  }
}
