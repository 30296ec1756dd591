import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES } from '../locales.ts';
import { STRING_PARTS, type StringPart } from '../string-parts.ts';

const INDEX_ID = 'virtual:kier-strings';
const PREFIX = 'virtual:kier-strings/';

/**
 * Serves `src/locales/<locale>.json` in parts: `common` (the shell and home) and one part per
 * feature (its top-level key), so a page ships only the strings it shows.
 * `virtual:kier-strings` exports a lazy loader for every language and part.
 */
export function kierStrings(): Plugin {
  let root = process.cwd();
  return {
    name: 'kier-strings',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === INDEX_ID || id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const perLocale = LOCALES.map((locale) => {
          const parts = STRING_PARTS.map((part) => `    ${part}: () => import(${JSON.stringify(`${PREFIX}${locale}/${part}`)})`);
          return `  ${locale}: {\n${parts.join(',\n')}\n  }`;
        });
        return `export const stringLoaders = {\n${perLocale.join(',\n')}\n};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [locale, part] = id.slice(PREFIX.length + 1).split('/') as [string, StringPart];
      if (!/^[a-z]{2}$/.test(locale) || !STRING_PARTS.includes(part)) this.error(`Unknown strings "${locale}/${part}"`);
      const file = resolve(root, 'src/locales', `${locale}.json`);
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const features: readonly string[] = STRING_PARTS.filter((name) => name !== 'common');
      const picked = Object.fromEntries(
        Object.entries(all).filter(([key]) => (part === 'common' ? !features.includes(key) : key === part)),
      );
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
