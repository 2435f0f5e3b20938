// Joins the NER model's mentions with the rule candidates. The model decides where names start
// and end and what type they are; the gazetteer still says who they are:
// - a candidate with exactly the model's span stays (keeping its link), taking the model's type
//   when the rules only guessed it; an article before it ("della Trenord") does not override the
//   model's type (on jackknifed KIND WN train, of the names after an article the model read as
//   places, 71 were places and 34 organisations), it only tips a tie in the vote below;
// - names the model typed take one type per document, the type most of their mentions have;
// - a model span that is exactly a gazetteer entry of a compatible type becomes that entry;
// - other model spans become names of their own (rule "<lang>:ner-model");
// - a city or actor the model gives an incompatible type ("la Roma" the club) goes, and the model
//   span stands alone; countries always stay countries, and so do institutions named by their
//   building ("la Casa Bianca" read as a place) and capitals alone read as persons ("Madrid ha
//   convocato": a state acting through its capital);
// - a capitalised group noun the model reads as an organisation becomes a named organisation,
//   even opening a sentence ("Polizia e carabinieri..."); a lower-case one the model reads as an
//   organisation over exactly its span once modifiers are attached ("il governo tedesco", "la
//   polizia locale") keeps its group actor but is mentioned as an ORG name (nameInstitutions);
// - name candidates inside or across a model span give way to it, except countries (which may
//   only sit inside a longer name), specific rules (province codes, listed places, hyphenated
//   places), and roles or groups that cross a span or open it in lower case ("il ministero degli
//   Esteri"): those keep the model span out;
// - a span taking in the sentence's first word before a rule name is cut to that name;
// - gazetteer candidates the model does not see stay; rule-guessed names it does not see go.
import type { CronacaDocument, EntityType } from '../../core/types.js';
import { type LabelSpan, entityTypeOf, nerTypeIndex } from '../../ner/labels.js';
import type { Draft } from './draft.js';
import { type FlatPieces, SHAPE_CAPITAL } from './flat.js';
import { longestAt } from './gazetteer-match.js';
import { type GazValue, type Lexicon, hasCue, isCapitalCity, placeTypeAt } from './lexicon.js';
import { isAcronym } from './text.js';

export interface MergeInput {
  doc: CronacaDocument;
  lex: Lexicon;
  flat: FlatPieces;
  drafts: Draft[];
}

const GAZETTEER = new Set(['actor', 'country', 'city']);
const NAMES = new Set(['name', 'acronym']);

function compatible(modelType: EntityType, type: EntityType): boolean {
  if (modelType === 'LOC') return type === 'LOC' || type === 'GPE';
  return modelType === type;
}

function overlaps(d: { start: number; end: number }, m: LabelSpan): boolean {
  return d.start < m.end && m.start < d.end;
}

function gazType(lex: Lexicon, v: GazValue): EntityType | undefined {
  if (v.cat === 'actor') return lex.actors.get(v.ref)?.type;
  if (v.cat === 'country' || v.cat === 'city') return 'GPE';
  return undefined;
}

/** The model reads every place as LOC: a name it so types is a town, region or state unless a site word says otherwise. */
function typeOfName(input: MergeInput, modelType: EntityType, start: number, sentence: number): EntityType {
  return modelType === 'LOC' ? placeTypeAt(input.lex, input.flat.tokKey, start, input.doc.sentences[sentence].tokenStart) : modelType;
}

