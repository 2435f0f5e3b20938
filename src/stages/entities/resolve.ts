// Third pass: turns drafts into mentions and entities, linking mentions of one referent:
// gazetteer entries by id, a surname to an earlier full name, an acronym to an earlier name with
// those initials, "the Alliance" to the last alliance, a bare role to the last holder of that role.
import type { CronacaDocument, Entity, Mention } from '../../core/types.js';
import type { Draft } from './draft.js';
import { type GroupInfo, type Lexicon, hasCue, isPlaceType } from './lexicon.js';
import { fold } from './text.js';

interface Built {
  key: string;
  entity: Entity;
  /** alliance, igo, party, person, ... for anaphors. */
  kind?: string;
}

const INTERNATIONAL = new Set(['IGO', 'UNO', 'EUR']);
/** Kinds of organisation (from org keywords) that belong to the country in focus when none is named. */
const NATIONAL_KINDS = new Set(['government', 'council', 'legislature', 'court', 'military']);
/** How many sentences back a group looks for the country in focus. */
const CONTEXT_SENTENCES = 2;
/** How many mentions back a bare role or an anaphor looks for its referent. */
const LOOKBACK = 200;

class Resolver {
  readonly builds = new Map<string, Built>();
  readonly keyOf = new Map<Draft, string>();
  private readonly lastWord = new Map<string, string>();
  private readonly fullName = new Map<string, string>();
  private readonly initials = new Map<string, string>();
  /** Acronyms defined in brackets after a name ("Rapid Support Forces (RSF)"): the name's entity key. */
  private readonly bracketed = new Map<string, string>();
  /** The document's main country: the most mentioned one (places in it count too). */
  private focus: string | undefined;
  /** True when the main country has more than half of all place mentions. */
  private focusDominant = false;

