// The document model that flows through the pipeline. Every offset is a UTF-16 code-unit index
// into `CronacaDocument.text` (the extracted text for HTML input), half-open: [start, end).

export interface Span {
  start: number;
  end: number;
}

/** Where a value came from: the words behind it and the rule or lexicon entry that produced it. */
export interface Evidence {
  spans: Span[];
  /** Stable rule id, e.g. "seg.abbrev", "it:events:arrestare", "en:factuality:probably". */
  rule: string;
}

export interface DocumentMeta {
  id?: string;
  source?: string;
  url?: string;
  title?: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD or a full date-time). Anchors relative time expressions. */
  published?: string;
  /** ISO 639-1 code given by the user; when absent the language stage detects it. */
  language?: string;
}

export interface LanguageGuess {
  code: string;
  /** True when a language pack exists and the document was analysed in depth. */
  supported: boolean;
  rule: string;
  scores?: Record<string, number>;
}

export interface Sentence extends Span {
  index: number;
  /** Index of its first token and one past its last in `tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export type Upos =
  | 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'ADP' | 'DET' | 'PRON'
  | 'CCONJ' | 'SCONJ' | 'NUM' | 'PUNCT' | 'PART' | 'INTJ' | 'SYM' | 'X';

/** A subset of Universal Dependencies features: what the event and factuality stages need. */
export interface Feats {
  Mood?: 'Ind' | 'Sub' | 'Cnd' | 'Imp';
  Tense?: 'Pres' | 'Past' | 'Imp' | 'Fut';
  VerbForm?: 'Fin' | 'Inf' | 'Part' | 'Ger';
  Person?: '1' | '2' | '3';
  Number?: 'Sing' | 'Plur';
  Gender?: 'Masc' | 'Fem';
  Voice?: 'Pass';
  /** Possessive determiner or pronoun ("her", "their", "loro"). */
  Poss?: 'Yes';
}

export interface Token extends Span {
  index: number;
  sentence: number;
  text: string;
  /** Lower-cased, typographic apostrophes/quotes folded to ASCII. */
  norm: string;
  lemma: string;
  pos: Upos;
  feats: Feats;
  /** Rule or lexicon that gave lemma and pos, e.g. "it:morph-it", "en:wink-lemmatizer", "morph.capitalised". */
  morphRule: string;
  /** True when whitespace follows the token in the text. */
  spaceAfter: boolean;
  /** Dependency head as a token index in `CronacaDocument.tokens`, -1 for the sentence root (set by the syntax stage). */
  head?: number;
  /** UD relation to the head, with subtype (nsubj, obj, obl:agent, nsubj:pass...). */
  deprel?: string;
  /** The syntactic words of this token in `CronacaDocument.words`: [wordStart, wordEnd). */
  wordStart?: number;
  wordEnd?: number;
}

/**
 * A syntactic word in the Universal Dependencies sense: a token such as Italian "della" is two
 * words (di + la). Set by the syntax stage; the span is the whole token's for a multiword token.
 */
export interface Word extends Span {
  index: number;
  sentence: number;
  /** Index of the token in `CronacaDocument.tokens` this word belongs to. */
  token: number;
  form: string;
  lemma: string;
  pos: Upos;
  /** Universal features as in CoNLL-U ("Mood=Ind|Number=Sing"), "_" when none. */
  feats: string;
  /** Head as a word index in `CronacaDocument.words`, -1 for the root. */
  head: number;
  deprel: string;
  /** Rule or model that produced the tag and the arc, e.g. "it:tagger", "it:parser". */
  rule: string;
}

export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'GROUP';
/** `demonym`: a nationality adjective that modifies no group or role ("Russian strikes", "attacchi russi"), a mention of its country. */
export type MentionKind = 'name' | 'acronym' | 'alias' | 'role' | 'group' | 'pronoun' | 'demonym';

export interface Mention extends Span {
  id: string;
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** Id of the Entity this mention refers to. */
  entity: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** The proper name inside a role+name mention ("Grasso" in "presidente Grasso"); absent otherwise. */
  name?: Span;
  /** For a pronoun: the id of the earlier mention it refers back to. */
  antecedent?: string;
  /**
   * For a name or demonym that modifies a longer mention ("EU" in "EU leaders", "Russian" in
   * "Russian troops"): the id of that mention. Events and coreference read the longer one.
   */
  within?: string;
  rule: string;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

export interface Entity {
  id: string;
  /** Canonical name, in English, the same whatever the document's language. */
  name: string;
  type: EntityType;
  wikidata?: string;
  /** PLOVER country or special code (ISO 3166 alpha-3, IGO, UNO, EUR, NGO, ...). */
  country?: string;
  /** PLOVER sector codes, primary first (GOV, MIL, COP, SPY, CVL, REB, ...). */
  sectors?: string[];
  coordinates?: Coordinates;
  geonameid?: number;
  /**
   * For a GPE or LOC: `country` (a state), `city` (a gazetteer city), the actor gazetteer's kind
   * (`region`, `sea`, `planet`), or `place` for a name the context makes a place ("in Huwara").
   */
  placeKind?: string;
  /** Mention ids, in text order. */
  mentions: string[];
  rule: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  id: string;
  text: string;
  type: TimexType;
  /** TIMEX3-style value: 2022-01-16, 2022-01, 1989, XXXX-01-16, PRESENT_REF, P3D ... */
  value: string;
  /** For ranges ("dal 1989 al 2019"): the two ends as TIMEX3 values. */
  range?: { begin: string; end: string };
  mod?: 'START' | 'END' | 'MID' | 'APPROX' | 'BEFORE' | 'AFTER';
  /** What the value was computed from. */
  anchor: 'absolute' | 'published' | 'previous' | 'unanchored';
  sentence: number;
  rule: string;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type Certainty = 'CERTAIN' | 'PROBABLE' | 'POSSIBLE' | 'UNDERSPECIFIED';
export type Polarity = 'POS' | 'NEG' | 'UNDERSPECIFIED';
export type EventTime = 'NON_FUTURE' | 'FUTURE' | 'UNDERSPECIFIED';
export type Special = 'NONE' | 'GEN' | 'COND_MAIN_CLAUSE' | 'COND_IF_CLAUSE';
export type Commitment = 'COMMITTED' | 'UNCOMMITTED' | 'DISTANCED';

/** A value together with the evidence behind it. */
export interface Judgement<T> extends Evidence {
  value: T;
}

export interface Cue extends Span {
  text: string;
  /** Cue class from the language pack: hedge-probable, negation, reporting, booster, ... */
  class: string;
  rule: string;
}

/** Who the text says is the source of a statement, from the outside in: author first. */
export interface AttributionLink extends Evidence {
  /** "author", "unnamed", or the source's surface text. */
  text: string;
  /** Entity id when the source was resolved to an entity. */
  entity?: string;
}

export interface Factuality {
  certainty: Judgement<Certainty>;
  polarity: Judgement<Polarity>;
  time: Judgement<EventTime>;
  special: Judgement<Special>;
  commitment: Judgement<Commitment>;
  /** author first, innermost (relevant) source last. */
  attribution: AttributionLink[];
  cues: Cue[];
  /** FactBank-style score, -3 .. +3 (certainty weight x polarity sign). */
  score: number;
}

export interface ActorRef extends Evidence {
  text: string;
  entity?: string;
  mention?: string;
}

export interface EventDate extends Evidence {
  value: string;
  timex?: string;
}

export interface EventPlace extends Evidence {
  name: string;
  entity?: string;
  country?: string;
  coordinates?: Coordinates;
}

export interface PloverEvent {
  id: string;
  type: PloverType;
  modes: string[];
  quad: 1 | 2 | 3 | 4;
  sentence: number;
  /** The trigger words and the lexicon entry or pattern that matched them. */
  trigger: Evidence & { text: string; lemma: string };
  /** The clause or sentence that supports the whole record. */
  evidence: Span;
  source: ActorRef[];
  target: ActorRef[];
  date?: EventDate;
  place?: EventPlace;
  factuality: Factuality;
  /** Every rule id that contributed to this record. */
  rules: string[];
}

export interface Message {
  level: 'info' | 'warning' | 'error';
  code: string;
  text: string;
  span?: Span;
}

/** The analysis of one document. Stages fill the layers in order. */
export interface CronacaDocument {
  /** sha256 of the analysed text, hex, first 16 chars, unless the input gave an id. */
  id: string;
  text: string;
  meta: DocumentMeta;
  language: LanguageGuess;
  sentences: Sentence[];
  tokens: Token[];
  /** Syntactic words with their dependency tree (empty when no syntax model is loaded). */
  words: Word[];
  mentions: Mention[];
  entities: Entity[];
  timexes: Timex[];
  events: PloverEvent[];
  messages: Message[];
}
