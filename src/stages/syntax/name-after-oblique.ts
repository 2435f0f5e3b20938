// A parse slip: "Nel video Khan chiede ai sostenitori...", "Alla Camera Meloni ha detto": a name
// right after the noun of a prepositional phrase that opens the clause is read as a bare modifier
// of that noun, so the verb right after the name loses its subject. A name hung without a
// preposition of its own on the noun of the verb's oblique, directly before that verb (or its
// auxiliaries and clitics), becomes the subject of that verb when it is active and has none; so
// does a name joined to the oblique's name across a comma ("Secondo Nuova Delhi, Teheran ha
// promesso": a name never runs across a comma). Runs after parsing, before the parse is projected.
import type { TaggedWord } from '../../syntax/types.js';
import type { ParseResult } from '../../syntax/parser/parser.js';
import { childWhere } from './parse-child.js';

export const NAME_AFTER_OBLIQUE_RULE = 'syntax.repair.name-after-oblique';

/** Relations by which the name hangs on the oblique's noun. */
const NAME_ON_NOUN: ReadonlySet<string> = new Set(['nmod', 'compound', 'appos', 'flat', 'flat:name']);
/** Relations of a clitic pronoun before its verb. */
const CLITIC: ReadonlySet<string> = new Set(['expl', 'expl:pv', 'obj', 'iobj']);
/** Relations inside a name ("Imran Khan"). */
const NAME_PARTS: ReadonlySet<string> = new Set(['flat', 'flat:name']);

/** Repairs the parse in place; returns the 0-based words whose head or relation changed. */
export function repairNameAfterOblique(_lang: string, words: readonly TaggedWord[], r: ParseResult): number[] {
  const { heads, deprels } = r;
  const changed: number[] = [];
  for (let name = 1; name < words.length; name++) {
    const noun = heads[name] - 1;
    if (words[name].upos !== 'PROPN' || noun < 0 || noun >= name || !NAME_ON_NOUN.has(deprels[name])) continue;
    // right after the noun, or after a comma that closes the oblique's name ("Secondo Nuova Delhi,
    // Teheran ha promesso": a name never runs across a comma)
    const adjacent = noun === name - 1 && words[noun].upos === 'NOUN';
    const afterComma = words[name - 1].form === ',' && NAME_PARTS.has(deprels[name]) && (words[noun].upos === 'PROPN' || words[noun].upos === 'NOUN');
    if (!adjacent && !afterComma) continue;
    if (!deprels[noun].startsWith('obl') || childWhere(heads, deprels, noun + 1, (d) => d === 'case') < 0) continue;
    // the name's last word, then the verb group right after it
    let end = name;
    while (end + 1 < words.length && heads[end + 1] === name + 1 && NAME_PARTS.has(deprels[end + 1])) end++;
    const verb = heads[noun] - 1;
    if (verb <= end || words[verb].upos !== 'VERB') continue;
    let k = end + 1;
    // (its auxiliaries and clitics: "Costa si è dimesso", "Meloni lo ha incontrato")
    while (k < verb && heads[k] === verb + 1 && (deprels[k].startsWith('aux') || (words[k].upos === 'PRON' && CLITIC.has(deprels[k])))) k++;
    // (a passive verb leaves the name alone: "dalla piattaforma San Marco furono lanciati", "secondo
    // l'agenzia France Presse viene confermato che...")
    if (k !== verb || childWhere(heads, deprels, verb + 1, (d) => d.startsWith('nsubj') || d.startsWith('csubj') || d === 'aux:pass') >= 0) continue;
    // (a verb group in the first or second person has a subject of its own: "ci siamo resi conto")
    if (/Person=[12]/.test(words[verb].feats) || (end + 1 < verb && /Person=[12]/.test(words[verb - 1].feats))) continue;
    heads[name] = verb + 1;
    deprels[name] = 'nsubj';
    changed.push(name);
  }
  return changed;
}