  constructor(
    readonly doc: CronacaDocument,
    readonly lex: Lexicon,
    readonly drafts: Draft[],
  ) {
    const counts = new Map<string, number>();
    for (const d of drafts) {
      const code = this.placeCountry(d);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    let best = 1;
    let total = 0;
    for (const [code, n] of counts) {
      total += n;
      if (n > best) {
        best = n;
        this.focus = code;
      }
    }
    this.focusDominant = best * 2 > total;
  }

  /** PLOVER code of an ISO alpha-3 code (dependencies fold into their controlling state). */
  plover(code: string): string;
  plover(code: string | undefined): string | undefined;
  plover(code: string | undefined): string | undefined {
    return code === undefined ? undefined : (this.lex.countries.get(code)?.plover ?? code);
  }

  private placeCountry(d: Draft): string | undefined {
    if (d.source === 'country') return this.plover(d.ref);
    if (d.source === 'city') return this.plover(this.lex.cities.get(d.ref)?.country);
    if (d.source === 'actor' && (d.type === 'LOC' || d.type === 'GPE')) return this.lex.actors.get(d.ref)?.country;
    return undefined;
  }

  private text(start: number, end: number): string {
    const t = this.doc.tokens;
    return this.doc.text.slice(t[start].start, t[end - 1].end);
  }

  private build(key: string, d: Draft, make: () => Omit<Entity, 'id' | 'mentions' | 'rule'>, kind?: string): string {
    if (!this.builds.has(key)) {
      this.builds.set(key, { key, entity: { id: '', mentions: [], rule: d.rule, ...make() }, kind });
    }
    this.keyOf.set(d, key);
    return key;
  }

  entityOf(d: Draft | undefined): Built | undefined {
    if (!d) return undefined;
    const key = this.keyOf.get(d);
    return key === undefined ? undefined : this.builds.get(key);
  }

  countryName(code: string): string {
    return this.lex.countries.get(code)?.name ?? code;
  }

  /**
   * "Rapid Support Forces (RSF)": a one-word acronym in brackets right after a name whose
   * initials it spells is that name's entity, whatever else the gazetteer reads it as
   * (Reporters Without Borders), and so is the same acronym later in the text; undefined otherwise.
   */
  private bracketedInitials(index: number): string | undefined {
    const d = this.drafts[index];
    const prev = this.drafts[index - 1];
    const tokens = this.doc.tokens;
    if (d.end - d.start !== 1) return undefined;
    const text = tokens[d.start].text;
    if (!prev || prev.end !== d.start - 1 || tokens[d.start - 1].text !== '(' || tokens[d.end]?.text !== ')') return this.bracketed.get(text);
    const key = this.keyOf.get(prev);
    if (key === undefined || this.initialsOf(prev.nameStart ?? prev.start, prev.end) !== text.toLowerCase()) return this.bracketed.get(text);
    this.bracketed.set(text, key);
    return key;
  }

  /** Pass 1: mentions that name their referent. */
  direct(index: number): void {
    const d = this.drafts[index];
    const lex = this.lex;
    const defined = this.bracketedInitials(index);
    if (defined !== undefined) {
      this.keyOf.set(d, defined);
      d.rule += '+entities.bracketed-initials';
      return;
    }
    switch (d.source) {
      case 'actor': {
        const a = lex.actors.get(d.ref);
        if (!a) return;
        this.build(`a:${a.id}`, d, () => ({
          name: a.name, type: a.type, wikidata: a.wikidata, country: a.country ?? d.country,
          sectors: a.sectors.length ? [...a.sectors] : this.roleSectors(d), ...(isPlaceType(a.type) ? { placeKind: a.kind } : {}),
        }), a.kind);
        this.enrich(d);
        // "Vucic accused..." after "Aleksandar Vucic": the surname alone is that person too.
        if (a.type === 'PER' && d.end - d.start > 1) this.lastWord.set(fold(this.doc.tokens[d.end - 1].norm), `a:${a.id}`);
        return;
      }
      case 'demonym':
      case 'country': {
        const c = lex.countries.get(d.ref);
        if (!c) return;
        this.build(`c:${c.code}`, d, () => ({ name: c.name, type: 'GPE', country: c.plover ?? c.code, coordinates: c.coordinates, wikidata: c.wikidata, placeKind: 'country' }), 'country');
        return;
      }
      case 'city': {
        // "Marino" after "Ignazio Marino": a one-word town name that is the surname of a person named before
        const person = d.end - d.start === 1 ? this.lastWord.get(fold(this.doc.tokens[d.start].norm)) : undefined;
        if (person) {
          d.source = 'name';
          d.type = 'PER';
          d.ref = fold(this.doc.tokens[d.start].norm);
          d.rule = 'entities.surname';
          this.keyOf.set(d, person);
          return;
        }
        this.disambiguateCity(d);
        const c = lex.cities.get(d.ref);
        if (!c) return;
        this.build(`g:${c.geonameid}`, d, () => ({
          name: c.name, type: 'GPE', country: this.plover(c.country), coordinates: c.coordinates, geonameid: c.geonameid, wikidata: c.wikidata, placeKind: 'city',
        }), 'city');
        return;
      }
      case 'name':
      case 'acronym':
        this.name(d, index);
        return;
      default:
        return;
    }
  }

  /** "San Juan" in a text about Puerto Rico: a same-named city in a country the document names wins. */
  private disambiguateCity(d: Draft): void {
    if (!d.alternatives) return;
    const countries = this.namedCountries();
    const chosen = this.lex.cities.get(d.ref);
    if (!chosen || countries.has(this.plover(chosen.country))) return;
    for (const id of d.alternatives) {
      const alt = this.lex.cities.get(id);
      if (alt && countries.has(this.plover(alt.country))) {
        d.ref = id;
        d.rule = `world:cities:${id}+entities.city-context`;
        return;
      }
    }
  }

  private countriesNamed: Set<string> | undefined;
  /** Countries the document names outright (not through cities). */
  private namedCountries(): Set<string> {
    this.countriesNamed ??= new Set(this.drafts.filter((x) => x.source === 'country').map((x) => this.plover(x.ref)));
    return this.countriesNamed;
  }

  private roleSectors(d: Draft): string[] | undefined {
    if (d.roleSector) return [d.roleSector];
    const role = d.role ? this.lex.roles.get(d.role) : undefined;
    return role && role.sectors.length ? [...role.sectors] : undefined;
  }

  /** A role met with an already known entity fills what the gazetteer left empty. */
  private enrich(d: Draft): void {
    const b = this.entityOf(d);
    if (!b || !d.role) return;
    b.entity.country ??= this.plover(d.country);
    if (!b.entity.sectors?.length) b.entity.sectors = this.roleSectors(d);
  }

  private name(d: Draft, index: number): void {
    const words = d.ref.split(' ');
    let key: string | undefined = this.typed(d, this.fullName.get(d.ref));
    if (!key && d.type === 'PER' && words.length === 1) key = this.typed(d, this.lastWord.get(words[0]));
    if (!key && d.type === 'PER' && words.length === 2) {
      // "Di Maio" after "Giovanni Di Maio"
      for (const [full, k] of this.fullName) {
        if (full.endsWith(` ${d.ref}`) && this.builds.get(k)?.entity.type === 'PER') {
          key = k;
          break;
        }
      }
    }
    if (!key && d.source === 'acronym') key = this.initials.get(d.ref);
    const nameStart = d.nameStart ?? d.start;
    if (key) {
      this.keyOf.set(d, key);
      this.enrich(d);
    } else {
      key = `n:${d.ref}`;
      if (d.modelTyped && this.builds.has(key) && this.builds.get(key)?.entity.type !== d.type) key += `:${d.type}`;
      if (d.determined && d.type === 'PER' && d.role === undefined) {
        d.type = 'ORG';
        d.rule += '+entities.article-name';
      }
      let country = this.plover(d.country) ?? (d.ownerActor ? this.lex.actors.get(d.ownerActor)?.country : undefined);
      const national = (d.type === 'ORG' && d.orgKind !== undefined && NATIONAL_KINDS.has(d.orgKind)) || (d.type === 'PER' && d.role !== undefined);
      if (!country && national && !d.of) {
        country = this.contextCountry(index);
        if (country) d.rule += '+entities.context-country';
      }
      const groupSectors = d.sectorsOf ? this.lex.groups.get(d.sectorsOf)?.sectors : undefined;
      this.build(key, d, () => ({
        name: this.text(nameStart, d.end), type: d.type, country, sectors: this.roleSectors(d) ?? (groupSectors ? [...groupSectors] : undefined),
        ...(isPlaceType(d.type) ? { placeKind: 'place' } : {}),
      }), d.type === 'PER' ? 'person' : d.orgKind);
    }
    this.fullName.set(d.ref, key);
    if (d.type === 'PER' && words.length > 1) this.lastWord.set(words[words.length - 1], key);
    if (d.type === 'ORG' && words.length > 1) {
      const caps = this.initialsOf(nameStart, d.end);
      if (caps.length > 1) this.initials.set(caps, key);
    }
  }

  /** A name the NER model typed links only to an entity of that type ("Nursultan" the city, "Nursultan" Nazarbayev). */
  private typed(d: Draft, key: string | undefined): string | undefined {
    if (!key || !d.modelTyped) return key;
    return this.builds.get(key)?.entity.type === d.type ? key : undefined;
  }

  private initialsOf(start: number, end: number): string {
    let out = '';
    for (let i = start; i < end; i++) {
      const ch = this.doc.tokens[i].text[0];
      if (ch && ch !== ch.toLowerCase()) out += ch.toLowerCase();
    }
    return out;
  }

  /** Pass 2a: "the Alliance" -> the last organisation of a matching kind. */
  anaphor(index: number): void {
    const d = this.drafts[index];
    const kinds = new Set(d.ref.split(','));
    for (let j = index - 1; j >= 0 && j >= index - LOOKBACK; j--) {
      const b = this.entityOf(this.drafts[j]);
      if (b && b.kind && kinds.has(b.kind)) {
        d.type = b.entity.type;
        this.keyOf.set(d, b.key);
        return;
      }
    }
  }

  /** Country in focus before draft `index`: the last country or city nearby, else the document's main country. */
  private contextCountry(index: number): string | undefined {
    const s = this.drafts[index].sentence;
    // the nearest place in the same sentence, before or after ("protesters took to the streets in Tbilisi")
    for (let step = 1; ; step++) {
      const before = this.drafts[index - step];
      const after = this.drafts[index + step];
      const inBefore = before !== undefined && before.sentence === s;
      const inAfter = after !== undefined && after.sentence === s;
      if (!inBefore && !inAfter) break;
      const code = (inBefore ? this.placeCountry(before) : undefined) ?? (inAfter ? this.placeCountry(after) : undefined);
      if (code) return code;
    }
    if (this.focus && this.focusDominant) return this.focus;
    for (let j = index - 1; j >= 0 && this.drafts[j].sentence >= s - CONTEXT_SENTENCES; j--) {
      const code = this.placeCountry(this.drafts[j]);
      if (code) return code;
    }
    return this.focus;
  }

  private contextOrganisation(index: number): Built | undefined {
    for (let j = index - 1; j >= 0 && j >= index - LOOKBACK; j--) {
      const b = this.entityOf(this.drafts[j]);
      if (b && b.entity.type === 'ORG' && b.entity.country && INTERNATIONAL.has(b.entity.country)) return b;
    }
    return undefined;
  }

  /** Who owns a group or a role: an explicit modifier, an "of" complement, or the context. */
  private owner(index: number, info: GroupInfo): { country?: string; ownerName?: string; ownerKey?: string; of?: Built; ctx?: boolean } {
    const d = this.drafts[index];
    if (d.ownerActor) {
      const a = this.lex.actors.get(d.ownerActor);
      return { country: a?.country ?? d.country, ownerName: a?.name, ownerKey: `a:${d.ownerActor}` };
    }
    if (d.country) return { country: this.plover(d.country), ownerName: this.countryName(d.country), ownerKey: `c:${d.country}` };
    const of = this.entityOf(d.of);
    if (of) return { country: of.entity.country, of, ownerKey: of.key };
    if (info.flags.has('ctx-igo')) {
      const org = this.contextOrganisation(index);
      if (org) return { country: org.entity.country, ownerName: org.entity.name, ownerKey: org.key, ctx: true };
    }
    if (info.flags.has('ctx-gpe')) {
      const code = this.contextCountry(index);
      if (code) return { country: code, ownerName: this.countryName(code), ownerKey: `c:${code}`, ctx: true };
    }
    return {};
  }

  group(index: number): void {
    const d = this.drafts[index];
    const info = this.lex.groups.get(d.ref);
    if (!info) return;
    const o = this.owner(index, info);
    // "Russian missiles" are Russia's armed forces; "missiles" alone are nobody's.
    // "Aerei dell'aviazione sudanese": an owner named in an "of" complement is itself the actor.
    if (info.flags.has('needs-owner') && (!o.ownerKey || o.of)) return;
    if (o.ctx) d.rule += o.ownerKey?.startsWith('a:') ? '+entities.context-organisation' : '+entities.context-country';
    const name = o.of ? `${info.name} of ${o.of.entity.name}` : o.ownerName ? `${o.ownerName} ${info.name}` : info.name;
    let sectors = [...info.sectors];
    if (info.flags.has('of-sector') && o.of?.entity.sectors?.length) sectors = [...o.of.entity.sectors];
    const personSector = [...info.flags].find((f) => f.startsWith('of-person:'));
    if (personSector && o.of?.entity.type === 'PER') sectors = [personSector.slice('of-person:'.length)];
    // "il Parlamento", "la Procura": a capitalised institution noun names an organisation
    const institution = d.modelNamed === true || this.capitalisedInstitution(d);
    if (institution) d.kind = 'name';
    // the model's organisation reading ("la polizia" as ORG) is an entity apart from the group
    this.build(`grp:${info.id}:${o.ownerKey ?? ''}${d.modelNamed ? ':org' : ''}`, d, () => ({ name, type: institution ? 'ORG' : 'GROUP', country: o.country, sectors }), 'group');
  }

  private capitalisedInstitution(d: Draft): boolean {
    const tokens = this.doc.tokens;
    const t = tokens[d.start];
    if (!/^\p{Lu}/u.test(t.text) || d.start === this.doc.sentences[d.sentence].tokenStart) return false;
    const prev = tokens[d.start - 1].text;
    if (!/^[\p{L}\p{N}']/u.test(prev)) return false;
    return this.lex.orgKeywords.has(fold(t.norm));
  }

  /**
   * A role in apposition to a person: "John Smith, a spokesman for ..." (name, comma, role) or
   * "il portavoce del Cremlino, Dmitrij Peskov" / "la presidente della Bce Christine Lagarde"
   * (role, its "of" complement, an optional comma, name).
   */
  private apposition(index: number): Built | undefined {
    const d = this.drafts[index];
    const ofAfter = d.of !== undefined && this.drafts[index + 1] === d.of;
    const after = this.drafts[ofAfter ? index + 2 : index + 1];
    const end = ofAfter && d.of ? d.of.end : d.end;
    if (after && after.sentence === d.sentence && after.type === 'PER' && after.source !== 'role' && after.source !== 'group') {
      const gap = after.start - end;
      // "the minister, John Smith": only through a comma when nothing else links them
      if ((gap === 0 && ofAfter) || (gap === 1 && this.doc.tokens[end].text === ',')) return this.entityOf(after);
    }
    const prev = this.drafts[index - 1];
    if (!prev || prev.sentence !== d.sentence || prev.type !== 'PER' || prev.source === 'role') return undefined;
    const tokens = this.doc.tokens;
    let p = d.start - 1;
    if (p > prev.end && hasCue(this.lex, fold(tokens[p].norm), 'determiner')) p--;
    if (p !== prev.end || tokens[p].text !== ',') return undefined;
    return this.entityOf(prev);
  }

  /** A role's sectors: a modifier's (ex -> ELI), else its "of" owner's for heads and leaders, else its own. */
  private roleSectorsFor(d: Draft, info: GroupInfo, of: Built | undefined): string[] {
    if (d.roleSector) return [d.roleSector];
    if (info.flags.has('of-sector') && of) return [...(of.entity.sectors ?? [])];
    return [...info.sectors];
  }

  role(index: number): void {
    const d = this.drafts[index];
    const info = this.lex.roles.get(d.ref);
    if (!info) return;
    const o = this.owner(index, info);
    const appositive = this.apposition(index);
    if (appositive) {
      this.keyOf.set(d, appositive.key);
      appositive.entity.country ??= o.country;
      if (!appositive.entity.sectors?.length) appositive.entity.sectors = this.roleSectorsFor(d, info, o.of);
      d.rule += '+entities.apposition';
      return;
    }
    // the last holder of this role, when compatible with this one's country
    for (let j = index - 1; j >= 0 && j >= index - LOOKBACK; j--) {
      const prev = this.drafts[j];
      if (!prev.role || (prev.role !== d.ref && this.lex.roles.get(prev.role)?.broader !== d.ref)) continue;
      const b = this.entityOf(prev);
      if (!b) continue;
      if (!o.ctx && o.country && b.entity.country && o.country !== b.entity.country) continue;
      // "the head of the police" is not "the head of the council"
      if (o.of && prev.of && this.keyOf.get(prev.of) !== o.of.key) continue;
      // "a police spokesman" is not the government spokesman before him
      if (d.roleSector && prev.roleSector !== d.roleSector) continue;
      this.keyOf.set(d, b.key);
      d.rule += '+entities.role-holder';
      return;
    }
    const sectors = this.roleSectorsFor(d, info, o.of);
    if (o.ctx) d.rule += '+entities.context-country';
    const name = o.of ? `${info.name} of ${o.of.entity.name}` : o.ownerName ? `${o.ownerName} ${info.name}` : info.name;
    this.build(`role:${info.id}:${o.ownerKey ?? ''}:${index}`, d, () => ({ name, type: 'PER', country: o.country, sectors }), 'person');
  }
}

export function resolve(doc: CronacaDocument, lex: Lexicon, drafts: Draft[]): { mentions: Mention[]; entities: Entity[] } {
  const r = new Resolver(doc, lex, drafts);
  drafts.forEach((_, i) => r.direct(i));
  drafts.forEach((d, i) => d.source === 'anaphor' && r.anaphor(i));
  // groups before roles: "il capo dei servizi segreti" takes its sector from the group after it
  // groups from last to first: an "of" complement that is itself a group ("membri della famiglia") is resolved first
  for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].source === 'group') r.group(i);
  drafts.forEach((d, i) => d.source === 'role' && r.role(i));

  // "Trenord ... la Trenord": one article anywhere makes a one-word unknown name an organisation,
  // unless a role or a longer personal name vouches for a person
  const personal = new Set<string>();
  const articled = new Set<string>();
  for (const d of drafts) {
    const key = r.keyOf.get(d);
    if (key === undefined || !key.startsWith('n:')) continue;
    if (d.role !== undefined || d.ref.includes(' ')) personal.add(key);
    else if (d.determined) articled.add(key);
  }
  for (const key of articled) {
    const b = r.builds.get(key);
    if (b && b.entity.type === 'PER' && !personal.has(key)) {
      b.entity.type = 'ORG';
      b.entity.rule += '+entities.article-name';
    }
  }

  // organisation names take the country of their "of" complement ("Ministero della Difesa russo" aside)
  for (const d of drafts) {
    if (d.source !== 'name' || d.type !== 'ORG' || !d.of) continue;
    const own = r.entityOf(d);
    const of = r.entityOf(d.of);
    if (own && of && !own.entity.country && of.entity.country) {
      own.entity.country = of.entity.country;
      d.rule += '+entities.of-country';
    }
  }

  const mentions: Mention[] = [];
  const nestedIn: Mention[] = [];
  const entities: Entity[] = [];
  const idOf = new Map<string, Entity>();
  const tokens = doc.tokens;
  for (const d of drafts) {
    const key = r.keyOf.get(d);
    if (key === undefined) continue;
    const built = r.builds.get(key);
    if (!built) continue;
    let entity = idOf.get(key);
    if (!entity) {
      entity = built.entity;
      entity.id = `E${entities.length + 1}`;
      entities.push(entity);
      idOf.set(key, entity);
    }
    const start = tokens[d.start].start;
    const end = tokens[d.end - 1].end;
    // "presidente Grasso": the proper name inside a role+name mention
    const name = d.nameStart !== undefined && d.nameStart > d.start ? { start: tokens[d.nameStart].start, end } : undefined;
    const mention: Mention = {
      id: `M${mentions.length + 1}`,
      start,
      end,
      text: doc.text.slice(start, end),
      type: d.mentionType ?? entity.type,
      kind: d.kind,
      entity: entity.id,
      sentence: d.sentence,
      tokenStart: d.start,
      tokenEnd: d.end,
      ...(name ? { name } : {}),
      rule: d.rule,
    };
    if (d.within) nestedIn.push(mention);

    entity.mentions.push(mention.id);
    mentions.push(mention);
  }
  for (const m of nestedIn) {
    const outer = mentions.find((o) => !nestedIn.includes(o) && o.sentence === m.sentence && o.tokenStart <= m.tokenStart && o.tokenEnd >= m.tokenEnd);
    if (outer) m.within = outer.id;
  }
  for (const e of entities) {
    if (e.sectors?.length === 0) delete e.sectors;
    for (const k of Object.keys(e) as (keyof Entity)[]) if (e[k] === undefined) delete e[k];
  }
  return { mentions, entities };
}
