// Named counters that add up across documents: every score is computed from them at the end, so
// per-language and overall numbers come from the same per-document counts.
export class Tally {
  readonly counts = new Map<string, number>();

  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  merge(other: Tally): void {
    for (const [k, v] of other.counts) this.add(k, v);
  }

  /** Keys starting with `prefix`, with the prefix removed. */
  keysUnder(prefix: string): string[] {
    const out: string[] = [];
    for (const k of this.counts.keys()) if (k.startsWith(prefix)) out.push(k.slice(prefix.length));
    return out.sort();
  }
}
