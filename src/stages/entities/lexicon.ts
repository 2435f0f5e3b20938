// Everything the entities stage knows about one language, loaded once from packs/world and
// packs/<lang> and cached. Gazetteer phrases go into piece tries: one for the language-neutral
// data (cities, world actor aliases), shared by all languages, and one per language.
import { readPackJson, readPackList, readPackText, readPackTsv } from '../../core/packs.js';
import type { Coordinates, EntityType } from '../../core/types.js';
import { type CaseReq, fold } from './text.js';
import { PieceTrie } from './trie.js';

export interface CountryInfo {
  /** ISO alpha-3 (KOS for Kosovo). */
  code: string;
  /** The PLOVER code when it differs: dependencies fold into their controlling state. */
  plover?: string;
  name: string;
  coordinates: Coordinates;
  wikidata?: string;
}

export interface CityInfo {
  geonameid: number;
  name: string;
  country: string;
  population: number;
  coordinates: Coordinates;
  capital: boolean;
  /** The GeoNames spelling, kept as an alias when a canonical rename exists. */
  geoName: string;
  wikidata?: string;
  /** Trie keys of geoName (space-separated) and their case requirements (one digit each), from the build step. */
  keys?: string;
  cases?: string;
}

export interface ActorInfo {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  sectors: string[];
  /** alliance, igo, union, government, party, person, ... : what anaphors such as "the Alliance" may refer to. */
  kind: string;
  wikidata?: string;
}

export interface GroupInfo {
  id: string;
  name: string;
  sectors: string[];
  flags: Set<string>;
  /** For roles: the broader role a bare noun may stand for (foreign-minister -> minister). */
  broader?: string;
}

export type RoleInfo = GroupInfo;

export type GazCategory = 'actor' | 'country' | 'city' | 'group' | 'role' | 'anaphor' | 'demonym';

/** Higher wins when two phrases of the same length match at the same place. */
export const CATEGORY_PRIORITY: Record<GazCategory, number> = {
  actor: 6, country: 5, city: 4, group: 3, role: 2, anaphor: 1, demonym: 0,
};

export interface GazValue {
  cat: GazCategory;
  /** actor id, alpha3, geonameid, group id, role id, anaphor kinds (comma list) or alpha3 for demonyms. */
  ref: string;
  rule: string;
  /** Curated entry (exonym, capital, hand list) rather than bulk data: trusted at sentence start. */
  curated: boolean;
}

export interface EntitySettings {
  modifierBefore: boolean;
  modifierAfter: boolean;
  orgLowercaseExtension: boolean;
  /** An article before an unknown name makes it an organisation rather than a person (Italian "la Trenord"). */
  articleMarksNonPerson: boolean;
  /** Folder name of the learned NER model under the model directory ("ner-it"); none: rules only. */
  nerModel?: string;
  /** A one-word name of this shape is an acronym written in title case ("le Rsf", "il Bjp"): an organisation. */
  titleCaseAcronym?: RegExp;
  /** A place name after an organisation keyword and "of" ends the organisation's name ("Bank of England"). */
  placeEndsOrgName: boolean;
}

export interface Lexicon {
  lang: string;
  /** The shared world trie, then the language's own. */
  tries: PieceTrie<GazValue>[];
  countries: Map<string, CountryInfo>;
  cities: Map<string, CityInfo>;
  actors: Map<string, ActorInfo>;
  groups: Map<string, GroupInfo>;
  roles: Map<string, RoleInfo>;
  roleModifiers: Map<string, string>;
  /** Folded word -> cue classes (of, determiner, place, org-link, not-name, not-acronym). */
  cues: Map<string, Set<string>>;
  /** Folded capitalised keyword -> organisation kind. */
  orgKeywords: Map<string, string>;
  nameParticles: Set<string>;
  /** Endings of common words that a clause-initial capital must not turn into names (adverbs). */
  notNameSuffixes: string[];
  /** Folded single-word demonyms and their country, so that "Russian" is never taken for a name. */
  demonymWords: Map<string, string>;
  /** The demonym words the pack writes in lower case (Italian "russo"): capitalised, they may be surnames. */
  lowerDemonyms: Set<string>;
  settings: EntitySettings;
  loadMs: number;
}

