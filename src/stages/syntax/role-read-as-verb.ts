// A tagger slip: a role noun that is also a verb form read as the verb after its article ("mentre la
// sindaca Muriel Bowser, che ha definito...": "sindaca" as a form of "sindacare", "la" as a clitic),
// so the parser opens a clause there and the person loses the role that names her. A word tagged
// VERB that the pack lists as a role (roles.tsv), right after a word with an article reading, is the
// noun (the morph lexicon's reading that agrees with the article, or the article's gender and number
// where the lexicon knows the form only as a verb), and the word before it the article. Runs
// between tagging and parsing.
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import { readPackWordSet } from '../../core/packs.js';
import type { TaggedWord } from '../../syntax/types.js';
import { agrees, retagged } from './token-feats.js';

export const ROLE_READ_AS_VERB_RULE = 'syntax.repair.role-read-as-verb';

/** Repairs the tagged words in place; returns the indices of the words changed. */
export function repairRoleReadAsVerb(lang: string, words: TaggedWord[]): number[] {
  const changed: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.upos !== 'VERB') continue;
    const form = w.form.toLowerCase();
    // (a role of several words never equals one word's form)
    if (!readPackWordSet(lang, 'roles.tsv').has(form)) continue;
    const data = morphData(lang);
    const prev = words[i - 1];
    const article = candidates(prev.form.toLowerCase(), data).list.find((a) => a.pos === 'DET');
    if (!article) continue;
    // the lexicon's agreeing noun reading; a role it knows only as a verb form ("sindaca") takes the article's gender and number
    const nouns = candidates(form, data).list.filter((a) => a.pos === 'NOUN');
    const noun = nouns.length ? nouns.find((a) => agrees(a.feats, article.feats)) : { lemma: form, feats: article.feats };
    if (!noun) continue;
    words[i] = retagged(w, 'NOUN', noun);
    changed.push(i);
    if (prev.upos !== 'DET') {
      words[i - 1] = retagged(prev, 'DET', article);
      changed.push(i - 1);
    }
  }
  return changed;
}
