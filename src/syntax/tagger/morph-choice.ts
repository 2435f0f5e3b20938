// The rule-based morph stage's own reading of a sentence (its context rules are tuned on news), as
// a feature for the tagger: the learned weights say how far to trust it. The morph stage reads
// surface tokens, so a multiword token's words all get the token's reading, in training as in the
// pipeline (where the syntax stage passes the tokens' morph tags instead of recomputing them).
import type { Token } from '../../core/types.js';
import { candidates } from '../../stages/morph/candidates.js';
import { chooseSentence } from '../../stages/morph/context.js';
import { morphData } from '../../stages/morph/morph-data.js';
import type { UdSentence } from '../../learn/ud.js';
import { UPOS_TAGS } from './lexicon-hints.js';
import { normForm } from './text.js';

const UPOS_INDEX = new Map(UPOS_TAGS.map((t, i) => [t, i]));

export function uposIndex(upos: string): number {
  return UPOS_INDEX.get(upos) ?? -1;
}

/** UPOS index chosen by the morph stage for each surface token of one sentence. */
export function morphChoices(forms: readonly string[], lang: string): Int32Array {
  const data = morphData(lang);
  const n = forms.length;
  const tokens = new Array<Token>(n);
  const cands = new Array<ReturnType<typeof candidates>>(n);
  for (let i = 0; i < n; i++) {
    const norm = normForm(forms[i]);
    tokens[i] = { text: forms[i], norm } as Token;
    cands[i] = candidates(norm, data);
  }
  const choices = chooseSentence(tokens, cands, 0, n, data);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = uposIndex(choices[i].analysis.pos);
  return out;
}

/** The morph reading of each word of a treebank sentence, from its surface tokens. */
export function morphChoicesForWords(s: UdSentence, lang: string): Int32Array {
  const byToken = morphChoices(
    s.tokens.map((t) => t.form),
    lang,
  );
  const out = new Int32Array(s.words.length);
  s.tokens.forEach((t, k) => out.fill(byToken[k], t.wordStart, t.wordEnd));
  return out;
}
