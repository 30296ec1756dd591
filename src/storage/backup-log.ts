import { readJson, writeJson } from './local-store';

/**
 * When the parent last made a backup on this device, and until when the diary's backup reminder
 * waits. Kept in localStorage (dates only, nothing personal); "delete everything" clears them with
 * the other "kier:" keys. A value that is not a valid date reads as absent.
 */
const LAST_BACKUP = 'kier:last-backup:v1';
const REMINDER_POSTPONED = 'kier:backup-reminder:v1';

type Listener = () => void;
const listeners = new Set<Listener>();

function dateField(key: string, field: string): string | null {
  const value = readJson(key);
  if (typeof value !== 'object' || value === null) return null;
  const at = (value as Record<string, unknown>)[field];
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : null;
}

/** The moment of the last backup made on this device, as an ISO timestamp, or null. */
export function lastBackupAt(): string | null {
  return dateField(LAST_BACKUP, 'at');
}

/** A backup file was handed to the parent (downloaded or shared). */
export function recordBackup(now: Date): void {
  writeJson(LAST_BACKUP, { at: now.toISOString() });
  for (const listener of listeners) listener();
}

/** Until when the reminder waits after "Later", or null. */
export function backupReminderPostponedUntil(): string | null {
  return dateField(REMINDER_POSTPONED, 'until');
}

export function postponeBackupReminder(until: Date): void {
  writeJson(REMINDER_POSTPONED, { until: until.toISOString() });
  for (const listener of listeners) listener();
}

/** Called after a backup or a postponement in this tab. */
export function onBackupLogChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
