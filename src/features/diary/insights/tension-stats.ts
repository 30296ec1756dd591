export interface TensionStats {
  count: number;
  /** Rounded to one decimal; null when there are no values. */
  average: number | null;
  lowest: number | null;
  highest: number | null;
}

export function roundToOneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Count, average, lowest and highest of some tension values (0–10). */
export function tensionStats(values: readonly number[]): TensionStats {
  if (values.length === 0) return { count: 0, average: null, lowest: null, highest: null };
  let sum = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const value of values) {
    sum += value;
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  return { count: values.length, average: roundToOneDecimal(sum / values.length), lowest, highest };
}