const cache = new Map<string, Lexicon>();

function num(s: string | undefined): number {
  return s === undefined || s === '' ? NaN : Number(s);
}

function splitList(s: string | undefined): string[] {
  return s ? s.split(/[,\s]+/).filter((x) => x !== '') : [];
}

function loadCountries(): Map<string, CountryInfo> {
  const out = new Map<string, CountryInfo>();
  for (const [code, , name, lat, lon] of readPackTsv('world', 'countries.tsv')) {
    out.set(code, { code, name, coordinates: { lat: num(lat), lon: num(lon) } });
  }
  for (const [code, qid, name, plover] of readPackTsv('world', 'country-extra.tsv')) {
    const c = out.get(code);
    if (!c) continue;
    if (qid) c.wikidata = qid;
    if (name) c.name = name;
    if (plover) c.plover = plover;
  }
  return out;
}

function loadCities(): Map<string, CityInfo> {
  const renames = new Map<string, string>();
  for (const [geoName, code, canonical] of readPackTsv('world', 'city-renames.tsv')) renames.set(`${geoName}\t${code}`, canonical);
  const out = new Map<string, CityInfo>();
  // the biggest pack file: split by hand, without readPackTsv's per-cell trimming
  const text = readPackText('world', 'cities.tsv') ?? '';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [id, name, country, pop, lat, lon, capital, keys, cases] = line.split('\t');
    out.set(id, {
      geonameid: Number(id),
      name: renames.get(`${name}\t${country}`) ?? name,
      country,
      population: Number(pop),
      coordinates: { lat: num(lat), lon: num(lon) },
      capital: capital === '1',
      geoName: name,
      keys,
      cases,
    });
  }
  for (const [id, qid] of readPackTsv('world', 'city-extra.tsv')) {
    const c = out.get(id);
    if (c && qid) c.wikidata = qid;
  }
  return out;
}

function loadActors(): Map<string, ActorInfo> {
  const out = new Map<string, ActorInfo>();
  for (const [id, name, type, country, sectors, kind, qid] of readPackTsv('world', 'actors.tsv')) {
    out.set(id, {
      id,
      name,
      type: type as EntityType,
      country: country || undefined,
      sectors: splitList(sectors),
      kind: kind || (type === 'PER' ? 'person' : 'org'),
      wikidata: qid || undefined,
    });
  }
  return out;
}

/** Flags of groups.tsv and roles.tsv (their headers say what each does); "of-person:SECTOR" takes a sector code. */
const DEFINITION_FLAGS: ReadonlySet<string> = new Set(['ctx-gpe', 'ctx-igo', 'needs-owner', 'noun-only', 'of-holder', 'of-sector', 'subject-only', 'title']);

/** The flags of a groups.tsv or roles.tsv row; an unknown one stops loading with the file, the row and the flag named. */
export function definitionFlags(file: string, id: string, flags: string | undefined): Set<string> {
  const out = new Set(splitList(flags));
  for (const flag of out) {
    if (!DEFINITION_FLAGS.has(flag) && !/^of-person:[A-Z]{3}$/.test(flag)) throw new Error(`packs/world/${file}: unknown flag "${flag}" on "${id}"`);
  }
  return out;
}

function loadDefinitions(file: string): Map<string, GroupInfo> {
  const out = new Map<string, GroupInfo>();
  for (const [id, name, sectors, flags, broader] of readPackTsv('world', file)) {
    out.set(id, { id, name, sectors: splitList(sectors), flags: definitionFlags(file, id, flags), broader: broader || undefined });
  }
  return out;
}

