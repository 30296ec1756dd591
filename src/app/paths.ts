import { isLocale, type Locale } from './locales.ts';

/**
 * Every page of the app, as data. URLs are part of the contract with counsellors
 * (links, QR codes, printed handouts): a path that exists here must never change.
 */
export type Page =
  | { name: 'home' }
  | { name: 'library' }
  | { name: 'module'; id: string }
  | { name: 'help' }
  | { name: 'settings' }
  | { name: 'counsellor' }
  | { name: 'recommendation' }
  | { name: 'diary' }
  | { name: 'diaryEntry' }
  | { name: 'diaryTension' }
  | { name: 'diarySummary' }
  | { name: 'data' }
  | { name: 'plan' }
  | { name: 'planStep' }
  | { name: 'lock' }
  | { name: 'rightNow' };

type NamedPage = Exclude<Page, { name: 'home' } | { name: 'module' }>['name'];

/** Localised path of each named page after the language (one or two segments). */
export const SEGMENTS: Record<NamedPage, Record<Locale, string>> = {
  library: { nl: 'bibliotheek', en: 'library' },
  help: { nl: 'hulp', en: 'help' },
  settings: { nl: 'instellingen', en: 'settings' },
  counsellor: { nl: 'hulpverlener', en: 'counsellor' },
  recommendation: { nl: 'r', en: 'r' },
  diary: { nl: 'dagboek', en: 'diary' },
  diaryEntry: { nl: 'dagboek/notitie', en: 'diary/entry' },
  diaryTension: { nl: 'dagboek/spanning', en: 'diary/tension' },
  diarySummary: { nl: 'dagboek/overzicht', en: 'diary/summary' },
  data: { nl: 'instellingen/gegevens', en: 'settings/data' },
  plan: { nl: 'plan', en: 'plan' },
  planStep: { nl: 'plan/stap', en: 'plan/step' },
  lock: { nl: 'instellingen/slot', en: 'settings/lock' },
  rightNow: { nl: 'nu-even', en: 'right-now' },
};

/** Module ids are lowercase slugs; the same rule is enforced on content at build time. */
export const MODULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function pathFor(locale: Locale, page: Page): string {
  switch (page.name) {
    case 'home':
      return `/${locale}`;
    case 'module':
      return `/${locale}/m/${page.id}`;
    default:
      return `/${locale}/${SEGMENTS[page.name][locale]}`;
  }
}

/** Reads a pathname back into a locale and page; null when it is not one of ours. */
export function parsePath(pathname: string): { locale: Locale; page: Page } | null {
  const parts = pathname.split('/').filter(Boolean);
  const [first, second, third, ...rest] = parts;
  if (!isLocale(first) || rest.length > 0) return null;
  const locale = first;
  if (second === undefined) return { locale, page: { name: 'home' } };
  if (second === 'm') {
    return third !== undefined && MODULE_ID_PATTERN.test(third)
      ? { locale, page: { name: 'module', id: third } }
      : null;
  }
  const named = third === undefined ? second : `${second}/${third}`;
  for (const name of Object.keys(SEGMENTS) as NamedPage[]) {
    if (SEGMENTS[name][locale] === named) return { locale, page: { name } };
  }
  return null;
}

/**
 * The same page in another language (used by the language switch). The plan pages keep their
 * query: it only names a plan (a random id) or a step number.
 */
export function translatePath(url: string, target: Locale): string {
  const [pathname = '', query] = url.split('?');
  const page = parsePath(pathname)?.page ?? { name: 'home' };
  return pathFor(target, page) + (query && page.name.startsWith('plan') ? `?${query}` : '');
}
