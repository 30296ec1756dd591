/**
 * The parts UI strings are shipped in. A feature part is the top-level key of the same name in
 * `src/locales/<locale>.json`; `common` is every other key (the shell, home and small pages).
 */
export const STRING_PARTS = ['common', 'library', 'reader', 'help', 'settings', 'recommend', 'diary', 'insights', 'data', 'plan', 'lock', 'rightNow', 'keepSafe'] as const;
export type StringPart = (typeof STRING_PARTS)[number];