/** The model span as a draft: a gazetteer entry when one spans exactly these tokens, else a new name. */
function modelDraft(input: MergeInput, m: LabelSpan, rule: string, sentence: number): Draft {
  const { lex, flat, doc } = input;
  const type = entityTypeOf(m.type);
  const single = m.end - m.start === 1 && isAcronym(doc.tokens[m.start].text);
  const g = longestAt(lex, flat, m.start, m.end);
  if (g && g.end === m.end) {
    const gt = gazType(lex, g.value);
    if (gt && compatible(type, gt)) {
      const d: Draft = {
        start: m.start, end: m.end, sentence, source: g.value.cat, type: gt, kind: single ? 'acronym' : 'name', ref: g.value.ref,
        rule: `${g.value.rule}+${rule}`,
      };
      if (g.alternatives?.length) d.alternatives = g.alternatives.map((a) => a.ref);
      return d;
    }
  }
  const words: string[] = [];
  for (let k = m.start; k < m.end; k++) {
    const key = flat.tokKey[k];
    if (key.toUpperCase() !== key) words.push(key);
  }
  const d: Draft = {
    start: m.start, end: m.end, sentence, source: single ? 'acronym' : 'name', type: typeOfName(input, type, m.start, sentence), kind: single ? 'acronym' : 'name',
    ref: words.join(' ') || flat.tokKey[m.start], rule, modelTyped: true,
  };
  // "Procura di Milano": an organisation opening with a group noun takes that group's sectors
  const first = longestAt(lex, flat, m.start, m.start + 1);
  if (type === 'ORG' && first && first.value.cat === 'group') d.sectorsOf = first.value.ref;
  return d;
}

type Overlap = { exact: number; inside: boolean; crossing: number };

function overlapOf(d: Draft, spans: LabelSpan[], from: number, live: Uint8Array): Overlap {
  const o: Overlap = { exact: -1, inside: false, crossing: -1 };
  for (let k = from; k < spans.length && spans[k].start < d.end; k++) {
    const m = spans[k];
    if (!live[k] || !overlaps(d, m)) continue;
    if (m.start === d.start && m.end === d.end) o.exact = k;
    else if (d.start >= m.start && d.end <= m.end) o.inside = true;
    else o.crossing = k;
  }
  return o;
}

/** Index of the first span that ends after `start`, from `from` on. */
function firstAfter(spans: LabelSpan[], from: number, start: number): number {
  let k = from;
  while (k < spans.length && spans[k].end <= start) k++;
  return k;
}


/** Rules with specific evidence (a province code, a listed place, a hyphenated place, a title-case acronym): their reading wins over the model's. */
// (widening this to the place-noun and org-keyword rules cost 1.7 points of exact F1 on WN_dev)
const SPECIFIC_RULE = /entities\.(place-code|place-coordination|place-compound|titlecase-acronym)\b/;

const PLACE_NOUN_OF = /entities\.place-noun-of\b/;

function specific(d: Draft): boolean {
  return NAMES.has(d.source) && SPECIFIC_RULE.test(d.rule);
}

/** Whether a model span overlapping draft d (not exactly) must give way to it. */
function blocks(d: Draft, m: LabelSpan): boolean {
  if (!NAMES.has(d.source) && !GAZETTEER.has(d.source)) return true; // roles and groups crossing a span
  if (specific(d)) return true;
  // a country name stays whole ("Regno Unito"), but may sit inside a longer name ("Banca d'Italia")
  return d.source === 'country' && !(m.start <= d.start && m.end >= d.end);
}

/**
 * "Poi Trenord ha chiesto scusa": a model span that takes in the word opening the sentence, where
 * the rules found a name starting right after it and ending with the span, is cut to that name.
 */
function trimOpeners(input: MergeInput, spans: LabelSpan[]): void {
  const { doc, drafts } = input;
  const nameAt = new Map<number, Draft>();
  const covered = new Set<number>();
  for (const d of drafts) {
    if (NAMES.has(d.source) || GAZETTEER.has(d.source)) nameAt.set(d.start, d);
    for (let k = d.start; k < d.end; k++) covered.add(k);
  }
  for (const m of spans) {
    if (m.end - m.start < 2 || covered.has(m.start) || doc.sentences[doc.tokens[m.start].sentence].tokenStart !== m.start) continue;
    if (nameAt.get(m.start + 1)?.end === m.end) m.start += 1;
  }
}

