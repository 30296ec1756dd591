import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

async function searchFor(label: string, query: string) {
  fireEvent.input(await screen.findByRole('searchbox', { name: label }), { target: { value: query } });
}

describe('library search with nothing found', () => {
  it.each([
    ['nl', '/nl/bibliotheek', 'Zoek in de bibliotheek', 'Misschien helpt dit je verder', ['Rustig blijven als het botst', '/nl/m/rustig-blijven'], ['Is dit een crisis?', '/nl/m/crisis-herkennen'], ['Hulp nu', '/nl/hulp']],
    ['en', '/en/library', 'Search the library', 'This may help you further', ['Staying calm when things clash', '/en/m/rustig-blijven'], ['Is this a crisis?', '/en/m/crisis-herkennen'], ['Help now', '/en/help']],
  ] as const)('%s: always offers staying calm, the crisis module and Help now', async (_locale, path, label, title, calm, crisis, help) => {
    renderAt(path);
    await searchFor(label, 'qqzzxx');
    const region = await screen.findByRole('region', { name: title }, { timeout: 3000 });
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([calm, crisis, help]);
  });

  it('does not show the three links when something is found', async () => {
    renderAt('/nl/bibliotheek');
    await searchFor('Zoek in de bibliotheek', 'hotel');
    expect(await screen.findByRole('link', { name: 'Het hotel-patroon' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Misschien helpt dit je verder' })).toBeNull();
  });
});
