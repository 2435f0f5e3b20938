// A document's tokens flattened into gazetteer pieces (see text.ts), built once per document.
import type { CronacaDocument } from '../../core/types.js';
import { hashString } from '../../learn/feature-hash.js';
import { StringTable, tableCapacity } from '../../core/string-table.js';
import type { GazValue } from './lexicon.js';
import { fold, foldNorm, hasPieceSeparator, splitPieces } from './text.js';
import type { PieceTrie, TrieNode } from './trie.js';

export interface FlatPieces {
  /** Folded key of each piece. */
  keys: string[];
  /** Original text of each piece, for case checks. */
  texts: string[];
  /** Token index of each piece. */
  tok: Int32Array;
  /** Index of the first piece of each token; one extra slot holds the total. */
  first: Int32Array;
  /** Folded norm of each whole token. */
  tokKey: string[];
  /** Per token: SHAPE_CAPITAL | SHAPE_LOWER | SHAPE_LETTER bits. */
  shape: Uint8Array;
  /** Per token: index of its tokKey in `words`, so per-word facts are array reads, not string lookups. */
  wordId: Int32Array;
  /** The distinct tokKeys of the document, in order of first occurrence. */
  words: string[];
  /** hashString of each word. */
  wordHash: Int32Array;
  /** Per token: the node of its first piece in each gazetteer trie (gazetteer-match.ts fills it). */
  gazFirst?: {
    tries: PieceTrie<GazValue>[];
    nodes: ((TrieNode<GazValue> | null)[] | undefined)[];
    /** Per token and trie (token * tries + trie): its phrase ends are stepP/stepNode[stepFrom, stepTo) (-1: not walked yet). */
    stepFrom: Int32Array;
    stepTo: Int32Array;
    /** Piece index and trie node of each phrase end. */
    stepP: number[];
    stepNode: TrieNode<GazValue>[];
  };
}

/** The token starts with an upper-case letter. */
export const SHAPE_CAPITAL = 1;
/** The token holds a lower-case letter. */
export const SHAPE_LOWER = 2;
/** The token holds a letter. */
export const SHAPE_LETTER = 4;

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

function shapeOf(text: string): number {
  let shape = 0;
  let ascii = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) {
      shape |= SHAPE_LETTER;
      if (k === 0) shape |= SHAPE_CAPITAL;
    } else if (c >= 97 && c <= 122) {
      shape |= SHAPE_LETTER | SHAPE_LOWER;
    } else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return shape;
  return (UPPER_START.test(text) ? SHAPE_CAPITAL : 0) | (HAS_LOWER.test(text) ? SHAPE_LOWER : 0) | (HAS_LETTER.test(text) ? SHAPE_LETTER : 0);
}

/** The slots of each document's word table, reused from one document to the next. */
let slotBuffer = new Int32Array(1024);

function grow(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(a.length * 2, min));
  out.set(a);
  return out;
}

export function flatten(doc: CronacaDocument): FlatPieces {
  const tokens = doc.tokens;
  const n = tokens.length;
  // most tokens are one piece: room for one each, grown when a token splits
  const keys: string[] = new Array(n);
  const texts: string[] = new Array(n);
  let tokOf = new Int32Array(n);
  let np = 0;
  const first = new Int32Array(n + 1);
  const tokKey: string[] = new Array(n);
  const shape = new Uint8Array(n);
  const wordId = new Int32Array(n);
  const capacity = tableCapacity(n * 2);
  if (slotBuffer.length < capacity) slotBuffer = new Int32Array(capacity);
  const words = new StringTable(capacity, slotBuffer);
  for (let i = 0; i < n; i++) {
    first[i] = np;
    const t = tokens[i];
    const key = foldNorm(t.norm || t.text);
    tokKey[i] = key;
    wordId[i] = words.add(key, hashString(key));
    shape[i] = shapeOf(t.text);
    const pieces = hasPieceSeparator(t.text) ? splitPieces(t.text) : undefined;
    if (pieces === undefined || pieces.length === 1) {
      if (np === tokOf.length) tokOf = grow(tokOf, np + 1);
      keys[np] = key;
      texts[np] = t.text;
      tokOf[np++] = i;
    } else {
      if (np + pieces.length > tokOf.length) tokOf = grow(tokOf, np + pieces.length);
      for (const p of pieces) {
        keys[np] = fold(p);
        texts[np] = p;
        tokOf[np++] = i;
      }
    }
  }
  first[n] = np;
  return { keys, texts, tok: tokOf.length === np ? tokOf : tokOf.slice(0, np), first, tokKey, shape, wordId, words: words.strings, wordHash: words.hashesById() };
}
