// How the text states a trigger: the factuality stage's reading of it (tokens, parse and cues; it
// never reads events) and the tense of its verb group. Coding rules that route futures or tell a
// new act from a reference back ask these.
import type { CronacaDocument, Factuality } from '../../core/types.js';
import { assessFactuality } from '../factuality/assess.js';
import type { TriggerMatch } from './match.js';
import type { DocViews, SentenceView } from './sentence-view.js';

/** The factuality reading of each trigger match, asked for by several coding rules. */
const readings = new WeakMap<TriggerMatch, Factuality>();

/** The factuality stage's reading of the trigger. */
export function triggerFactuality(doc: CronacaDocument, match: TriggerMatch): Factuality {
  let f = readings.get(match);
  if (!f) {
    f = assessFactuality(doc, { tokenStart: match.tokenStart, tokenEnd: match.tokenEnd, sentence: doc.tokens[match.tokenStart].sentence });
    readings.set(match, f);
  }
  return f;
}

/**
 * The text states the act firmly (docs/annotation.md: certainty CERTAIN or PROBABLE, not a
 * condition's clause): "it is unclear whether X will back Y" and "X may meet Y" are not firm.
 */
export function firmlyStated(doc: CronacaDocument, match: TriggerMatch): boolean {
  const f = triggerFactuality(doc, match);
  const certainty = f.certainty.value;
  return (certainty === 'CERTAIN' || certainty === 'PROBABLE') && !f.special.value.startsWith('COND_');
}

/** The writer or a source qualifies the act: its certainty is not CERTAIN. */
export function hedged(doc: CronacaDocument, match: TriggerMatch): boolean {
  return triggerFactuality(doc, match).certainty.value !== 'CERTAIN';
}

/** Tense of the trigger's verb group: firm future ("invierà", "will meet", "said it would withdraw"). */
export function isFirmFuture(views: DocViews, v: SentenceView, tok: number): boolean {
  const tokens = views.tokens;
  if (tokens[tok].feats.Tense === 'Fut') return true;
  const m = views.pack.markers;
  // "Talks are due to begin": the predicate a noun's tense comes from may itself be the future marker.
  let aux = m['future-aux'].has(tokens[tok]);
  for (let k = views.verbGroupStart(v, tok); k < tok; k++) {
    if (tokens[k].feats.Tense === 'Fut' || m['future-aux'].has(tokens[k])) aux = true;
  }
  if (!aux) return false;
  for (let k = v.start; k < v.end; k++) if (m.conditional.has(tokens[k])) return false;
  return true;
}

/** The verb group carries a finite indicative tense other than the future: its own tense says when. */
export function tensedIndicative(views: DocViews, v: SentenceView, tok: number): boolean {
  const tokens = views.tokens;
  for (let k = views.verbGroupStart(v, tok); k <= tok; k++) {
    const f = tokens[k].feats;
    if (f.VerbForm === 'Fin' && f.Mood !== 'Cnd' && f.Tense !== undefined && f.Tense !== 'Fut') return true;
  }
  return false;
}
