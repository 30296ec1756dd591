import { RIGHT_NOW_STEPS } from './right-now-steps';

/** `?n=1` … `?n=5` as an index into the steps; anything else is the first step. */
export function stepIndex(n: string | undefined): number {
  if (n === undefined || !/^[1-9]$/.test(n)) return 0;
  return Math.min(Number(n), RIGHT_NOW_STEPS.length) - 1;
}
