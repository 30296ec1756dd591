import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES } from '../../app/locales.ts';
import { encodeIndex } from '../../features/search/index-codec.ts';
import { compileCollection, type Collection } from './compile-collection.ts';
import { readContentDir } from './read-content-dir.ts';
import { buildSearchIndex } from './search-index.ts';

const INDEX_ID = 'virtual:kier-content';
const CATALOG_PREFIX = 'virtual:kier-content/catalog/';
const BODY_PREFIX = 'virtual:kier-content/body/';
const BODIES_PREFIX = 'virtual:kier-content/bodies/';
const SEARCH_PREFIX = 'virtual:kier-search/';

export interface ContentPluginOptions {
  /** Folder with `nl/` and `en/` subfolders. Defaults to `content/` in the project root. */
  dir?: string;
}

/**
 * Compiles `content/<locale>/*.md` at build time into:
 * - `virtual:kier-content`: a loader per language for its catalogue;
 * - `virtual:kier-content/catalog/<locale>`: that language's small index (what home and the library show);
 * - `virtual:kier-content/bodies/<locale>`: a lazy loader per body, loaded with the first module opened;
 * - `virtual:kier-content/body/<locale>/<id>`: one chunk per module body;
 * - `virtual:kier-search/<locale>`: that language's search index, encoded compactly.
 * Any content problem fails the build with messages that name the file and the field.
 */
export function kierContent(options: ContentPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let cached: Collection | null = null;

  const collection = (): Collection => (cached ??= compileCollection(readContentDir(dir, root)));

  return {
    name: 'kier-content',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? process.env.KIER_CONTENT_DIR ?? 'content');
    },
    buildStart() {
      cached = null;
      collection();
      this.addWatchFile(dir);
    },
    resolveId(id) {
      if (id === INDEX_ID || [CATALOG_PREFIX, BODIES_PREFIX, BODY_PREFIX, SEARCH_PREFIX].some((prefix) => id.startsWith(prefix))) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) return indexModule();
      if (id.startsWith(`\0${CATALOG_PREFIX}`)) {
        const locale = id.slice(CATALOG_PREFIX.length + 1);
        if (!LOCALES.includes(locale as never)) this.error(`No catalogue for locale "${locale}"`);
        return catalogModule(collection(), locale as (typeof LOCALES)[number]);
      }
      if (id.startsWith(`\0${BODIES_PREFIX}`)) {
        const locale = id.slice(BODIES_PREFIX.length + 1);
        if (!LOCALES.includes(locale as never)) this.error(`No bodies for locale "${locale}"`);
        return bodiesModule(collection(), locale as (typeof LOCALES)[number]);
      }
      if (id.startsWith(`\0${SEARCH_PREFIX}`)) {
        const locale = id.slice(SEARCH_PREFIX.length + 1);
        if (!LOCALES.includes(locale as never)) this.error(`No search index for locale "${locale}"`);
        const modules = collection()[locale as (typeof LOCALES)[number]].map((module) => ({
          ...module.meta,
          tags: module.tags,
          markdown: module.markdown,
        }));
        // Built here, in a compact form that the browser decodes once (see index-codec.ts).
        return `export default ${JSON.stringify(encodeIndex(buildSearchIndex(modules)))};`;
      }
      if (id.startsWith(`\0${BODY_PREFIX}`)) {
        const [locale, moduleId] = id.slice(BODY_PREFIX.length + 1).split('/');
        const found = LOCALES.includes(locale as never)
          ? collection()[locale as (typeof LOCALES)[number]].find((module) => module.meta.id === moduleId)
          : undefined;
        if (!found) this.error(`No module "${moduleId}" in locale "${locale}"`);
        // Plain JSON: brotli and gzip on the way make it smaller than any encoding of our own
        // (issue 18 measured deflated base64 at about 10% more brotli bytes, plus a decode step).
        return `export default ${JSON.stringify(found.body)};`;
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        cached = null;
        server.moduleGraph.idToModuleMap.forEach((module, id) => {
          if (id.startsWith('\0virtual:kier-')) server.moduleGraph.invalidateModule(module);
        });
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/** Loads one language's catalogue: the small index of its modules and a lazy loader per body. */
function indexModule(): string {
  const loaders = LOCALES.map((locale) => `  ${locale}: () => import(${JSON.stringify(`${CATALOG_PREFIX}${locale}`)})`);
  return `export const catalogLoaders = {\n${loaders.join(',\n')}\n};`;
}

function catalogModule(collection: Collection, locale: (typeof LOCALES)[number]): string {
  const modules = collection[locale].map((module) => module.meta);
  // The body loaders (a file name per module) are not part of the home page's first JavaScript.
  return [`export const modules = ${JSON.stringify(modules)};`, `export const loadBodies = () => import(${JSON.stringify(`${BODIES_PREFIX}${locale}`)});`].join('\n');
}

function bodiesModule(collection: Collection, locale: (typeof LOCALES)[number]): string {
  const loaders = collection[locale].map(
    (module) => `  ${JSON.stringify(module.meta.id)}: () => import(${JSON.stringify(`${BODY_PREFIX}${locale}/${module.meta.id}`)})`,
  );
  return `export const bodyLoaders = {\n${loaders.join(',\n')}\n};`;
}
