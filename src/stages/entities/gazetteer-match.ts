// Longest gazetteer match starting at a token, over the piece tries.
import { CATEGORY_PRIORITY, type GazValue, type Lexicon, isPlaceType } from './lexicon.js';
import type { PieceTrie, TrieEntry, TrieNode } from './trie.js';
import type { FlatPieces } from './flat.js';
import { satisfies } from './text.js';
import { hashString } from '../../learn/feature-hash.js';
import { StringTable, tableCapacity } from '../../core/string-table.js';

export interface GazMatch {
  start: number;
  /** Token index one past the match. */
  end: number;
  value: GazValue;
  /** Same-named cities elsewhere (the chosen one is the most populous), for disambiguation by context. */
  alternatives?: readonly GazValue[];
}

export type Accept = (value: GazValue, start: number, end: number) => boolean;

/** The gazetteer lookups of one document, kept on its FlatPieces. */
type GazCache = NonNullable<FlatPieces['gazFirst']>;

/** Per first piece: the root's child in each trie of a lexicon (null where a trie has none). */
type FirstNodes = (TrieNode<GazValue> | null)[];

/**
 * The first pieces of all the tries of a lexicon, in an open-addressing table keyed by the
 * piece's hashString (FlatPieces.wordHash has it for every word of a document): no string
 * hashing and few cache misses per lookup. Built once per lexicon.
 */
class FirstPieceIndex {
  private readonly table: StringTable;
  /** By the key's id in `table`. */
  private readonly nodes: FirstNodes[] = [];

  constructor(tries: PieceTrie<GazValue>[]) {
    const byKey = new Map<string, FirstNodes>();
    for (let t = 0; t < tries.length; t++) {
      for (const [key, node] of tries[t].root.next ?? []) {
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = tries.map(() => null)));
        entry[t] = node;
      }
    }
    this.table = new StringTable(tableCapacity(byKey.size * 3));
    for (const [key, entry] of byKey) this.nodes[this.table.add(key, hashString(key))] = entry;
  }

  /** The nodes of `key`, whose hashString is `h`. */
  get(key: string, h: number): FirstNodes | undefined {
    const id = this.table.find(key, h);
    return id < 0 ? undefined : this.nodes[id];
  }
}

const firstPieceIndex = new WeakMap<PieceTrie<GazValue>[], FirstPieceIndex>();

function firstPieces(tries: PieceTrie<GazValue>[]): FirstPieceIndex {
  let index = firstPieceIndex.get(tries);
  if (!index) firstPieceIndex.set(tries, (index = new FirstPieceIndex(tries)));
  return index;
}

/**
 * Per token: the trie nodes of its first piece (undefined: in no trie). Looked up once per
 * document: every token is tried as a match start by several passes.
 */
function tokenFirstNodes(lex: Lexicon, flat: FlatPieces): (FirstNodes | undefined)[] {
  const cached = flat.gazFirst;
  if (cached && cached.tries === lex.tries) return cached.nodes;
  const index = firstPieces(lex.tries);
  const n = flat.first.length - 1;
  const nodes: (FirstNodes | undefined)[] = new Array(n);
  // a one-piece token's piece is its word: looked up once per distinct word
  const byWord: (FirstNodes | undefined)[] = new Array(flat.words.length);
  const seen = new Uint8Array(flat.words.length);
  for (let i = 0; i < n; i++) {
    if (flat.first[i + 1] - flat.first[i] === 1) {
      const w = flat.wordId[i];
      if (!seen[w]) {
        seen[w] = 1;
        byWord[w] = index.get(flat.words[w], flat.wordHash[w]);
      }
      nodes[i] = byWord[w];
    } else {
      const key = flat.keys[flat.first[i]];
      nodes[i] = key === undefined ? undefined : index.get(key, hashString(key));
    }
  }
  const slots = n * lex.tries.length;
  flat.gazFirst = { tries: lex.tries, nodes, stepFrom: new Int32Array(slots).fill(-1), stepTo: new Int32Array(slots), stepP: [], stepNode: [] };
  return nodes;
}

/**
 * The phrase ends reachable from token `start` in trie `t` (pieces p whose node holds entries, at a
 * token boundary), appended to the document's step lists: the walk down the trie is the same for
 * every caller (only the limit differs), so it is done once per token and trie. Returns the slot,
 * whose steps are steps[stepFrom[slot], stepTo[slot]).
 */
