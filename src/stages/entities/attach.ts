// Second pass: folds modifiers into the nouns they qualify and joins roles to names.
// - demonyms and country/organisation modifiers give groups and roles a country
//   ("le forze di sicurezza kazake", "Russian troops", "le truppe Nato");
// - a role (with its modifiers) directly before a personal name makes one name mention
//   ("il presidente Tokayev", "Russian President Vladimir Putin");
// - a first name directly before a known person joins that person's mention;
// - "of" complements are recorded ("le forze armate dell'Alleanza", "the head of the police").
import type { CronacaDocument, Token } from '../../core/types.js';
import type { Draft } from './draft.js';
import { type Lexicon, isCue } from './lexicon.js';
import { fold } from './text.js';

/** Group id (packs/world/groups.tsv) of people named by their nationality alone. */
const NATIONALS = 'nationals';

function isModifier(d: Draft | undefined): d is Draft {
  if (!d) return false;
  if (d.source === 'demonym' || d.source === 'country') return true;
  return d.source === 'actor' && d.type !== 'PER';
}

/** The modifier as a mention of its own inside the one it modifies: a name as such, a nationality adjective as a demonym. */
function nestedModifier(mod: Draft): Draft {
  return mod.source === 'demonym' ? { ...mod, type: 'GPE', kind: 'demonym', rule: `${mod.rule}+entities.demonym`, within: true } : { ...mod, within: true };
}

function takeModifier(target: Draft, mod: Draft, lex: Lexicon): void {
  if (mod.source === 'actor') {
    target.ownerActor = mod.ref;
    target.country ??= lex.actors.get(mod.ref)?.country;
  } else {
    target.country ??= mod.ref;
  }
  target.rule += `+${mod.rule}`;
}

/**
 * A nationality adjective that qualifies a noun no group, role or name takes it for ("Russian
 * strikes", "gli attacchi russi"): the noun is right after it (or right before it, where modifiers
 * follow), with at most one adjective between ("Chinese military drills").
 */
function modifiesPlainNoun(doc: CronacaDocument, lex: Lexicon, drafts: Draft[], k: number): boolean {
  const d = drafts[k];
  const tokens = doc.tokens;
  const s = doc.sentences[d.sentence];
  const next = drafts[k + 1];
  if (lex.settings.modifierBefore) {
    // the next draft (a group, role or organisation name) takes the adjective as its owner
    if (next && next.start === d.end && next.sentence === d.sentence) return false;
    let j = d.end;
    if (j < s.tokenEnd && tokens[j].pos === 'ADJ') j++;
    return j < s.tokenEnd && tokens[j].pos === 'NOUN' && !(next && next.start <= j && next.sentence === d.sentence);
  }
  let j = d.start - 1;
  if (j > s.tokenStart && tokens[j].pos === 'ADJ') j--;
  return j >= s.tokenStart && tokens[j].pos === 'NOUN';
}

function isPersonName(d: Draft | undefined, lex: Lexicon): d is Draft {
  if (!d) return false;
  if (d.source === 'actor') return lex.actors.get(d.ref)?.type === 'PER';
  return d.source === 'name' && d.type === 'PER' && d.end - d.start <= 4;
}

/**
 * A determiner before the role, or a definite article or an owner past one or two adjectives ("the
 * populist leader", "il nuovo premier", "Japan's health minister"; "an informal community leader"
 * after a name is its apposition).
 */
function determinerBefore(tokens: Token[], lex: Lexicon, start: number, sentenceStart: number): boolean {
  if (start > sentenceStart && isCue(lex, tokens[start - 1].norm, 'determiner')) return true;
  let k = start - 1;
  // (an adjective the tagger read as a compound noun or as a verb counts: "the populist leader", "the acting president")
  for (let n = 0; n < 2 && k > sentenceStart && (tokens[k].pos === 'ADJ' || tokens[k].deprel === 'amod' || (tokens[k].deprel === 'compound' && tokens[k].pos === 'NOUN' && tokens[k].text === tokens[k].norm)); n++) k--;
  if (k >= start - 1 || k < sentenceStart) return false;
  // "Japan's health minister", "his deputy minister": an owner closes the phrase as an article does
  return isCue(lex, tokens[k].norm, 'definite') || isCue(lex, tokens[k].norm, 'possessive') || tokens[k].feats.Poss === 'Yes';
}

