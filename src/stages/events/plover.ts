// PLOVER type table (quad, modes), argument frames and complement modes from packs/world/plover.json.
import { readPackJson } from '../../core/packs.js';
import { PLOVER_TYPES, type PloverType } from '../../core/types.js';

export type Role = 'source' | 'target' | 'none';
export type Slot = 'subject' | 'object' | 'of' | 'agent' | 'against' | 'recipient' | 'with' | 'at' | 'content' | 'threatened' | 'object-doer' | 'measured';
export type Frame = Record<Slot, Role>;
const SLOTS: readonly Slot[] = ['subject', 'object', 'of', 'agent', 'against', 'recipient', 'with', 'at', 'content', 'threatened', 'object-doer', 'measured'];

interface PloverJson {
  sanctionQuad?: number;
  types: Record<string, { quad: number; modes: string[] }>;
  frames: Record<string, Frame>;
  contentTypes: string[];
  complementModes: Record<string, Record<string, string[]>>;
  complementModeFromModes?: Record<string, Record<string, string[]>>;
  policy?: Partial<Policy>;
}

export interface Policy {
  nominalNeedsSource: boolean;
  /** Nouns the clause asserts (subject, existential pivot, phase complement) are coded without a named doer. */
  assertedNominalsWithoutSource: boolean;
  dropProtestDemands: boolean;
  protesterSectors: string[];
  /** Sectors of police, armed forces and intelligence: the other side of a clash with protesters. */
  securitySectors: string[];
  /** Sectors of a government: the one a country or capital acting as a state takes, and a government seat's. */
  governmentSectors: string[];
  futureRouting: Record<string, string>;
  multilateralCodes: string[];
  /** Type -> modes of force used on a crowd: aimed at protesters, it also tells of their protest. */
  protestFromRepression: Record<string, string[]>;
  /** Outer content type -> inner type -> the type the outer event is coded as ("agreed to withdraw": CONCEDE). */
  complementRouting: Record<string, Record<string, string>>;
  /** Types whose frames take the `threatened` slot as their target (who the warned-of act would hit). */
  threatenedTarget: string[];
  /** Types whose frames take the `object-doer` slot as their target (who did or proposed the rejected or criticised thing). */
  objectDoerTarget: string[];
  /** Types whose frames take the `measured` slot as their target (the state whose people or goods the measure on the object hits). */
  measureTarget: string[];
  /** Types whose empty target takes only the doers of the acts they absorbed (one asked to act), not whom those acts fall on. */
  askedDoerTarget: string[];
  /** Type -> modes ("none": no mode) whose target is never a building or site, nor a place the verb is done to ("dato alle fiamme il Parlamento"). */
  sitesAreNoTarget: Record<string, string[]>;
}

export interface PloverTable {
  quad(type: PloverType): 1 | 2 | 3 | 4;
  validModes(type: PloverType): ReadonlySet<string>;
  isType(value: string): value is PloverType;
  frame(name: string): Frame | undefined;
  /** The frame as an event of `type` reads it (policies threatenedTarget, objectDoerTarget and measureTarget). */
  frameFor(name: string, type: PloverType): Frame | undefined;
  frameNames(): string[];
  isContentType(type: PloverType): boolean;
  policy: Policy;
  /** Type a firm future act is coded as (CONSULT -> AGREE, RETREAT -> CONCEDE), if any. */
  futureType(type: PloverType): PloverType | undefined;
  /** Type a content event is coded as because of the act it absorbed, if the policy routes it. */
  /** The type an `outer` act with an `inner` act as its content is coded as; `innerPos` selects a row such as "PROTEST:VERB". */
  complementType(outer: PloverType, inner: PloverType, innerPos?: string): PloverType | undefined;
  /** Modes a content event takes from the act it asks for / threatens / refuses. */
  complementModes(outer: PloverType, inner: PloverType, innerModes: readonly string[]): string[];
}

let cached: PloverTable | undefined;

/**
 * plover.json's complementRouting without its comment keys, every outer, inner and routed value a
 * PLOVER type; a wrong one stops loading with a message naming the entry.
 */
export function checkComplementRouting(raw: Record<string, unknown>, types: ReadonlySet<string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const where = 'packs/world/plover.json policy.complementRouting';
  for (const [outer, row] of Object.entries(raw)) {
    if (outer.startsWith('_')) continue;
    if (!types.has(outer) || typeof row !== 'object' || row === null) throw new Error(`cronaca: ${where}: "${outer}" is not a PLOVER type with a table of inner types`);
    out[outer] = {};
    for (const [inner, routed] of Object.entries(row as Record<string, unknown>)) {
      // "PROTEST:VERB": only an inner trigger of that part of speech
      const [type, pos, ...rest] = inner.split(':');
      if (!types.has(type) || (pos !== undefined && pos !== 'VERB' && pos !== 'NOUN') || rest.length || typeof routed !== 'string' || !types.has(routed)) {
        throw new Error(`cronaca: ${where}: ${outer} -> ${inner} -> ${String(routed)}: not PLOVER types (an inner type may end in :VERB or :NOUN)`);
      }
      out[outer][inner] = routed;
    }
  }
  return out;
}

/** A plover.json policy list of PLOVER types (threatenedTarget); a wrong entry stops loading with a message naming the key. */
export function checkTypeList(raw: unknown, key: string, types: ReadonlySet<string>): string[] {
  const list = raw ?? [];
  if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || !types.has(t))) {
    throw new Error(`cronaca: packs/world/plover.json policy.${key}: ${JSON.stringify(list)} is not a list of PLOVER types`);
  }
  return list as string[];
}

