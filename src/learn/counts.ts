// Counting helpers for building tables from training data.

/** The most frequent value of a count map (ties go to the smaller value), its count and the total. */
export function mostFrequent(counts: Map<string, number>): { value: string; count: number; total: number } {
  let value = '';
  let count = 0;
  let total = 0;
  for (const [v, c] of counts) {
    total += c;
    if (c > count || (c === count && v < value)) [value, count] = [v, c];
  }
  return { value, count, total };
}
