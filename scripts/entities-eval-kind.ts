// Named-entity accuracy of the entities stage on a KIND file (read in place, never copied):
//   npx tsx scripts/entities-eval-kind.ts [path.tsv] [--errors N] [--type PER|LOC|ORG]
// Default: /work/shared/gold/kind/WN_dev.tsv (Italian Wikinews, BIO TSV, PER/LOC/ORG).
// The text is rebuilt from the tokens (no space before closing punctuation or after an elided
// article), grouped into pseudo-articles (a short sentence without final punctuation is a title and
// opens a new one), and analysed with runPipeline up to the entities stage, language 'it'.
// Scoring: exact character span and type per mention; GPE counts as LOC; GROUP mentions, bare roles
// and pronouns are ignored (KIND annotates names only), institution nouns named as organisations are
// scored whole. A role written before a name ("il presidente Mario Rossi") is scored on the name:
// leading lower-case words are trimmed. The reference score is `cronaca eval` on the output of
// `cronaca convert kind` (other document grouping, the mention's name span): this script is a
// quicker look at the errors.
import { readFileSync } from 'node:fs';
import { readPackTsv } from '../src/core/packs.js';
import { STAGES, runPipeline } from '../src/core/pipeline.js';
import type { CronacaDocument, Mention } from '../src/core/types.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const path = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--'))) ?? '/work/shared/gold/kind/WN_dev.tsv';
const showErrors = Number(flag('--errors') ?? 0);
const onlyType = flag('--type');
const upTo = STAGES.findIndex((s) => s.name === 'entities') + 1;

type Tag = 'PER' | 'LOC' | 'ORG';
interface Gold { start: number; end: number; type: Tag }
interface Sent { tokens: string[]; tags: string[] }

