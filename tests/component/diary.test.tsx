import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { draftRepository } from '../../src/storage/diary/draft-repository';
import { lockRepository } from '../../src/storage/lock/lock-repository';
import { freshDatabase } from '../support/fresh-database';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}


beforeEach(freshDatabase);
afterEach(freshDatabase);

describe('diary editor', () => {
  it('opens with the cursor in the text and keeps every keystroke as a draft', async () => {
    renderAt('/nl/dagboek/notitie');
    const text = await screen.findByLabelText('Wat wil je opschrijven?');
    await waitFor(() => expect(document.activeElement).toBe(text));
    fireEvent.input(text, { target: { value: 'Hij kwam even' } });
    await waitFor(async () => expect((await draftRepository.get('new'))?.fields.text).toBe('Hij kwam even'));
  });

  it('restores a draft when the editor opens again, with the cursor at its end', async () => {
    await draftRepository.save({ key: 'new', savedAt: new Date().toISOString(), fields: { occurredAtLocal: '2026-11-22T21:05', kind: 'contact', text: 'Half geschreven', tension: 4, tagsText: 'avond' } });
    renderAt('/nl/dagboek/notitie');
    const text = (await screen.findByLabelText('Wat wil je opschrijven?')) as HTMLTextAreaElement;
    expect(text.value).toBe('Half geschreven');
    await waitFor(() => expect(text.selectionStart).toBe('Half geschreven'.length));
    expect(screen.getByText(/Je gaat verder waar je was gebleven/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Contactmoment' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '4' }) as HTMLInputElement).checked).toBe(true);
  });

  it('chooses kind and tension with one tap each, in named radio groups', async () => {
    renderAt('/nl/dagboek/notitie');
    const kind = await screen.findByRole('group', { name: 'Soort notitie' });
    const tension = screen.getByRole('group', { name: 'Spanning in huis' });
    expect(within(kind).getAllByRole('radio')).toHaveLength(5);
    expect(within(tension).getAllByRole('radio')).toHaveLength(12);
    fireEvent.click(within(kind).getByRole('radio', { name: 'Kleine stap' }));
    fireEvent.click(within(tension).getByRole('radio', { name: '7' }));
    await waitFor(async () => expect((await draftRepository.get('new'))?.fields).toMatchObject({ kind: 'step', tension: 7 }));
  });

  it('says at once when the latest words did not reach the draft (a full disk), and never claims they are in it', async () => {
    renderAt('/nl/dagboek/notitie');
    const text = await screen.findByLabelText('Wat wil je opschrijven?');
    fireEvent.input(text, { target: { value: 'Eerste zin.' } });
    await waitFor(async () => expect((await draftRepository.get('new'))?.fields.text).toBe('Eerste zin.'));
    const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const draftSave = vi.spyOn(draftRepository, 'save').mockImplementation(full);
    const entrySave = vi.spyOn(diaryRepository, 'save').mockImplementation(full);
    fireEvent.input(text, { target: { value: 'Eerste zin. En toen ging het mis.' } });
    expect((await screen.findByText(/Je laatste woorden zijn niet in je concept bewaard/)).getAttribute('role')).toBe('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const problem = await screen.findByText(/Opslaan lukte niet\./);
    expect(problem.textContent).toContain('maar niet helemaal in je concept');
    expect(problem.textContent).not.toContain('staat nog hier en in je concept');
    expect((text as HTMLTextAreaElement).value).toBe('Eerste zin. En toen ging het mis.');
    // Room again: the next keystroke is kept, and the warning goes.
    draftSave.mockRestore();
    entrySave.mockRestore();
    fireEvent.input(text, { target: { value: 'Eerste zin. En toen ging het mis!' } });
    await waitFor(async () => expect((await draftRepository.get('new'))?.fields.text).toBe('Eerste zin. En toen ging het mis!'));
    await waitFor(() => expect(screen.queryByText(/Je laatste woorden zijn niet in je concept bewaard/)).toBeNull());
  });

  it('says what is missing instead of saving an empty entry', async () => {
    renderAt('/nl/dagboek/notitie');
    fireEvent.click(await screen.findByRole('button', { name: 'Opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Schrijf iets op');
    expect(await diaryRepository.count()).toBe(0);
  });

  it('saves an entry, shows it in the timeline and removes the draft', async () => {
    renderAt('/nl/dagboek/notitie');
    const text = await screen.findByLabelText('Wat wil je opschrijven?');
    fireEvent.input(text, { target: { value: 'Samen gegeten. <b>Niet vet</b>' } });
    fireEvent.input(screen.getByLabelText('Labels'), { target: { value: 'eten, avond' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Je notitie is opgeslagen.')).toBeTruthy();
    expect(await screen.findByText('Samen gegeten. <b>Niet vet</b>')).toBeTruthy();
    expect(document.querySelector('main b')).toBeNull();
    expect(await draftRepository.get('new')).toBeUndefined();
    const [saved] = await diaryRepository.all();
    expect(saved).toMatchObject({ kind: 'event', text: 'Samen gegeten. <b>Niet vet</b>', tags: ['eten', 'avond'] });
  });

  it('deletes an entry with undo', async () => {
    const now = new Date().toISOString();
    await diaryRepository.save({ id: 'e1', occurredAt: now, createdAt: now, updatedAt: now, kind: 'feelings', text: 'Moe vandaag', tags: [] });
    renderAt('/nl/dagboek/notitie?id=e1');
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Notitie verwijderd.')).toBeTruthy();
    expect(await diaryRepository.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(await screen.findByText('De notitie staat er weer.')).toBeTruthy();
    expect(await screen.findByText('Moe vandaag')).toBeTruthy();
    expect((await diaryRepository.get('e1'))?.text).toBe('Moe vandaag');
  });

  it('says kindly when an entry does not exist', async () => {
    renderAt('/nl/dagboek/notitie?id=bestaat-niet');
    expect(await screen.findByText(/Deze notitie bestaat niet/)).toBeTruthy();
  });
});

describe('diary timeline', () => {
  it('invites a first entry when the diary is empty', async () => {
    renderAt('/nl/dagboek');
    expect(await screen.findByText(/Je hebt nog niets opgeschreven/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nieuwe notitie' }).getAttribute('href')).toBe('/nl/dagboek/notitie');
  });

  it('groups by day, newest first, and filters as you type', async () => {
    const at = (day: number, hour: number) => new Date(2026, 2, day, hour).toISOString();
    for (const [id, day, text] of [
      ['a', 1, 'Ruzie over de computer'],
      ['b', 2, 'Hij zei goedemorgen'],
      ['c', 2, 'Ik voelde me geïsoleerd'],
    ] as const) {
      await diaryRepository.save({ id, occurredAt: at(day, id === 'c' ? 20 : 9), createdAt: at(day, 9), updatedAt: at(day, 9), kind: 'event', text, tags: [] });
    }
    renderAt('/nl/dagboek');
    const timeline = await screen.findByRole('region', { name: 'Notities per dag' });
    const days = within(timeline).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(days).toEqual(['maandag 2 maart 2026', 'zondag 1 maart 2026']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Zoek in je dagboek' }), { target: { value: 'GEISOLEERD' } });
    await waitFor(() => expect(screen.getByText('1 notitie gevonden')).toBeTruthy());
    expect(within(timeline).queryByText('Ruzie over de computer')).toBeNull();
  });

  it('points back to an unsaved draft', async () => {
    await draftRepository.save({ key: 'new', savedAt: new Date().toISOString(), fields: { occurredAtLocal: '2026-11-22T21:05', kind: 'event', text: 'x', tension: null, tagsText: '' } });
    renderAt('/nl/dagboek');
    expect((await screen.findByRole('link', { name: 'Verder schrijven' })).getAttribute('href')).toBe('/nl/dagboek/notitie');
  });
});

describe('the offer of a diary lock', () => {
  const OFFER = 'Wil je een code op je dagboek? Dan kan niemand anders in huis het lezen.';

  async function saveEntries(count: number) {
    for (let index = 0; index < count; index += 1) {
      const at = new Date(2026, 10, 20 + index, 9).toISOString();
      await diaryRepository.save({ id: `o${index}`, occurredAt: at, createdAt: at, updatedAt: at, kind: 'feelings', text: `Notitie ${index}`, tags: [] });
    }
  }

  it('is offered in the empty diary, before the first entry, saying why now', async () => {
    renderAt('/nl/dagboek');
    await screen.findByText(/Je hebt nog niets opgeschreven/);
    const offer = await screen.findByRole('region', { name: 'Wil je een code op je dagboek?' });
    expect(offer.textContent).toContain('Zet het slot het liefst aan vóór je eerste notitie.');
    expect(offer.textContent).toContain('kan nog een tijd leesbaar in de bestanden van de browser blijven staan');
    expect(within(offer).getByRole('link', { name: 'Code instellen' }).getAttribute('href')).toBe('/nl/instellingen/slot');
  });

  it('is a quiet line above the first entry ever, and not above later ones', async () => {
    const first = renderAt('/nl/dagboek/notitie');
    await screen.findByLabelText('Wat wil je opschrijven?');
    expect((await screen.findByText(/Dit wordt je eerste notitie\./)).textContent).toContain('Zet die dan nu aan, vóór je begint');
    expect(screen.getByRole('link', { name: 'Zet een code op je dagboek' }).getAttribute('href')).toBe('/nl/instellingen/slot');
    first.unmount();
    await saveEntries(1);
    renderAt('/nl/dagboek/notitie');
    await screen.findByLabelText('Wat wil je opschrijven?');
    expect(screen.queryByText(/Dit wordt je eerste notitie/)).toBeNull();
  });

  it('shows once after the first entries, inline, and "Nee, dank je" keeps it away for good', async () => {
    await saveEntries(2);
    const first = renderAt('/nl/dagboek');
    const offer = await screen.findByRole('region', { name: 'Wil je een code op je dagboek?' });
    expect(offer.textContent).toContain(OFFER);
    expect(offer.closest('dialog')).toBeNull();
    expect(within(offer).getByRole('link', { name: 'Code instellen' }).getAttribute('href')).toBe('/nl/instellingen/slot');
    fireEvent.click(within(offer).getByRole('button', { name: 'Nee, dank je' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Wil je een code op je dagboek?' })).toBeNull());
    expect(screen.getByText(/We vragen het niet meer/)).toBeTruthy();
    first.unmount();

    // Remembered on this device: a new visit does not ask again.
    renderAt('/nl/dagboek');
    await screen.findByText('Notitie 0');
    expect(screen.queryByRole('region', { name: 'Wil je een code op je dagboek?' })).toBeNull();
  });

  it('is in English too, and not shown once the diary has more entries', async () => {
    await saveEntries(1);
    const one = renderAt('/en/diary');
    const offer = await screen.findByRole('region', { name: 'Would you like a code on your diary?' });
    expect(offer.textContent).toContain('Would you like a code on your diary? Then nobody else at home can read it.');
    expect(within(offer).getByRole('button', { name: 'No, thank you' })).toBeTruthy();
    one.unmount();
    await saveEntries(3);
    renderAt('/en/diary');
    await screen.findByText('Notitie 2');
    expect(screen.queryByRole('region', { name: 'Would you like a code on your diary?' })).toBeNull();
  });

  it('is not shown while the lock is on', async () => {
    await saveEntries(1);
    await lockRepository.enable('zonnebloem-42', { iterations: 1_000 });
    renderAt('/nl/dagboek');
    await screen.findByText('Notitie 0');
    expect(screen.queryByRole('region', { name: 'Wil je een code op je dagboek?' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Code instellen' })).toBeNull();
  });

  it('is not in the empty diary while the lock is on', async () => {
    await lockRepository.enable('zonnebloem-42', { iterations: 1_000 });
    renderAt('/nl/dagboek');
    await screen.findByText(/Je hebt nog niets opgeschreven/);
    expect(screen.queryByRole('region', { name: 'Wil je een code op je dagboek?' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Code instellen' })).toBeNull();
  });
});
