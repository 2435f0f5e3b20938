// Object pronouns written inside another word ("arrestarlo" = arrestar + lo, "accusandoli",
// "averlo aiutato"): the syntax stage splits such a token into syntactic words, and the parse hangs
// the pronoun word on the verb it is the object of, which may be another token ("aver|lo aiutato").
import type { CronacaDocument, Feats, Span } from '../../core/types.js';
import { tokenFeats } from './token-feats.js';

export interface Enclitic extends Span {
  /** The pronoun as written ("lo", "gli"). */
  form: string;
  /** UD relation of the pronoun word: obj or iobj. */
  relation: 'obj' | 'iobj';
  feats: Feats;
  /** The token the pronoun is written in. */
  host: number;
  /** The token of the verb it is the object of. */
  verb: number;
}

const byDoc = new WeakMap<CronacaDocument, { words: unknown; byVerb: Map<number, Enclitic[]> }>();

/** The enclitic object pronouns of the document, by the token of their verb. */
export function enclitics(doc: CronacaDocument): Map<number, Enclitic[]> {
  const cached = byDoc.get(doc);
  if (cached && cached.words === doc.words) return cached.byVerb;
  const byVerb = new Map<number, Enclitic[]>();
  for (const t of doc.tokens) {
    const ws = t.wordStart ?? 0;
    const we = t.wordEnd ?? 0;
    if (we - ws < 2) continue;
    const words = doc.words.slice(ws, we);
    // Only a token spelled as its words one after the other ("fermar" + "lo"), not "della" = di + la.
    if (words.map((w) => w.form).join('') !== t.text) continue;
    let end = t.end;
    for (let i = words.length - 1; i >= 1; i--) {
      const w = words[i];
      const start = end - w.form.length;
      const relation = w.deprel.split(':')[0];
      const head = doc.words[w.head];
      if (w.pos === 'PRON' && (relation === 'obj' || relation === 'iobj') && head) {
        const list = byVerb.get(head.token) ?? [];
        list.push({ start, end, form: w.form, relation, feats: tokenFeats(w.feats), host: t.index, verb: head.token });
        byVerb.set(head.token, list);
      }
      end = start;
    }
  }
  byDoc.set(doc, { words: doc.words, byVerb });
  return byVerb;
}
