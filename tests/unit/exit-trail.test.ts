import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishPendingExit, leaveWithoutTrail, ownEntriesBefore } from '../../src/features/quick-exit/exit-trail';

const EXIT = 'https://www.buienradar.nl/';

function fakeNavigation(index: number) {
  const traverseTo = vi.fn(() => ({ committed: new Promise(() => undefined), finished: new Promise(() => undefined) }));
  const entries = Array.from({ length: index + 1 }, (_, i) => ({ key: `k${i}`, index: i }));
  return { api: { currentEntry: { index }, entries: () => entries, traverseTo }, traverseTo };
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('quick exit without a trail', () => {
  it('blanks the screen at once, before anything else', () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    document.title = 'Dagboek · Kier';
    document.body.innerHTML = '<h1>Mijn dagboek</h1><p>Vandaag was zwaar.</p>';
    leaveWithoutTrail(EXIT, fakeNavigation(3).api);
    expect(document.body.innerHTML).toBe('');
    expect(document.title).toBe('');
  });

  it('steps back to the first of Kier\u2019s own entries before replacing it', () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    const { api, traverseTo } = fakeNavigation(3);
    leaveWithoutTrail(EXIT, api);
    expect(traverseTo).toHaveBeenCalledWith('k0');
    expect(replace).not.toHaveBeenCalled();
    // The first entry is this same page: it arrives with popstate and leaves from there.
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(replace).toHaveBeenCalledWith(EXIT);
    expect(sessionStorage.length).toBe(0);
  });

  it('replaces at once on the first entry, or without the Navigation API', () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    leaveWithoutTrail(EXIT, fakeNavigation(0).api);
    leaveWithoutTrail(EXIT, null);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(ownEntriesBefore(null)).toBe(0);
  });

  it('leaves from where it is when stepping back does not happen', () => {
    vi.useFakeTimers();
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    leaveWithoutTrail(EXIT, fakeNavigation(2).api);
    vi.advanceTimersByTime(5000);
    expect(replace).toHaveBeenCalledWith(EXIT);
    vi.useRealTimers();
  });

  it('a page that the step back lands on finishes the exit once, and only for a safe address', () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    sessionStorage.setItem('kier:quick-exit:pending', EXIT);
    expect(finishPendingExit(() => true)).toBe(true);
    expect(replace).toHaveBeenCalledWith(EXIT);
    // Coming back to Kier later in the same tab does not leave again.
    expect(finishPendingExit(() => true)).toBe(false);
    sessionStorage.setItem('kier:quick-exit:pending', 'javascript:alert(1)');
    expect(finishPendingExit((url) => url.startsWith('https://'))).toBe(false);
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
