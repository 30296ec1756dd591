/** Timestamps in backup files: ISO 8601 in UTC, like `Date.prototype.toISOString` writes them. */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * The timestamp in its canonical form ("2026-11-22T20:15:00.000Z"), or null when it is not a
 * real UTC date and time between 1900 and 2200. "2026-02-30T…" and "…T24:00Z" are refused even
 * though `Date.parse` would roll them over. The canonical form matters because the diary sorts
 * and compares timestamps as text (merge: "newer updatedAt wins").
 */
export function canonicalTimestamp(value: string): string | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const [, yyyy, mm, dd, hh, min, ss = '00', ms = ''] = match;
  const canonical = `${yyyy}-${mm}-${dd}T${hh}:${min}:${ss}.${ms.padEnd(3, '0')}Z`;
  const time = Date.parse(canonical);
  // A rolled-over date ("02-30" becomes "03-02") no longer reads the same once written back.
  if (Number.isNaN(time) || new Date(time).toISOString() !== canonical) return null;
  return canonical;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar day "YYYY-MM-DD" between 1900 and 2200, as <input type="date">
 * gives it (plans: "from when", "look back on"). "2026-02-30" and "2026-13-01" are not days.
 */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
