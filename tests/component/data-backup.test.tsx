import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../src/app/i18n';
import type { Locale } from '../../src/app/locales';
import type { BackupProblem, BackupProblemCode } from '../../src/features/backup/backup-format';
import { buildBackup } from '../../src/features/backup/build-backup';
import { encryptBackup, openEncryptedBackup } from '../../src/features/backup/encrypted-backup';
import { checkBackup } from '../../src/features/backup/parse-backup';
import { BackupProblemMessage } from '../../src/features/data/BackupProblemMessage';
import { DeleteEverything } from '../../src/features/data/DeleteEverything';
import { downloadFile } from '../../src/features/data/download-file';
import { ExportBackup } from '../../src/features/data/ExportBackup';
import { ImportBackup } from '../../src/features/data/ImportBackup';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import { lockRepository } from '../../src/storage/lock/lock-repository';
import { resetLockStateForTests } from '../../src/storage/lock/lock-state';
import type { Plan } from '../../src/storage/plans/plan';
import { planRepository } from '../../src/storage/plans/plan-repository';
import { readPreferences, savePreferences } from '../../src/storage/preferences';
import { freshDatabase } from '../support/fresh-database';

vi.mock('../../src/features/data/download-file', () => ({ downloadFile: vi.fn() }));

/** The data page's backup parts with the plans in them, rendered on their own. */


beforeEach(freshDatabase);
afterEach(freshDatabase);

function entry(n: number, occurredAt: string): DiaryEntry {
  return { id: `e${n}`, occurredAt, createdAt: occurredAt, updatedAt: occurredAt, kind: 'event', text: `Notitie ${n}`, tags: [] };
}

function plan(id: string, createdAt: string): Plan {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    step: 'sort',
    items: [{ id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' }],
    startItemIds: [],
    changes: [],
    contact: [],
    escalation: { responses: [], whoToCall: '' },
    supporters: [],
    reviewOn: '',
  };
}

function fileOf(diary: DiaryEntry[], plans: Plan[], settings: Record<string, unknown> = {}): File {
  const text = JSON.stringify({ format: 'kier-backup', version: 2, exportedAt: '2026-11-22T20:15:00.000Z', app: { name: 'Kier' }, settings, plans, diary });
  return new File([text], 'kier-backup-2026-11-22.json', { type: 'application/json' });
}

function renderIn(locale: Locale, node: preact.ComponentChild) {
  return render(<LocaleContext.Provider value={locale}>{node}</LocaleContext.Provider>);
}

async function choose(file: File) {
  const input = await screen.findByLabelText(/Kies een back-upbestand|Choose a backup file/);
  fireEvent.change(input, { target: { files: [file] } });
  return screen.findByText(/Dit bestand bevat|This file holds/);
}

const MARCH = '2026-03-10T10:00:00.000Z';
const JUNE = '2026-06-10T10:00:00.000Z';

describe('import summary with plans', () => {
  it.each<[Locale, DiaryEntry[], Plan[], string]>([
    ['nl', [entry(1, MARCH), entry(2, JUNE)], [plan('a', MARCH), plan('b', JUNE)], 'Dit bestand bevat 2 notities en 2 plannen. De notities zijn van maart 2026 tot juni 2026.'],
    ['nl', [entry(1, MARCH)], [plan('a', MARCH)], 'Dit bestand bevat 1 notitie en 1 plan. De notitie is uit maart 2026.'],
    ['nl', [entry(1, MARCH), entry(2, MARCH)], [], 'Dit bestand bevat 2 notities. De notities zijn uit maart 2026.'],
    ['nl', [], [plan('a', MARCH)], 'Dit bestand bevat geen notities en 1 plan.'],
    ['nl', [], [], 'Dit bestand bevat geen notities en geen plannen.'],
    ['en', [entry(1, MARCH), entry(2, JUNE)], [plan('a', MARCH), plan('b', JUNE)], 'This file holds 2 entries and 2 plans. The entries are from March 2026 to June 2026.'],
    ['en', [entry(1, MARCH)], [plan('a', MARCH)], 'This file holds 1 entry and 1 plan. The entry is from March 2026.'],
    ['en', [], [plan('a', MARCH), plan('b', MARCH)], 'This file holds no entries and 2 plans.'],
  ])('%s: %j entries and plans', async (locale, diary, plans, expected) => {
    renderIn(locale, <ImportBackup />);
    const summary = await choose(fileOf(diary, plans));
    expect(summary.textContent).toContain(expected);
  });

  it('says how many entries and plans go and come before a replace, and what it did', async () => {
    await diaryRepository.save(entry(9, MARCH));
    await planRepository.save(plan('old', MARCH));
    renderIn('nl', <ImportBackup />);
    await choose(fileOf([entry(1, MARCH), entry(2, JUNE)], []));
    expect(screen.getByText(/Wat nu op dit apparaat staat, verdwijnt: 1 notitie en 1 plan\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Vervangen/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Nu op dit apparaat: 1 notitie en 1 plan. Dat wordt allemaal gewist. Daarna staat hier wat in het bestand zit: 2 notities en geen plannen.');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, vervang alles', hidden: true }));
    expect(await screen.findByText('Klaar. Je dagboek en je plannen zijn vervangen door de back-up. Nu op dit apparaat: 2 notities en geen plannen. Gewist: 1 notitie en 1 plan.')).toBeTruthy();
    expect(await planRepository.all()).toEqual([]);
  });

  it('names the plans after a merge that brought some, and keeps the diary message without', async () => {
    await planRepository.save(plan('a', MARCH));
    renderIn('nl', <ImportBackup />);
    await choose(fileOf([entry(1, MARCH)], [plan('a', MARCH), plan('b', JUNE)]));
    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten' }));
    expect(await screen.findByText('Klaar. Notities: 1 nieuw, 0 bijgewerkt, 0 al aanwezig. Plannen: 1 nieuw, 0 bijgewerkt, 1 al aanwezig.')).toBeTruthy();

    await choose(fileOf([entry(2, MARCH)], []));
    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten' }));
    expect(await screen.findByText('Klaar. Nieuw: 1. Bijgewerkt: 0. Al aanwezig: 0.')).toBeTruthy();
  });
});

