// Per-language memo of a computation over word forms, emptied when it reaches a size bound so a
// long batch run does not grow without limit. `compute` gets a context argument rather than being
// a closure, so hot callers pass a module function and allocate nothing per lookup.

export class LanguageMemo<V> {
  private readonly byLanguage = new Map<string, Map<string, V>>();
  /** The memo of the language asked last: a document asks for one language token after token. */
  private lastLang: string | undefined;
  private lastMemo: Map<string, V> | undefined;

  constructor(private readonly maxEntries: number) {}

  get<C>(lang: string, key: string, compute: (key: string, context: C) => V, context: C): V {
    let memo = lang === this.lastLang ? this.lastMemo : this.byLanguage.get(lang);
    if (!memo) this.byLanguage.set(lang, (memo = new Map()));
    this.lastLang = lang;
    this.lastMemo = memo;
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= this.maxEntries) memo.clear();
      value = compute(key, context);
      memo.set(key, value);
    }
    return value;
  }
}
