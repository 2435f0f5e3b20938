// Per-language morphology data read from the pack once and cached.
import { readPackJson, readPackList, readPackTsv } from '../../core/packs.js';
import type { Feats, Upos } from '../../core/types.js';
import { parseUdFeats, type Analysis } from './analysis.js';

export type AuxVoice = 'pass' | 'pass-unless-active' | '-';

export interface AuxRule {
  takes: NonNullable<Feats['VerbForm']>;
  voice: AuxVoice;
}

export interface SuffixRule {
  suffix: string;
  pos: Upos;
  feats: Feats;
  /** Replacement for the suffix, '=' to keep the form, '@verb' / '@noun' / '@adj' for the lemmatizer. */
  lemma: string;
}

export interface SpellingVariant {
  /** The part of the text's form ... */
  from: string;
  /** ... and what the lexicon writes instead. */
  to: string;
  /** At the end of the form only, else its first occurrence anywhere. */
  atEnd: boolean;
}

/** A row of packs/<lang>/spelling-variants.tsv: form part, lexicon part, "end" or "inside". */
export function spellingVariant([from, to, at]: string[], lang: string): SpellingVariant {
  if (!from || to === undefined || (at !== 'end' && at !== 'inside')) throw new Error(`packs/${lang}/spelling-variants.tsv: bad row "${[from, to, at].join('\t')}" (expected: part, lexicon's spelling, end|inside)`);
  return { from, to, atEnd: at === 'end' };
}

export interface MorphData {
  lang: string;
  lexicon: string | undefined;
  /** The lexicon lists analyses in no useful order: rank them by a fixed preference. */
  rankAnalyses: boolean;
  /** Adjectives normally follow the noun: after a noun, a noun/adjective form is the adjective. */
  adjectiveAfterNoun: boolean;
  /**
   * The treebank tags a past participle used before its noun as an adjective ("due presunti
   * agenti"); English UD keeps it a verb ("the suspected gunman").
   */
  participleBeforeNounIsAdjective: boolean;
  /** Forms in closed-class.tsv take only the readings listed there (the lexicon's are dropped). */
  closedClassExclusive: boolean;
  /** Endings dropped by apocope ("aver" = "avere"): an unknown form plus one of them may be an infinitive. */
  apocope: string[];
  /** An unknown word after an auxiliary that takes an infinitive is that infinitive (its lemma is the form). */
  unknownInfinitiveIsForm: boolean;
  /** A noun/infinitive form after a preposition without article is the infinitive ("di sapere"). */
  infinitiveAfterPreposition: boolean;
  /** Lemma of the preposition that introduces the agent of a passive ("by", "da"). */
  passiveAgent: string | undefined;
  /**
   * Spelling variants the lexicon lacks (spelling-variants.tsv: British "organised", "neighbouring",
   * "defence" looked up as "organized", "neighboring", "defense"), tried in order on unknown forms.
   */
  spellingVariants: SpellingVariant[];
  closed: Map<string, Analysis[]>;
  extra: Map<string, Analysis[]>;
  /** Simple past and past participle readings from irregular-verbs.tsv. */
  irregular: Map<string, Analysis[]>;
  /** Readings that apply only when the word is capitalised (months, weekdays). */
  capitalised: Map<string, Analysis>;
  auxiliaries: Map<string, AuxRule[]>;
  /** Lemmas whose participle after the auxiliary is active (essere-perfect intransitives). */
  activeWithAux: Set<string>;
  /** Enclitic pronouns, longest first, and the reflexive ones. */
  clitics: string[];
  reflexive: Set<string>;
  /** Forms whose reading of this UPOS comes first when the sources list several (morph-prefer.tsv). */
  prefer: Map<string, Upos>;
  /** Suffix rules, longest suffix first. */
  suffixes: SuffixRule[];
}

const cache = new Map<string, MorphData>();

function analysesTable(lang: string, file: string): Map<string, Analysis[]> {
  const map = new Map<string, Analysis[]>();
  for (const [form, lemma, pos, feats] of readPackTsv(lang, file)) {
    if (!form || !lemma || !pos) continue;
    const key = form.toLowerCase();
    const a: Analysis = { lemma, pos: pos as Upos, feats: parseUdFeats(feats) };
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  }
  return map;
}