describe('settings in a restored file', () => {
  it('never take the quick-exit site or the language from the file, and the confirmation lists what changes', async () => {
    savePreferences({ quickExitUrl: 'https://nos.nl/', country: 'NL', locale: 'nl' });
    renderIn('nl', <ImportBackup />);
    await choose(fileOf([entry(1, MARCH)], [], { quickExitUrl: 'https://kijk-wat-je-moeder-doet.example/', country: 'BE', textSize: 'larger', locale: 'en' }));
    fireEvent.click(screen.getByRole('radio', { name: /Vervangen/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['hulplijnen voor: België (Vlaanderen)', 'tekstgrootte: Groter']);
    expect(dialog.textContent).toContain('Je taal en de website van Snel weg blijven zoals jij ze koos.');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, vervang alles', hidden: true }));
    await screen.findByText(/Klaar\./);
    expect(readPreferences()).toEqual({ quickExitUrl: 'https://nos.nl/', country: 'BE', locale: 'nl', textSize: 'larger' });
  });

  it('say so when the file changes no setting', async () => {
    savePreferences({ country: 'NL' });
    renderIn('nl', <ImportBackup />);
    await choose(fileOf([entry(1, MARCH)], [], { country: 'NL' }));
    fireEvent.click(screen.getByRole('radio', { name: /Vervangen/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Je instellingen blijven zoals ze zijn.');
  });
});

describe('delete everything', () => {
  it('lists the plans that will be gone', async () => {
    await planRepository.save(plan('a', MARCH));
    await planRepository.save(plan('b', JUNE));
    renderIn('nl', <DeleteEverything />);
    fireEvent.click(screen.getByRole('button', { name: 'Alles wissen…' }));
    await waitFor(() => expect(screen.getByText('2 plannen')).toBeTruthy());
    expect(screen.getByText('0 dagboeknotities')).toBeTruthy();
  });
});

describe('backup problems about plans', () => {
  const PROBLEMS: BackupProblem[] = [
    { code: 'tooManyPlans', limit: 500 },
    { code: 'invalidPlan', plan: 2, field: 'startItemIds' },
    { code: 'invalidPlan', plan: 3 },
    { code: 'invalidPlan', plan: 1, field: 'escalation' },
    { code: 'duplicatePlanId', plan: 4, otherPlan: 1 },
    { code: 'invalidFile', field: 'plans' },
    { code: 'futureDate', plan: 2, field: 'createdAt' },
    { code: 'futureDate', entry: 7, field: 'updatedAt' },
    { code: 'futureDate', field: 'exportedAt' },
  ];

  it.each(PROBLEMS.flatMap((problem) => (['nl', 'en'] as const).map((locale) => [locale, problem.code, problem] as const)))('%s: %s', (locale, _, problem) => {
    const errors = vi.spyOn(console, 'error');
    renderIn(locale, <BackupProblemMessage problem={problem} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(errors).not.toHaveBeenCalled();
    expect(text).not.toMatch(/{{|}}|data\.|undefined/);
    for (const value of [problem.plan, problem.otherPlan, problem.limit, problem.entry]) if (value !== undefined) expect(text).toContain(String(value));
    expect(text).toMatch(locale === 'nl' ? /niets veranderd/ : /Nothing on this device has changed|nothing on this device has changed/);
  });

  it('says which date lies in the future, in words', () => {
    renderIn('nl', <BackupProblemMessage problem={{ code: 'futureDate', plan: 2, field: 'createdAt' }} />);
    expect(screen.getByRole('alert').textContent).toContain('Bij plan 2 in dit bestand ligt ‘gemaakt op’ in de toekomst.');
  });

  it('names the plan field in words', () => {
    renderIn('nl', <BackupProblemMessage problem={{ code: 'invalidPlan', plan: 2, field: 'startItemIds' }} />);
    expect(screen.getByRole('alert').textContent).toContain('Bij plan 2 in dit bestand klopt ‘waar je mee begint’ niet.');
  });

  it('has words for every problem code', () => {
    const codes: BackupProblemCode[] = [
      'empty',
      'tooLarge',
      'notJson',
      'notKier',
      'newerVersion',
      'unknownVersion',
      'tooManyEntries',
      'invalidEntry',
      'invalidFile',
      'duplicateId',
      'tooManyPlans',
      'invalidPlan',
      'duplicatePlanId',
      'invalidEncryption',
      'nestedEncryption',
      'wrongPassword',
      'futureDate',
    ];
    const errors = vi.spyOn(console, 'error');
    for (const code of codes) {
      const { unmount } = renderIn('en', <BackupProblemMessage problem={{ code, entry: 1, otherEntry: 2, plan: 1, otherPlan: 2, limit: 3, version: 9 }} />);
      expect(screen.getByRole('alert').textContent).not.toMatch(/data\.problems/);
      unmount();
    }
    expect(errors).not.toHaveBeenCalled();
  });
});

/** The last file handed to the download, as text. */
function downloaded(): string {
  const calls = vi.mocked(downloadFile).mock.calls;
  expect(calls.length).toBeGreaterThan(0);
  return calls.at(-1)![1];
}

describe('export with a password', () => {
  beforeEach(() => vi.mocked(downloadFile).mockClear());

  it('is chosen already while the lock is off, and the form refuses a short or unrepeated password', async () => {
    await diaryRepository.save({ ...entry(1, MARCH), text: 'Geheime notitie over thuis' });
    renderIn('nl', <ExportBackup />);
    const protect = (await screen.findByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' })) as HTMLInputElement;
    // Protected unless the parent says otherwise.
    expect(protect.checked).toBe(true);

    const password = screen.getByLabelText('Wachtwoord voor het bestand') as HTMLInputElement;
    const repeat = screen.getByLabelText('Typ het wachtwoord nog een keer') as HTMLInputElement;
    for (const input of [password, repeat]) {
      expect(input.type).toBe('password');
      expect(input.getAttribute('autocomplete')).toBe('new-password');
    }
    expect(screen.getByText(/Zonder dit wachtwoord kan niemand het bestand openen, ook jij niet\. Kier bewaart het nergens en kan het niet voor je terughalen\./)).toBeTruthy();
    // The lock code is mentioned only when there is one.
    expect(screen.queryByText(/code van je dagboekslot/)).toBeNull();

    // The lock's floor: whoever finds the file can guess offline, so six digits or a short word are refused.
    for (const weak of ['480273', 'appelboom']) {
      fireEvent.input(password, { target: { value: weak } });
      fireEvent.input(repeat, { target: { value: weak } });
      fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Dit wachtwoord is te makkelijk te raden\. /));
      expect(password.getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.getByRole('alert').textContent).toBe('Dit wachtwoord is te makkelijk te raden. Nog te kort. Gebruik minstens 10 tekens, of 3 woorden.');
    // While typing, the strength and the offline guessing time, as for the lock.
    expect(document.getElementById('export-password-strength')!.textContent).toMatch(/Hoe sterk: zwak\..*Een computer met een snelle videokaart/);
    expect(password.getAttribute('aria-describedby')).toContain('export-password-strength');

    fireEvent.input(password, { target: { value: 'appelboom in de tuin' } });
    fireEvent.input(repeat, { target: { value: 'appelbomen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.'));
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(downloadFile).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Wachtwoord tonen' }));
    expect(password.type).toBe('text');
    expect(repeat.type).toBe('text');

    fireEvent.input(repeat, { target: { value: 'appelboom in de tuin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
    expect(await screen.findByText(/Het bestand is beveiligd met je wachtwoord\./, {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByText(/met 1 notitie\./)).toBeTruthy();
    // Where the file went and what to do with it, in plain words.
    expect(screen.getByText('Het bestand staat meestal in je map Downloads (Bestanden op een iPhone). Zet het op een plek die alleen jij kunt openen, zoals je eigen mail of een USB-stick. Met het wachtwoord kun je het later terugzetten.')).toBeTruthy();
    // The password is not kept once the file is made.
    expect((screen.getByLabelText('Wachtwoord voor het bestand') as HTMLInputElement).value).toBe('');

    const text = downloaded();
    expect(text).not.toContain('Geheime notitie');
    expect(JSON.parse(text).encrypted.kdf.iterations).toBe(600_000);
    const check = checkBackup(text, text.length);
    if (check.kind !== 'encrypted') throw new Error(check.kind);
    const opened = await openEncryptedBackup(check.encrypted, 'appelboom in de tuin');
    expect(opened.ok && opened.backup.records.diary[0]!.text).toBe('Geheime notitie over thuis');
  }, 15_000);

  it('writes an ordinary file only when the parent unticks the password', async () => {
    await diaryRepository.save(entry(1, MARCH));
    renderIn('en', <ExportBackup />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Protect the file with a password' }));
    expect(screen.queryByLabelText('Password for the file')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
    expect(await screen.findByText(/The file is not protected with a password\./)).toBeTruthy();
    expect(screen.getByText('The file is usually in your Downloads folder (Files on an iPhone). Put it somewhere only you can open, such as your own email or a USB stick. You can restore it later under Restore a backup.')).toBeTruthy();
    expect(JSON.parse(downloaded()).diary).toHaveLength(1);
  });

  it('is required while the diary lock is on, and may be the lock code', async () => {
    await diaryRepository.save({ ...entry(1, MARCH), text: 'Geheime notitie over thuis' });
    await lockRepository.enable('slotcode-1', { iterations: 1_000 });
    try {
      renderIn('nl', <ExportBackup />);
      expect(await screen.findByText('Je dagboekslot staat aan. Daarom beveilig je de back-up met een wachtwoord.')).toBeTruthy();
      expect(screen.queryByRole('checkbox', { name: 'Beveilig het bestand met een wachtwoord' })).toBeNull();
      expect(screen.getByText(/Het wachtwoord mag hetzelfde zijn als de code van je dagboekslot\./)).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
      expect((await screen.findByRole('alert')).textContent).toBe('Dit wachtwoord is te makkelijk te raden. Nog te kort. Gebruik minstens 10 tekens, of 3 woorden.');
      expect(downloadFile).not.toHaveBeenCalled();

      fireEvent.input(screen.getByLabelText('Wachtwoord voor het bestand'), { target: { value: 'slotcode-1' } });
      fireEvent.input(screen.getByLabelText('Typ het wachtwoord nog een keer'), { target: { value: 'slotcode-1' } });
      fireEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
      expect(await screen.findByText(/Het bestand is beveiligd met je wachtwoord\./, {}, { timeout: 5_000 })).toBeTruthy();
      const text = downloaded();
      expect(text).not.toContain('Geheime notitie');
      const check = checkBackup(text, text.length);
      if (check.kind !== 'encrypted') throw new Error(check.kind);
      const opened = await openEncryptedBackup(check.encrypted, 'slotcode-1');
      expect(opened.ok && opened.backup.records.diary.map((record) => record.text)).toEqual(['Geheime notitie over thuis']);
    } finally {
      resetLockStateForTests();
    }
  }, 15_000);
});

describe('import of a file with a password', () => {
  /** Kier's lowest accepted iteration count keeps this quick; export uses 600,000. */
  async function encryptedFile(password: string): Promise<File> {
    const backup = buildBackup({ diary: [entry(1, MARCH), entry(2, JUNE)], plans: [plan('a', MARCH)] }, {}, new Date('2026-11-22T20:15:00.000Z'));
    const text = await encryptBackup(backup, password, { iterations: 100_000 });
    return new File([text], 'kier-backup-2026-11-22.json', { type: 'application/json' });
  }

  it('asks for the password, refuses a wrong one with nothing changed, then shows the usual summary', async () => {
    renderIn('nl', <ImportBackup />);
    const input = await screen.findByLabelText('Kies een back-upbestand');
    fireEvent.change(input, { target: { files: [await encryptedFile('juiste wachtwoord')] } });
    expect(await screen.findByText('Dit bestand is beveiligd met een wachtwoord. Gemaakt op 22 november 2026.')).toBeTruthy();
    expect(screen.queryByText(/Dit bestand bevat/)).toBeNull();
    const password = screen.getByLabelText('Wachtwoord van het bestand') as HTMLInputElement;
    expect(password.type).toBe('password');

    fireEvent.click(screen.getByRole('button', { name: 'Bestand openen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Typ eerst het wachtwoord van het bestand.');

    fireEvent.input(password, { target: { value: 'verkeerd wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand openen' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Dit wachtwoord past niet bij dit bestand. Er is niets veranderd.'), { timeout: 5_000 });
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toContain('backup-password-problem');
    expect(await diaryRepository.all()).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Wachtwoord tonen' }));
    expect(password.type).toBe('text');
    fireEvent.input(password, { target: { value: 'juiste wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand openen' }));
    const summary = await screen.findByText(/Dit bestand bevat/, {}, { timeout: 5_000 });
    expect(summary.textContent).toContain('Dit bestand bevat 2 notities en 1 plan. De notities zijn van maart 2026 tot juni 2026. Gemaakt op 22 november 2026.');
    expect(screen.queryByLabelText('Wachtwoord van het bestand')).toBeNull();
    expect(await diaryRepository.all()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten' }));
    expect(await screen.findByText('Klaar. Notities: 2 nieuw, 0 bijgewerkt, 0 al aanwezig. Plannen: 1 nieuw, 0 bijgewerkt, 0 al aanwezig.')).toBeTruthy();
    expect((await diaryRepository.all()).map((record) => record.id).sort()).toEqual(['e1', 'e2']);
    expect((await planRepository.all()).map((record) => record.id)).toEqual(['a']);
  }, 15_000);

  it('shows a damaged encrypted file as a problem, without asking for a password', async () => {
    renderIn('en', <ImportBackup />);
    const text = JSON.parse(await (await encryptedFile('juiste wachtwoord')).text());
    text.encrypted.kdf.iterations = 1_000_000_000;
    fireEvent.change(await screen.findByLabelText('Choose a backup file'), { target: { files: [new File([JSON.stringify(text)], 'x.json')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('This protected file is damaged or was edited. Kier cannot open it. Nothing on this device has changed. Try another backup.');
    expect(screen.queryByLabelText('Password of the file')).toBeNull();
  });
});
