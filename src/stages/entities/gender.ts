import type { Mention, Token } from '../../core/types.js';

/**
 * Grammatical gender of a mention: its head noun's when the tagger gives one ("ministro Carlo
 * Nordio": the title's; a person's name itself has none), else a personal pronoun's own ("she", "lui").
 */
export function mentionGender(tokens: readonly Token[], m: Mention): string | undefined {
  const personName = m.type === 'PER' && m.kind === 'name';
  for (let k = m.tokenEnd - 1; k >= m.tokenStart; k--) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && !personName)) return t.feats.Gender;
  }
  if (m.kind === 'pronoun' && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart].pos === 'PRON') return tokens[m.tokenStart].feats.Gender;
  return undefined;
}
