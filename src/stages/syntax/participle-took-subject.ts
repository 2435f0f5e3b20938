// A parse slip: "e il premier Shehbaz Sharif, volato giovedì a Quetta, ha promesso che...": the
// participle of an apposition clause between commas takes the subject, and the finite verb after it
// is left with none (the events stage then borrows the first conjunct's subject). A past participle
// with no auxiliary of its own cannot head a finite clause: when it holds a subject before it, sits
// between commas, and the next verb is finite (or has a finite auxiliary) and has no subject, the
// subject goes to that verb and the participle becomes a clause on the subject (acl). Runs after
// parsing, before the parse is projected.
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';
import { childWhere } from './parse-child.js';
import { finiteWord, tokenFeats } from './token-feats.js';

export const PARTICIPLE_TOOK_SUBJECT_RULE = 'syntax.repair.participle-took-subject';

/** Repairs the parse in place; returns the 0-based words whose head or relation changed. */
export function repairParticipleTookSubject(_lang: string, words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const changed: number[] = [];
  for (let p = 2; p < words.length; p++) {
    const w = words[p];
    if (w.upos !== 'VERB' || tokenFeats(w.feats).VerbForm !== 'Part' || words[p - 1].form !== ',') continue;
    const s = childWhere(heads, deprels, p + 1, (d) => d === 'nsubj' || d === 'nsubj:pass');
    if (s < 0 || s > p || childWhere(heads, deprels, p + 1, (d) => d.startsWith('aux') || d === 'cop') >= 0) continue;
    // the participle's clause ends at the next comma; the verb group right after it
    let end = p + 1;
    while (end < words.length && words[end].form !== ',' && words[end].upos !== 'VERB' && words[end].upos !== 'AUX') end++;
    if (end >= words.length || words[end].form !== ',') continue;
    let v = end + 1;
    while (v < words.length && words[v].upos === 'AUX') v++;
    if (v >= words.length || words[v].upos !== 'VERB') continue;
    const hasFinite = finiteWord(words[v]) || (v > end + 1 && finiteWord(words[end + 1]));
    if (!hasFinite || childWhere(heads, deprels, v + 1, (d) => d.startsWith('nsubj') || d.startsWith('csubj')) >= 0) continue;
    heads[s] = v + 1;
    deprels[s] = deprels[s] === 'nsubj:pass' || childWhere(heads, deprels, v + 1, (d) => d === 'aux:pass') >= 0 ? 'nsubj:pass' : 'nsubj';
    heads[p] = s + 1;
    deprels[p] = 'acl';
    changed.push(s, p);
  }
  return changed;
}
