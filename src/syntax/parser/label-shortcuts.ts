// Arcs whose label the tags alone settle: when training arcs between a head tag and a dependent tag
// in one direction (DET before NOUN, PUNCT after VERB...) carried one label in at least 99% of at
// least 50 cases, the parser gives that label without scoring the label classifier's ~40 features.
// On the dev sets this labels about a sixth of the arcs and changes no score measurably.
import { ROOT_TAG, UPOS_TAGS } from './encode.js';

export const SHORTCUT_MIN_ARCS = 50;
export const SHORTCUT_MIN_SHARE = 0.99;

/** [head UPOS, dependent UPOS, 'left' (dependent before head) | 'right', label] */
export type LabelShortcut = [string, string, 'left' | 'right', string];

const TAGS = ROOT_TAG + 1;

/** Index of (head tag id, dependent tag id, direction) in a shortcut table. */
export const shortcutIndex = (headTag: number, depTag: number, depBeforeHead: boolean): number => (headTag * TAGS + depTag) * 2 + (depBeforeHead ? 0 : 1);

/** A table of label classes by shortcutIndex, -1 where the classifier decides. */
export function shortcutTable(list: readonly LabelShortcut[], labelNames: readonly string[], where: string): Int16Array {
  const table = new Int16Array(TAGS * TAGS * 2).fill(-1);
  const tagId = (t: string): number => {
    const i = UPOS_TAGS.indexOf(t);
    if (i < 0) throw new Error(`${where}: unknown UPOS tag ${JSON.stringify(t)} in the label shortcuts`);
    return i + 1;
  };
  for (const [head, dep, dir, label] of list) {
    const c = labelNames.indexOf(label);
    if (c < 0) throw new Error(`${where}: unknown label ${JSON.stringify(label)} in the label shortcuts`);
    table[shortcutIndex(tagId(head), tagId(dep), dir === 'left')] = c;
  }
  return table;
}

/** The shortcuts of a training set: `arcs` yields (head tag id, dependent tag id, dependent before head, label class). */
export function findShortcuts(arcs: Iterable<[number, number, boolean, number]>, labelNames: readonly string[]): LabelShortcut[] {
  const counts = new Map<number, Map<number, number>>();
  for (const [h, d, before, label] of arcs) {
    const key = shortcutIndex(h, d, before);
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    m.set(label, (m.get(label) ?? 0) + 1);
  }
  const out: LabelShortcut[] = [];
  for (const [key, m] of [...counts].sort((a, b) => a[0] - b[0])) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [label, c] of m) {
      total += c;
      if (c > bestCount || (c === bestCount && label < best)) [best, bestCount] = [label, c];
    }
    if (total < SHORTCUT_MIN_ARCS || bestCount < SHORTCUT_MIN_SHARE * total) continue;
    const pair = key >> 1;
    const h = Math.floor(pair / TAGS);
    const d = pair % TAGS;
    if (h < 1 || h > UPOS_TAGS.length || d < 1 || d > UPOS_TAGS.length) continue;
    out.push([UPOS_TAGS[h - 1], UPOS_TAGS[d - 1], (key & 1) === 0 ? 'left' : 'right', labelNames[best]]);
  }
  return out;
}