interface WorldData {
  trie: PieceTrie<GazValue>;
  countries: Map<string, CountryInfo>;
  cities: Map<string, CityInfo>;
  /** "GeoNames name<TAB>alpha3" -> the most populous such city. */
  cityIndex: Map<string, CityInfo>;
  actors: Map<string, ActorInfo>;
  groups: Map<string, GroupInfo>;
  roles: Map<string, RoleInfo>;
  nameParticles: Set<string>;
}

let worldData: WorldData | undefined;

function loadWorld(): WorldData {
  if (worldData) return worldData;
  const trie = new PieceTrie<GazValue>();
  const cities = loadCities();
  const actors = loadActors();
  // cities.tsv is sorted by population: the first city of a name is the most populous one.
  // Same-named smaller places only add entries after the bigger one, which the matcher prefers.
  const cityIndex = new Map<string, CityInfo>();
  for (const [id, city] of cities) {
    const indexKey = `${city.geoName}\t${city.country}`;
    if (!cityIndex.has(indexKey)) cityIndex.set(indexKey, city);
    const value: GazValue = { cat: 'city', ref: id, rule: `world:cities:${id}`, curated: city.capital };
    if (city.keys && city.cases && city.cases.length === city.keys.split(' ').length) {
      trie.addKeys(city.keys.split(' '), [...city.cases].map(Number) as CaseReq[], value);
    } else {
      trie.add(city.geoName, value);
    }
    if (city.name !== city.geoName) trie.add(city.name, value);
  }
  for (const [id, alias] of readPackTsv('world', 'actor-aliases.tsv')) {
    if (actors.has(id)) trie.add(alias, { cat: 'actor', ref: id, rule: `world:actors:${id}`, curated: true });
  }
  worldData = {
    trie, countries: loadCountries(), cities, cityIndex, actors,
    groups: loadDefinitions('groups.tsv'), roles: loadDefinitions('roles.tsv'),
    nameParticles: new Set(readPackList('world', 'name-particles.txt').map(fold)),
  };
  return worldData;
}

