// A document's tokens flattened into gazetteer pieces (see text.ts), built once per document.
import type { CronacaDocument } from '../../core/types.js';
import { fold, foldNorm, splitPieces } from './text.js';

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

export function flatten(doc: CronacaDocument): FlatPieces {
  const tokens = doc.tokens;
  const keys: string[] = [];
  const texts: string[] = [];
  const tokOf: number[] = [];
  const first = new Int32Array(tokens.length + 1);
  const tokKey: string[] = new Array(tokens.length);
  const shape = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    first[i] = keys.length;
    const t = tokens[i];
    const key = foldNorm(t.norm || t.text);
    tokKey[i] = key;
    shape[i] = shapeOf(t.text);
    const pieces = splitPieces(t.text);
    if (pieces.length === 1) {
      keys.push(key);
      texts.push(t.text);
      tokOf.push(i);
    } else {
      for (const p of pieces) {
        keys.push(fold(p));
        texts.push(p);
        tokOf.push(i);
      }
    }
  }
  first[tokens.length] = keys.length;
  return { keys, texts, tok: Int32Array.from(tokOf), first, tokKey, shape };
}
