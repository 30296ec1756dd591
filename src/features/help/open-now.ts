/**
 * "Nu open" / "nu gesloten" from the device clock, only where it can be said for certain.
 * - `always`: the line is open day and night (checked, see help-lines.ts).
 * - `weekday-daytime`: a line open on working days in the daytime whose exact hours we could not
 *   confirm (1712, Meldpunt Zorgwekkend Gedrag). We only say "closed" when it surely is: at the
 *   weekend, or before 08:00 or from 18:00 on. In between we say nothing and the card tells the
 *   parent where to check the hours. Public holidays are not known here, so "open" is never claimed.
 * Times are read in the lines' own time zone (the Netherlands and Belgium share it).
 */
export type Schedule = 'always' | 'weekday-daytime';
export type OpenState = 'open' | 'closed' | 'unknown';

const ZONE = 'Europe/Brussels';
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short' });
const HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' });

/** The weekday (0 = Sunday) and hour (0–23) in the Netherlands and Belgium at `now`. */
export function localClock(now: Date): { weekday: number; hour: number } {
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(WEEKDAY.format(now));
  return { weekday, hour: Number(HOUR.format(now)) };
}

export function openState(schedule: Schedule | undefined, now: Date): OpenState {
  if (schedule === 'always') return 'open';
  if (schedule !== 'weekday-daytime') return 'unknown';
  const { weekday, hour } = localClock(now);
  const weekend = weekday === 0 || weekday === 6;
  return weekend || hour < 8 || hour >= 18 ? 'closed' : 'unknown';
}

/** Night in the Netherlands and Belgium: from 22:00 to 07:00. Used to put the night lines first. */
export function isNight(now: Date): boolean {
  const { hour } = localClock(now);
  return hour >= 22 || hour < 7;
}
