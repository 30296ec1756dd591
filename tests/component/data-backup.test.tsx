import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../src/app/i18n';
import type { Locale } from '../../src/app/locales';
import type { BackupProblem, BackupProblemCode } from '../../src/features/backup/backup-format';
import { BackupProblemMessage } from '../../src/features/data/BackupProblemMessage';
import { DeleteEverything } from '../../src/features/data/DeleteEverything';
import { ImportBackup } from '../../src/features/data/ImportBackup';
import { resetDatabaseForTests } from '../../src/storage/db/open-database';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import type { Plan } from '../../src/storage/plans/plan';
import { planRepository } from '../../src/storage/plans/plan-repository';

/** The data page's backup parts with the plans in them, rendered on their own. */

async function freshDatabase() {
  await resetDatabaseForTests();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('kier');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
}

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

function fileOf(diary: DiaryEntry[], plans: Plan[]): File {
  const text = JSON.stringify({ format: 'kier-backup', version: 2, exportedAt: '2026-11-22T20:15:00.000Z', app: { name: 'Kier' }, settings: {}, plans, diary });
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
  ];

  it.each(PROBLEMS.flatMap((problem) => (['nl', 'en'] as const).map((locale) => [locale, problem.code, problem] as const)))('%s: %s', (locale, _, problem) => {
    const errors = vi.spyOn(console, 'error');
    renderIn(locale, <BackupProblemMessage problem={problem} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(errors).not.toHaveBeenCalled();
    expect(text).not.toMatch(/{{|}}|data\.|undefined/);
    for (const value of [problem.plan, problem.otherPlan, problem.limit]) if (value !== undefined) expect(text).toContain(String(value));
    expect(text).toMatch(locale === 'nl' ? /niets veranderd/ : /Nothing on this device has changed|nothing on this device has changed/);
  });

  it('names the plan field in words', () => {
    renderIn('nl', <BackupProblemMessage problem={{ code: 'invalidPlan', plan: 2, field: 'startItemIds' }} />);
    expect(screen.getByRole('alert').textContent).toContain('Bij plan 2 in dit bestand klopt ‘waar je mee begint’ niet.');
  });

  it('has words for every problem code', () => {
    const codes: BackupProblemCode[] = ['empty', 'tooLarge', 'notJson', 'notKier', 'newerVersion', 'unknownVersion', 'tooManyEntries', 'invalidEntry', 'invalidFile', 'duplicateId', 'tooManyPlans', 'invalidPlan', 'duplicatePlanId'];
    const errors = vi.spyOn(console, 'error');
    for (const code of codes) {
      const { unmount } = renderIn('en', <BackupProblemMessage problem={{ code, entry: 1, otherEntry: 2, plan: 1, otherPlan: 2, limit: 3, version: 9 }} />);
      expect(screen.getByRole('alert').textContent).not.toMatch(/data\.problems/);
      unmount();
    }
    expect(errors).not.toHaveBeenCalled();
  });
});
