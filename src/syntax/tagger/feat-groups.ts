// The UD features the tagger predicts, one classifier slot block per feature ("group"): the
// feats perceptron scores every value of every group at once; each group takes its best value.

/** Features the events and factuality stages read, in CoNLL-U order (sorted by name). */
export const PREDICTED_FEATURES = ['Gender', 'Mood', 'Number', 'Person', 'Poss', 'PronType', 'Tense', 'VerbForm', 'Voice'];

export interface FeatLayout {
  names: string[];
  /** values[g][0] is '' (feature absent). */
  values: string[][];
  /** First class slot of each group; slots of group g are offsets[g] .. offsets[g] + values[g].length. */
  offsets: number[];
  total: number;
}

export function layoutFrom(names: string[], values: string[][]): FeatLayout {
  const offsets: number[] = [];
  let total = 0;
  for (const v of values) {
    offsets.push(total);
    total += v.length;
  }
  return { names, values, offsets, total };
}

/** Layout with every value of the predicted features seen in the training FEATS strings. */
export function buildLayout(featsStrings: Iterable<string>): FeatLayout {
  const seen = PREDICTED_FEATURES.map(() => new Set<string>());
  for (const s of featsStrings) {
    if (s === '_') continue;
    for (const pair of s.split('|')) {
      const eq = pair.indexOf('=');
      const g = PREDICTED_FEATURES.indexOf(pair.slice(0, eq));
      if (g >= 0) seen[g].add(pair.slice(eq + 1));
    }
  }
  return layoutFrom(PREDICTED_FEATURES, seen.map((s) => ['', ...[...s].sort()]));
}

/** Value index per group (0 = absent) of a CoNLL-U FEATS string. */
export function encodeFeats(layout: FeatLayout, feats: string, out = new Int32Array(layout.names.length)): Int32Array {
  out.fill(0);
  if (feats === '_' || feats === '') return out;
  for (const pair of feats.split('|')) {
    const eq = pair.indexOf('=');
    const g = layout.names.indexOf(pair.slice(0, eq));
    if (g < 0) continue;
    const v = layout.values[g].indexOf(pair.slice(eq + 1));
    if (v > 0) out[g] = v;
  }
  return out;
}

/** CoNLL-U FEATS string of value indices, "_" when all are absent. */
export function decodeFeats(layout: FeatLayout, values: ArrayLike<number>): string {
  let s = '';
  for (let g = 0; g < layout.names.length; g++) {
    const v = values[g];
    if (v > 0) s += (s ? '|' : '') + layout.names[g] + '=' + layout.values[g][v];
  }
  return s || '_';
}

/** The predicted features of a full FEATS string, in the same order ("_" when none). */
export function restrictFeats(layout: FeatLayout, feats: string): string {
  return decodeFeats(layout, encodeFeats(layout, feats));
}
