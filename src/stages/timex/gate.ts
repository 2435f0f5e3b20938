// Works out which placeholders a pattern cannot match without, so that a rule runs only on
// sentences holding a word of each (speed: most sentences hold no month, unit or weekday word).
// The result is a list of clauses; each clause is a set of placeholder names, one of which must
// occur. Placeholders inside optional groups, lookarounds or partial alternatives impose nothing.

type Clause = Set<string>;

interface Parser {
  src: string;
  pos: number;
}

const PLACEHOLDER_AT = /^\{~?([a-z]+?)2?!?\}/;

function skipQuantifier(p: Parser): boolean {
  const ch = p.src[p.pos];
  let optional = false;
  if (ch === '?' || ch === '*') {
    optional = true;
    p.pos++;
  } else if (ch === '+') p.pos++;
  else if (ch === '{' && /^\{\d+(,\d*)?\}/.test(p.src.slice(p.pos))) {
    const m = /^\{(\d+)(,\d*)?\}/.exec(p.src.slice(p.pos))!;
    optional = m[1] === '0';
    p.pos += m[0].length;
  } else return false;
  if (p.src[p.pos] === '?') p.pos++;
  return optional;
}

/** Clauses of an alternation: every branch must require something for the whole to. */
function parseAlternation(p: Parser): Clause[] {
  const branches: Clause[][] = [parseSequence(p)];
  while (p.src[p.pos] === '|') {
    p.pos++;
    branches.push(parseSequence(p));
  }
  if (branches.length === 1) return branches[0];
  if (branches.some((b) => b.length === 0)) return [];
  const merged = new Set<string>();
  for (const b of branches) for (const name of b[0]) merged.add(name);
  return [merged];
}

function parseSequence(p: Parser): Clause[] {
  const clauses: Clause[] = [];
  while (p.pos < p.src.length) {
    const ch = p.src[p.pos];
    if (ch === '|' || ch === ')') break;
    let element: Clause[] = [];
    if (ch === '\\') {
      const next = p.src[p.pos + 1];
      p.pos += 2;
      if ((next === 'p' || next === 'P') && p.src[p.pos] === '{') p.pos = p.src.indexOf('}', p.pos) + 1;
      else if (next === 'k' && p.src[p.pos] === '<') p.pos = p.src.indexOf('>', p.pos) + 1;
    } else if (ch === '[') {
      p.pos++;
      while (p.pos < p.src.length && p.src[p.pos] !== ']') p.pos += p.src[p.pos] === '\\' ? 2 : 1;
      p.pos++;
    } else if (ch === '(') {
      p.pos++;
      let lookaround = false;
      if (p.src[p.pos] === '?') {
        const head = p.src.slice(p.pos, p.pos + 3);
        if (head.startsWith('?:')) p.pos += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          lookaround = true;
          p.pos += 2;
        } else if (head === '?<=' || head === '?<!') {
          lookaround = true;
          p.pos += 3;
        } else if (head.startsWith('?<')) p.pos = p.src.indexOf('>', p.pos) + 1;
      }
      const inner = parseAlternation(p);
      p.pos++; // ')'
      element = lookaround ? [] : inner;
    } else if (ch === '{' && PLACEHOLDER_AT.test(p.src.slice(p.pos))) {
      const m = PLACEHOLDER_AT.exec(p.src.slice(p.pos))!;
      p.pos += m[0].length;
      element = [new Set([m[1]])];
    } else p.pos++;
    if (skipQuantifier(p)) element = [];
    clauses.push(...element);
  }
  return clauses;
}

/** Clauses of placeholder names (without the 2 / ! / ~ marks) a pattern needs. */
export function requiredPlaceholders(pattern: string): Clause[] {
  return parseAlternation({ src: pattern, pos: 0 });
}
