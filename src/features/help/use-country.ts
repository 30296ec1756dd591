import { useCallback, useEffect, useState } from 'preact/hooks';
import { readPreferences, savePreferences, type Country } from '../../storage/preferences';
import { defaultCountry } from './country';

/**
 * The parent's country for help lines: the saved choice, else from the browser.
 * Prerendered pages show the Netherlands; the choice applies right after hydration.
 */
export function useCountry(): [Country, (country: Country) => void] {
  const [country, setCountry] = useState<Country>('NL');

  useEffect(() => {
    setCountry(readPreferences().country ?? defaultCountry(navigator.languages ?? [navigator.language]));
  }, []);

  const choose = useCallback((next: Country) => {
    savePreferences({ country: next });
    setCountry(next);
  }, []);

  return [country, choose];
}