/** A lower-case group or role phrase ("il ministero degli Esteri") is the rules' to read, not a name. */
function lowerGroupOpens(input: MergeInput, d: Draft, m: LabelSpan): boolean {
  return (d.source === 'group' || d.source === 'role') && d.start === m.start && (input.flat.shape[d.start] & SHAPE_CAPITAL) === 0;
}

export function mergeModelMentions(input: MergeInput, spans: LabelSpan[], rule: string): Draft[] {
  const { drafts, doc, flat } = input;
  trimOpeners(input, spans);
  const live = new Uint8Array(spans.length).fill(1);
  let k0 = 0;
  for (const d of drafts) {
    k0 = firstAfter(spans, k0, d.start);
    for (let k = k0; k < spans.length && spans[k].start < d.end; k++) {
      const m = spans[k];
      if (!overlaps(d, m) || (m.start === d.start && m.end === d.end)) continue;
      const inside = d.start >= m.start && d.end <= m.end;
      const nameLike = NAMES.has(d.source) || GAZETTEER.has(d.source);
      if (inside ? (nameLike && blocks(d, m)) || lowerGroupOpens(input, d, m) : blocks(d, m)) live[k] = 0;
    }
  }
  const taken = new Uint8Array(spans.length);
  const out: Draft[] = [];
  const articled = new Set<Draft>();
  /** Last words of the personal names so far, for "Corona" after "Fabrizio Corona". */
  const surnames = new Set<string>();
  /** Rule-guessed names no model span covers: they go unless the model read the same name elsewhere. */
  const unseen: Draft[] = [];
  k0 = 0;
  for (const d of drafts) {
    k0 = firstAfter(spans, k0, d.start);
    const o = overlapOf(d, spans, k0, live);
    if (o.exact >= 0) {
      const type = entityTypeOf(spans[o.exact].type);
      if (NAMES.has(d.source) && !specific(d)) {
        // "della Trenord" read as a place: the article is half a vote for an organisation, unless
        // after a place preposition ("nella Rift Valley")
        if (d.determined && type === 'LOC' && !(d.start > 0 && hasCue(input.lex, flat.tokKey[d.start - 1], 'place'))) articled.add(d);
        // "nella base di Diego Garcia": a name after a place noun and "di" is no person, whatever the model reads
        const named = type === 'PER' && PLACE_NOUN_OF.test(d.rule) ? d.type : typeOfName(input, type, d.start, d.sentence);
        if (d.type !== named) d.rule += `+${rule}`;
        d.type = named;
        d.modelTyped = true;
        d.determined = undefined;
      } else if ((d.source === 'group' || d.source === 'anaphor') && type === 'ORG' && (flat.shape[d.start] & SHAPE_CAPITAL) !== 0) {
        d.modelNamed = true;
        d.rule += `+${rule}`;
      } else if (GAZETTEER.has(d.source) && d.source !== 'country' && !compatible(type, d.type) &&
          !(d.source === 'city' && type === 'PER' && d.end - d.start === 1 && (surnames.has(flat.tokKey[d.start]) || isCapitalCity(Number(d.ref)))) &&
          !institutionBuilding(d, type)) {
        // "la Roma" (the club): the model's type says the entry names another referent; countries
        // stay countries, a capital alone read as a person acts for its state, and a town named
        // like a person met before is left to the surname rule
        continue;
      }
      taken[o.exact] = 1;
      if (d.type === 'PER' || type === 'PER') surnames.add(flat.tokKey[d.end - 1]);
      out.push(d);
      continue;
    }
    if (o.inside || o.crossing >= 0) continue;
    if (NAMES.has(d.source) && !specific(d)) {
      unseen.push(d);
      continue;
    }
    out.push(d);
  }
  spans.forEach((m, k) => {
    if (live[k] && !taken[k]) out.push(modelDraft(input, m, rule, doc.tokens[m.start].sentence));
  });
  keepNamesSeenElsewhere(out, unseen);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  voteTypes(out, articled);
  return out;
}

