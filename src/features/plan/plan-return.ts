import { pathFor } from '../../app/paths';
import type { Locale } from '../../app/locales';

/**
 * Where the diary editor goes after saving an entry written from the plan page: back to the
 * plan. `?terug=` carries the plan page's own path, and only that exact path is followed (any
 * other value, such as another site or another page, is ignored): no open redirect.
 */
export const RETURN_PARAMETER = 'terug';

/** The value the plan page puts in `?terug=`. */
export function planReturnValue(locale: Locale): string {
  return pathFor(locale, { name: 'plan' });
}

/** The path to go to after saving, or undefined to go to the diary as usual. */
export function returnPathFrom(value: string | undefined, locale: Locale): string | undefined {
  return value !== undefined && value === planReturnValue(locale) ? value : undefined;
}
