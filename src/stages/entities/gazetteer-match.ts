// Longest gazetteer match starting at a token, over the piece tries.
import { CATEGORY_PRIORITY, type GazValue, type Lexicon } from './lexicon.js';
import type { PieceTrie } from './trie.js';
import type { FlatPieces } from './flat.js';
import { satisfies } from './text.js';

export interface GazMatch {
  start: number;
  /** Token index one past the match. */
  end: number;
  value: GazValue;
  /** Same-named cities elsewhere (the chosen one is the most populous), for disambiguation by context. */
  alternatives?: GazValue[];
}

export type Accept = (value: GazValue, start: number, end: number) => boolean;

/** The longest match starting at token `start` and ending before token `limit`; ties go to the higher category. */
export function longestAt(lex: Lexicon, flat: FlatPieces, start: number, limit: number, accept?: Accept): GazMatch | undefined {
  let best: GazMatch | undefined;
  for (const trie of lex.tries) {
    const m = longestIn(trie, flat, start, limit, accept);
    if (m && (!best || m.end > best.end || (m.end === best.end && CATEGORY_PRIORITY[m.value.cat] > CATEGORY_PRIORITY[best.value.cat]))) {
      best = m;
    }
  }
  return best;
}

function longestIn(trie: PieceTrie<GazValue>, flat: FlatPieces, start: number, limit: number, accept?: Accept): GazMatch | undefined {
  const p0 = flat.first[start];
  const first = trie.root.next?.get(flat.keys[p0]);
  if (!first) return undefined;
  let node = trie.root;
  const pEnd = flat.first[limit];
  let best: GazMatch | undefined;
  for (let p = p0; p < pEnd; p++) {
    const next = node.next?.get(flat.keys[p]);
    if (!next) break;
    node = next;
    if (!node.entries) continue;
    const tokEnd = flat.tok[p] + 1;
    if (flat.first[tokEnd] !== p + 1) continue; // must end at a token boundary
    let chosen: GazValue | undefined;
    for (const e of node.entries) {
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
      if (chosen.cat === 'city' && node.entries.length > 1) {
        best.alternatives = node.entries.filter((e) => e.value.cat === 'city' && e.value !== chosen).map((e) => e.value);
      }
    }
  }
  return best;
}

/** True when the single folded piece `key` is a country or city name ("roma" in "Roma-Viterbo"). */
export function isPlacePiece(lex: Lexicon, key: string): boolean {
  for (const trie of lex.tries) {
    const entries = trie.root.next?.get(key)?.entries;
    if (entries?.some((e) => e.value.cat === 'country' || e.value.cat === 'city' || (e.value.cat === 'actor' && lex.actors.get(e.value.ref)?.type === 'LOC'))) return true;
  }
  return false;
}
