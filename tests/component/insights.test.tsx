import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../src/app/i18n';
import type { Locale } from '../../src/app/locales';
import SummaryPage from '../../src/features/diary/insights/SummaryPage';
import TensionPage from '../../src/features/diary/insights/TensionPage';
import type { DiaryEntriesState } from '../../src/features/diary/use-diary-entries';
import type { DiaryEntry, EntryKind } from '../../src/storage/diary/diary-entry';
import { newPlan } from '../../src/features/plan/plan-edits';
import { planRepository } from '../../src/storage/plans/plan-repository';
import { freshDatabase } from '../support/fresh-database';

const diary = vi.hoisted(() => ({ state: { entries: null, complete: false, storageKind: null, outdated: false } as DiaryEntriesState }));

vi.mock('../../src/features/diary/use-diary-entries', () => ({ useDiaryEntries: () => diary.state }));

let counter = 0;

/** An entry at a local date and time (month is 1-based). */
function entry(local: [number, number, number, number?, number?], fields: { kind?: EntryKind; tension?: number; text?: string; tags?: string[] } = {}): DiaryEntry {
  const [year, month, day, hour = 12, minute = 0] = local;
  const iso = new Date(year, month - 1, day, hour, minute).toISOString();
  counter += 1;
  const { kind = 'event', text = `Notitie ${counter}`, tags = [], tension } = fields;
  return { id: `c${counter}`, occurredAt: iso, createdAt: iso, updatedAt: iso, kind, text, tags, ...(tension === undefined ? {} : { tension }) };
}

function withEntries(entries: DiaryEntry[] | null, complete = true) {
  // The hook gives them newest first.
  const sorted = entries && [...entries].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1));
  diary.state = { entries: sorted, complete, storageKind: 'indexeddb', outdated: false };
}

function renderIn(locale: Locale, page: preact.JSX.Element) {
  return render(<LocaleContext.Provider value={locale}>{page}</LocaleContext.Provider>);
}

function openTable() {
  const details = document.querySelector('details.tension-table') as HTMLDetailsElement;
  details.open = true;
  return screen.getByRole('table', { name: /Spanning per dag|Tension per day/ });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 15, 0)); // Sunday 22 November 2026
});

afterEach(() => {
  vi.useRealTimers();
});

const NOVEMBER = () => [
  entry([2026, 11, 3, 9], { tension: 9 }),
  entry([2026, 11, 3, 21], { tension: 5 }),
  entry([2026, 11, 4], { tension: 3, kind: 'contact' }),
  entry([2026, 11, 10], { kind: 'feelings' }),
  entry([2026, 11, 20], { tension: 4, kind: 'step' }),
];

