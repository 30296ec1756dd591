import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../src/app/i18n';
import type { Locale } from '../../src/app/locales';
import { ExportBackup } from '../../src/features/data/ExportBackup';
import { StorageStatusPanel } from '../../src/features/data/StorageStatusPanel';
import { BackupReminder } from '../../src/features/keep-safe/BackupReminder';
import { InstallGuide } from '../../src/features/keep-safe/InstallGuide';
import { listenForInstallPrompt } from '../../src/features/keep-safe/install-prompt-early';
import { LastBackup } from '../../src/features/keep-safe/LastBackup';
import { lastBackupAt, recordBackup } from '../../src/storage/backup-log';
import { freshDatabase } from '../support/fresh-database';

vi.mock('../../src/features/data/download-file', () => ({ downloadFile: vi.fn() }));

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';

function renderIn(locale: Locale, node: preact.ComponentChild) {
  return render(<LocaleContext.Provider value={locale}>{node}</LocaleContext.Provider>);
}

/** Pretends to be another device: its user agent, touch points, and whether it runs from the home screen. */
function device({ userAgent, touch = 0, standalone = false }: { userAgent: string; touch?: number; standalone?: boolean }) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  vi.spyOn(navigator, 'maxTouchPoints', 'get').mockReturnValue(touch);
  Object.defineProperty(navigator, 'standalone', { value: standalone, configurable: true });
}

beforeEach(freshDatabase);
afterEach(async () => {
  vi.restoreAllMocks();
  delete (navigator as { standalone?: boolean }).standalone;
  await freshDatabase();
});

