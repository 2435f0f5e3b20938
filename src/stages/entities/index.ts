// The entities stage: gazetteer and pattern mentions (countries, cities, actors, groups, roles,
// capitalised names, acronyms), joined with the learned NER model's mentions when the language
// pack names one and it is installed, then linked into document-level entities. See docs in
// api.ts for the helpers other stages use.
import type { AnalyzeOptions, Stage } from '../../core/stage.js';
import type { CronacaDocument } from '../../core/types.js';
import { nerModel, tagMentions } from '../../ner/load.js';
import type { LabelSpan } from '../../ner/labels.js';
import { resolveModelDir } from '../../syntax/model-dir.js';
import { attachModifiers } from './attach.js';
import { findCandidates } from './candidates.js';
import type { Draft } from './draft.js';
import { type FlatPieces, flatten } from './flat.js';
import { type Lexicon, getLexicon } from './lexicon.js';
import { mergeModelMentions, nameInstitutions } from './model-merge.js';
import { retypeLoneNames } from './lone-names.js';
import { resolvePronouns } from './pronouns.js';
import { resolve } from './resolve.js';

export { antecedentOf, mentionAt, mentionById, mentionsInSentence, entityById, entityForSpan, resolveSpan } from './api.js';
export { getLexicon } from './lexicon.js';

export interface EntityCandidates {
  doc: CronacaDocument;
  lex: Lexicon;
  flat: FlatPieces;
  drafts: Draft[];
}

/** The stage's first pass: gazetteer matches and rule candidates, before modifiers are attached. */
export function entityCandidates(doc: CronacaDocument): EntityCandidates {
  const lex = getLexicon(doc.language.code);
  const flat = flatten(doc);
  return { doc, lex, flat, drafts: findCandidates(doc, lex, flat) };
}

/** Candidates joined with the NER model's mentions (also returned), when the pack names a model and it loads. */
function withModel(input: EntityCandidates, options: AnalyzeOptions): { drafts: Draft[]; spans?: LabelSpan[] } {
  const name = input.lex.settings.nerModel;
  if (!name) return { drafts: input.drafts };
  const { model, message } = nerModel(resolveModelDir(options.modelDir), name);
  if (message) input.doc.messages.push(message);
  if (!model) return { drafts: input.drafts };
  const spans = tagMentions(model, input);
  return { drafts: mergeModelMentions(input, spans, `${input.lex.lang}:ner-model`), spans };
}

export function extractEntities(doc: CronacaDocument, options: AnalyzeOptions = {}): void {
  if (doc.tokens.length === 0) {
    doc.mentions = [];
    doc.entities = [];
    return;
  }
  const input = entityCandidates(doc);
  const merged = withModel(input, options);
  let drafts = attachModifiers(doc, input.lex, merged.drafts);
  if (merged.spans) nameInstitutions(input, drafts, merged.spans);
  // A learned model types the names it knows; the lone-name reading is for packs without one.
  if (!merged.spans) drafts = retypeLoneNames(doc, drafts);
  const resolved = resolve(doc, input.lex, drafts);
  const { mentions, entities } = resolvePronouns(doc, input.lex.lang, resolved.mentions, resolved.entities);
  doc.mentions = mentions;
  doc.entities = entities;
}

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc, options) {
    extractEntities(doc, options);
  },
};
