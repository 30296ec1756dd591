import { expect } from 'vitest';
import { buildBackup, serializeBackup } from '../../src/features/backup/build-backup';
import type { BackupProblem, ParseResult, ParsedBackup } from '../../src/features/backup/backup-format';
import { parseBackup } from '../../src/features/backup/parse-backup';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';

export const EXPORTED_AT = new Date('2026-11-22T20:15:00.000Z');

/** A valid entry; `n` makes its id and time unique. */
export function makeEntry(n: number, overrides: Partial<DiaryEntry> = {}): DiaryEntry {
  const time = new Date(Date.UTC(2026, 2, 1) + n * 3_600_000).toISOString();
  return {
    id: `entry-${n}`,
    occurredAt: time,
    createdAt: time,
    updatedAt: time,
    kind: 'event',
    text: `Note ${n}`,
    tension: n % 11,
    tags: ['school'],
    ...overrides,
  };
}

/** Raw JSON text of a version 1 file with these (possibly broken) entries and top-level overrides. */
export function rawFile(diary: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'kier-backup',
    version: 1,
    exportedAt: EXPORTED_AT.toISOString(),
    app: { name: 'Kier' },
    settings: {},
    diary,
    ...top,
  });
}

export function byteLengthOf(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** parseBackup with the real UTF-8 size, as the UI will call it with File.size. */
export function parseText(text: string): ParseResult {
  return parseBackup(text, byteLengthOf(text));
}

export function textOf(entries: DiaryEntry[]): string {
  return serializeBackup(buildBackup({ diary: entries }, {}, EXPORTED_AT));
}

/** Asserts the exact problem object: no extra keys, so nothing else can slip into it. */
export function expectProblem(result: ParseResult, problem: BackupProblem): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problem).toStrictEqual(problem);
}

export function expectBackup(result: ParseResult): ParsedBackup {
  if (!result.ok) throw new Error(`Expected a valid backup, got problem ${JSON.stringify(result.problem)}`);
  return result.backup;
}
