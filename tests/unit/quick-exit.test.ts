import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXIT_URL, doubleEscapeDetector, quickExit, quickExitUrl } from '../../src/features/quick-exit/quick-exit';
import { savePreferences } from '../../src/storage/preferences';

describe('double Escape', () => {
  const press = (key = 'Escape', repeat = false) => ({ key, repeat });

  it('exits on the second press within a second', () => {
    let time = 0;
    const onExit = vi.fn();
    const handle = doubleEscapeDetector(onExit, () => time);
    handle(press());
    time = 900;
    handle(press());
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('does not exit on presses far apart, on other keys, or on a held key', () => {
    let time = 0;
    const onExit = vi.fn();
    const handle = doubleEscapeDetector(onExit, () => time);
    handle(press());
    time = 1500;
    handle(press());
    time = 1600;
    handle(press('a'));
    handle(press('Escape', true));
    expect(onExit).not.toHaveBeenCalled();
  });

  it('needs two fresh presses after an exit', () => {
    let time = 0;
    const onExit = vi.fn();
    const handle = doubleEscapeDetector(onExit, () => time);
    handle(press());
    handle(press());
    time = 100;
    handle(press());
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});

describe('quickExit', () => {
  it('replaces the page with the chosen site, else the default', () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { replace });
    quickExit();
    expect(replace).toHaveBeenLastCalledWith(DEFAULT_EXIT_URL);
    savePreferences({ quickExitUrl: 'https://nos.nl/' });
    quickExit(quickExitUrl());
    expect(replace).toHaveBeenLastCalledWith('https://nos.nl/');
    quickExit('javascript:alert(1)');
    expect(replace).toHaveBeenLastCalledWith(DEFAULT_EXIT_URL);
    vi.unstubAllGlobals();
  });
});
