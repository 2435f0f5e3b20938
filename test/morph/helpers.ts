import type { Token } from '../../src/core/types.js';
import { runBasicStages } from '../../src/stages/morph/run-basic.js';

export function analyse(text: string, language: string): Token[] {
  return runBasicStages(text, { language }).tokens;
}

export function feats(t: Token): string {
  return Object.entries(t.feats).map(([k, v]) => `${k}=${v}`).sort().join('|');
}

/** token text -> "lemma POS feats" for the tokens whose text is listed. */
export function pick(tokens: Token[], ...texts: string[]): string[] {
  return texts.map((text) => {
    const t = tokens.find((x) => x.text === text);
    return t ? `${t.lemma} ${t.pos} ${feats(t)}`.trim() : `<no token ${text}>`;
  });
}
