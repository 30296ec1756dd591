/** Conversions between stored UTC timestamps and the device's local dates and times. */

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-11-22": the local calendar day of a timestamp. */
export function localDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-11-22T21:05": the value of an <input type="datetime-local">. */
export function toLocalInput(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The UTC timestamp of a datetime-local value; null when it is not a valid date and time. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  // 1901: a local time in 1900 can be 1899 in UTC, which backups refuse.
  if (year < 1901 || year > 2200) return null;
  return date.toISOString();
}
