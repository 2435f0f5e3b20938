// A trie over gazetteer pieces (see text.ts). Each terminal holds the entries of every phrase
// that ends there; the matcher keeps the longest match whose case requirements the text meets.
import { CaseReq, fold, phrasePieces, caseRequirement } from './text.js';

export interface TrieEntry<T> {
  value: T;
  /** One requirement per piece of the phrase. */
  cases: CaseReq[];
}

export interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  entries?: TrieEntry<T>[];
}

export class PieceTrie<T> {
  readonly root: TrieNode<T> = {};
  size = 0;

  add(phrase: string, value: T): void {
    const pieces = phrasePieces(phrase);
    if (pieces.length === 0) return;
    const cases = pieces.map(caseRequirement);
    // "dipartimento di Stato", "ministero degli Esteri": a capital further on marks the phrase as
    // a name, so its first word may be written lower-case.
    if (cases[0] === CaseReq.Capital && cases.slice(1).some((c) => c !== CaseReq.Any)) cases[0] = CaseReq.Any;
    this.addKeys(pieces.map(fold), cases, value);
  }

  /** Adds a phrase already split into folded keys, with one case requirement per key. */
  addKeys(keys: string[], cases: CaseReq[], value: T): void {
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries ??= [];
    node.entries.push({ value, cases });
    this.size++;
  }
}