function walk(flat: FlatPieces, cache: GazCache, start: number, t: number, first: TrieNode<GazValue>): number {
  const slot = start * cache.tries.length + t;
  if (cache.stepFrom[slot] >= 0) return slot;
  cache.stepFrom[slot] = cache.stepP.length;
  const p0 = flat.first[start];
  const pieces = flat.first[flat.first.length - 1];
  let node = first;
  for (let p = p0; p < pieces; p++) {
    if (p > p0) {
      const next = node.next?.get(flat.keys[p]);
      if (!next) break;
      node = next;
    }
    if (!node.entries) continue;
    if (flat.first[flat.tok[p] + 1] !== p + 1) continue; // must end at a token boundary
    cache.stepP.push(p);
    cache.stepNode.push(node);
  }
  cache.stepTo[slot] = cache.stepP.length;
  return slot;
}

/** The longest match starting at token `start` and ending before token `limit`; ties go to the higher category. */
export function longestAt(lex: Lexicon, flat: FlatPieces, start: number, limit: number, accept?: Accept): GazMatch | undefined {
  const firsts = tokenFirstNodes(lex, flat)[start];
  if (firsts === undefined) return undefined;
  const cache = flat.gazFirst as GazCache;
  let best: GazMatch | undefined;
  for (let t = 0; t < firsts.length; t++) {
    const first = firsts[t];
    if (first === null) continue;
    const m = longestIn(cache, walk(flat, cache, start, t, first), flat, start, limit, accept);
    if (m && (!best || m.end > best.end || (m.end === best.end && CATEGORY_PRIORITY[m.value.cat] > CATEGORY_PRIORITY[best.value.cat]))) {
      best = m;
    }
  }
  return best;
}

/** The longest match among the phrase ends of a walk (slot) before token `limit`. */
function longestIn(cache: GazCache, slot: number, flat: FlatPieces, start: number, limit: number, accept?: Accept): GazMatch | undefined {
  const p0 = flat.first[start];
  const pEnd = flat.first[limit];
  let best: GazMatch | undefined;
  for (let s = cache.stepFrom[slot]; s < cache.stepTo[slot]; s++) {
    const p = cache.stepP[s];
    if (p >= pEnd) break;
    const node = cache.stepNode[s];
    const entries = node.entries as TrieEntry<GazValue>[];
    const tokEnd = flat.tok[p] + 1;
    let chosen: GazValue | undefined;
    for (const e of entries) {
      if (chosen && CATEGORY_PRIORITY[e.value.cat] <= CATEGORY_PRIORITY[chosen.cat]) continue;
      let ok = true;
      for (let k = 0; k < e.cases.length; k++) {
        if (!satisfies(flat.texts[p0 + k], e.cases[k])) {
          ok = false;
          break;
        }
      }
      if (ok && (!accept || accept(e.value, start, tokEnd))) chosen = e.value;
    }
    if (chosen) {
      best = { start, end: tokEnd, value: chosen };
      if (chosen.cat === 'city' && entries.length > 1) best.alternatives = otherCities(node, chosen);
    }
  }
  return best;
}

const otherCitiesCache = new WeakMap<TrieNode<GazValue>, Map<GazValue, GazValue[]>>();

/** The cities of a trie node other than the chosen one (shared, read-only arrays). */
function otherCities(node: TrieNode<GazValue>, chosen: GazValue): GazValue[] {
  let byChosen = otherCitiesCache.get(node);
  if (!byChosen) otherCitiesCache.set(node, (byChosen = new Map()));
  let out = byChosen.get(chosen);
  if (!out) {
    out = (node.entries ?? []).filter((e) => e.value.cat === 'city' && e.value !== chosen).map((e) => e.value);
    byChosen.set(chosen, out);
  }
  return out;
}

/** True when the single folded piece `key` is a country or city name ("roma" in "Roma-Viterbo"). */
export function isPlacePiece(lex: Lexicon, key: string): boolean {
  for (const trie of lex.tries) {
    const entries = trie.root.next?.get(key)?.entries;
    if (entries?.some((e) => e.value.cat === 'country' || e.value.cat === 'city' || (e.value.cat === 'actor' && isPlaceType(lex.actors.get(e.value.ref)?.type)))) return true;
  }
  return false;
}
