// String helpers shared by the gazetteer loader and the matcher. Gazetteer keys are "pieces":
// token norms folded to ASCII-ish lower case and split at hyphens, apostrophes, dots and slashes,
// so "Nur-Sultan" matches whether the segmenter kept it as one token or three.

const MARKS = /\p{M}/gu;
const QUOTES = /[’‘`´]/g;
const DASHES = /[‐‑–]/g;

/** Lower case without diacritics; typographic apostrophes and dashes folded. */
export function fold(s: string): string {
  let out = s.toLowerCase();
  if (hasNonAscii(out)) {
    out = out.normalize('NFD').replace(MARKS, '').replace(QUOTES, "'").replace(DASHES, '-');
  }
  return out;
}

const foldedNorms = new Map<string, string>();

/** fold() for a token norm, which is already lower case: no allocation for plain ASCII, a cache for the rest. */
export function foldNorm(norm: string): string {
  if (!hasNonAscii(norm)) return norm;
  let out = foldedNorms.get(norm);
  if (out === undefined) {
    out = fold(norm);
    if (foldedNorms.size >= 50_000) foldedNorms.clear();
    foldedNorms.set(norm, out);
  }
  return out;
}

function hasNonAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 0x80) return true;
  return false;
}

/** Splits one token's text into pieces, keeping the separators as pieces of their own. */
export function splitPieces(text: string): string[] {
  if (!hasPieceSeparator(text)) return [text];
  // text.replace(’ -> ', ‐‑– -> -).split(/([-'./])/) without the empty strings, in one pass
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const sep = separatorPiece(text.charCodeAt(k));
    if (sep === undefined) continue;
    if (k > from) out.push(text.slice(from, k));
    out.push(sep);
    from = k + 1;
  }
  if (text.length > from) out.push(text.slice(from));
  return out;
}

/** The piece a separator character stands for (typographic apostrophe and dashes folded), undefined for other characters. */
function separatorPiece(c: number): string | undefined {
  switch (c) {
    case 45:
    case 0x2010:
    case 0x2011:
    case 0x2013:
      return '-';
    case 39:
    case 0x2019:
      return "'";
    case 46:
      return '.';
    case 47:
      return '/';
    default:
      return undefined;
  }
}

/** The text holds one of - ' . / ’ ‐ ‑ – (a character loop: this runs for every token). */
export function hasPieceSeparator(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 39 || c === 46 || c === 47 || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x2013) return true;
  }
  return false;
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
