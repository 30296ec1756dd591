import type { Country } from '../../storage/preferences';

/** Without a saved choice: Belgium when the browser says so (nl-BE, fr-BE, en-BE…), else the Netherlands. */
export function defaultCountry(languages: readonly string[]): Country {
  return languages.some((tag) => /-be$/i.test(tag)) ? 'BE' : 'NL';
}
