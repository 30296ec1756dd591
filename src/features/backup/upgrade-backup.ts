import { BACKUP_VERSION } from './backup-format';

/** A backup file after JSON.parse, before any checks beyond `format` and `version`. */
export type RawBackupFile = Record<string, unknown> & { version: number };

/** Turns a file of version N into the shape of version N + 1. The chain sets `version`. */
export type BackupUpgrade = (file: RawBackupFile) => Record<string, unknown>;

/**
 * One step per old version, keyed by the version it upgrades FROM. Raising BACKUP_VERSION
 * needs one new step here. Steps must build new objects (spread, never Object.assign, which
 * would honour a `__proto__` key from the file) and must not validate: the current schema
 * checks the result.
 */
export const UPGRADES: Readonly<Record<number, BackupUpgrade>> = {
  /** Version 2 adds the parent's plans; a version 1 file has none (a `plans` key in it is not Kier's). */
  1: (file) => ({ ...file, plans: [] }),
};

/**
 * Applies the steps from `file.version` up to `current`, in order. Returns null when a step
 * is missing (the version is not one this app knows how to read).
 */
export function upgradeToCurrent(
  file: RawBackupFile,
  upgrades: Readonly<Record<number, BackupUpgrade>> = UPGRADES,
  current: number = BACKUP_VERSION,
): RawBackupFile | null {
  let result = file;
  for (let version = file.version; version < current; version += 1) {
    const step = Object.hasOwn(upgrades, version) ? upgrades[version] : undefined;
    if (!step) return null;
    result = { ...step(result), version: version + 1 };
  }
  return result;
}