describe('InstallGuide', () => {
  it('on an iPhone in Safari: the share menu steps and why; with entries, how to move them with a backup', async () => {
    device({ userAgent: IPHONE, touch: 5 });
    renderIn('nl', <InstallGuide place="diary" entryCount={3} />);
    const guide = await screen.findByRole('region', { name: 'Zet Kier op je beginscherm' });
    expect(guide.textContent).toContain('Zet op beginscherm');
    expect(guide.textContent).toContain('zeven dagen');
    expect(guide.textContent).toContain('eigen opslag');
    expect(screen.getByRole('heading', { name: 'Heb je hier al geschreven?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar Back-up maken' }).getAttribute('href')).toBe('/nl/instellingen/gegevens#export-title');
  });

  it('elsewhere, the diary shows it only before the first entry', async () => {
    device({ userAgent: ANDROID, touch: 5 });
    const { unmount } = renderIn('nl', <InstallGuide place="diary" entryCount={0} />);
    expect((await screen.findByRole('region', { name: 'Zet Kier op je beginscherm' })).textContent).toContain('App installeren');
    unmount();
    renderIn('nl', <InstallGuide place="diary" entryCount={1} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region', { name: 'Zet Kier op je beginscherm' })).toBeNull();
  });

  it('not shown when Kier runs from the home screen; settings say it is installed', async () => {
    device({ userAgent: IPHONE, touch: 5, standalone: true });
    const { unmount } = renderIn('nl', <InstallGuide place="diary" entryCount={0} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region')).toBeNull();
    unmount();
    renderIn('nl', <InstallGuide place="settings" />);
    expect((await screen.findByRole('region', { name: 'Zet Kier op je beginscherm' })).textContent).toContain('Kier staat als app op dit apparaat.');
  });

  it('"Niet nu" is remembered for the diary and the plan; settings still show it', async () => {
    device({ userAgent: ANDROID, touch: 5 });
    const { unmount } = renderIn('nl', <InstallGuide place="plan" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Niet nu' }));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Je vindt dit later terug bij Instellingen'));
    unmount();
    const second = renderIn('nl', <InstallGuide place="plan" />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region')).toBeNull();
    second.unmount();
    renderIn('nl', <InstallGuide place="settings" />);
    expect(await screen.findByRole('region', { name: 'Zet Kier op je beginscherm' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Niet nu' })).toBeNull();
  });

  it("the browser's own prompt, only on a tap, and what the parent answered", async () => {
    device({ userAgent: ANDROID, touch: 5 });
    listenForInstallPrompt();
    const prompt = vi.fn(async () => undefined);
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt, userChoice: Promise.resolve({ outcome: 'dismissed' as const }) });
    window.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    renderIn('en', <InstallGuide place="diary" entryCount={0} />);
    const button = await screen.findByRole('button', { name: 'Install' });
    expect(prompt).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(await screen.findByText(/Kier was not installed/)).toBeTruthy();
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
  });
});

describe('StorageStatusPanel', () => {
  it('on an iPhone in Safari it says Safari erases after seven days, not "rarely"', async () => {
    device({ userAgent: IPHONE, touch: 5 });
    renderIn('nl', <StorageStatusPanel />);
    const persisted = await screen.findByTestId('persisted');
    expect(persisted.textContent).toContain('zeven dagen');
    expect(screen.getByTestId('installed').textContent).toContain('Kier staat niet als app op dit apparaat.');
    expect(screen.getByRole('link', { name: 'Hoe zet ik Kier op mijn beginscherm?' }).getAttribute('href')).toBe('/nl/instellingen#install');
    expect(document.body.textContent).not.toContain('zelden');
  });

  it('from the home screen on an iPhone: installed, and why backups still matter', async () => {
    device({ userAgent: IPHONE, touch: 5, standalone: true });
    renderIn('nl', <StorageStatusPanel />);
    expect((await screen.findByTestId('persisted')).textContent).toContain('Haal je Kier van je beginscherm');
    expect(screen.getByTestId('installed').textContent).toContain('Kier staat als app op dit apparaat.');
  });

  it('elsewhere, without a promise from the browser: space and clearing the browser, and the last backup', async () => {
    device({ userAgent: ANDROID, touch: 5 });
    Object.defineProperty(navigator, 'storage', { value: { persisted: async () => false, estimate: async () => ({ usage: 2048, quota: 10 ** 9 }) }, configurable: true });
    recordBackup(new Date('2026-11-20T09:00:00.000Z'));
    renderIn('nl', <StorageStatusPanel />);
    try {
      await waitFor(() => expect(screen.getByTestId('persisted').textContent).toContain('browsergegevens wist'));
      expect(screen.getByTestId('last-backup').textContent).toBe('Laatste back-up: 20 november 2026.');
    } finally {
      delete (navigator as { storage?: unknown }).storage;
    }
  });
});

describe('LastBackup', () => {
  it('says when there has been none, and follows a new backup in English day order', async () => {
    renderIn('en', <LastBackup />);
    expect((await screen.findByTestId('last-backup')).textContent).toBe('You have not made a backup on this device yet.');
    recordBackup(new Date('2026-11-30T12:00:00.000Z'));
    await waitFor(() => expect(screen.getByTestId('last-backup').textContent).toBe('Last backup: 30 November 2026.'));
  });
});

describe('BackupReminder', () => {
  const recent = Array.from({ length: 5 }, () => ({ updatedAt: new Date().toISOString() }));

  it('appears from five entries without a backup; "Later" puts it away and says so', async () => {
    const { unmount } = renderIn('nl', <BackupReminder entries={recent.slice(0, 4)} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region')).toBeNull();
    unmount();
    const second = renderIn('nl', <BackupReminder entries={recent} />);
    const reminder = await screen.findByRole('region', { name: 'Maak een back-up van je dagboek' });
    expect(reminder.textContent).toContain('5 notities');
    expect(screen.getByRole('link', { name: 'Back-up maken' }).getAttribute('href')).toBe('/nl/instellingen/gegevens#export-title');
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Over een week'));
    second.unmount();
    renderIn('nl', <BackupReminder entries={recent} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('gone after a backup', async () => {
    recordBackup(new Date());
    renderIn('nl', <BackupReminder entries={recent} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('ExportBackup through the share sheet', () => {
  it('where files can be shared: the parent chooses share or download; a shared file counts as the last backup', async () => {
    const share = vi.fn(async () => undefined);
    Object.assign(navigator, { canShare: () => true, share });
    try {
      renderIn('nl', <ExportBackup />);
      await screen.findByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' });
      fireEvent.click(screen.getByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' }));
      fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
      const shareButton = await screen.findByRole('button', { name: 'Bewaren of delen…' });
      expect(screen.getByRole('button', { name: 'Downloaden' })).toBeTruthy();
      expect(lastBackupAt()).toBeNull();
      fireEvent.click(shareButton);
      await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
      const shared = (share.mock.calls[0] as unknown as [{ files: File[] }])[0].files[0];
      expect(shared?.name).toMatch(/^kier-backup-\d{4}-\d{2}-\d{2}\.json$/);
      await waitFor(() => expect(lastBackupAt()).not.toBeNull());
      expect(await screen.findByText(/^Klaar: kier-backup/)).toBeTruthy();
    } finally {
      delete (navigator as { canShare?: unknown }).canShare;
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('a closed share sheet records nothing and keeps both choices', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    Object.assign(navigator, { canShare: () => true, share });
    try {
      renderIn('nl', <ExportBackup />);
      fireEvent.click(await screen.findByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' }));
      fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Bewaren of delen…' }));
      await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
      expect(lastBackupAt()).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Downloaden' }));
      await waitFor(() => expect(lastBackupAt()).not.toBeNull());
    } finally {
      delete (navigator as { canShare?: unknown }).canShare;
      delete (navigator as { share?: unknown }).share;
    }
  });
});
