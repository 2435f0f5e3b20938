// String helpers shared by the gazetteer loader and the matcher. Gazetteer keys are "pieces":
// token norms folded to ASCII-ish lower case and split at hyphens, apostrophes, dots and slashes,
// so "Nur-Sultan" matches whether the segmenter kept it as one token or three.

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
const PIECE_SPLIT = /([-'./])/;

/** Lower case without diacritics; typographic apostrophes and dashes folded. */
export function fold(s: string): string {
  let out = s.toLowerCase();
  if (NON_ASCII.test(out)) {
    out = out.normalize('NFD').replace(MARKS, '').replace(/[’‘`´]/g, "'").replace(/[‐‑–]/g, '-');
  }
  return out;
}

/** fold() for a token norm, which is already lower case: no allocation for plain ASCII. */
export function foldNorm(norm: string): string {
  return NON_ASCII.test(norm) ? fold(norm) : norm;
}

/** Splits one token's text into pieces, keeping the separators as pieces of their own. */
export function splitPieces(text: string): string[] {
  if (!/[-'./’‐‑–]/.test(text)) return [text];
  return text
    .replace(/’/g, "'")
    .replace(/[‐‑–]/g, '-')
    .split(PIECE_SPLIT)
    .filter((p) => p !== '');
}

/** Pieces of a gazetteer phrase: words split at spaces, then like tokens. */
export function phrasePieces(phrase: string): string[] {
  if (!/[\s\-'./’‐‑–,]/.test(phrase)) return [phrase];
  const out: string[] = [];
  for (const word of phrase.trim().split(/\s+|(?=,)|(?<=,)/)) {
    if (word) out.push(...splitPieces(word));
  }
  return out;
}

export enum CaseReq {
  Any = 0,
  Capital = 1,
  Upper = 2,
}

const UPPER_FIRST = /^\p{Lu}/u;
const LETTER = /\p{L}/gu;

function upperFirst(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** What a phrase piece demands of the text: exact capitals for acronyms, a capital for names. */
export function caseRequirement(piece: string): CaseReq {
  if (!upperFirst(piece)) return CaseReq.Any;
  if (piece.length >= 2 && piece === piece.toUpperCase() && upperFirst(piece[1])) return CaseReq.Upper;
  return CaseReq.Capital;
}

export function satisfies(text: string, req: CaseReq): boolean {
  if (req === CaseReq.Any) return true;
  if (req === CaseReq.Capital) return upperFirst(text);
  return text === text.toUpperCase();
}

export function isCapitalised(text: string): boolean {
  return upperFirst(text) || UPPER_FIRST.test(text);
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const ROMAN = /^[IVXLCDM]+$/;

/** All capitals, 2-6 characters, at least two letters, not a Roman numeral. */
export function isAcronym(text: string): boolean {
  if (!ACRONYM.test(text) || ROMAN.test(text)) return false;
  return (text.match(LETTER) ?? []).length >= 2;
}
