// A name nobody introduced as a person. News introduces people with a first name or a role ("Kais
// Saied", "the activist Saied") before it uses the surname alone; a one-word unknown name that no
// longer person name in the document contains and no role introduces is an organisation, a party
// or a company ("Histadrut", "Zanu-PF", "Energoatom"), more often than a person; or a place that a
// locative marks elsewhere in the text. Only where no learned model types names (the Italian model
// does better on KIND: it knows which single names are people).
import type { CronacaDocument } from '../../core/types.js';
import type { Draft } from './draft.js';

export const LONE_NAME_RULE = 'entities.lone-name';

const nameText = (doc: CronacaDocument, d: Draft): string => doc.tokens.slice(d.start, d.end).map((t) => t.text.toLowerCase()).join(' ');

/**
 * Retypes lone unknown one-word person names as organisations, or as the place the text makes them
 * elsewhere (in place); returns the drafts without those that only modify a group's noun.
 */
export function retypeLoneNames(doc: CronacaDocument, drafts: Draft[]): Draft[] {
  const tokens = doc.tokens;
  const inLongerPerson = new Set<string>();
  // A name the text places somewhere ("in Nasir") is that place wherever it recurs ("Nasir came under fire").
  const placeType = new Map<string, 'LOC' | 'GPE'>();
  for (const d of drafts) {
    if ((d.type === 'LOC' || d.type === 'GPE') && d.source === 'name') placeType.set(nameText(doc, d), d.type);
  }
  for (const d of drafts) {
    if (d.type !== 'PER' || d.end - (d.nameStart ?? d.start) < 2) continue;
    for (let k = d.nameStart ?? d.start; k < d.end; k++) inLongerPerson.add(tokens[k].text.toLowerCase());
  }
  const modifiers = new Set<Draft>();
  const groupStarts = new Set(drafts.filter((d) => d.source === 'group' || d.source === 'role').map((d) => d.start));
  for (const d of drafts) {
    if (d.type !== 'PER' || d.source !== 'name' || d.rule !== 'entities.capitalised' || d.role || d.end - d.start !== 1) continue;
    if (inLongerPerson.has(tokens[d.start].text.toLowerCase())) continue;
    // A name before a noun modifies it ("Uyghur militants", "Druze civilians"): a people, not a body.
    // Where that noun is a group's or a role's, the group is the actor and the name no mention at all.
    const next = tokens[d.end];
    if (next && next.sentence === tokens[d.start].sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) {
      if (groupStarts.has(d.end)) modifiers.add(d);
      continue;
    }
    d.type = placeType.get(nameText(doc, d)) ?? 'ORG';
    d.rule = `${d.rule}+${LONE_NAME_RULE}`;
  }
  return modifiers.size ? drafts.filter((d) => !modifiers.has(d)) : drafts;
}
