// Read-only helpers over doc.mentions / doc.entities for later stages (events, factuality).
import type { CronacaDocument, Entity, Mention, Token } from '../../core/types.js';

const tokenIndex = new WeakMap<CronacaDocument, { mentions: Mention[]; byToken: Int32Array }>();
type IdIndex<T> = WeakMap<CronacaDocument, { list: readonly T[]; byId: Map<string, T> }>;
const entityIndex: IdIndex<Entity> = new WeakMap();
const mentionIndex: IdIndex<Mention> = new WeakMap();

/** Items of one of the document's lists by id, indexed once per list (again when the list is replaced). */
function byId<T extends { id: string }>(index: IdIndex<T>, doc: CronacaDocument, list: readonly T[], id: string): T | undefined {
  let idx = index.get(doc);
  if (!idx || idx.list !== list) {
    idx = { list, byId: new Map(list.map((x) => [x.id, x])) };
    index.set(doc, idx);
  }
  return idx.byId.get(id);
}

function byToken(doc: CronacaDocument): Int32Array {
  let idx = tokenIndex.get(doc);
  if (!idx || idx.mentions !== doc.mentions) {
    const arr = new Int32Array(doc.tokens.length).fill(-1);
    // A modifier inside a longer mention (within) is not the mention of its tokens: the longer one is.
    doc.mentions.forEach((m, i) => m.within === undefined && arr.fill(i, m.tokenStart, m.tokenEnd));
    idx = { mentions: doc.mentions, byToken: arr };
    tokenIndex.set(doc, idx);
  }
  return idx.byToken;
}

/** The mention covering token `tokenIndex`, if any. */
export function mentionAt(doc: CronacaDocument, tokenIndex: number): Mention | undefined {
  const i = byToken(doc)[tokenIndex];
  return i === undefined || i < 0 ? undefined : doc.mentions[i];
}

/** Mentions of sentence `sentence` (its index), in text order. */
export function mentionsInSentence(doc: CronacaDocument, sentence: number): Mention[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const arr = byToken(doc);
  const out: Mention[] = [];
  let last = -1;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const i = arr[t];
    if (i >= 0 && i !== last) out.push(doc.mentions[i]);
    last = i;
  }
  return out;
}

export function entityById(doc: CronacaDocument, id: string): Entity | undefined {
  return byId(entityIndex, doc, doc.entities, id);
}

export function mentionById(doc: CronacaDocument, id: string): Mention | undefined {
  return byId(mentionIndex, doc, doc.mentions, id);
}

/** The mention a resolved pronoun refers back to (pronouns.ts); undefined for any other mention. */
export function antecedentOf(doc: CronacaDocument, m: Mention): Mention | undefined {
  return m.kind === 'pronoun' && m.antecedent !== undefined ? mentionById(doc, m.antecedent) : undefined;
}

/**
 * The mention that best stands for the token span [tokenStart, tokenEnd): the first mention
 * inside it, else one overlapping it. Events use it to turn a subject or object phrase into an
 * actor ("le forze di sicurezza kazake" -> the Kazakh security forces).
 */
export function resolveSpan(doc: CronacaDocument, tokenStart: number, tokenEnd: number): Mention | undefined {
  const arr = byToken(doc);
  let overlapping: Mention | undefined;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const i = arr[t];
    if (i < 0) continue;
    const m = doc.mentions[i];
    if (m.tokenStart >= tokenStart && m.tokenEnd <= tokenEnd) return m;
    overlapping ??= m;
  }
  return overlapping;
}

/** The entity behind the token span, via resolveSpan. */
export function entityForSpan(doc: CronacaDocument, tokenStart: number, tokenEnd: number): Entity | undefined {
  const m = resolveSpan(doc, tokenStart, tokenEnd);
  return m ? entityById(doc, m.entity) : undefined;
}

/** Grammatical number of a mention: a named person is singular, else the number of its last noun. */
export function mentionNumber(tokens: readonly Token[], m: Mention): string | undefined {
  if (m.type === 'PER' && m.kind === 'name') return 'Sing';
  for (let k = m.tokenEnd - 1; k >= m.tokenStart; k--) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t.feats.Number;
  }
  return undefined;
}

export { mentionGender } from './gender.js';

export { isCapitalCity } from './lexicon.js';

export { isPersonNoun, isPersonObjectVerb, isQuantityNoun, personPronoun, possessiveTypes } from './pronouns.js';
