// Read-only form -> analyses lookup over the generated lexicon file kept as one string: an index
// of line starts and a binary search, so loading costs one file read and one scan for newlines.
import { decodeLemma } from './it-lexicon-build.js';

const TAB = 9;
const NEWLINE = 10;

export class SortedLexicon {
  private readonly starts: Int32Array;
  private readonly count: number;

  constructor(private readonly text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== NEWLINE) n++;
    const starts = new Int32Array(n + 1);
    let k = 0;
    let pos = 0;
    while (pos < text.length && k < n) {
      starts[k++] = pos;
      const nl = text.indexOf('\n', pos);
      pos = nl < 0 ? text.length : nl + 1;
    }
    // One past the last line's newline (real or implied), so line i ends at starts[i + 1] - 1.
    starts[k] = text.charCodeAt(text.length - 1) === NEWLINE ? text.length : text.length + 1;
    this.starts = starts;
    this.count = k;
  }

  get size(): number {
    return this.count;
  }

  /** Compares `key` with the form of line `i` (code-unit order, the order the file is sorted in). */
  private compare(key: string, i: number): number {
    const text = this.text;
    let p = this.starts[i];
    for (let k = 0; k < key.length; k++, p++) {
      const c = text.charCodeAt(p);
      if (c === TAB) return 1;
      const d = key.charCodeAt(k) - c;
      if (d !== 0) return d;
    }
    return text.charCodeAt(p) === TAB ? 0 : -1;
  }

  /** Encoded analyses "lemma,UPOS,TAG;..." with full lemmas, or undefined. */
  get(form: string): string | undefined {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(form, mid);
      if (c === 0) {
        const lineStart = this.starts[mid] + form.length + 1;
        const lineEnd = this.starts[mid + 1] - 1;
        return this.text
          .slice(lineStart, lineEnd)
          .split(';')
          .map((a) => {
            const comma = a.indexOf(',');
            return decodeLemma(form, a.slice(0, comma)) + a.slice(comma);
          })
          .join(';');
      }
      if (c > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
