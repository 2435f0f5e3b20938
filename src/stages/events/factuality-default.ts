import type { Factuality } from '../../core/types.js';

const RULE = 'factuality.pending';

function j<T>(value: T): { value: T; spans: never[]; rule: string } {
  return { value, spans: [], rule: RULE };
}

/** Neutral factuality until the factuality stage overwrites it. */
export function pendingFactuality(): Factuality {
  return {
    certainty: j('CERTAIN' as const),
    polarity: j('POS' as const),
    time: j('NON_FUTURE' as const),
    special: j('NONE' as const),
    commitment: j('COMMITTED' as const),
    attribution: [{ text: 'author', spans: [], rule: RULE }],
    cues: [],
    score: 3,
  };
}
