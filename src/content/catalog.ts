import { catalogLoaders } from 'virtual:kier-content';
import type { Locale } from '../app/locales';
import type { ModuleBody, ModuleMeta, Theme } from './types';
import { THEMES } from './types';

/** One language's compiled guidance: the index for lists, and a lazy loader per module body. */
type BodyLoaders = Record<string, () => Promise<{ default: ModuleBody }>>;

interface Catalog {
  modules: ModuleMeta[];
  /** The loader per body, in its own small chunk (the web server compresses it on the way). */
  loadBodies: () => Promise<{ bodyLoaders: BodyLoaders }>;
}

const catalogs = new Map<Locale, Catalog>();

/**
 * Loads a language's catalogue (one small chunk). Called before rendering, together with the
 * UI strings; the build plugin validated every module, so here the data only gets its types.
 */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (catalogs.has(locale)) return;
  const loaded = await catalogLoaders[locale]!();
  catalogs.set(locale, { modules: loaded.modules as ModuleMeta[], loadBodies: loaded.loadBodies as Catalog['loadBodies'] });
}

function catalog(locale: Locale): Catalog {
  const found = catalogs.get(locale);
  if (!found) throw new Error(`The ${locale} catalogue is not loaded; call loadCatalog('${locale}') before rendering`);
  return found;
}

/** Typed runtime access to the compiled guidance. */
export function listModules(locale: Locale): ModuleMeta[] {
  return catalog(locale).modules;
}

export function findModule(locale: Locale, id: string): ModuleMeta | undefined {
  return catalog(locale).modules.find((module) => module.id === id);
}

export function groupByTheme(list: ModuleMeta[]): { theme: Theme; modules: ModuleMeta[] }[] {
  return THEMES.map((theme) => ({
    theme,
    modules: list.filter((module) => module.theme === theme).sort((a, b) => a.order - b.order),
  })).filter((group) => group.modules.length > 0);
}

const bodies = new Map<string, ModuleBody | Promise<ModuleBody>>();

/**
 * Suspense-style read of a module body: returns it when loaded, otherwise throws the
 * pending promise so the router (and prerendering) waits for the chunk.
 * Returns null for an unknown module.
 */
export function readBody(locale: Locale, id: string): ModuleBody | null {
  const key = `${locale}/${id}`;
  const known = catalog(locale);
  if (!known.modules.some((module) => module.id === id)) return null;
  const entry = bodies.get(key);
  if (entry && !(entry instanceof Promise)) return entry;
  if (entry) throw entry;
  const pending = known
    .loadBodies()
    .then(({ bodyLoaders }) => bodyLoaders[id]!())
    .then(({ default: body }) => {
      bodies.set(key, body);
      return body;
    });
  bodies.set(key, pending);
  throw pending;
}

/** Loads a module body (from its chunk); null for an unknown module. */
export async function loadBody(locale: Locale, id: string): Promise<ModuleBody | null> {
  try {
    return readBody(locale, id);
  } catch (pending) {
    if (pending instanceof Promise) return (await pending) as ModuleBody;
    throw pending;
  }
}
