// A parse slip: the object of an active verb that comes after adverbials the language may put before
// it ("hanno firmato martedì a Bridgetown, nelle Barbados, un accordo", "ha arrestato a Rio de Janeiro
// i fratelli Brazão") read as an apposition or a modifier of the place name, or as an oblique or passive
// subject while a weekday took the object's place. A determined noun with no preposition of its
// own, so hung over place or time phrases on a verb that has no object (a time word as object does
// not count) and an auxiliary whose participle is never passive (auxiliaries.tsv voice "-": avere,
// have), with no verb or conjunction between, is that verb's object; the time word becomes an oblique.
// An object the parse hung on a noun of such a phrase ("delayed for 30 days the tariffs") goes to the
// verb above it as well. Runs after parsing, before the parse is projected.
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';
import { morphData } from '../morph/morph-data.js';
import { childWhere } from './parse-child.js';
import { timeWords } from './time-words.js';

export const OBJECT_AFTER_ADVERBIALS_RULE = 'syntax.repair.object-after-adverbials';

/** Relations by which the parse hangs a bare noun phrase on the adverbial before it. */
const MISREAD: ReadonlySet<string> = new Set(['appos', 'obl', 'nmod']);
const CLAUSE_BREAK: ReadonlySet<string> = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ']);

/** The verb (0-based) whose adverbials word n hangs on, over appos/obl/nmod links, or -1. */
function verbAbove(words: readonly TaggedWord[], heads: Int32Array, deprels: string[], n: number): number {
  let k = n;
  for (let steps = 0; steps < 4; steps++) {
    if (!MISREAD.has(deprels[k]) && !(k === n && deprels[k] === 'nsubj:pass')) return -1;
    const h = heads[k] - 1;
    if (h < 0 || h >= k) return -1;
    if (words[h].upos === 'VERB') return h;
    k = h;
  }
  return -1;
}

/** Repairs the parse in place; returns the 0-based words whose relation changed. */
export function repairObjectAfterAdverbials(lang: string, words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const changed: number[] = [];
  const auxiliaries = morphData(lang).auxiliaries;
  const times = timeWords(lang);
  for (let n = 2; n < words.length; n++) {
    // "delayed for 30 days the 25 per cent tariffs": an object the parse hung on a noun (no noun takes one)
    const h0 = heads[n] - 1;
    if (deprels[n] === 'obj' && words[n].upos === 'NOUN' && h0 >= 0 && h0 < n && (words[h0].upos === 'NOUN' || words[h0].upos === 'PROPN') && MISREAD.has(deprels[h0])) {
      const verb = verbAbove(words, heads, deprels, h0);
      if (verb >= 0 && childWhere(heads, deprels, verb + 1, (d) => d === 'obj') < 0) {
        heads[n] = verb + 1;
        changed.push(n);
      }
      continue;
    }
    if (words[n].upos !== 'NOUN' || !(MISREAD.has(deprels[n]) || deprels[n] === 'nsubj:pass') || times.has(words[n].form.toLowerCase())) continue;
    if (childWhere(heads, deprels, n + 1, (d) => d === 'case') >= 0 || childWhere(heads, deprels, n + 1, (d) => d === 'det') < 0) continue;
    const v = verbAbove(words, heads, deprels, n);
    if (v < 0) continue;
    let between = v + 1;
    while (between < n && !CLAUSE_BREAK.has(words[between].upos)) between++;
    if (between < n) continue;
    if (childWhere(heads, deprels, v + 1, (d) => d === 'aux:pass' || d.startsWith('expl') || d === 'ccomp' || d === 'xcomp') >= 0) continue;
    if (childWhere(heads, deprels, v + 1, (d) => d === 'nsubj:pass') !== (deprels[n] === 'nsubj:pass' ? n : -1)) continue;
    const obj = childWhere(heads, deprels, v + 1, (d) => d === 'obj');
    const timeObject = obj >= 0 && times.has(words[obj].form.toLowerCase());
    if (obj >= 0 && !timeObject) continue;
    // an apposition of a place name ("a Bridgetown, nelle Barbados, un accordo"), or an oblique
    // without preposition where a time word took the object's place ("firmato martedì ... un accordo")
    const head = heads[n] - 1;
    const onName = (deprels[n] === 'appos' || deprels[n] === 'nmod') && words[head].upos === 'PROPN';
    if (!onName && !((deprels[n] === 'obl' || deprels[n] === 'nsubj:pass') && head === v && timeObject)) continue;
    const aux = childWhere(heads, deprels, v + 1, (d) => d === 'aux');
    const rules = aux >= 0 ? auxiliaries.get(words[aux].lemma.toLowerCase()) : undefined;
    if (!rules?.some((x) => x.takes === 'Part' && x.voice === '-')) continue;
    if (obj >= 0) {
      deprels[obj] = 'obl';
      changed.push(obj);
    }
    heads[n] = v + 1;
    deprels[n] = 'obj';
    changed.push(n);
  }
  return changed;
}
