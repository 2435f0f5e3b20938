// Test documents for the events stage: real segmentation, morphology and time expressions, but
// hand-given actor and place mentions, so the tests exercise this stage and not the entity lexicons.
import { runPipeline } from '../../src/core/pipeline.js';
import { languageStage } from '../../src/stages/language/index.js';
import { segmentStage } from '../../src/stages/segment/index.js';
import { morphStage } from '../../src/stages/morph/index.js';
import { timexStage } from '../../src/stages/timex/index.js';
import { extractEvents } from '../../src/stages/events/index.js';
import type { CronacaDocument, EntityType, MentionKind, PloverEvent } from '../../src/core/types.js';

export interface MentionSpec {
  /** Surface text; `nth` picks among repeated occurrences (1-based). */
  text: string;
  type: EntityType;
  kind?: MentionKind;
  sectors?: string[];
  country?: string;
  name?: string;
  nth?: number;
}

export function analyse(lang: string, text: string, mentions: MentionSpec[], published = '2024-03-20'): CronacaDocument {
  const doc = runPipeline(text, { language: lang, published }, [languageStage, segmentStage, morphStage, timexStage]);
  mentions.forEach((m, i) => {
    let from = 0;
    let start = -1;
    for (let n = 0; n < (m.nth ?? 1); n++) {
      start = text.indexOf(m.text, from);
      from = start + 1;
    }
    if (start < 0) throw new Error(`mention "${m.text}" not in text`);
    const end = start + m.text.length;
    const toks = doc.tokens.filter((t) => t.start >= start && t.end <= end);
    if (!toks.length) throw new Error(`mention "${m.text}" covers no token`);
    const id = `M${i + 1}`;
    const entity = `E${i + 1}`;
    doc.mentions.push({
      id, text: m.text, type: m.type, kind: m.kind ?? 'name', entity, sentence: toks[0].sentence,
      tokenStart: toks[0].index, tokenEnd: toks[toks.length - 1].index + 1, start, end, rule: 'test',
    });
    doc.entities.push({ id: entity, name: m.name ?? m.text, type: m.type, sectors: m.sectors, country: m.country, mentions: [id], rule: 'test' });
  });
  doc.events = extractEvents(doc);
  return doc;
}

export interface Brief {
  type: string;
  modes: string[];
  trigger: string;
  source: string[];
  target: string[];
}

export function brief(e: PloverEvent): Brief {
  return { type: e.type, modes: e.modes, trigger: e.trigger.text, source: e.source.map((a) => a.text), target: e.target.map((a) => a.text) };
}

export function events(lang: string, text: string, mentions: MentionSpec[], published?: string): Brief[] {
  return analyse(lang, text, mentions, published).events.map(brief);
}
