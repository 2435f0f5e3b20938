// Perceptron weight rows stored sparsely for read-only scoring, shared by the tagger's and the
// parser's tables: a row is [count, entries...], each entry a non-zero int16 weight as
// (class << 16 | weight & 0xffff). An update touches only the true and the guessed class, so most
// of a row's weights are zero.

export function countNonZero(q16: Int16Array): number {
  let n = 0;
  for (let i = 0; i < q16.length; i++) if (q16[i] !== 0) n++;
  return n;
}

/** Writes row r of the rows x nc weights at entries[at]; returns the index after it. */
export function writeSparseRow(q16: Int16Array, r: number, nc: number, entries: Int32Array, at: number): number {
  const head = at++;
  for (let c = 0; c < nc; c++) {
    const q = q16[r * nc + c];
    if (q !== 0) entries[at++] = (c << 16) | (q & 0xffff);
  }
  entries[head] = at - head - 1;
  return at;
}

/** Rows written by writeSparseRow back to rows x nc int16 weights. */
export function denseFromSparse(sparse: Int32Array, rows: number, nc: number): Int16Array {
  const q = new Int16Array(rows * nc);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    const end = at + 1 + sparse[at];
    for (let e = at + 1; e < end; e++) q[r * nc + (sparse[e] >>> 16)] = (sparse[e] << 16) >> 16;
    at = end;
  }
  return q;
}