/** The possessive ending before a role, past lower-case modifiers ("Japan's health minister"), or -1. */
function possessiveEndingBefore(tokens: Token[], lex: Lexicon, start: number, sentenceStart: number): number {
  let k = start - 1;
  for (let n = 0; n < 2 && k > sentenceStart && tokens[k].text === tokens[k].norm && (tokens[k].pos === 'ADJ' || tokens[k].deprel === 'compound'); n++) k--;
  return k >= sentenceStart && isCue(lex, tokens[k].norm, 'possessive') ? k : -1;
}

/** A person's name after a comma that the parse hangs on the role as its apposition, within the next few drafts. */
function apposedName(doc: CronacaDocument, lex: Lexicon, drafts: Draft[], k: number): Draft | undefined {
  const d = drafts[k];
  const tokens = doc.tokens;
  for (let j = k + 1; j < drafts.length && j <= k + 3 && drafts[j].sentence === d.sentence; j++) {
    const n = drafts[j];
    if (!isPersonName(n, lex) || tokens[n.start - 1]?.text !== ',') continue;
    for (let t = n.start; t < n.end; t++) {
      const h = tokens[t].head ?? -1;
      if (tokens[t].deprel === 'appos' && h >= d.start && h < d.end) return n;
    }
  }
  return undefined;
}

/**
 * A bare role without an article may still be a mention: after "Name," ("Mario Rossi, presidente
 * di ...") or before an "of" complement ("presidente dell'associazione").
 */
function appositive(doc: CronacaDocument, lex: Lexicon, out: Draft[], d: Draft): boolean {
  const tokens = doc.tokens;
  const prev = out[out.length - 1];
  if (prev && prev.type === 'PER' && prev.end === d.start - 1 && tokens[prev.end].text === ',') return true;
  return d.end < doc.sentences[d.sentence].tokenEnd && isCue(lex, tokens[d.end].norm, 'of');
}

function isLink(lex: Lexicon, t: Token): boolean {
  return isCue(lex, t.norm, 'of') || isCue(lex, t.norm, 'org-link');
}

/**
 * End of the portfolio after a role or group: "degli Esteri", "dell'Economia e delle Finanze",
 * "of Foreign Affairs"; d.end when there is none.
 */
function portfolio(doc: CronacaDocument, lex: Lexicon, d: Draft): number {
  const tokens = doc.tokens;
  const end = doc.sentences[d.sentence].tokenEnd;
  let last = d.end;
  let p = d.end;
  while (p < end) {
    let q = p;
    while (q < end && q - p < 2 && !isCue(lex, tokens[q].norm, 'portfolio') && isLink(lex, tokens[q])) q++;
    if (q === p || q >= end || !isCue(lex, tokens[q].norm, 'portfolio')) break;
    // the first complement must be an "of" one, unless the role already ends in a portfolio
    if (last === d.end && !isCue(lex, tokens[d.end - 1].norm, 'portfolio') && !isCue(lex, tokens[p].norm, 'of')) break;
    while (q < end && isCue(lex, tokens[q].norm, 'portfolio')) q++;
    last = p = q;
  }
  return last;
}

/**
 * The modifier ends where the group or role begins, or one lower-case common noun before it that
 * the parse makes a compound of it ("US defence firms", "Russian state media").
 */
function touchesOrCompound(tokens: Token[], end: number, start: number): boolean {
  if (end === start) return true;
  if (start - end !== 1) return false;
  const t = tokens[end];
  return t.pos === 'NOUN' && t.text === t.norm && t.deprel === 'compound' && t.head === start;
}

