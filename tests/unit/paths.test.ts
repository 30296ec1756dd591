import { describe, expect, it } from 'vitest';
import { localeFromLanguages } from '../../src/app/locales';
import { parsePath, pathFor, translatePath, type Page } from '../../src/app/paths';
import { precacheUrlFor } from '../../src/app/build/precache-url';

const pages: Page[] = [
  { name: 'home' },
  { name: 'library' },
  { name: 'module', id: 'het-hotel-patroon' },
  { name: 'help' },
  { name: 'settings' },
  { name: 'counsellor' },
  { name: 'recommendation' },
  { name: 'diary' },
  { name: 'diaryEntry' },
  { name: 'diaryTension' },
  { name: 'diarySummary' },
  { name: 'data' },
  { name: 'plan' },
  { name: 'planStep' },
  { name: 'lock' },
];

describe('paths', () => {
  it('keeps the permanent module URLs', () => {
    expect(pathFor('nl', { name: 'module', id: 'wat-is-hikikomori' })).toBe('/nl/m/wat-is-hikikomori');
    expect(pathFor('en', { name: 'module', id: 'wat-is-hikikomori' })).toBe('/en/m/wat-is-hikikomori');
    expect(pathFor('nl', { name: 'help' })).toBe('/nl/hulp');
    expect(pathFor('en', { name: 'help' })).toBe('/en/help');
    expect(pathFor('nl', { name: 'counsellor' })).toBe('/nl/hulpverlener');
    expect(pathFor('en', { name: 'recommendation' })).toBe('/en/r');
    expect(pathFor('nl', { name: 'diaryEntry' })).toBe('/nl/dagboek/notitie');
    expect(pathFor('en', { name: 'data' })).toBe('/en/settings/data');
    expect(pathFor('nl', { name: 'planStep' })).toBe('/nl/plan/stap');
    expect(pathFor('en', { name: 'planStep' })).toBe('/en/plan/step');
  });

  it('parses every path it builds, in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const page of pages) expect(parsePath(pathFor(locale, page))).toEqual({ locale, page });
    }
  });

  it('rejects paths that are not ours', () => {
    expect(parsePath('/')).toBeNull();
    expect(parsePath('/fr')).toBeNull();
    expect(parsePath('/nl/help')).toBeNull();
    expect(parsePath('/nl/m/Bad_Id')).toBeNull();
    expect(parsePath('/nl/m/x/y')).toBeNull();
    expect(parsePath('/nl/dagboek/notitie/x')).toBeNull();
    expect(parsePath('/nl/dagboek/onbekend')).toBeNull();
    expect(parsePath('/nl/diary/entry')).toBeNull();
  });

  it('translates a page to the other language', () => {
    expect(translatePath('/nl/hulp', 'en')).toBe('/en/help');
    expect(translatePath('/en/m/het-hotel-patroon', 'nl')).toBe('/nl/m/het-hotel-patroon');
    expect(translatePath('/unknown', 'en')).toBe('/en');
  });

  it('keeps the plan pages\' query (which plan, which step) in the other language', () => {
    expect(translatePath('/nl/plan?id=3f2a-b9', 'en')).toBe('/en/plan?id=3f2a-b9');
    expect(translatePath('/nl/plan/stap?n=3', 'en')).toBe('/en/plan/step?n=3');
    expect(translatePath('/en/plan/step?n=8', 'nl')).toBe('/nl/plan/stap?n=8');
    expect(translatePath('/nl/plan/stap', 'en')).toBe('/en/plan/step');
    // Other pages keep no query.
    expect(translatePath('/nl/dagboek/notitie?id=e1', 'en')).toBe('/en/diary/entry');
    expect(translatePath('/nl/hulp?x=1', 'en')).toBe('/en/help');
  });

  it('maps prerendered files to their URLs for the precache', () => {
    expect(precacheUrlFor('nl/m/x/index.html')).toBe('nl/m/x');
    expect(precacheUrlFor('index.html')).toBe('index.html');
    expect(precacheUrlFor('assets/app.js')).toBe('assets/app.js');
  });
});

describe('localeFromLanguages', () => {
  it('takes the first supported browser language, else Dutch', () => {
    expect(localeFromLanguages(['en-GB', 'nl'])).toBe('en');
    expect(localeFromLanguages(['fr-BE', 'nl-BE'])).toBe('nl');
    expect(localeFromLanguages(['de'])).toBe('nl');
    expect(localeFromLanguages([])).toBe('nl');
  });
});

describe('appShellFrom', () => {
  it('empties the prerendered app and keeps head, styles and scripts', async () => {
    const { appShellFrom } = await import('../../src/app/build/emit-app-shell');
    const html = '<html><head><title>Welkom · Kier</title><script type="module" src="/a.js"></script></head><body><div id="app"><main>tekst</main><script type="isodata"></script></div></body></html>';
    const shell = appShellFrom(html);
    expect(shell).toContain('<div id="app"></div>');
    expect(shell).toContain('<title>Kier</title>');
    expect(shell).toContain('src="/a.js"');
    expect(shell).not.toContain('tekst');
    expect(() => appShellFrom('<html></html>')).toThrow(/no prerendered #app/);
  });
});
