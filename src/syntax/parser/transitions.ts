// Arc-hybrid transition system (Kuhlmann et al. 2011) with the root token at the END of the
// buffer (Ballesteros & Nivre 2013). Words are 0..n-1, the root is n. Actions:
//   SHIFT  push b0 onto the stack (not the root)
//   LEFT   s0 <- b0: s0 takes b0 as head and is popped (b0 = root only when s0 is the last item,
//          so every tree has exactly one root word)
//   RIGHT  s1 -> s0: s0 takes s1 as head and is popped
// A word is popped only after all its dependents are attached, so its subtree is complete
// when it receives its head: the label classifier sees the finished dependent.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_ACTIONS = 3;

export class ParseState {
  n = 0;
  stack = new Int32Array(0);
  sp = 0;
  /** Index of the buffer front; n = the root is at the front. */
  b = 0;
  /** Head of each word (n = root), -1 while unattached. */
  heads = new Int32Array(0);
  /** Label id of each word's arc, 0 while unattached. */
  labels = new Int32Array(0);
  /** Two leftmost and two rightmost children, -1 when absent. */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nLeft = new Int32Array(0);
  nRight = new Int32Array(0);
  /** Label sets of the left and right children as 64-bit masks (labels 0-31 in lo, 32-63 in hi). */
  leftLo = new Int32Array(0);
  leftHi = new Int32Array(0);
  rightLo = new Int32Array(0);
  rightHi = new Int32Array(0);

  constructor(n: number) {
    this.reset(n);
  }

  /** The initial state for a sentence of n words (arrays are reused when large enough). */
  reset(n: number): this {
    const size = n + 1;
    if (this.heads.length < size) {
      const cap = Math.max(size, this.heads.length * 2);
      this.stack = new Int32Array(cap);
      this.heads = new Int32Array(cap);
      this.labels = new Int32Array(cap);
      this.lc1 = new Int32Array(cap);
      this.lc2 = new Int32Array(cap);
      this.rc1 = new Int32Array(cap);
      this.rc2 = new Int32Array(cap);
      this.nLeft = new Int32Array(cap);
      this.nRight = new Int32Array(cap);
      this.leftLo = new Int32Array(cap);
      this.leftHi = new Int32Array(cap);
      this.rightLo = new Int32Array(cap);
      this.rightHi = new Int32Array(cap);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.heads.fill(-1, 0, size);
    this.labels.fill(0, 0, size);
    this.lc1.fill(-1, 0, size);
    this.lc2.fill(-1, 0, size);
    this.rc1.fill(-1, 0, size);
    this.rc2.fill(-1, 0, size);
    this.nLeft.fill(0, 0, size);
    this.nRight.fill(0, 0, size);
    this.leftLo.fill(0, 0, size);
    this.leftHi.fill(0, 0, size);
    this.rightLo.fill(0, 0, size);
    this.rightHi.fill(0, 0, size);
    return this;
  }

  isTerminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /** Stack item i from the top (0 = s0), -1 when absent. */
  s(i: number): number {
    return i < this.sp ? this.stack[this.sp - 1 - i] : -1;
  }

  /** Buffer item i (0 = b0), -1 past the root. */
  buf(i: number): number {
    const k = this.b + i;
    return k <= this.n ? k : -1;
  }

  canDo(action: number): boolean {
    if (action === SHIFT) return this.b < this.n;
    if (action === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** The dependent and head an arc action would create. */
  arcOf(action: number): [dep: number, head: number] {
    const s0 = this.stack[this.sp - 1];
    return action === LEFT ? [s0, this.b] : [s0, this.stack[this.sp - 2]];
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const dep = this.stack[--this.sp];
    if (action === LEFT) {
      const h = this.b;
      this.heads[dep] = h;
      this.labels[dep] = label;
      // Left children arrive from nearest to farthest: each new one is the leftmost.
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = dep;
      this.nLeft[h]++;
      if (label < 32) this.leftLo[h] |= 1 << label;
      else this.leftHi[h] |= 1 << (label & 31);
    } else {
      const h = this.stack[this.sp - 1];
      this.heads[dep] = h;
      this.labels[dep] = label;
      // Right children arrive from nearest to farthest too: each new one is the rightmost.
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = dep;
      this.nRight[h]++;
      if (label < 32) this.rightLo[h] |= 1 << label;
      else this.rightHi[h] |= 1 << (label & 31);
    }
  }
}
