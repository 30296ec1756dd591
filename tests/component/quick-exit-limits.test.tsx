import { render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

afterEach(() => vi.unstubAllGlobals());

describe('what quick exit can and cannot hide', () => {
  it('is said on the help page and in settings: history, other tabs and how to clear them', async () => {
    for (const path of ['/nl/hulp', '/nl/instellingen']) {
      const view = renderAt(path);
      const limits = await screen.findByRole('region', { name: 'Wat Snel weg wel en niet verbergt' });
      expect(within(limits).getByText(/met Terug kom je niet meer in Kier/)).toBeTruthy();
      expect(within(limits).getByText(/geschiedenis van je browser \(daar staat Kier nog in\).*andere tabbladen/)).toBeTruthy();
      expect(within(limits).getByText(/Wis dan de geschiedenis van je browser/)).toBeTruthy();
      view.unmount();
    }
  });

  it('says one Kier page may stay behind Back where the browser cannot skip them all', async () => {
    const view = renderAt('/en/help');
    const limits = await screen.findByRole('region', { name: 'What Quick exit hides, and what it does not' });
    // happy-dom has no Navigation API, like older browsers.
    expect(within(limits).getByText(/Back may still bring back one page of Kier/)).toBeTruthy();
    view.unmount();
    vi.stubGlobal('navigation', { currentEntry: { index: 0 }, entries: () => [], traverseTo: () => undefined });
    renderAt('/en/help');
    const again = await screen.findByRole('region', { name: 'What Quick exit hides, and what it does not' });
    expect(within(again).queryByText(/Back may still bring back/)).toBeNull();
  });
});
