import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES } from '../../app/locales.ts';
import { compileCollection, type Collection } from './compile-collection.ts';
import { readContentDir } from './read-content-dir.ts';

const INDEX_ID = 'virtual:kier-content';
const BODY_PREFIX = 'virtual:kier-content/body/';

export interface ContentPluginOptions {
  /** Folder with `nl/` and `en/` subfolders. Defaults to `content/` in the project root. */
  dir?: string;
}

/**
 * Compiles `content/<locale>/*.md` at build time into:
 * - `virtual:kier-content`: the small typed index of every module plus a lazy loader per body;
 * - `virtual:kier-content/body/<locale>/<id>`: one chunk per module body.
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
      if (id === INDEX_ID || id.startsWith(BODY_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) return indexModule(collection());
      if (id.startsWith(`\0${BODY_PREFIX}`)) {
        const [locale, moduleId] = id.slice(BODY_PREFIX.length + 1).split('/');
        const found = LOCALES.includes(locale as never)
          ? collection()[locale as (typeof LOCALES)[number]].find((module) => module.meta.id === moduleId)
          : undefined;
        if (!found) this.error(`No module "${moduleId}" in locale "${locale}"`);
        return `export default ${JSON.stringify(found.body)};`;
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        cached = null;
        for (const module of server.moduleGraph.getModulesByFile?.(`\0${INDEX_ID}`) ?? []) server.moduleGraph.invalidateModule(module);
        server.moduleGraph.idToModuleMap.forEach((module, id) => {
          if (id.startsWith('\0virtual:kier-content')) server.moduleGraph.invalidateModule(module);
        });
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

function indexModule(collection: Collection): string {
  const modules = Object.fromEntries(LOCALES.map((locale) => [locale, collection[locale].map((module) => module.meta)]));
  const loaders = LOCALES.flatMap((locale) =>
    collection[locale].map(
      (module) => `  ${JSON.stringify(`${locale}/${module.meta.id}`)}: () => import(${JSON.stringify(`${BODY_PREFIX}${locale}/${module.meta.id}`)})`,
    ),
  );
  return [
    `export const modules = ${JSON.stringify(modules)};`,
    `export const bodyLoaders = {\n${loaders.join(',\n')}\n};`,
  ].join('\n');
}
