import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/features/backup/backup-format';
import { backupSpan } from '../../src/features/backup/backup-span';
import { backupFileName, buildBackup, serializeBackup } from '../../src/features/backup/build-backup';
import { parseBackup } from '../../src/features/backup/parse-backup';
import { UPGRADES, upgradeToCurrent, type RawBackupFile } from '../../src/features/backup/upgrade-backup';
import { ENTRY_KINDS, type DiaryEntry } from '../../src/storage/diary/diary-entry';
import type { Preferences } from '../../src/storage/preferences';
import { byteLengthOf, expectBackup, EXPORTED_AT, makeEntry, parseText, textOf } from './backup-fixtures';

describe('buildBackup', () => {
  it('writes the header, sorts entries oldest first then by id, and keeps settings', () => {
    const late = makeEntry(5);
    const early = makeEntry(1);
    const tieB = makeEntry(3, { id: 'b' });
    const tieA = makeEntry(3, { id: 'a' });
    const file = buildBackup({ diary: [late, tieB, early, tieA] }, { locale: 'en', country: 'BE' }, EXPORTED_AT);
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.exportedAt).toBe('2026-11-22T20:15:00.000Z');
    expect(file.app).toEqual({ name: 'Kier' });
    expect(file.diary.map((entry) => entry.id)).toEqual(['entry-1', 'a', 'b', 'entry-5']);
    expect(file.settings).toStrictEqual({ locale: 'en', country: 'BE' });
  });

  it('copies only known fields, leaves no undefined keys and does not touch its input', () => {
    const entry = { ...makeEntry(1), tension: undefined, planItemId: undefined, secret: 'x' } as DiaryEntry;
    const input = [entry];
    const file = buildBackup({ diary: input }, { locale: undefined, textSize: 'large' }, EXPORTED_AT);
    const copy = file.diary[0]!;
    expect(Object.keys(copy).sort()).toEqual(['createdAt', 'id', 'kind', 'occurredAt', 'tags', 'text', 'updatedAt']);
    expect(copy).not.toBe(entry);
    expect(copy.tags).not.toBe(entry.tags);
    expect(Object.keys(file.settings)).toEqual(['textSize']);
    expect(input[0]).toBe(entry);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('kier-backup-2026-01-05.json');
    expect(backupFileName(new Date(2026, 10, 22, 0, 1))).toBe('kier-backup-2026-11-22.json');
  });
});

describe('serializeBackup', () => {
  it('is valid JSON with one line per entry and ends with a newline', () => {
    const text = textOf([makeEntry(1), makeEntry(2, { text: 'two\nlines "quoted"' })]);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text.endsWith('}\n')).toBe(true);
    const entryLines = text.split('\n').filter((line) => line.startsWith('    {'));
    expect(entryLines).toHaveLength(2);
  });

  it('writes an empty diary as valid JSON', () => {
    const text = textOf([]);
    expect(JSON.parse(text).diary).toEqual([]);
    expect(expectBackup(parseText(text)).records.diary).toEqual([]);
  });
});

