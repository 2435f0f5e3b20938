// A parse slip: a noun read as the passive subject of a participle whose only auxiliary makes it
// active ("hanno firmato a Port Moresby un accordo": "accordo" as nsubj:pass of "hanno firmato"), so
// the trigger's object is lost. With an auxiliary whose participle is never passive (auxiliaries.tsv
// voice "-": avere, have) and no passive auxiliary, a passive subject after the verb is its object.
// Runs after parsing, before the parse is projected.
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';
import { morphData } from '../morph/morph-data.js';
import { childWhere } from './parse-child.js';
import { tokenFeats } from './token-feats.js';

export const PASSIVE_SUBJECT_OF_ACTIVE_RULE = 'syntax.repair.passive-subject-of-active';

/** Repairs the parse in place; returns the 0-based words whose relation changed. */
export function repairPassiveSubjectOfActive(lang: string, words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const changed: number[] = [];
  const auxiliaries = morphData(lang).auxiliaries;
  for (let n = 1; n < words.length; n++) {
    if (deprels[n] !== 'nsubj:pass') continue;
    const v = heads[n] - 1;
    if (v < 0 || v >= n || words[v].upos !== 'VERB' || tokenFeats(words[v].feats).VerbForm !== 'Part') continue;
    if (childWhere(heads, deprels, v + 1, (d) => d === 'aux:pass' || d === 'obj' || d.startsWith('expl')) >= 0) continue;
    const aux = childWhere(heads, deprels, v + 1, (d) => d === 'aux');
    const rules = aux >= 0 ? auxiliaries.get(words[aux].lemma.toLowerCase()) : undefined;
    if (!rules?.some((x) => x.takes === 'Part' && x.voice === '-')) continue;
    deprels[n] = 'obj';
    changed.push(n);
  }
  return changed;
}
