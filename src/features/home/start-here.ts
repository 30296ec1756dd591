import type { ModuleMeta } from '../../content/types';
import { THEMES } from '../../content/types';

/** The first module of each of the first two themes: where a new parent is best helped to start. */
export function startHere(modules: ModuleMeta[], count = 2): ModuleMeta[] {
  return THEMES.slice(0, count)
    .map((theme) => modules.filter((module) => module.theme === theme).sort((a, b) => a.order - b.order)[0])
    .filter((module): module is ModuleMeta => module !== undefined);
}
