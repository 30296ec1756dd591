import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { readPreferences, savePreferences } from '../../src/storage/preferences';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

describe('App shell', () => {
  it('puts a help button in the header of every screen', async () => {
    for (const [path, help] of [
      ['/nl', '/nl/hulp'],
      ['/nl/bibliotheek', '/nl/hulp'],
      ['/en/m/het-hotel-patroon', '/en/help'],
      ['/en/settings', '/en/help'],
    ] as const) {
      const view = renderAt(path);
      const header = await waitFor(() => view.container.querySelector('header.site-header') as HTMLElement);
      expect(within(header).getByRole('link', { name: /hulp nu|help now/i }).getAttribute('href')).toBe(help);
      view.unmount();
    }
  });

  it('follows the language of the URL', async () => {
    renderAt('/en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Kier' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('groups the library by theme', async () => {
    renderAt('/nl/bibliotheek');
    const understand = await screen.findByRole('region', { name: 'Begrijpen wat er gebeurt' });
    expect(within(understand).getByRole('link', { name: 'Wat is hikikomori?' }).getAttribute('href')).toBe('/nl/m/wat-is-hikikomori');
    const cope = screen.getByRole('region', { name: 'Omgaan met je kind' });
    expect(within(cope).getByRole('link', { name: /hotel/i })).toBeTruthy();
  });

  it('shows a module with its key points, sources and review date', async () => {
    renderAt('/nl/m/het-hotel-patroon');
    expect(await screen.findByRole('heading', { level: 2, name: 'In het kort' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Bronnen' })).toBeTruthy();
    expect(screen.getByText(/Laatst nagekeken op 3 december 2026/)).toBeTruthy();
  });

  it('says kindly when a module does not exist', async () => {
    renderAt('/nl/m/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dit onderwerp bestaat niet' })).toBeTruthy();
  });

  it('groups help lines by situation and switches country', async () => {
    renderAt('/nl/hulp');
    const suicide = await screen.findByRole('region', { name: 'Zorgen om zelfdoding' });
    expect(within(suicide).getByRole('link', { name: 'Bel 113 Zelfmoordpreventie: 0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    fireEvent.click(screen.getByRole('radio', { name: 'België (Vlaanderen)' }));
    await waitFor(() => expect(within(suicide).getByRole('link', { name: 'Bel Zelfmoordlijn 1813: 1813' }).getAttribute('href')).toBe('tel:1813'));
    expect(within(suicide).queryByText('113 Zelfmoordpreventie')).toBeNull();
    expect(readPreferences().country).toBe('BE');
    for (const name of ['Geweld of onveilig thuis', 'Iemand om mee te praten', 'Een lijn voor je kind', 'Een dokter buiten kantoortijd', 'Politie', 'Zorgen om je volwassen kind', 'Als het misgaat', 'Als je kind dreigt', 'Snel weg']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
  });

  it('defaults the country from the browser when nothing was chosen', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-BE']);
    renderAt('/nl/hulp');
    const violence = await screen.findByRole('region', { name: 'Geweld of onveilig thuis' });
    await waitFor(() => expect(within(violence).getByRole('link', { name: 'Bel 1712: 1712' })).toBeTruthy());
  });

  it('switches language in settings, remembers it and loads the same page in that language', async () => {
    renderAt('/nl/instellingen');
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const english = await screen.findByRole('radio', { name: 'English' });
    fireEvent.click(english);
    // A full page load to the same page in English, which brings the English strings.
    expect(assign).toHaveBeenCalledWith('/en/settings');
    expect(readPreferences().locale).toBe('en');
  });
});

describe('crisis modules', () => {
  it("show the crisis lines for the parent's country at the top", async () => {
    savePreferences({ country: 'BE' });
    renderAt('/nl/m/het-hotel-patroon');
    const block = await screen.findByRole('complementary', { name: 'Hulp nodig? Bel meteen.' });
    await waitFor(() => expect(within(block).getByText('België (Vlaanderen)')).toBeTruthy());
    const hrefs = within(block).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:112', 'tel:1813', 'tel:1712', 'tel:101', '/nl/hulp']);
    // The block comes before the text of the module.
    const keyPoints = screen.getByRole('heading', { level: 2, name: 'In het kort' });
    expect(block.compareDocumentPosition(keyPoints) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('are not shown on other modules', async () => {
    renderAt('/nl/m/wat-is-hikikomori');
    await screen.findByRole('heading', { level: 2, name: 'In het kort' });
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

describe('settings', () => {
  it('keeps the country and a valid own quick-exit site, and refuses an unsafe one', async () => {
    renderAt('/en/settings');
    fireEvent.click(await screen.findByRole('radio', { name: 'Belgium (Flanders)' }));
    expect(readPreferences().country).toBe('BE');
    fireEvent.click(screen.getByRole('radio', { name: 'NOS nieuws' }));
    expect(readPreferences().quickExitUrl).toBe('https://nos.nl/');
    fireEvent.click(screen.getByRole('radio', { name: 'My own website' }));
    const input = await screen.findByLabelText('Address of your own website (starts with https://)');
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    expect((await screen.findByRole('alert')).textContent).toContain('must start with https://');
    expect(readPreferences().quickExitUrl).toBe('https://nos.nl/');
    fireEvent.input(input, { target: { value: 'https://www.nu.nl/' } });
    expect(readPreferences().quickExitUrl).toBe('https://www.nu.nl/');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
