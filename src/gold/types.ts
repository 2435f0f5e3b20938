// The cronaca gold format: one JSON document per line (JSONL). Offsets are UTF-16 code-unit
// indices into `text`, half-open [start, end), like everywhere else in cronaca.
// See docs/evaluation.md and schema/cronaca-gold.schema.json.
import type { Span } from '../core/types.js';

export const GOLD_LAYERS = ['entities', 'timexes', 'events', 'plover', 'factuality', 'tokens', 'syntax'] as const;
/**
 * entities: named-entity mentions; timexes: time expressions; events: event mentions (any
 * predicate); plover: events carry PLOVER types (exhaustively); factuality: events carry
 * certainty/polarity/time and/or factScore; tokens: words with UPOS and lemma; syntax: heads/deprels.
 */
export type GoldLayer = (typeof GOLD_LAYERS)[number];

/** How the mention refers: only `name` mentions are scored as named entities. */
export type GoldMentionKind = 'name' | 'nominal' | 'pronoun' | 'other';

export interface GoldEntity extends Span {
  /** PER, ORG, LOC, GPE are scored; any other type (PRO, FIN, MISC...) marks a region ignored by scoring. */
  type: string;
  kind?: GoldMentionKind;
  canonical?: string;
}

export interface GoldTimex extends Span {
  type: string;
  value: string;
  /** True for the document creation time when it is written in the text (a date line). */
  dct?: boolean;
}

/** A participant, place or attribution source, optionally anchored in the text. */
export interface GoldArgument extends Partial<Span> {
  text?: string;
}

export interface GoldEvent extends Span {
  /** PLOVER type, when the gold annotates PLOVER events. */
  type?: string;
  modes?: string[];
  /** Lemma of the predicate, when the corpus gives it (MEANTIME `pred`). */
  pred?: string;
  /** Corpus-specific class of the event (MEANTIME OTHER, SPEECH_COGNITIVE, ...). */
  class?: string;
  source?: GoldArgument[];
  target?: GoldArgument[];
  /** TIMEX3-style value of the event date. */
  date?: string;
  place?: GoldArgument;
  certainty?: string;
  polarity?: string;
  time?: string;
  special?: string;
  /** Sources from the outside in (author first); scored on the innermost one. */
  attribution?: GoldArgument[];
  /** Unified factuality scale, -3 .. +3. */
  factScore?: number;
}

export interface GoldToken extends Span {
  form: string;
  upos: string;
  lemma: string;
  /** Index in `tokens` (0-based, document level) of the head word; -1 for the root. */
  head: number;
  deprel: string;
  /** UD features, `A=B|C=D`, empty string when none. */
  feats: string;
  /** Set on the words of a multiword token (e.g. it "della" = di + la): the id shared by them. */
  mwt?: number;
}

export interface GoldDocument {
  id: string;
  language: string;
  text: string;
  /** Publication date (document creation time), ISO 8601. */
  published?: string;
  /** Regions where the annotation is complete; scoring counts only gold and predictions inside. */
  scope?: Span[];
  layers: GoldLayer[];
  /** Layers annotated only partly (not exhaustively): precision is not computed for them. */
  partial?: GoldLayer[];
  /**
   * `bare-name`: the corpus annotates only the proper name of a role+name mention ("Grasso", not
   * "presidente Grasso"; KIND), so a prediction's `name` span is scored. Default `full`.
   */
  entitySpans?: 'bare-name' | 'full';
  /**
   * `exhaustive`: every event that happened somewhere the text names carries its `place`, so an
   * event without one has none and a predicted place there is wrong (place precision is scored).
   */
  eventPlaces?: 'exhaustive';
  /** Gold sentence spans, used to report misses by sentence. */
  sentences?: Span[];
  entities?: GoldEntity[];
  timexes?: GoldTimex[];
  events?: GoldEvent[];
  tokens?: GoldToken[];
  /** Where the document came from (corpus file, document name). */
  source?: string;
}
