// Lemmas as edit rules (UDPipe-style): "k2:are" = keep the form's case, drop 2 final characters,
// append "are"; "l…" works on the lower-cased form; "=I" is a fixed lemma. Learned per (form, UPOS)
// for known words and per (UPOS, suffix) for unknown ones. Each training occurrence votes for every
// rule that gives its lemma, so "Il"/"il" -> "il" and "New"/"new" -> as written both come out right.

/** The rules that turn form into lemma: one on the form as written ("k…"), one on its lower-cased form ("l…"). */
export function lemmaRules(form: string, lemma: string): [string, string] {
  const lower = form.toLowerCase();
  const pk = commonPrefix(form, lemma);
  const pl = commonPrefix(lower, lemma);
  return [`k${form.length - pk}:${lemma.slice(pk)}`, `l${lower.length - pl}:${lemma.slice(pl)}`];
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function applyLemmaRule(form: string, rule: string): string {
  if (rule.charCodeAt(0) === 61 /* = */) return rule.slice(1);
  const colon = rule.indexOf(':');
  const strip = Number(rule.slice(1, colon));
  const base = rule.charCodeAt(0) === 108 /* l */ ? form.toLowerCase() : form;
  if (strip > base.length) return form;
  return base.slice(0, base.length - strip) + rule.slice(colon + 1);
}

export interface LemmaTables {
  /** "norm\tUPOS" -> rule, from the training words. */
  known: Record<string, string>;
  /** "UPOS\tsuffix" -> rule, pruned: an entry is kept only when its rule differs from its parent's. */
  suffixes: Record<string, string>;
  maxSuffix: number;
}

const MAX_SUFFIX = 7;

// Ties go to the rule that strips least (it generalises), then to lower-cased edits, then to
// case-keeping ones; fixed lemmas last.
const KIND_ORDER: Record<string, number> = { l: 0, k: 1, '=': 2 };
function strip(rule: string): number {
  return rule[0] === '=' ? Infinity : Number(rule.slice(1, rule.indexOf(':')));
}
function before(a: string, b: string): boolean {
  const sa = strip(a);
  const sb = strip(b);
  if (sa !== sb) return sa < sb;
  const ka = KIND_ORDER[a[0]];
  const kb = KIND_ORDER[b[0]];
  return ka !== kb ? ka < kb : a < b;
}

function top(counts: Map<string, number>, editOnly = false): [string, number] {
  let best = '';
  let n = -1;
  for (const [k, c] of counts) {
    if (editOnly && k[0] === '=') continue;
    if (c > n || (c === n && before(k, best))) [best, n] = [k, c];
  }
  return [best, n];
}

/** Learns the tables from (form, norm, UPOS, lemma) of the training words. */
export function learnLemmaTables(words: Iterable<{ form: string; norm: string; upos: string; lemma: string }>): LemmaTables {
  const byForm = new Map<string, Map<string, number>>();
  for (const w of words) {
    if (w.lemma === '_' && w.form !== '_') continue;
    const key = `${w.norm}\t${w.upos}`;
    let m = byForm.get(key);
    if (!m) byForm.set(key, (m = new Map()));
    for (const r of [...lemmaRules(w.form, w.lemma), `=${w.lemma}`]) m.set(r, (m.get(r) ?? 0) + 1);
  }
  const known: Record<string, string> = {};
  const bySuffix = new Map<string, Map<string, number>>();
  for (const key of [...byForm.keys()].sort()) {
    known[key] = top(byForm.get(key)!)[0];
    const rule = top(byForm.get(key)!, true)[0];
    // Suffix statistics over word types: unknown words look like rare types, not frequent tokens.
    const [norm, upos] = key.split('\t');
    for (let k = 0; k <= Math.min(MAX_SUFFIX, norm.length - 1); k++) {
      const sk = `${upos}\t${norm.slice(norm.length - k)}`;
      let m = bySuffix.get(sk);
      if (!m) bySuffix.set(sk, (m = new Map()));
      m.set(rule, (m.get(rule) ?? 0) + 1);
    }
  }
  const best = new Map<string, string>();
  for (const [k, m] of bySuffix) best.set(k, top(m)[0]);
  const suffixes: Record<string, string> = {};
  for (const k of [...best.keys()].sort()) {
    const [upos, suffix] = k.split('\t');
    const rule = best.get(k)!;
    if (suffix === '' || best.get(`${upos}\t${suffix.slice(1)}`) !== rule) suffixes[k] = rule;
  }
  return { known, suffixes, maxSuffix: MAX_SUFFIX };
}

/**
 * The rule of the longest known suffix of the form for this UPOS; "k0:" (the form) if none, or if
 * the rule would replace the whole form: a rule learned from one short word ("tiger" -> "Tiger")
 * is no suffix edit, and would turn an unknown "Niger" into "Tiger".
 */
export function suffixRule(suffixes: Map<string, string>, maxSuffix: number, norm: string, upos: string): string {
  for (let k = Math.min(maxSuffix, norm.length - 1); k >= 0; k--) {
    const r = suffixes.get(`${upos}\t${norm.slice(norm.length - k)}`);
    if (r === undefined) continue;
    return r.charCodeAt(0) !== 61 /* = */ && strip(r) >= norm.length ? 'k0:' : r;
  }
  return 'k0:';
}
