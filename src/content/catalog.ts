import * as compiled from 'virtual:kier-content';
import type { Locale } from '../app/locales';
import type { ModuleBody, ModuleMeta, Theme } from './types';
import { THEMES } from './types';

// The build plugin validated every module; here the generated data gets its types.
const modules = compiled.modules as Record<Locale, ModuleMeta[]>;
const bodyLoaders = compiled.bodyLoaders as Record<string, () => Promise<{ default: ModuleBody }>>;

/** Typed runtime access to the compiled guidance. */
export function listModules(locale: Locale): ModuleMeta[] {
  return modules[locale];
}

export function findModule(locale: Locale, id: string): ModuleMeta | undefined {
  return modules[locale].find((module) => module.id === id);
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
  const loader = bodyLoaders[key];
  if (!loader) return null;
  const entry = bodies.get(key);
  if (entry && !(entry instanceof Promise)) return entry;
  if (entry) throw entry;
  const pending = loader().then((loaded) => {
    bodies.set(key, loaded.default);
    return loaded.default;
  });
  bodies.set(key, pending);
  throw pending;
}
