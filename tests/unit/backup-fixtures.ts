import { expect } from 'vitest';
import { buildBackup, serializeBackup } from '../../src/features/backup/build-backup';
import type { BackupProblem, ParseResult, ParsedBackup } from '../../src/features/backup/backup-format';
import { parseBackup } from '../../src/features/backup/parse-backup';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import type { Plan } from '../../src/storage/plans/plan';

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

/**
 * A valid plan that uses every field: catalogue and own items, every decision, two start
 * items, a change kept for an item that is no longer a start item, suggestions and own lines,
 * and a supporter still being typed. `n` makes its id and times unique.
 */
export function makePlan(n: number, overrides: Partial<Plan> = {}): Plan {
  const time = new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString();
  return {
    id: `plan-${n}`,
    createdAt: time,
    updatedAt: time,
    step: 'review',
    items: [
      { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' },
      { id: 'i2', catalogueId: 'shouting-threats', decision: 'stop' },
      { id: 'i3', text: 'Ik sta om 3 uur op om de wifi te resetten', group: 'rhythm', decision: 'accept' },
      { id: 'i4', text: 'Hij eet alleen nog chips', decision: 'later' },
      { id: 'i5', catalogueId: 'pay-games' },
    ],
    startItemIds: ['i1', 'i2'],
    changes: [
      { itemId: 'i1', action: 'Ik zet het eten om 18 uur op tafel en breng het niet meer boven.', startsOn: '2026-10-05', announcement: 'Ik weet dat dit moeilijk is.' },
      { itemId: 'i4', action: 'Ik koop geen chips meer.', startsOn: '', announcement: '' },
    ],
    contact: [
      { id: 'c1', catalogueId: 'knock-good-night' },
      { id: 'c2', text: 'Samen naar de voetbaluitslagen kijken' },
    ],
    escalation: {
      responses: [
        { id: 'e1', catalogueId: 'delay' },
        { id: 'e2', text: 'Ik ga een blokje om' },
      ],
      whoToCall: 'Mijn zus Anna, 06-12345678',
    },
    supporters: [
      { id: 's1', name: 'Anna', role: 'Zus' },
      { id: 's2', name: '', role: '' },
    ],
    reviewOn: '2026-11-01',
    completedAt: time,
    ...overrides,
  };
}

/**
 * Raw JSON text of a file of the current version (2) with these (possibly broken) entries,
 * no plans, and top-level overrides (e.g. `{ plans: [...] }`).
 */
export function rawFile(diary: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'kier-backup',
    version: 2,
    exportedAt: EXPORTED_AT.toISOString(),
    app: { name: 'Kier' },
    settings: {},
    plans: [],
    diary,
    ...top,
  });
}

/** Raw JSON text of a version 1 file, as Kier wrote it before plans existed. */
export function rawFileV1(diary: unknown[], top: Record<string, unknown> = {}): string {
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

/**
 * The clock the fixtures are parsed against: after every date they use (up to 2200), so only the
 * future-date tests, which pass the real clock, meet that check.
 */
export const AFTER_EVERY_FIXTURE = Date.parse('2201-01-01T00:00:00.000Z');

/** parseBackup with the real UTF-8 size, as the UI will call it with File.size. */
export function parseText(text: string, now = AFTER_EVERY_FIXTURE): ParseResult {
  return parseBackup(text, byteLengthOf(text), { now });
}

export function textOf(entries: DiaryEntry[], plans: Plan[] = []): string {
  return serializeBackup(buildBackup({ diary: entries, plans }, {}, EXPORTED_AT));
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