/**
 * "la Commissione anticorruzione (Macc) ... la Macc ricorda": a rule-guessed name the model missed
 * here but read as a name elsewhere in the document is that name again, with the type it had there.
 */
function keepNamesSeenElsewhere(out: Draft[], unseen: Draft[]): void {
  if (unseen.length === 0) return;
  const seen = new Map<string, EntityType>();
  for (const d of out) if (d.source === 'name' && d.kind === 'name' && !seen.has(d.ref)) seen.set(d.ref, d.type);
  for (const d of unseen) {
    const type = seen.get(d.ref);
    if (type === undefined) continue;
    d.type = type;
    d.rule += '+entities.name-seen-elsewhere';
    out.push(d);
  }
}

/**
 * "la Casa Bianca", "Palazzo Chigi": an organisation the gazetteer names by its building, which the
 * model reads as a place, stays the organisation (docs/annotation.md §8). One-word entries do not:
 * "la Roma" is more often another referent than the listed one.
 */
function institutionBuilding(d: Draft, modelType: EntityType): boolean {
  return d.source === 'actor' && d.type === 'ORG' && modelType === 'LOC' && d.end - d.start > 1;
}

/**
 * One type per name in a document: names the model typed take the type most of their mentions
 * have, ties going to the first mention's; an article before a name read as a place is half a
 * vote for an organisation. On jackknifed WN train: +0.2 exact F1. (Counting a person reading of
 * a name that takes an article elsewhere as an organisation cost 0.36: Italian news writes "la
 * Merkel".) `drafts` are in text order.
 */
function voteTypes(drafts: Draft[], articled: Set<Draft>): void {
  const votes = new Map<string, Map<EntityType, number>>();
  const first = new Map<string, EntityType>();
  for (const d of drafts) {
    if (d.source !== 'name' || !d.modelTyped) continue;
    let v = votes.get(d.ref);
    if (!v) votes.set(d.ref, (v = new Map()));
    v.set(d.type, (v.get(d.type) ?? 0) + 1);
    if (articled.has(d)) v.set('ORG', (v.get('ORG') ?? 0) + 0.5);
    if (!first.has(d.ref)) first.set(d.ref, d.type);
  }
  for (const d of drafts) {
    const v = d.source === 'name' && d.modelTyped ? votes.get(d.ref) : undefined;
    if (!v || v.size < 2) continue;
    const lead = first.get(d.ref) as EntityType;
    let best = (v.get(lead) ?? 0) >= (v.get(d.type) ?? 0) ? lead : d.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    if (best !== d.type) {
      d.type = best;
      d.rule += '+entities.type-vote';
    }
  }
}

const ORG_TYPE = nerTypeIndex('ORG');

/**
 * After modifiers are attached: a lower-case group the model reads as an organisation ("il governo
 * tedesco", "la polizia") is mentioned as an ORG name, as KIND marks it; its actor (the group
 * entity, with its country and sectors) does not change. A model span running on past the group
 * over words no other mention covers ("la polizia locale") extends the mention to it.
 */
export function nameInstitutions(input: MergeInput, drafts: Draft[], spans: LabelSpan[]): void {
  const covered = new Uint8Array(input.doc.tokens.length);
  for (const d of drafts) covered.fill(1, d.start, d.end);
  const orgAt = new Map<number, LabelSpan>();
  for (const m of spans) if (m.type === ORG_TYPE) orgAt.set(m.start, m);
  for (const d of drafts) {
    if (d.source !== 'group' || d.modelNamed) continue;
    const m = orgAt.get(d.start);
    if (!m || m.end < d.end) continue;
    let free = true;
    for (let k = d.end; k < m.end && free; k++) free = covered[k] === 0;
    if (!free) continue;
    d.end = m.end;
    d.kind = 'name';
    d.mentionType = 'ORG';
    d.rule += '+entities.institution-name';
  }
}
