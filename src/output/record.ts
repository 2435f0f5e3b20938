import type {
  CronacaDocument, DocumentMeta, Entity, LanguageGuess, Mention, Message, PloverEvent, Sentence, Timex, Token,
} from '../core/types.js';

export const RECORD_SCHEMA_ID = 'cronaca/1';

/** An entity with its mentions inlined (the document model keeps them apart, linked by id). */
export type EntityRecord = Omit<Entity, 'mentions'> & { mentions: Mention[] };

/** What `--format json` prints for one document; described by schema/cronaca-record.schema.json. */
export interface CronacaRecord {
  schema: typeof RECORD_SCHEMA_ID;
  document: {
    id: string;
    /** Where the document came from: file path, "stdin", "batch.jsonl:3"... */
    input?: string;
    language: LanguageGuess;
    meta: DocumentMeta;
    /** The analysed text; every span in the record indexes into it (UTF-16 code units). */
    text: string;
  };
  sentences: Sentence[];
  /** Only with the `tokens` option (`--tokens`): they make the record ~10x larger. */
  tokens?: Token[];
  entities: EntityRecord[];
  timexes: Timex[];
  events: PloverEvent[];
  messages: Message[];
}

export interface RecordOptions {
  tokens?: boolean;
  input?: string;
}

export function toRecord(doc: CronacaDocument, options: RecordOptions = {}): CronacaRecord {
  const mentionsById = new Map(doc.mentions.map((m) => [m.id, m]));
  const record: CronacaRecord = {
    schema: RECORD_SCHEMA_ID,
    document: {
      id: doc.id,
      ...(options.input !== undefined ? { input: options.input } : {}),
      language: doc.language,
      meta: withoutUndefined(doc.meta),
      text: doc.text,
    },
    sentences: doc.sentences,
    entities: doc.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((id) => mentionsById.get(id)).filter((m): m is Mention => m !== undefined),
    })),
    timexes: doc.timexes,
    events: doc.events,
    messages: doc.messages,
  };
  if (options.tokens) record.tokens = doc.tokens;
  return record;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
