// The entities stage: gazetteer and pattern mentions (countries, cities, actors, groups, roles,
// capitalised names, acronyms), linked into document-level entities. See docs in api.ts for the
// helpers other stages use.
import type { Stage } from '../../core/stage.js';
import type { CronacaDocument } from '../../core/types.js';
import { attachModifiers } from './attach.js';
import { findCandidates } from './candidates.js';
import { flatten } from './flat.js';
import { getLexicon } from './lexicon.js';
import { resolve } from './resolve.js';

export { mentionAt, mentionsInSentence, entityById, entityForSpan, resolveSpan } from './api.js';
export { getLexicon } from './lexicon.js';

export function extractEntities(doc: CronacaDocument): void {
  if (doc.tokens.length === 0) {
    doc.mentions = [];
    doc.entities = [];
    return;
  }
  const lex = getLexicon(doc.language.code);
  const flat = flatten(doc);
  const drafts = attachModifiers(doc, lex, findCandidates(doc, lex, flat));
  const { mentions, entities } = resolve(doc, lex, drafts);
  doc.mentions = mentions;
  doc.entities = entities;
}

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc) {
    extractEntities(doc);
  },
};
