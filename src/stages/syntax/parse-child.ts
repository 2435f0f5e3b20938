// A look-up the post-parse repairs share, over a parse as ParseResult holds it (1-based heads).

/** The first word (0-based) whose head is the 1-based `head` and whose relation passes `test`, or -1. */
export function childWhere(heads: Int32Array, deprels: string[], head: number, test: (rel: string) => boolean): number {
  for (let k = 0; k < heads.length; k++) if (heads[k] === head && test(deprels[k])) return k;
  return -1;
}
