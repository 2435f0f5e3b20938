// A tagger slip the parse cannot undo: an object clitic read as an article before a verb that is
// also a noun ("la procura lo accusa", "lo minaccia"). An article must agree with its noun, so a
// form listed in the pack's clitic-articles.tsv that disagrees with the noun after it is the clitic,
// and the noun is the finite verb the morph lexicon knows for that form. Runs between tagging and
// parsing, so the parser reads the verb.
import { readPackTsv } from '../../core/packs.js';
import { candidates } from '../morph/candidates.js';
import { morphData } from '../morph/morph-data.js';
import type { TaggedWord } from '../../syntax/types.js';
import { retagged, tokenFeats } from './token-feats.js';

export const CLITIC_ARTICLE_RULE = 'syntax.repair.clitic-article';

interface ArticleReading {
  gender: string;
  number: string;
  /** FEATS of the clitic reading. */
  clitic: string;
}

const tables = new Map<string, Map<string, ArticleReading>>();

/** One row of a pack's clitic-articles.tsv; a malformed one is refused naming the file and the row. */
export function cliticArticleRow(lang: string, row: string[]): [string, ArticleReading] {
  const [form, gender, number, cg, cn] = row;
  const ok = (v: string | undefined, values: string[]): boolean => v !== undefined && values.includes(v);
  if (!form || !ok(gender, ['Masc', 'Fem']) || !ok(number, ['Sing', 'Plur']) || !ok(cg, ['Masc', 'Fem', '-']) || !ok(cn, ['Sing', 'Plur', '-'])) {
    throw new Error(`packs/${lang}/clitic-articles.tsv: malformed row "${row.join('\t')}" (expected form, Masc|Fem, Sing|Plur, then Masc|Fem|- and Sing|Plur|- for the clitic)`);
  }
  const clitic = ['Clitic=Yes', cg !== '-' ? `Gender=${cg}` : '', cn !== '-' ? `Number=${cn}` : '', 'Person=3', 'PronType=Prs'].filter(Boolean).join('|');
  return [form, { gender, number, clitic }];
}

function articleTable(lang: string): Map<string, ArticleReading> {
  let t = tables.get(lang);
  if (!t) {
    t = new Map(readPackTsv(lang, 'clitic-articles.tsv').map((row) => cliticArticleRow(lang, row)));
    tables.set(lang, t);
  }
  return t;
}

/**
 * Repairs the tagged words in place; returns the indices of the words changed (the clitic and its
 * verb), empty when nothing was repaired or the language lists no such forms.
 */
export function repairCliticArticles(lang: string, words: TaggedWord[]): number[] {
  const table = articleTable(lang);
  if (table.size === 0) return [];
  const changed: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (w.upos !== 'DET' || next.upos !== 'NOUN') continue;
    const article = table.get(w.form.toLowerCase());
    if (!article) continue;
    const nf = tokenFeats(next.feats);
    if ((nf.Gender ?? article.gender) === article.gender && (nf.Number ?? article.number) === article.number) continue;
    const verb = candidates(next.form.toLowerCase(), morphData(lang)).list.find((a) => a.pos === 'VERB' && a.feats.VerbForm === 'Fin' && a.feats.Person === '3');
    if (!verb) continue;
    words[i] = { ...w, upos: 'PRON', lemma: w.form.toLowerCase(), feats: article.clitic, alt: undefined, altMargin: undefined };
    words[i + 1] = retagged(next, 'VERB', verb);
    changed.push(i, i + 1);
    i++;
  }
  return changed;
}