export function attachModifiers(doc: CronacaDocument, lex: Lexicon, drafts: Draft[]): Draft[] {
  const tokens = doc.tokens;
  const out: Draft[] = [];
  const nested: Draft[] = [];
  const { modifierBefore, modifierAfter } = lex.settings;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    const sentenceStart = doc.sentences[d.sentence].tokenStart;
    if (d.source === 'role' || d.source === 'group') {
      let modified = false;
      // demonyms are never in `out`; a country or organisation modifier is its last element
      const prev = drafts[k - 1]?.source === 'demonym' ? drafts[k - 1] : out[out.length - 1];
      // "Myanmar military aircraft", "Hamas rockets": a named owner of weapons is itself the actor;
      // only a demonym turns them into the country's armed forces ("Russian missiles").
      const namedOwnerOfWeapons = prev?.source !== 'demonym' && lex.groups.get(d.ref)?.flags.has('needs-owner') === true;
      if (modifierBefore && isModifier(prev) && touchesOrCompound(tokens, prev.end, d.start) && prev.sentence === d.sentence && !namedOwnerOfWeapons) {
        if (prev === out[out.length - 1]) out.pop();
        takeModifier(d, prev, lex);
        nested.push(nestedModifier(prev));
        d.start = prev.start;
        modified = true;
      }
      // "Russia's president", "Nazarbayev's family": the owner before a possessive ending
      const owner = out[out.length - 1];
      const ending = possessiveEndingBefore(tokens, lex, d.start, sentenceStart);
      if (!modified && owner && ending > sentenceStart && owner.end === ending) {
        d.of = owner;
        modified = true;
      }
      if (d.source === 'role' && d.start > sentenceStart) {
        const sector = lex.roleModifiers.get(fold(tokens[d.start - 1].norm));
        if (sector) {
          d.roleSector = sector;
          d.start -= 1;
          d.rule += `+${lex.lang}:role-modifiers:${fold(tokens[d.start].norm)}`;
          modified = true;
        }
      }
      while (modifierAfter && isModifier(drafts[k + 1]) && drafts[k + 1].start === d.end && !isPersonName(drafts[k + 1], lex)) {
        const mod = drafts[k + 1];
        // a country name after a role is the role's country only without a name to follow
        takeModifier(d, mod, lex);
        nested.push(nestedModifier(mod));
        d.end = mod.end;
        k++;
        modified = true;
      }
      const portfolioEnd = portfolio(doc, lex, d);
      if (portfolioEnd > d.end) {
        // "il ministro russo degli Esteri", "Minister of Foreign Affairs": the portfolio is part of the role
        d.end = portfolioEnd;
        d.rule += '+entities.portfolio';
        while (k + 1 < drafts.length && drafts[k + 1].start < portfolioEnd) {
          const next = drafts[k + 1];
          if (next.end <= portfolioEnd) {
            k++;
            continue;
          }
          // "Minister of Defence Oleksii Reznikov": the name run took the portfolio word
          next.ref = next.ref.split(' ').slice(portfolioEnd - next.start).join(' ');
          next.start = portfolioEnd;
          break;
        }
        modified = true;
      }
      if (d.source === 'role') {
        const next = drafts[k + 1];
        if (isPersonName(next, lex) && next.start === d.end) {
          next.nameStart = next.start;
          next.start = d.start;
          next.role = d.ref;
          next.roleSector = d.roleSector;
          next.country ??= d.country;
          next.ownerActor ??= d.ownerActor;
          next.rule = `${next.rule}+${d.rule}`;
          out.push(next);
          k++;
          continue;
        }
        const role = lex.roles.get(d.ref);
        if (role?.flags.has('title')) continue;
        // A bare singular role is a title or generic ("as president"); a bare plural is a group of
        // holders ("Ministers will decide").
        const plural = tokens[d.end - 1].feats.Number === 'Plur';
        if (!modified && !plural && !determinerBefore(tokens, lex, d.start, sentenceStart) && !appositive(doc, lex, out, d)) continue;
        // "the minister of territorial administration, Mory Condé,": the name in apposition holds the role
        const holder = apposedName(doc, lex, drafts, k);
        if (holder && holder.role === undefined) {
          holder.role = d.ref;
          holder.roleSector ??= d.roleSector;
          holder.country ??= d.country;
          holder.ownerActor ??= d.ownerActor;
          holder.rule += '+entities.role-apposition';
        }
      }
      out.push(d);
      continue;
    }
    if (d.source === 'demonym') {
      // "i russi", "12 Palestinians": a nationality noun on its own is a group of that country
      const before = d.start > sentenceStart ? tokens[d.start - 1] : undefined;
      const after = d.end < doc.sentences[d.sentence].tokenEnd ? tokens[d.end] : undefined;
      // "i russi", "12 Palestinians", "thousands of Qataris"
      const introduced = before !== undefined && (isCue(lex, before.norm, 'determiner') || isCue(lex, before.norm, 'of') || before.pos === 'NUM');
      const modifiesNext = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
      // "Kenyans stormed parliament", "young Ukrainians": a plural read as a noun, after no noun it could describe
      const last = tokens[d.end - 1];
      const pluralNoun = (last.pos === 'NOUN' || last.pos === 'PROPN') && last.feats.Number === 'Plur' && before?.pos !== 'NOUN' && before?.pos !== 'PROPN';
      if ((introduced || pluralNoun) && !modifiesNext && lex.groups.has(NATIONALS)) {
        out.push({ ...d, source: 'group', type: 'GROUP', kind: 'group', ref: NATIONALS, country: d.ref, rule: `${d.rule}+entities.nationals` });
      } else if (modifiesPlainNoun(doc, lex, drafts, k) && out[out.length - 1]?.end !== d.start) {
        out.push({ ...d, type: 'GPE', kind: 'demonym', rule: `${d.rule}+entities.demonym` });
      }
      continue;
    }
    if (d.source === 'name' && d.type === 'ORG' && modifierBefore && d.country === undefined) {
      // "the Russian Orthodox Church": a country adjective before an organisation name
      const prev = drafts[k - 1];
      if (prev?.source === 'demonym' && prev.end === d.start && prev.sentence === d.sentence) {
        d.start = prev.start;
        d.country = prev.ref;
        d.rule += `+${prev.rule}`;
      }
    }
    if (d.source === 'name' && d.type === 'PER' && d.end - d.start <= 2) {
      const next = drafts[k + 1];
      if (next && next.source === 'actor' && next.start === d.end && lex.actors.get(next.ref)?.type === 'PER') {
        next.start = d.start;
        next.rule += '+entities.first-name';
        out.push(next);
        k++;
        continue;
      }
    }
    out.push(d);
  }
  linkOfComplements(doc, lex, out);
  // Each modifier after the mention it sits in (longer first on a shared start).
  return nested.length ? [...out, ...nested].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/** "X di/of (the) Y": records Y on groups, bare roles and organisation names. */
function linkOfComplements(doc: CronacaDocument, lex: Lexicon, drafts: Draft[]): void {
  const tokens = doc.tokens;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const d = drafts[k];
    const takesOf = d.source === 'group' || d.source === 'role' || (d.source === 'name' && d.type === 'ORG');
    if (!takesOf) continue;
    const sentenceEnd = doc.sentences[d.sentence].tokenEnd;
    let p = d.end;
    if (p >= sentenceEnd || !isCue(lex, tokens[p].norm, 'of')) continue;
    p++;
    const next = drafts[k + 1];
    if (next.start !== p && !(next.start === p + 1 && isCue(lex, tokens[p].norm, 'determiner'))) continue;
    if (next.source === 'demonym' || next.source === 'role') continue;
    d.of ??= next;
  }
}