function buildLexicon(lang: string): Lexicon {
  const t0 = performance.now();
  const world = loadWorld();
  const { countries, cities, cityIndex, actors, groups, roles, nameParticles } = world;
  const trie = new PieceTrie<GazValue>();
  for (const [name, geoName, code] of readPackTsv(lang, 'exonyms.tsv')) {
    const city = cityIndex.get(`${geoName}\t${code}`);
    if (city) trie.add(name, { cat: 'city', ref: String(city.geonameid), rule: `${lang}:exonyms:${city.geonameid}`, curated: true });
  }
  for (const [name, code] of readPackTsv(lang, 'country-names.tsv')) {
    if (countries.has(code)) trie.add(name, { cat: 'country', ref: code, rule: `${lang}:country-names:${code}`, curated: true });
  }
  for (const [name, code] of readPackTsv(lang, 'country-short-names.tsv')) {
    if (countries.has(code)) trie.add(name, { cat: 'country', ref: code, rule: `${lang}:country-short-names:${code}`, curated: true });
  }
  for (const [alias, id] of readPackTsv(lang, 'actor-aliases.tsv')) {
    if (actors.has(id)) trie.add(alias, { cat: 'actor', ref: id, rule: `${lang}:actor-aliases:${id}`, curated: true });
  }
  for (const [phrase, id] of readPackTsv(lang, 'groups.tsv')) {
    if (groups.has(id)) trie.add(phrase, { cat: 'group', ref: id, rule: `${lang}:groups:${id}`, curated: true });
  }
  for (const [phrase, id] of readPackTsv(lang, 'roles.tsv')) {
    if (roles.has(id)) trie.add(phrase, { cat: 'role', ref: id, rule: `${lang}:roles:${id}`, curated: true });
  }
  for (const [noun, kinds] of readPackTsv(lang, 'org-anaphors.tsv')) {
    trie.add(noun, { cat: 'anaphor', ref: kinds, rule: `${lang}:org-anaphors:${noun}`, curated: true });
  }
  const demonymWords = new Map<string, string>();
  const lowerDemonyms = new Set<string>();
  for (const [forms, code] of readPackTsv(lang, 'demonyms.tsv')) {
    for (const form of forms.split('|')) {
      trie.add(form, { cat: 'demonym', ref: code, rule: `${lang}:demonyms:${code}`, curated: true });
      if (!/\s/.test(form)) {
        if (!demonymWords.has(fold(form))) demonymWords.set(fold(form), code);
        if (form === form.toLowerCase()) lowerDemonyms.add(fold(form));
      }
    }
  }

  const cues = new Map<string, Set<string>>();
  for (const [word, cls] of readPackTsv(lang, 'entity-cues.tsv')) {
    const key = fold(word);
    let set = cues.get(key);
    if (!set) cues.set(key, (set = new Set()));
    set.add(cls);
  }
  const notNameSuffixes = [...cues].filter(([, cls]) => cls.has('not-name-suffix')).map(([w]) => w.replace(/^-/, ''));
  const roleModifiers = new Map<string, string>();
  for (const [word, sector] of readPackTsv(lang, 'role-modifiers.tsv')) roleModifiers.set(fold(word), sector);
  const orgKeywords = new Map<string, string>();
  for (const [word, kind] of readPackTsv(lang, 'org-keywords.tsv')) orgKeywords.set(fold(word), kind);
  const raw = readPackJson<Partial<EntitySettings>>(lang, 'entity-settings.json') ?? {};
  const settings: EntitySettings = {
    modifierBefore: raw.modifierBefore ?? false,
    modifierAfter: raw.modifierAfter ?? false,
    orgLowercaseExtension: raw.orgLowercaseExtension ?? false,
    articleMarksNonPerson: raw.articleMarksNonPerson ?? false,
    nerModel: raw.nerModel || undefined,
    titleCaseAcronym: typeof raw.titleCaseAcronym === 'string' ? new RegExp(raw.titleCaseAcronym as string, 'u') : undefined,
    placeEndsOrgName: raw.placeEndsOrgName ?? false,
  };

  return {
    lang, tries: [world.trie, trie], countries, cities, actors, groups, roles, roleModifiers, cues, orgKeywords,
    nameParticles, notNameSuffixes, demonymWords, lowerDemonyms, settings, loadMs: performance.now() - t0,
  };
}

/** True when the gazetteer city with this GeoNames id is a national capital. */
export function isCapitalCity(geonameid: number): boolean {
  return loadWorld().cities.get(String(geonameid))?.capital === true;
}

export function getLexicon(lang: string): Lexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = buildLexicon(lang);
    cache.set(lang, lex);
  }
  return lex;
}

export function isCue(lex: Lexicon, norm: string, cls: string): boolean {
  return lex.cues.get(fold(norm))?.has(cls) ?? false;
}

/** isCue for an already folded key. */
export function hasCue(lex: Lexicon, key: string, cls: string): boolean {
  return lex.cues.get(key)?.has(cls) ?? false;
}

/** A place: a town, a region or a state (GPE), or a sea, a mountain, a site (LOC). */
export function isPlaceType(type: EntityType | undefined): boolean {
  return type === 'GPE' || type === 'LOC';
}

/**
 * The type of a place name starting at token `start` (folded keys `keys`, sentence from `base`): a
 * location (LOC) when it opens with a place keyword or a site noun ("Piazza Tahrir", "Costa Smeralda") or follows a
 * site noun ("il fiume Dnipro", "il carcere di Evin"), else a town, region or state (GPE).
 */
export function placeTypeAt(lex: Lexicon, keys: readonly string[], start: number, base: number): 'GPE' | 'LOC' {
  if (lex.orgKeywords.get(keys[start]) === 'place' || hasCue(lex, keys[start], 'site-noun')) return 'LOC';
  if (start - 1 >= base && hasCue(lex, keys[start - 1], 'site-noun')) return 'LOC';
  return start - 2 >= base && hasCue(lex, keys[start - 1], 'of') && hasCue(lex, keys[start - 2], 'site-noun') ? 'LOC' : 'GPE';
}
