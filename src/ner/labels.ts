// BIO labels over KIND's three types. Label ids are fixed: a saved model's weight columns use them.
import type { EntityType } from '../core/types.js';

export const NER_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** 0 = O, then B-T, I-T per type in NER_TYPES order. */
export const LABELS = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const N_LABELS = LABELS.length;
export const OUTSIDE = 0;

export function beginOf(type: number): number {
  return 1 + 2 * type;
}

export function isBegin(label: number): boolean {
  return label > 0 && label % 2 === 1;
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

/** Type index (into NER_TYPES) of a B or I label. */
export function typeOf(label: number): number {
  return (label - 1) >> 1;
}

/** I-T may only follow B-T or I-T. */
export function allowed(prev: number, label: number): boolean {
  return !isInside(label) || (prev !== OUTSIDE && typeOf(prev) === typeOf(label));
}

/** A KIND type or a cronaca entity type as an index into NER_TYPES (GPE counts as LOC), -1 otherwise. */
export function nerTypeIndex(type: string): number {
  if (type === 'GPE') return 1;
  return (NER_TYPES as readonly string[]).indexOf(type);
}

export function entityTypeOf(typeIndex: number): EntityType {
  return NER_TYPES[typeIndex];
}

export interface LabelSpan {
  /** Token indices, half-open. */
  start: number;
  end: number;
  type: number;
}

/** The spans of a label sequence over tokens [from, to); `labels` is indexed like the tokens. */
export function spansOf(labels: ArrayLike<number>, from: number, to: number): LabelSpan[] {
  const out: LabelSpan[] = [];
  let open: LabelSpan | undefined;
  for (let i = from; i < to; i++) {
    const l = labels[i];
    if (isInside(l) && open && open.type === typeOf(l)) {
      open.end = i + 1;
      continue;
    }
    open = undefined;
    if (l !== OUTSIDE) {
      open = { start: i, end: i + 1, type: typeOf(l) };
      out.push(open);
    }
  }
  return out;
}
