import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '../../../dist');

/** Every prerendered page of the build, as the URL a person opens ("/nl/m/x"). */
export function prerenderedRoutes(dir = DIST): string[] {
  const routes: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'assets' && name !== 'icons') walk(path);
      } else if (name === 'index.html') {
        const route = `/${relative(dir, folder)}`.replace(/\/$/, '');
        routes.push(route === '' ? '/' : route);
      }
    }
  };
  walk(dir);
  return routes.sort();
}

export const LOCALIZED = (locale: 'nl' | 'en') => prerenderedRoutes().filter((route) => route.startsWith(`/${locale}`));
