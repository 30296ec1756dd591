import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupReminderDue, BACKUP_STALE_DAYS, POSTPONE_DAYS, postponedUntil, REMIND_FROM_ENTRIES } from '../../src/features/keep-safe/backup-reminder';
import { installPlatform, type DeviceFacts } from '../../src/features/keep-safe/install-platform';
import { backupReminderPostponedUntil, lastBackupAt, onBackupLogChange, postponeBackupReminder, recordBackup } from '../../src/storage/backup-log';
import { removeAllLocalData } from '../../src/storage/local-store';
import { askPersistenceOnce } from '../../src/storage/persistence';
import { freshDatabase } from '../support/fresh-database';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const CHROME_IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.156 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';
const FIREFOX_DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

function facts(patch: Partial<DeviceFacts>): DeviceFacts {
  return { userAgent: FIREFOX_DESKTOP, maxTouchPoints: 0, standalone: false, canPrompt: false, ...patch };
}

describe('installPlatform', () => {
  it('an installed app needs no guidance, on any device', () => {
    expect(installPlatform(facts({ userAgent: IPHONE, maxTouchPoints: 5, standalone: true }))).toBe('installed');
    expect(installPlatform(facts({ userAgent: ANDROID, standalone: true, canPrompt: true }))).toBe('installed');
  });

  it('an iPhone, an iPad that reports itself as a Mac, and Chrome on iOS all go through the share menu', () => {
    expect(installPlatform(facts({ userAgent: IPHONE, maxTouchPoints: 5 }))).toBe('ios');
    expect(installPlatform(facts({ userAgent: IPAD_AS_MAC, maxTouchPoints: 5 }))).toBe('ios');
    expect(installPlatform(facts({ userAgent: CHROME_IOS, maxTouchPoints: 5 }))).toBe('ios');
  });

  it('a real Mac (no touch points) is not an iPad', () => {
    expect(installPlatform(facts({ userAgent: IPAD_AS_MAC, maxTouchPoints: 0 }))).toBe('other');
  });

  it("the browser's own prompt where it offers one, else Android's menu, else the browser's menu", () => {
    expect(installPlatform(facts({ userAgent: ANDROID, canPrompt: true }))).toBe('prompt');
    expect(installPlatform(facts({ userAgent: ANDROID }))).toBe('android');
    expect(installPlatform(facts({ canPrompt: true }))).toBe('prompt');
    expect(installPlatform(facts({}))).toBe('other');
  });
});

describe('backupReminderDue', () => {
  const now = new Date('2026-12-04T10:00:00.000Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  const entries = (count: number, updatedAt = daysAgo(1)) => Array.from({ length: count }, () => ({ updatedAt }));

  it('never a backup: from five entries on', () => {
    expect(backupReminderDue({ entries: entries(REMIND_FROM_ENTRIES - 1), lastBackupAt: null, postponedUntil: null, now })).toBe(false);
    expect(backupReminderDue({ entries: entries(REMIND_FROM_ENTRIES), lastBackupAt: null, postponedUntil: null, now })).toBe(true);
  });

  it('a backup older than 14 days with entries changed since; not when nothing changed, not when recent', () => {
    const changedSince = [...entries(2, daysAgo(30)), { updatedAt: daysAgo(3) }];
    expect(backupReminderDue({ entries: changedSince, lastBackupAt: daysAgo(BACKUP_STALE_DAYS + 1), postponedUntil: null, now })).toBe(true);
    expect(backupReminderDue({ entries: entries(3, daysAgo(30)), lastBackupAt: daysAgo(BACKUP_STALE_DAYS + 1), postponedUntil: null, now })).toBe(false);
    expect(backupReminderDue({ entries: changedSince, lastBackupAt: daysAgo(BACKUP_STALE_DAYS - 1), postponedUntil: null, now })).toBe(false);
  });

  it('"Later" holds for a week, then the rules apply again', () => {
    const later = postponedUntil(now);
    expect(later.getTime() - now.getTime()).toBe(POSTPONE_DAYS * 24 * 60 * 60 * 1000);
    expect(backupReminderDue({ entries: entries(9), lastBackupAt: null, postponedUntil: later.toISOString(), now })).toBe(false);
    expect(backupReminderDue({ entries: entries(9), lastBackupAt: null, postponedUntil: later.toISOString(), now: new Date(later.getTime() + 1) })).toBe(true);
  });
});

describe('backup log', () => {
  afterEach(() => localStorage.clear());

  it('records the last backup and a postponement, tells listeners, and is cleared with the other kier: keys', () => {
    const heard = vi.fn();
    const stop = onBackupLogChange(heard);
    expect(lastBackupAt()).toBeNull();
    recordBackup(new Date('2026-12-01T08:00:00.000Z'));
    postponeBackupReminder(new Date('2026-12-08T08:00:00.000Z'));
    expect(lastBackupAt()).toBe('2026-12-01T08:00:00.000Z');
    expect(backupReminderPostponedUntil()).toBe('2026-12-08T08:00:00.000Z');
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    removeAllLocalData();
    expect(lastBackupAt()).toBeNull();
    expect(backupReminderPostponedUntil()).toBeNull();
  });

  it('reads a damaged or foreign value as "no backup"', () => {
    for (const raw of ['{"at":"gisteren"}', '{"at":12}', '"2026-12-01"', '{', 'null', '{"until":"2026-12-01"}']) {
      localStorage.setItem('kier:last-backup:v1', raw);
      expect(lastBackupAt()).toBeNull();
    }
  });
});

describe('askPersistenceOnce', () => {
  beforeEach(freshDatabase);
  afterEach(() => vi.unstubAllGlobals());

  it('counts as asked at once, also while the browser prompt is never answered (Firefox)', async () => {
    const persist = vi.fn(() => new Promise<boolean>(() => undefined));
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: async () => false } });
    void askPersistenceOnce();
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    // The next entry, with the first prompt still open: not asked again.
    await expect(askPersistenceOnce()).resolves.toBeNull();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