const PAST: Feats = { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' };
const PARTICIPLE: Feats = { Tense: 'Past', VerbForm: 'Part' };

/** Simple past and past participle analyses from irregular-verbs.tsv (base, past, participle). */
function addIrregularVerbs(lang: string, table: Map<string, Analysis[]>): void {
  const add = (form: string, a: Analysis) => {
    const list = table.get(form);
    if (!list) table.set(form, [a]);
    else if (!list.some((x) => x.lemma === a.lemma && x.feats === a.feats)) list.push(a);
  };
  for (const [base, past, participle] of readPackTsv(lang, 'irregular-verbs.tsv')) {
    if (!base || !past || !participle) continue;
    // Closed-class verbs (be, have, do) are described in closed-class.tsv.
    for (const f of past.split('/')) add(f, { lemma: base, pos: 'VERB', feats: PAST });
    for (const f of participle.split('/')) add(f, { lemma: base, pos: 'VERB', feats: PARTICIPLE });
  }
}

export function morphData(lang: string): MorphData {
  let data = cache.get(lang);
  if (data) return data;
  const auxiliaries = new Map<string, AuxRule[]>();
  for (const [lemma, takes, voice] of readPackTsv(lang, 'auxiliaries.tsv')) {
    const rule: AuxRule = { takes: takes as AuxRule['takes'], voice: (voice ?? '-') as AuxVoice };
    const list = auxiliaries.get(lemma);
    if (list) list.push(rule);
    else auxiliaries.set(lemma, [rule]);
  }
  const config = readPackJson<{
    lexicon?: string;
    rankAnalyses?: boolean;
    adjectiveAfterNoun?: boolean;
    participleBeforeNounIsAdjective?: boolean;
    closedClassExclusive?: boolean;
    apocope?: string[];
    unknownInfinitiveIsForm?: boolean;
    passiveAgent?: string;
    infinitiveAfterPreposition?: boolean;
  }>(lang, 'morph.json');
  const clitics: string[] = [];
  const reflexive = new Set<string>();
  for (const [c, kind] of readPackTsv(lang, 'clitics.tsv')) {
    clitics.push(c);
    if (kind === 'refl') reflexive.add(c);
  }
  clitics.sort((a, b) => b.length - a.length);
  const suffixes: SuffixRule[] = readPackTsv(lang, 'suffixes.tsv').map(([suffix, pos, feats, lemma]) => ({
    suffix,
    pos: pos as Upos,
    feats: parseUdFeats(feats),
    lemma: lemma ?? '=',
  }));
  // Stable sort: rows of one suffix keep their file order.
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  const irregular = new Map<string, Analysis[]>();
  addIrregularVerbs(lang, irregular);
  const capitalised = new Map<string, Analysis>();
  for (const [form, analyses] of analysesTable(lang, 'capitalised.tsv')) capitalised.set(form, analyses[0]);
  data = {
    lang,
    lexicon: config?.lexicon,
    rankAnalyses: config?.rankAnalyses === true,
    adjectiveAfterNoun: config?.adjectiveAfterNoun === true,
    participleBeforeNounIsAdjective: config?.participleBeforeNounIsAdjective === true,
    closedClassExclusive: config?.closedClassExclusive === true,
    apocope: config?.apocope ?? [],
    unknownInfinitiveIsForm: config?.unknownInfinitiveIsForm === true,
    passiveAgent: config?.passiveAgent,
    infinitiveAfterPreposition: config?.infinitiveAfterPreposition === true,
    closed: analysesTable(lang, 'closed-class.tsv'),
    extra: analysesTable(lang, 'morph-extra.tsv'),
    irregular,
    capitalised,
    auxiliaries,
    activeWithAux: new Set(readPackList(lang, 'aux-active-verbs.txt')),
    clitics,
    reflexive,
    suffixes,
    spellingVariants: readPackTsv(lang, 'spelling-variants.tsv').map((row) => spellingVariant(row, lang)),
    prefer: new Map(readPackTsv(lang, 'morph-prefer.tsv').filter((r) => r[0] && r[1]).map(([form, pos]) => [form.toLowerCase(), pos as Upos])),
  };
  cache.set(lang, data);
  return data;
}
