// The stage's working representation of a mention before entities are assigned.
import type { EntityType, MentionKind } from '../../core/types.js';
import type { GazCategory } from './lexicon.js';

export type DraftSource = GazCategory | 'name' | 'acronym';

export interface Draft {
  /** Token indices, half-open. */
  start: number;
  end: number;
  sentence: number;
  source: DraftSource;
  type: EntityType;
  kind: MentionKind;
  /** actor id, alpha3, geonameid, group id, role id, anaphor kinds; for names the folded words. */
  ref: string;
  rule: string;
  /** Tokens of the name proper inside a role+name mention ("Tokayev" in "presidente Tokayev"). */
  nameStart?: number;
  /** Role id when the mention was introduced with a role noun (or is a bare role). */
  role?: string;
  /** Sector forced by a role modifier ("ex presidente" -> ELI). */
  roleSector?: string;
  /** Country from a demonym or a country/organisation modifier. */
  country?: string;
  /** Entity kind for names found by pattern (party, government, ...) from an organisation keyword. */
  orgKind?: string;
  /** Actor used as a modifier ("NATO troops", "le truppe Nato"). */
  ownerActor?: string;
  /** A modifier kept as a mention of its own inside the group, role or name it modifies ("EU" in "EU leaders"). */
  within?: boolean;
  /** The mention an "of" complement points to ("forze armate dell'Alleanza"). */
  of?: Draft;
  /** Other cities of the same name (geonameids), for disambiguation by the countries of the document. */
  alternatives?: string[];
  /** A name run right after an article ("la Trenord", "dell'Alinghi"), where the language puts none before people. */
  determined?: boolean;
  /** Group id whose sectors an organisation name opening with that noun takes ("Procura di Milano" -> JUD). */
  sectorsOf?: string;
  /** Type given by the NER model: linking by name must not change it. */
  modelTyped?: boolean;
  /** A capitalised group noun the NER model reads as an organisation's name ("la Polizia"). */
  modelNamed?: boolean;
  /** The mention's type when it differs from its entity's: a lower-case institution noun read as an ORG name ("la polizia"), whose actor stays the group. */
  mentionType?: EntityType;
  /** Filled by resolution. */
  entity?: string;
}
