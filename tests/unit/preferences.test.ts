import { describe, expect, it } from 'vitest';
import { defaultCountry } from '../../src/features/help/country';
import { isSafeExitUrl, readPreferences, savePreferences } from '../../src/storage/preferences';

describe('preferences', () => {
  it('round-trips and merges', () => {
    savePreferences({ locale: 'en' });
    savePreferences({ country: 'BE' });
    expect(readPreferences()).toEqual({ locale: 'en', country: 'BE' });
  });

  it('drops values that are not valid, field by field', () => {
    localStorage.setItem('kier:preferences:v1', JSON.stringify({ locale: 'fr', country: 'DE', quickExitUrl: 'javascript:alert(1)' }));
    expect(readPreferences()).toEqual({});
    localStorage.setItem('kier:preferences:v1', JSON.stringify({ locale: 'nl', country: 'XX' }));
    expect(readPreferences()).toEqual({ locale: 'nl' });
  });

  it('survives broken JSON', () => {
    localStorage.setItem('kier:preferences:v1', '{not json');
    expect(readPreferences()).toEqual({});
  });

  it('accepts only plain https quick-exit addresses', () => {
    expect(isSafeExitUrl('https://www.buienradar.nl/')).toBe(true);
    expect(isSafeExitUrl('http://example.org')).toBe(false);
    expect(isSafeExitUrl('https://user:pw@example.org')).toBe(false);
    expect(isSafeExitUrl('data:text/html,hi')).toBe(false);
    expect(isSafeExitUrl('not a url')).toBe(false);
    expect(isSafeExitUrl(`https://example.org/${'x'.repeat(600)}`)).toBe(false);
  });
});

describe('defaultCountry', () => {
  it('is Belgium when the browser names Belgium, else the Netherlands', () => {
    expect(defaultCountry(['nl-BE', 'nl'])).toBe('BE');
    expect(defaultCountry(['en-US', 'fr-BE'])).toBe('BE');
    expect(defaultCountry(['nl-NL'])).toBe('NL');
    expect(defaultCountry(['en'])).toBe('NL');
  });
});
