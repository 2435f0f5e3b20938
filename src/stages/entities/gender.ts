import { createRequire } from 'node:module';
import { readPackWordSet } from '../../core/packs.js';
import type { Mention, Token } from '../../core/types.js';

const require = createRequire(import.meta.url);
let getGender: ((name: string, lang?: string) => string) | undefined;

/**
 * The gender a person's first name usually has in the language (npm gender-detection-from-name,
 * MIT: "Naomi" Fem, "Imran" Masc; "Andrea" Masc in Italian, Fem in English), or undefined for an
 * unknown word or one listed in packs/world/given-names-excluded.txt ("Kim Jong Un").
 */
export function givenNameGender(word: string, lang: string): string | undefined {
  const key = word.toLowerCase();
  if (key.length < 2 || readPackWordSet('world', 'given-names-excluded.txt').has(key)) return undefined;
  getGender ??= (require('gender-detection-from-name') as { getGender: (name: string, lang?: string) => string }).getGender;
  const g = getGender(key, lang);
  return g === 'male' ? 'Masc' : g === 'female' ? 'Fem' : undefined;
}

/**
 * Grammatical gender of a mention: its head noun's when the tagger gives one ("ministro Carlo
 * Nordio": the title's), a personal pronoun's own ("she", "lui"), or for a person's name of two
 * words or more the gender its first name usually has (when `lang` is given).
 */
export function mentionGender(tokens: readonly Token[], m: Mention, lang?: string): string | undefined {
  const personName = m.type === 'PER' && m.kind === 'name';
  for (let k = m.tokenEnd - 1; k >= m.tokenStart; k--) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && !personName)) return t.feats.Gender;
  }
  if (m.kind === 'pronoun' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart].pos === 'PRON') return tokens[m.tokenStart].feats.Gender;
  if (!personName || !lang || m.tokenEnd - m.tokenStart < 2) return undefined;
  // the first word, else the second of a longer name ("Fiame Naomi Mata'afa")
  return givenNameGender(tokens[m.tokenStart].text, lang) ?? (m.tokenEnd - m.tokenStart >= 3 ? givenNameGender(tokens[m.tokenStart + 1].text, lang) : undefined);
}
