/** Token.norm: lower case, typographic apostrophes folded to ', typographic quotes to ". */
export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return /[’‘“”«»]/.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"') : lower;
}
