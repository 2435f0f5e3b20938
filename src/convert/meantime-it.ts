// Italian MEANTIME, coreference conversion (Diverse_CDCR_datasets): meantime.conll with
// `doc_key  sent_id  token_id  token  coref` rows between `#begin document` / `#end document`, and
// entities_mentions.json / event_mentions.json beside it (mentions linked to cross-document
// instances only). The entity and event layers are therefore marked partial (recall only).
// Entity types come from `mention_type` (PER, ORG, LOC scored; PRO, FIN ignored regions); the
// converter-computed fields (mention_head, mention_ner) are not gold and are not used. There is no
// syntactic type: a mention counts as a name when one of its words is
// capitalised ("Apple Computer", "il CEO di Apple"), else as nominal ("le due società"); a
// sentence-initial nominal ("La società") is thus taken for a name.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Span } from '../core/types.js';
import type { GoldDocument, GoldEntity, GoldEvent } from '../gold/types.js';
import { hull, layoutSentences } from './layout.js';
import { MEANTIME_SCOPE_SENTENCES } from './meantime.js';

interface CdcrMention {
  conll_doc_key: string;
  sent_id: number;
  tokens_number: number[];
  mention_type: string;
  description?: string;
}

function readMentions(path: string): CdcrMention[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CdcrMention[]) : [];
}

export function convertMeantimeIt(path: string, language = 'it'): GoldDocument[] {
  const conll = statSync(path).isDirectory() ? join(path, 'meantime.conll') : path;
  const dir = dirname(conll);
  const docs = new Map<string, string[][]>();
  for (const raw of readFileSync(conll, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key, sent, tok, form] = line.split('\t');
    let sentences = docs.get(key);
    if (!sentences) docs.set(key, (sentences = []));
    const s = Number(sent);
    while (sentences.length <= s) sentences.push([]);
    sentences[s][Number(tok)] = form;
  }
  const entities = readMentions(join(dir, 'entities_mentions.json'));
  const events = readMentions(join(dir, 'event_mentions.json'));

  const out: GoldDocument[] = [];
  for (const [key, sentences] of docs) {
    const layout = layoutSentences(sentences.map((tokens) => ({ tokens })));
    const spanOf = (m: CdcrMention): Span | undefined => {
      const spans = m.tokens_number.map((t) => layout.tokens[m.sent_id]?.[t]).filter((s): s is Span => s !== undefined);
      return spans.length > 0 ? hull(spans) : undefined;
    };
    const ents: GoldEntity[] = [];
    for (const m of entities) {
      if (m.conll_doc_key !== key) continue;
      const span = spanOf(m);
      if (!span) continue;
      const named = m.tokens_number.some((t) => /^\p{Lu}/u.test(sentences[m.sent_id]?.[t] ?? ''));
      ents.push({ ...span, type: m.mention_type, kind: named ? 'name' : 'nominal', ...(m.description ? { canonical: m.description } : {}) });
    }
    const evs: GoldEvent[] = [];
    for (const m of events) {
      if (m.conll_doc_key !== key) continue;
      const span = spanOf(m);
      if (span) evs.push({ ...span, class: m.mention_type });
    }
    const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
    const hasMentions = ents.length + evs.length > 0;
    const scopeEnd = layout.sentences[Math.min(MEANTIME_SCOPE_SENTENCES, layout.sentences.length) - 1]?.end ?? 0;
    out.push({
      id: key,
      language,
      text: layout.text,
      // Documents without any mention (the airbus part) carry no annotation layer at all.
      layers: hasMentions ? ['entities', 'events'] : [],
      partial: hasMentions ? ['entities', 'events'] : [],
      scope: [{ start: 0, end: scopeEnd }],
      sentences: layout.sentences,
      entities: ents.sort(byStart),
      events: evs.sort(byStart),
      source: key,
    });
  }
  return out;
}
