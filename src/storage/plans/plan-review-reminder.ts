import { readJson, writeJson } from '../local-store';

/**
 * The current plan's review date, mirrored in localStorage so the home page can say "time to
 * look back at your plan" without loading the database code (the home route has a tight
 * JavaScript budget). It holds a date only, never anything the parent wrote. "Delete
 * everything" removes it with every other `kier:` key.
 */
const KEY = 'kier:plan-review';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readPlanReviewDate(): string | null {
  const value = readJson(KEY);
  return typeof value === 'string' && DAY.test(value) ? value : null;
}

export function writePlanReviewDate(day: string): void {
  writeJson(KEY, DAY.test(day) ? day : null);
}

/** True from the review day on ("YYYY-MM-DD" compare as text). */
export function isReviewDue(reviewOn: string | null, today: string): boolean {
  return reviewOn !== null && reviewOn <= today;
}