/**
 * A plover.json policy table of PLOVER types to lists of their modes ("none": the type without a
 * mode; sitesAreNoTarget); a wrong entry stops loading with a message naming the key and the entry.
 */
export function checkTypeModes(raw: unknown, key: string, modes: ReadonlyMap<string, ReadonlySet<string>>): Record<string, string[]> {
  const table = raw ?? {};
  if (typeof table !== 'object' || table === null || Array.isArray(table)) throw new Error(`cronaca: packs/world/plover.json policy.${key}: not a table of PLOVER types to modes`);
  for (const [type, list] of Object.entries(table)) {
    const valid = modes.get(type);
    if (!valid || !Array.isArray(list) || list.some((m) => typeof m !== 'string' || (m !== 'none' && !valid.has(m)))) {
      throw new Error(`cronaca: packs/world/plover.json policy.${key}: ${type} -> ${JSON.stringify(list)} is not a PLOVER type with a list of its modes (or "none")`);
    }
  }
  return table as Record<string, string[]>;
}

export function ploverTable(): PloverTable {
  if (cached) return cached;
  const json = readPackJson<PloverJson>('world', 'plover.json');
  if (!json) throw new Error('cronaca: packs/world/plover.json is missing');
  const types = new Set<string>(PLOVER_TYPES);
  const modes = new Map<string, Set<string>>();
  const quads = new Map<string, 1 | 2 | 3 | 4>();
  for (const t of PLOVER_TYPES) {
    const row = json.types[t];
    if (!row) throw new Error(`cronaca: plover.json lacks type ${t}`);
    const q = t === 'SANCTION' && json.sanctionQuad ? json.sanctionQuad : row.quad;
    quads.set(t, q as 1 | 2 | 3 | 4);
    modes.set(t, new Set(row.modes));
  }
  // A slot a frame does not name has no role ("at" exists only in the aimed-at frames).
  const frames = new Map(Object.entries(json.frames).map(([name, f]) => [name, Object.fromEntries(SLOTS.map((s) => [s, f[s] ?? 'none'])) as Frame]));
  const content = new Set(json.contentTypes);
  const policy: Policy = {
    nominalNeedsSource: json.policy?.nominalNeedsSource ?? true,
    assertedNominalsWithoutSource: json.policy?.assertedNominalsWithoutSource ?? false,
    dropProtestDemands: json.policy?.dropProtestDemands ?? true,
    protesterSectors: json.policy?.protesterSectors ?? [],
    securitySectors: json.policy?.securitySectors ?? [],
    governmentSectors: json.policy?.governmentSectors ?? [],
    futureRouting: json.policy?.futureRouting ?? {},
    multilateralCodes: json.policy?.multilateralCodes ?? [],
    protestFromRepression: json.policy?.protestFromRepression ?? {},
    complementRouting: checkComplementRouting(json.policy?.complementRouting ?? {}, types),
    threatenedTarget: checkTypeList(json.policy?.threatenedTarget, 'threatenedTarget', types),
    objectDoerTarget: checkTypeList(json.policy?.objectDoerTarget, 'objectDoerTarget', types),
    measureTarget: checkTypeList(json.policy?.measureTarget, 'measureTarget', types),
    askedDoerTarget: checkTypeList(json.policy?.askedDoerTarget, 'askedDoerTarget', types),
    sitesAreNoTarget: checkTypeModes(json.policy?.sitesAreNoTarget, 'sitesAreNoTarget', modes),
  };
  cached = {
    policy,
    futureType: (t) => {
      const r = policy.futureRouting[t];
      return r && types.has(r) ? (r as PloverType) : undefined;
    },
    quad: (t) => quads.get(t) ?? 4,
    validModes: (t) => modes.get(t) ?? new Set(),
    isType: (v): v is PloverType => types.has(v),
    frame: (n) => frames.get(n),
    frameFor: (n, type) => {
      const f = frames.get(n);
      const threatened = policy.threatenedTarget.includes(type);
      const doer = policy.objectDoerTarget.includes(type);
      const measured = policy.measureTarget.includes(type);
      if (!f || (!threatened && !doer && !measured)) return f;
      const key = `${n}${threatened ? '+threatened' : ''}${doer ? '+object-doer' : ''}${measured ? '+measured' : ''}`;
      let g = frames.get(key);
      if (!g) frames.set(key, (g = { ...f, ...(threatened ? { threatened: 'target' } : {}), ...(doer ? { 'object-doer': 'target' } : {}), ...(measured ? { measured: 'target' } : {}) }));
      return g;
    },
    frameNames: () => Object.keys(json.frames),
    isContentType: (t) => content.has(t),
    complementType: (outer, inner, innerPos) => {
      const row = policy.complementRouting[outer];
      const r = (innerPos ? row?.[`${inner}:${innerPos}`] : undefined) ?? row?.[inner];
      return r && types.has(r) ? (r as PloverType) : undefined;
    },
    complementModes(outer, inner, innerModes) {
      const out = new Set<string>();
      // A mode-specific entry ("RETREAT:resign" -> change) wins over the type's default.
      const byMode = json.complementModeFromModes?.[outer];
      if (byMode) for (const im of innerModes) for (const m of byMode[`${inner}:${im}`] ?? []) out.add(m);
      if (!out.size) for (const m of json.complementModes[outer]?.[inner] ?? []) out.add(m);
      const valid = modes.get(outer);
      return [...out].filter((m) => valid?.has(m));
    },
  };
  return cached;
}