function readSentences(file: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { tokens: [], tags: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const [tok, tag] = line.split('\t');
    cur.tokens.push(tok);
    cur.tags.push(tag);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', '...']);
const NO_SPACE_AFTER = new Set(['(', '[']);

/** Appends a sentence to `text`, returning its gold mentions in text offsets. */
function appendSentence(parts: string[], offset: { n: number }, s: Sent): Gold[] {
  const gold: Gold[] = [];
  let open: Gold | undefined;
  for (let i = 0; i < s.tokens.length; i++) {
    const tok = s.tokens[i];
    const prev = i > 0 ? s.tokens[i - 1] : undefined;
    const glue = prev !== undefined && (NO_SPACE_BEFORE.has(tok) || NO_SPACE_AFTER.has(prev) || /['’]$/.test(prev));
    if (offset.n > 0 && !glue) {
      parts.push(' ');
      offset.n++;
    }
    const start = offset.n;
    parts.push(tok);
    offset.n += tok.length;
    const tag = s.tags[i];
    if (tag.startsWith('B-')) {
      if (open) gold.push(open);
      open = { start, end: offset.n, type: tag.slice(2) as Tag };
    } else if (tag.startsWith('I-') && open) {
      open.end = offset.n;
    } else if (open) {
      gold.push(open);
      open = undefined;
    }
  }
  if (open) gold.push(open);
  return gold;
}

/** A short line without final punctuation: the title of a new article. */
const TITLE_MAX_TOKENS = 15;
const isTitle = (s: Sent): boolean => s.tokens.length <= TITLE_MAX_TOKENS && !/^[.!?"»”):;,]$/.test(s.tokens[s.tokens.length - 1]);

/** Role phrases ("Papa", "presidente della Repubblica"): a role before a name is not part of the name. */
const rolePhrases = new Set(readPackTsv('it', 'roles.tsv').map(([phrase]) => phrase.toLowerCase().replace(/'\s*/g, "' ")));

/** The first token of the name proper: after leading lower-case words and role phrases. */
function nameStart(doc: CronacaDocument, m: Mention): number {
  const toks = doc.tokens;
  let t = m.tokenStart;
  for (let moved = true; moved && t < m.tokenEnd - 1;) {
    moved = false;
    if (!/^[\p{Lu}\d]/u.test(toks[t].text)) {
      t++;
      moved = true;
      continue;
    }
    for (let k = Math.min(m.tokenEnd - 1, t + 5); k > t - 1; k--) {
      const phrase = toks.slice(t, k).map((x) => x.norm).join(' ').replace(/'\s*/g, "' ");
      if (k > t && rolePhrases.has(phrase)) {
        t = k;
        moved = true;
        break;
      }
    }
  }
  return t;
}

function systemMentions(doc: CronacaDocument): Gold[] {
  const out: Gold[] = [];
  for (const m of doc.mentions as Mention[]) {
    if (m.type === 'GROUP' || m.kind === 'role' || m.kind === 'pronoun' || m.kind === 'group') continue;
    // a lower-case institution noun named as an organisation ("il governo tedesco") is scored whole
    if (m.rule.includes('entities.institution-name')) {
      out.push({ start: m.start, end: m.end, type: 'ORG' });
      continue;
    }
    let t = nameStart(doc, m);
    // a role + name mention: the entity's name (the text of the name proper, or an actor's canonical name) says where the name starts
    const e = doc.entities.find((x) => x.id === m.entity);
    if (e && e.type === 'PER' && m.kind === 'name' && m.text !== e.name) {
      const words = new Set(e.name.toLowerCase().split(/\s+/));
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        if (m.text.endsWith(e.name) && doc.tokens[k].start === m.end - e.name.length) {
          t = k;
          break;
        }
        if (words.has(doc.tokens[k].norm)) {
          t = Math.max(t, k);
          break;
        }
      }
    }
    if (!/^\p{Lu}/u.test(doc.tokens[t].text) && !/^\d/.test(doc.tokens[t].text)) continue;
    const type: Tag = m.type === 'GPE' ? 'LOC' : (m.type as Tag);
    out.push({ start: doc.tokens[t].start, end: m.end, type });
  }
  return out;
}

const sentences = readSentences(path);
const docs: Sent[][] = [];
for (const s of sentences) {
  if (isTitle(s) || docs.length === 0) docs.push([]);
  docs[docs.length - 1].push(s);
}

const types: Tag[] = ['PER', 'LOC', 'ORG'];
const tp = new Map<Tag, number>(types.map((t) => [t, 0]));
const fp = new Map<Tag, number>(types.map((t) => [t, 0]));
const fn = new Map<Tag, number>(types.map((t) => [t, 0]));
const errors: string[] = [];
const t0 = performance.now();
let words = 0;
for (const sents of docs) {
  const parts: string[] = [];
  const offset = { n: 0 };
  const gold: Gold[] = [];
  sents.forEach((s, i) => {
    if (i === 1 && isTitle(sents[0])) {
      parts.push('\n');
      offset.n++;
    }
    gold.push(...appendSentence(parts, offset, s));
    words += s.tokens.length;
  });
  const text = parts.join('');
  const doc = runPipeline(text, { language: 'it' }, STAGES.slice(0, upTo));
  const sys = systemMentions(doc);
  const key = (g: Gold): string => `${g.start}:${g.end}:${g.type}`;
  const goldKeys = new Set(gold.map(key));
  const sysKeys = new Set(sys.map(key));
  const spanOf = (g: Gold): string => `${g.start}:${g.end}`;
  const goldSpans = new Map(gold.map((g) => [spanOf(g), g.type]));
  for (const g of gold) {
    if (sysKeys.has(key(g))) tp.set(g.type, tp.get(g.type)! + 1);
    else {
      fn.set(g.type, fn.get(g.type)! + 1);
      const sysSameSpan = sys.find((s) => spanOf(s) === spanOf(g));
      if (!onlyType || onlyType === g.type) {
        const ctx = text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\n/g, ' ');
        errors.push(`FN ${g.type}${sysSameSpan ? ` (as ${sysSameSpan.type})` : ''}\t${text.slice(g.start, g.end)}\t… ${ctx} …`);
      }
    }
  }
  for (const s of sys) {
    if (goldKeys.has(key(s))) continue;
    fp.set(s.type, fp.get(s.type)! + 1);
    if (goldSpans.has(spanOf(s))) continue; // a type error, already listed as FN
    if (!onlyType || onlyType === s.type) {
      const ctx = text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' ');
      const overlap = gold.find((g) => g.start < s.end && s.start < g.end);
      const label = overlap ? `FP ${s.type} (boundary, gold ${overlap.type} "${text.slice(overlap.start, overlap.end)}")` : `FP ${s.type}`;
      errors.push(`${label}\t${text.slice(s.start, s.end)}\t… ${ctx} …`);
    }
  }
}
const ms = performance.now() - t0;

const f = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const row = (label: string, a: number, b: number, c: number): string => {
  const p = a + b === 0 ? 0 : a / (a + b);
  const r = a + c === 0 ? 0 : a / (a + c);
  return `${label.padEnd(6)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f(p, r).toFixed(3)}  (tp ${a}, fp ${b}, fn ${c})`;
};
console.log(`${path}: ${docs.length} pseudo-articles, ${sentences.length} sentences, ${words} tokens, ${(ms / 1000).toFixed(1)} s`);
let A = 0, B = 0, C = 0;
for (const t of types) {
  console.log(row(t, tp.get(t)!, fp.get(t)!, fn.get(t)!));
  A += tp.get(t)!;
  B += fp.get(t)!;
  C += fn.get(t)!;
}
console.log(row('ALL', A, B, C));
if (showErrors > 0) {
  // a deterministic sample spread over the file
  const step = Math.max(1, Math.floor(errors.length / showErrors));
  for (let i = 0; i < errors.length && i / step < showErrors; i += step) process.stdout.write(`${errors[i]}\n`);
}