describe('backup round trip', () => {
  it('gives back the same records and settings', () => {
    const entries = [
      makeEntry(2, { kind: 'feelings', tags: [], tension: undefined, planItemId: 'plan-item_7' }),
      makeEntry(1, { text: 'Hij at mee aan tafel 🙂 <b>echt</b>', tags: ['eten', 'avond'] }),
    ];
    delete entries[0]!.tension;
    const settings: Preferences = { locale: 'nl', country: 'NL', quickExitUrl: 'https://www.buienradar.nl/', textSize: 'larger' };
    const file = buildBackup({ diary: entries }, settings, EXPORTED_AT);
    const backup = expectBackup(parseText(serializeBackup(file)));
    expect(backup.version).toBe(1);
    expect(backup.exportedAt).toBe(file.exportedAt);
    expect(backup.records).toStrictEqual({ diary: file.diary });
    expect(backup.settings).toStrictEqual(settings);
  });

  it('holds for arbitrary entries (unicode, emoji, markup, lone surrogates)', () => {
    const timestamp = fc
      .date({ min: new Date('1900-01-01T00:00:00.000Z'), max: new Date('2200-12-31T23:59:59.999Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{"format":"kier-backup"}', '\u2028\u2029\0', '👨‍👩‍👧 ❤️'),
    );
    const tag = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((value) => value.trim())
      .filter((value) => value.length > 0 && value.length <= 40);
    const entry = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        occurredAt: timestamp,
        createdAt: timestamp,
        updatedAt: timestamp,
        kind: fc.constantFrom(...ENTRY_KINDS),
        text,
        tension: fc.integer({ min: 0, max: 10 }),
        tags: fc.array(tag, { maxLength: 20 }),
        planItemId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      },
      { requiredKeys: ['id', 'occurredAt', 'createdAt', 'updatedAt', 'kind', 'text', 'tags'], noNullPrototype: true },
    );
    const settings = fc.record(
      {
        locale: fc.constantFrom('nl' as const, 'en' as const),
        country: fc.constantFrom('NL' as const, 'BE' as const),
        quickExitUrl: fc.constantFrom('https://www.buienradar.nl/', 'https://nos.nl/'),
        textSize: fc.constantFrom('normal' as const, 'large' as const, 'larger' as const),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (item) => item.id, maxLength: 15 }), settings, (entries, prefs) => {
        const file = buildBackup({ diary: entries }, prefs, EXPORTED_AT);
        const backup = expectBackup(parseText(serializeBackup(file)));
        expect(backup.records.diary).toStrictEqual(file.diary);
        expect(backup.settings).toStrictEqual(prefs);
        expect(new Set(backup.records.diary.map((item) => item.id))).toEqual(new Set(entries.map((item) => item.id)));
      }),
      { numRuns: 200 },
    );
  });

  it('rewrites valid short timestamps in the canonical form the diary sorts by', () => {
    const text = textOf([makeEntry(1)]).replace('"occurredAt":"2026-03-01T01:00:00.000Z"', '"occurredAt":"2026-03-01T01:00Z"');
    expect(text).toContain('"2026-03-01T01:00Z"');
    expect(expectBackup(parseText(text)).records.diary[0]!.occurredAt).toBe('2026-03-01T01:00:00.000Z');
  });

  it('parses and checks 10,000 entries quickly', () => {
    const words = 'Vandaag kwam hij even naar beneden om te eten en we praatten kort over school. ';
    const entries = Array.from({ length: 10_000 }, (_, n) =>
      makeEntry(n, { text: words.repeat(1 + (n % 6)), tags: ['school', 'eten', 'avond'].slice(0, n % 4), kind: ENTRY_KINDS[n % 5]! }),
    );
    const text = textOf(entries);
    const started = performance.now();
    const result = parseBackup(text, byteLengthOf(text));
    const elapsed = performance.now() - started;
    console.log(`parseBackup: 10,000 entries (${(text.length / 1024 / 1024).toFixed(1)} MB) in ${elapsed.toFixed(0)} ms`);
    expect(expectBackup(result).records.diary).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('docs/backup-format.md', () => {
  it('shows an example file that Kier accepts', () => {
    const doc = readFileSync(resolve(process.cwd(), 'docs/backup-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const backup = expectBackup(parseText(example!));
    expect(backup.records.diary).toHaveLength(2);
    expect(backup.settings).toStrictEqual({ locale: 'nl', country: 'NL', textSize: 'large' });
  });
});

describe('upgradeToCurrent', () => {
  const v1: RawBackupFile = { format: 'kier-backup', version: 1, diary: [] };

  it('has a step for every version before the current one', () => {
    for (let version = 1; version < BACKUP_VERSION; version += 1) expect(typeof UPGRADES[version]).toBe('function');
    expect(upgradeToCurrent(v1)).toBe(v1);
  });

  it('applies the steps in order and sets the version after each', () => {
    const seen: number[] = [];
    const upgrades = {
      1: (file: RawBackupFile) => (seen.push(file.version), { ...file, plans: [] }),
      2: (file: RawBackupFile) => (seen.push(file.version), { ...file, plans: 'v3' }),
    };
    const upgraded = upgradeToCurrent(v1, upgrades, 3);
    expect(seen).toEqual([1, 2]);
    expect(upgraded).toEqual({ format: 'kier-backup', version: 3, diary: [], plans: 'v3' });
    expect(v1).toEqual({ format: 'kier-backup', version: 1, diary: [] });
    expect(upgradeToCurrent({ ...v1, version: 2 }, upgrades, 3)).toEqual({ format: 'kier-backup', version: 3, diary: [], plans: 'v3' });
  });

  it('returns null when a step is missing', () => {
    expect(upgradeToCurrent(v1, { 2: (file) => file }, 3)).toBeNull();
  });
});

describe('backupSpan', () => {
  it('counts entries and finds the earliest and latest, in any order', () => {
    const entries = [makeEntry(5), makeEntry(1), makeEntry(9), makeEntry(3)];
    expect(backupSpan(entries)).toEqual({ count: 4, first: makeEntry(1).occurredAt, last: makeEntry(9).occurredAt });
  });

  it('has no period without entries', () => {
    expect(backupSpan([])).toEqual({ count: 0, first: null, last: null });
  });
});
