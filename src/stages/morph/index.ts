// Morph stage: lemma, UPOS and features for every token, plus the rule that produced them.
import type { Stage } from '../../core/stage.js';
import type { Token } from '../../core/types.js';
import { candidates, lexiconFromCache, type Candidates } from './candidates.js';
import { chooseSentence } from './context.js';
import { morphData } from './morph-data.js';

export { isVerbLike, isAuxiliary, isPassive, isNominal, verbChain, type VerbChain } from './helpers.js';

const combined = new Map<string, Map<string, string>>();
/** "it:morph-it+morph.ctx.after-det": the source of the analysis and the context rule that chose it. */
function combinedRule(rule: string, context: string): string {
  let byContext = combined.get(rule);
  if (!byContext) {
    byContext = new Map();
    combined.set(rule, byContext);
  }
  let r = byContext.get(context);
  if (r === undefined) {
    r = `${rule}+${context}`;
    byContext.set(context, r);
  }
  return r;
}

export const morphStage: Stage = {
  name: 'morph',
  run(doc) {
    const data = morphData(doc.language.code);
    const tokens = doc.tokens;
    const cands: Candidates[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) cands[i] = candidates(tokens[i].norm, data);
    if (!lexiconFromCache(data)) {
      doc.messages.push({
        level: 'info',
        code: 'morph-cache-missing',
        text: 'The generated lexicon file is missing (run `npm run build`); it was rebuilt in memory.',
      });
    }
    for (const s of doc.sentences) {
      const choices = chooseSentence(tokens, cands, s.tokenStart, s.tokenEnd, data);
      for (let k = 0; k < choices.length; k++) {
        const t: Token = tokens[s.tokenStart + k];
        const { analysis, context } = choices[k];
        t.lemma = analysis.lemma;
        t.pos = analysis.pos;
        t.feats = { ...analysis.feats };
        t.morphRule = context ? combinedRule(analysis.rule, context) : analysis.rule;
      }
    }
  },
};