describe('TensionPage', () => {
  it('says it is loading until the whole diary is read', () => {
    withEntries(NOVEMBER(), false);
    renderIn('nl', <TensionPage />);
    expect(screen.getByRole('status').textContent).toBe('Je dagboek wordt geladen…');
    expect(document.querySelector('svg.tension-chart')).toBeNull();
  });

  it('sums up the chart in its accessible name, with Dutch numbers', () => {
    withEntries(NOVEMBER());
    renderIn('nl', <TensionPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Spanning door de tijd' })).toBeTruthy();
    // (9 + 5 + 3 + 4) / 4 = 5.25 → 5,3
    expect(screen.getByRole('group', { name: 'Spanning per dag, de laatste 4 weken: gemiddeld 5,3, hoogste 9 op 3 november' })).toBeTruthy();
    expect(document.title).toBe('Spanning door de tijd · Kier');
  });

  it('draws one line across the gaps, a point with its value on every day, and whiskers only where a day has a spread', () => {
    withEntries([entry([2026, 11, 17], { tension: 2 }), entry([2026, 11, 18], { tension: 6 }), entry([2026, 11, 18], { tension: 8 }), entry([2026, 11, 21], { tension: 5 })]);
    const { container } = renderIn('nl', <TensionPage />);
    const chart = container.querySelector('svg.tension-chart')!;
    expect(chart.querySelectorAll('polyline')).toHaveLength(1);
    expect(chart.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3); // 17, 18 and 21 November
    expect(chart.querySelectorAll('.tension-chart__range line')).toHaveLength(1); // 18 November: 6 to 8
    expect(chart.querySelectorAll('circle.tension-chart__dot')).toHaveLength(3);
    expect([...chart.querySelectorAll('.tension-chart__value')].map((text) => text.textContent)).toEqual(['2', '7', '5']);
    expect(chart.getAttribute('viewBox')).toBe('0 0 360 200');
    // The key names the line and the whisker, because both are drawn.
    expect(container.querySelector('.chart-key')!.textContent).toMatch(/De lijn loopt van de ene dag naar de volgende\..*het lichte streepje/);
  });

  it('says in one sentence on top what the chart shows, with the first words of the hardest entry', () => {
    withEntries([entry([2026, 10, 28], { tension: 4 }), entry([2026, 11, 3], { tension: 6 }), entry([2026, 11, 12], { tension: 8, text: 'Ruzie om de wifi. Hij schreeuwde en sloeg de deur dicht.' }), entry([2026, 11, 20], { tension: 5 })]);
    const { container } = renderIn('nl', <TensionPage />);
    const sentence = container.querySelector('.tension-sentence')!;
    expect(sentence.textContent).toBe('Laatste 4 weken: gemiddeld 5,8 (4 notities). Zwaarste dag: 12 november (8). Je schreef: ‘Ruzie om de wifi. Hij schreeuwde…’');
    expect(sentence.compareDocumentPosition(container.querySelector('svg.tension-chart')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Sparse days: no whisker, so the key does not mention one.
    expect(container.querySelector('.chart-key')!.textContent).not.toMatch(/streepje/);
  });

  it('opens the entry of a point: one link per day, to the entry with the highest tension, reachable by keyboard', () => {
    const calm = entry([2026, 11, 18, 9], { tension: 3 });
    const hard = entry([2026, 11, 18, 20], { tension: 7 });
    const alone = entry([2026, 11, 21], { tension: 5 });
    withEntries([calm, hard, alone]);
    renderIn('nl', <TensionPage />);
    const chart = screen.getByRole('group', { name: /^Spanning per dag, de laatste 4 weken/ });
    const links = within(chart).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(['18 november: gemiddeld 5,0 uit 2 notities. Open de notitie met de hoogste spanning', '21 november: spanning 5. Open de notitie']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`/nl/dagboek/notitie?id=${hard.id}`, `/nl/dagboek/notitie?id=${alone.id}`]);
    // A link with an href is in the tab order; nothing takes it out.
    for (const link of links) expect(link.getAttribute('tabindex')).toBeNull();
    links[1]!.focus();
    expect(document.activeElement).toBe(links[1]);
    // The table stays, for screen readers and anyone who prefers numbers.
    expect(within(openTable()).getAllByRole('row')).toHaveLength(1 + 2);
  });

  it('links the points in English too', () => {
    const only = entry([2026, 11, 20], { tension: 6, text: '' });
    withEntries([only]);
    renderIn('en', <TensionPage />);
    expect(screen.getByRole('link', { name: '20 November: tension 6. Open the entry' }).getAttribute('href')).toBe(`/en/diary/entry?id=${only.id}`);
    expect(document.querySelector('.tension-sentence')!.textContent).toBe('Last 4 weeks: average 6.0 (1 entry). Hardest day: 20 November (6).');
  });

  it('has a table with one row per day that has a tension', () => {
    withEntries(NOVEMBER());
    renderIn('nl', <TensionPage />);
    expect(screen.getByText('Toon als tabel').tagName).toBe('SUMMARY');
    const table = openTable();
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Datum', 'Gemiddeld', 'Laagste–hoogste', 'Aantal notities']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['3 nov', '7,0', '5 tot 9', '2'],
      ['4 nov', '3,0', '3', '1'],
      ['20 nov', '4,0', '4', '1'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').getAttribute('scope')).toBe('row');
  });

  it('switches period with one click on a radio button', () => {
    withEntries([...NOVEMBER(), entry([2026, 9, 1], { tension: 1 })]);
    renderIn('nl', <TensionPage />);
    const fourWeeks = screen.getByRole('radio', { name: '4 weken' }) as HTMLInputElement;
    expect(fourWeeks.checked).toBe(true);
    expect(within(screen.getByRole('group', { name: 'Periode' })).getAllByRole('radio')).toHaveLength(3);

    fireEvent.click(screen.getByRole('radio', { name: '3 maanden' }));
    expect(screen.getByRole('group', { name: 'Spanning per dag, de laatste 3 maanden: gemiddeld 4,4, hoogste 9 op 3 november' })).toBeTruthy();
    expect(within(openTable()).getAllByRole('row')).toHaveLength(1 + 4);

    fireEvent.click(screen.getByRole('radio', { name: 'Alles' }));
    expect(screen.getByRole('group', { name: /^Spanning per dag, sinds 1 september 2026: / })).toBeTruthy();
  });

  it('adds the year when "all" spans more than one year', () => {
    withEntries([entry([2025, 12, 30], { tension: 9 }), entry([2026, 11, 20], { tension: 2 })]);
    const { container } = renderIn('nl', <TensionPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Alles' }));
    expect(screen.getByRole('group', { name: 'Spanning per dag, sinds 30 december 2025: gemiddeld 5,5, hoogste 9 op 30 december 2025' })).toBeTruthy();
    const labels = [...container.querySelectorAll('.tension-chart__label text')].map((text) => text.textContent);
    expect(labels).toEqual(['0', '5', '10', '30 dec 2025', '12 jun 2026', '22 nov 2026']);
  });

  it('says when the highest tension was noted on more than one day', () => {
    withEntries([entry([2026, 11, 3], { tension: 8 }), entry([2026, 11, 12], { tension: 8 })]);
    renderIn('en', <TensionPage />);
    expect(screen.getByRole('group', { name: 'Tension per day, the last 4 weeks: average 8.0, highest 8, most recently on 12 November' })).toBeTruthy();
  });

  it('shows a calm sentence and a link to write an entry when there is no tension in the period', () => {
    withEntries([entry([2026, 11, 20], { kind: 'feelings' }), entry([2026, 8, 1], { tension: 6 })]);
    renderIn('nl', <TensionPage />);
    expect(screen.getByText(/In deze periode heb je nog geen spanning genoteerd/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Schrijf een notitie' }).getAttribute('href')).toBe('/nl/dagboek/notitie');
    expect(document.querySelector('svg.tension-chart')).toBeNull();
    expect(screen.queryByText('Toon als tabel')).toBeNull();
  });

  it('shows the empty state for an empty diary', () => {
    withEntries([]);
    renderIn('en', <TensionPage />);
    expect(screen.getByText(/You have not noted any tension in this period yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Write an entry' }).getAttribute('href')).toBe('/en/diary/entry');
  });
});

describe('SummaryPage', () => {
  it('defaults to the last 4 weeks and titles the sheet in plain words, with the period under it', () => {
    withEntries(NOVEMBER());
    renderIn('nl', <SummaryPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Een gesprek voorbereiden' })).toBeTruthy();
    expect((screen.getByLabelText('Van') as HTMLInputElement).value).toBe('2026-10-26');
    expect((screen.getByLabelText('Tot en met') as HTMLInputElement).value).toBe('2026-11-22');
    expect(screen.getByRole('heading', { level: 2, name: 'Voor ons gesprek' })).toBeTruthy();
    expect(screen.getByText('Uit mijn dagboek, van 26 oktober 2026 tot en met 22 november 2026.')).toBeTruthy();
    expect(location.search).toBe('');
  });

  it('counts only the kinds that have entries: no zeros on screen or on paper', () => {
    withEntries(NOVEMBER());
    renderIn('nl', <SummaryPage />);
    const table = screen.getByRole('table', { name: 'Notities per soort' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Gebeurtenis', '2'],
      ['Contactmoment', '1'],
      ['Kleine stap', '1'],
      ['Mijn gevoel', '1'],
      ['Totaal', '5'],
    ]);
    expect(document.querySelector('.summary-sheet')!.textContent).not.toContain('Anders');
    expect(screen.getByText('In deze periode: gemiddeld 5,3 (4 notities). Zwaarste dag: 3 november (9).')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Spanning per dag, van 26 oktober 2026 tot en met 22 november 2026: gemiddeld 5,3, hoogste 9 op 3 november' })).toBeTruthy();
  });

  it('lists every entry oldest first with time, kind, tension and tags', () => {
    withEntries([entry([2026, 11, 20, 20, 15], { kind: 'step', tension: 4, tags: ['school', 'eten'], text: 'Hij at mee.' }), entry([2026, 11, 2, 8, 5], { kind: 'contact', text: 'Kort gesprek.' })]);
    renderIn('nl', <SummaryPage />);
    const items = [...document.querySelectorAll('.summary-all article')].map((article) => article.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Contactmoment');
    expect(items[0]).toContain('Kort gesprek.');
    expect(items[1]).toMatch(/20 november 2026.*20:15/);
    expect(items[1]).toContain('Spanning thuis: 4 van 10');
    expect(items[1]).toContain('Labels: school, eten');
  });

  it('shows text exactly as written: markup stays text, line breaks stay', () => {
    const text = 'Eerste regel <b>vet</b>\n<script>alert(1)</script> & "quotes"';
    withEntries([entry([2026, 11, 20], { text })]);
    const { container } = renderIn('nl', <SummaryPage />);
    const shown = container.querySelector('.summary-entry__text')!;
    expect(shown.textContent).toBe(text);
    expect(container.querySelector('.summary-sheet b, .summary-sheet script')).toBeNull();
  });

  it('follows the chosen dates and the quick choices', () => {
    withEntries([...NOVEMBER(), entry([2026, 9, 1], { kind: 'other' })]);
    renderIn('nl', <SummaryPage />);
    fireEvent.input(screen.getByLabelText('Van'), { target: { value: '2026-11-04' } });
    fireEvent.input(screen.getByLabelText('Tot en met'), { target: { value: '2026-11-10' } });
    expect(screen.getByText('Uit mijn dagboek, van 4 november 2026 tot en met 10 november 2026.')).toBeTruthy();
    expect(document.querySelectorAll('.summary-all article')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Laatste 3 maanden' }));
    expect((screen.getByLabelText('Van') as HTMLInputElement).value).toBe('2026-08-23');
    expect(document.querySelectorAll('.summary-all article')).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: 'Laatste 4 weken' }));
    expect((screen.getByLabelText('Van') as HTMLInputElement).value).toBe('2026-10-26');
  });

  it('draws a single day as one dot in the middle', () => {
    withEntries([entry([2026, 11, 20, 9], { tension: 3 }), entry([2026, 11, 20, 18], { tension: 7 })]);
    const { container } = renderIn('nl', <SummaryPage />);
    fireEvent.input(screen.getByLabelText('Van'), { target: { value: '2026-11-20' } });
    fireEvent.input(screen.getByLabelText('Tot en met'), { target: { value: '2026-11-20' } });
    const chart = screen.getByRole('group', { name: 'Spanning per dag, van 20 november 2026 tot en met 20 november 2026: gemiddeld 5,0, hoogste 7 op 20 november' });
    expect(chart.querySelectorAll('circle.tension-chart__dot')).toHaveLength(1);
    expect(chart.querySelector('circle.tension-chart__dot')!.getAttribute('cx')).toBe('191');
    expect(container.querySelectorAll('.tension-chart__range line')).toHaveLength(1);
  });

  it('says so when the start date is after the end date', () => {
    withEntries(NOVEMBER());
    renderIn('nl', <SummaryPage />);
    fireEvent.input(screen.getByLabelText('Van'), { target: { value: '2026-12-01' } });
    expect(screen.getByRole('alert').textContent).toBe('De begindatum ligt na de einddatum. Kies een andere datum.');
    expect(screen.getByLabelText('Van').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('heading', { level: 2, name: 'Voor ons gesprek' })).toBeNull();
  });

  it('has an empty state for a period without entries, and no chart without tension', () => {
    withEntries([entry([2026, 11, 20], { kind: 'feelings' })]);
    renderIn('nl', <SummaryPage />);
    expect(screen.getByText('In deze periode heb je geen spanning genoteerd.')).toBeTruthy();
    expect(document.querySelector('svg.tension-chart')).toBeNull();

    fireEvent.input(screen.getByLabelText('Tot en met'), { target: { value: '2026-11-01' } });
    expect(screen.getByText('In deze periode staan geen notities in je dagboek.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('prints with a privacy line beside the button', () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    withEntries(NOVEMBER());
    renderIn('en', <SummaryPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Prepare for a conversation' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByText(/only where no one else can read it/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'For our conversation' })).toBeTruthy();
    expect(screen.getByText('From my diary, 26 October 2026 to 22 November 2026.')).toBeTruthy();
    expect(screen.getByText('In this period: average 5.3 (4 entries). Hardest day: 3 November (9).')).toBeTruthy();
  });
});

describe('SummaryPage as a conversation starter', () => {
  beforeEach(freshDatabase);
  afterEach(freshDatabase);

  const steps = () => [...document.querySelectorAll('.task-list > li h2')].map((heading) => heading.textContent);

  it('is a short task list before printing: period, what to say, the plan, print', () => {
    withEntries(NOVEMBER());
    renderIn('nl', <SummaryPage />);
    expect(steps()).toEqual(['1. Kies periode', '2. Wat wil je zeker zeggen of vragen?', '3. Plan meenemen?', '4. Afdrukken']);
    const question = screen.getByRole('textbox', { name: 'Wat wil je zeker zeggen of vragen?' });
    expect(question.tagName).toBe('TEXTAREA');
    // Kept in memory only, and the page says so.
    expect(screen.getByText(/Dit wordt nergens bewaard/)).toBeTruthy();
  });

  it('prints her questions first, then the three hardest moments, then the entries', () => {
    withEntries([
      entry([2026, 11, 2], { tension: 3, text: 'Rustige dag.' }),
      entry([2026, 11, 5], { tension: 9, text: 'Hij gooide zijn bord.' }),
      entry([2026, 11, 9], { kind: 'feelings', text: 'Ik ben moe.' }),
      entry([2026, 11, 12], { tension: 8, text: 'Ruzie om de wifi.' }),
      entry([2026, 11, 15], { tension: 6, text: 'Deur dicht.' }),
      entry([2026, 11, 18], { tension: 8, text: 'Weer geschreeuw.' }),
    ]);
    renderIn('nl', <SummaryPage />);
    const questions = 'Hoe praat ik met hem over de wifi?\nMoet ik de school bellen?';
    fireEvent.input(screen.getByRole('textbox', { name: 'Wat wil je zeker zeggen of vragen?' }), { target: { value: questions } });
    expect(location.search).toBe('');

    const sheet = document.querySelector('.summary-sheet')!;
    const headings = [...sheet.querySelectorAll('h2, h3')].map((heading) => heading.textContent);
    expect(headings.slice(0, 3)).toEqual(['Voor ons gesprek', 'Wat ik wil zeggen of vragen', 'De zwaarste momenten']);
    expect(headings.indexOf('Alle notities')).toBeGreaterThan(headings.indexOf('De zwaarste momenten'));
    expect(sheet.querySelector('.summary-questions__text')!.textContent).toBe(questions);

    // Highest tension first; of two equal ones, the more recent.
    const moments = screen.getByRole('region', { name: 'De zwaarste momenten' });
    const items = within(moments).getAllByRole('listitem').filter((item) => item.classList.contains('summary-entry'));
    expect(items.map((item) => item.querySelector('.summary-entry__text')!.textContent)).toEqual(['Hij gooide zijn bord.', 'Weer geschreeuw.', 'Ruzie om de wifi.']);
    expect(items[0]!.textContent).toMatch(/5 november 2026/);
    expect(items[0]!.textContent).toContain('Spanning thuis: 9 van 10');
  });

  it('leaves out the questions and the hardest moments when there are none', () => {
    withEntries([entry([2026, 11, 9], { kind: 'feelings', text: 'Ik ben moe.' })]);
    renderIn('nl', <SummaryPage />);
    expect(screen.queryByRole('heading', { name: 'Wat ik wil zeggen of vragen' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'De zwaarste momenten' })).toBeNull();
  });

  it('takes the current plan along when ticked, between the hardest moments and the entries', async () => {
    await planRepository.save({
      ...newPlan('plan-x', new Date('2026-11-20T10:00:00Z')),
      items: [{ id: 'meals', catalogueId: 'meals-to-room', decision: 'stop' }],
      startItemIds: ['meals'],
      changes: [{ itemId: 'meals', action: 'Ik zet het eten om zes uur op tafel.', startsOn: '', announcement: '' }],
    });
    withEntries(NOVEMBER());
    renderIn('nl', <SummaryPage />);
    const box = (await screen.findByRole('checkbox', { name: 'Neem mijn plan mee' })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.queryByText('Ik zet het eten om zes uur op tafel.')).toBeNull();
    fireEvent.click(box);
    const action = await screen.findByText('Ik zet het eten om zes uur op tafel.');
    const sheet = document.querySelector('.summary-sheet')!;
    const plan = sheet.querySelector('.summary-plan')!;
    expect(plan.contains(action)).toBe(true);
    expect(sheet.querySelector('.summary-hardest')!.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(plan.compareDocumentPosition(sheet.querySelector('.summary-all')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Read-only: nothing to edit from here.
    expect(within(plan as HTMLElement).queryByRole('link', { name: /Schrijf een notitie/ })).toBeNull();
  });

  it('says so when there is no plan to take along', async () => {
    withEntries(NOVEMBER());
    renderIn('en', <SummaryPage />);
    expect(await screen.findByText(/You have not made a plan yet/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Take my plan along' })).toBeNull());
  });
});
