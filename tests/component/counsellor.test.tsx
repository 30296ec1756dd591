import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { qrPath } from '../../src/features/recommend/QrCode';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

const NOTE = 'Tot dinsdag. Sterkte & rust.';

/** The counsellor page with the hotel module and "staying calm" chosen, and a note. */
async function chooseTwoWithNote() {
  const view = renderAt('/nl/hulpverlener');
  fireEvent.click(await screen.findByRole('checkbox', { name: /^Het hotel-patroon/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /^Rustig blijven als het botst/ }));
  fireEvent.input(screen.getByLabelText('Bericht voor de ouder (mag leeg blijven)'), { target: { value: NOTE } });
  const handout = await waitFor(() => view.container.querySelector('.handout') as HTMLElement);
  return { view, handout };
}

describe('counsellor handout (usability 2026-12, problem 10)', () => {
  it('puts only the module ids in the QR code and the printed link; the copied link keeps the note', async () => {
    const { handout } = await chooseTwoWithNote();
    const short = `${location.origin}/nl/r?m=het-hotel-patroon,rustig-blijven`;
    expect(handout.querySelector('.handout__url')?.textContent).toBe(short);
    // The QR code drawn is the code of exactly the printed link.
    expect(within(handout).getByRole('img', { name: /QR/ }).querySelector('path')?.getAttribute('d')).toBe(qrPath(short).d);
    expect((screen.getByLabelText('Link', { selector: 'input' }) as HTMLInputElement).value).toBe(`${short}&n=${encodeURIComponent(NOTE)}`);
  });

  it('prints the note beside the QR code, labelled, and shows it on screen', async () => {
    const { handout } = await chooseTwoWithNote();
    const beside = handout.querySelector('.handout__scan') as HTMLElement;
    expect(within(beside).getByRole('img', { name: /QR/ })).toBeTruthy();
    const note = within(beside).getByRole('figure', { name: 'Bericht van je hulpverlener' });
    expect(note.textContent).toContain(NOTE);
    expect(note.closest('.print-only')).toBeNull();
  });

  it('prints a typeable route per module, what Kier is, the help lines from the data and a blank contact line', async () => {
    const { handout } = await chooseTwoWithNote();
    const host = location.host;
    expect(within(handout).getByText(`Of ga naar ${host} › Bibliotheek › Het hotel-patroon`)).toBeTruthy();
    expect(within(handout).getByText(`Of ga naar ${host} › Bibliotheek › Rustig blijven als het botst`)).toBeTruthy();
    const about = within(handout).getByRole('region', { name: 'Wat is Kier?' });
    expect(about.textContent).toMatch(/gratis/);
    expect(about.textContent).toMatch(/geen account/);
    expect(about.textContent).toMatch(/blijft op je eigen telefoon/);
    const help = handout.querySelector('.handout__help') as HTMLElement;
    expect(help.textContent).toMatch(/Nederland.*112.*113 Zelfmoordpreventie \(0800-0113\).*Veilig Thuis 0800-2000/);
    expect(help.textContent).toMatch(/België.*112.*Zelfmoordlijn 1813.*1712.*Tele-Onthaal 106/);
    expect(within(help).getByRole('link', { name: '0800-2000' }).getAttribute('href')).toBe('tel:08002000');
    const contact = within(handout).getByText(/Je hulpverlener: _+/);
    expect(contact.textContent).toMatch(/Bereikbaar: _+/);
    expect(contact.closest('.print-only')).not.toBeNull();
  });

  it('prints the sheet in the language of the link', async () => {
    const view = renderAt('/nl/hulpverlener');
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: /^The hotel pattern/ }));
    const handout = await waitFor(() => view.container.querySelector('.handout') as HTMLElement);
    expect(handout.getAttribute('lang')).toBe('en');
    expect(within(handout).getByRole('region', { name: 'What is Kier?' })).toBeTruthy();
    expect(within(handout).getByText(`Or go to ${location.host} › Library › The hotel pattern`)).toBeTruthy();
  });

  it('offers "Bekijk wat de ouder ziet" for the current choice', async () => {
    await chooseTwoWithNote();
    const preview = screen.getByRole('link', { name: /Bekijk wat de ouder ziet/ });
    const url = new URL(preview.getAttribute('href')!, location.origin);
    expect(url.pathname).toBe('/nl/r');
    expect(url.searchParams.get('m')).toBe('het-hotel-patroon,rustig-blijven');
    expect(url.searchParams.get('n')).toBe(NOTE);
    expect(url.searchParams.get('preview')).toBe('1');
  });

  it('groups the modules in the picker by theme', async () => {
    renderAt('/nl/hulpverlener');
    const cope = await screen.findByRole('group', { name: 'Omgaan met je kind' });
    expect(within(cope).getByRole('checkbox', { name: /^Het hotel-patroon/ })).toBeTruthy();
    expect(within(cope).queryByRole('checkbox', { name: /^Wat is hikikomori\?/ })).toBeNull();
    const understand = screen.getByRole('group', { name: 'Begrijpen wat er gebeurt' });
    expect(within(understand).getByRole('checkbox', { name: /^Wat is hikikomori\?/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Hulp zoeken' })).toBeTruthy();
  });
});

describe('a recommendation opened as a preview', () => {
  it('shows what the parent sees, says it is a preview and keeps nothing on the device', async () => {
    renderAt('/nl/r?m=het-hotel-patroon&n=Hallo&preview=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanbevolen voor jou' })).toBeTruthy();
    expect(await screen.findByText(/Dit is een voorbeeld/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Het hotel-patroon' })).toBeTruthy();
    expect(screen.queryByText(/Dit advies staat nu ook op de startpagina/)).toBeNull();
    const { listRecommendations } = await import('../../src/storage/recommendations');
    expect(listRecommendations()).toEqual([]);
  });
});
