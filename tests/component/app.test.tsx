import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { readPreferences } from '../../src/storage/preferences';

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
    expect(screen.getByText(/Laatst nagekeken op 22 november 2026/)).toBeTruthy();
  });

  it('says kindly when a module does not exist', async () => {
    renderAt('/nl/m/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dit onderwerp bestaat niet' })).toBeTruthy();
  });

  it('lists NL and BE help lines as tel: links', async () => {
    renderAt('/nl/hulp');
    const nl = await screen.findByRole('region', { name: 'Nederland' });
    expect(within(nl).getByRole('link', { name: 'Bel 113 Zelfmoordpreventie: 0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    const be = screen.getByRole('region', { name: 'België (Vlaanderen)' });
    expect(within(be).getByRole('link', { name: 'Bel Zelfmoordlijn 1813: 1813' }).getAttribute('href')).toBe('tel:1813');
  });

  it('switches language in settings, remembers it and stays on the same page', async () => {
    renderAt('/nl/instellingen');
    const english = await screen.findByRole('radio', { name: 'English' });
    fireEvent.click(english);
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(location.pathname).toBe('/en/settings');
    expect(readPreferences().locale).toBe('en');
  });
});

describe('crisis modules', () => {
  it('show the crisis lines for both countries at the top', async () => {
    renderAt('/nl/m/het-hotel-patroon');
    const block = await screen.findByRole('complementary', { name: 'Hulp nodig? Bel meteen.' });
    const nl = within(block).getByRole('heading', { name: 'Nederland' });
    expect(nl).toBeTruthy();
    const hrefs = within(block).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:112', 'tel:08000113', 'tel:08002000', 'tel:1813', 'tel:1712', '/nl/hulp']));
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
