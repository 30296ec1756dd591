import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { A11Y_SAMPLE_MODULES } from '../../support/a11y-samples';

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

/** The sample module of each language (one template; its markup comes from content files). */
export const SAMPLE_MODULE_ROUTES = Object.entries(A11Y_SAMPLE_MODULES).map(([locale, id]) => `/${locale}/m/${id}`);

/**
 * One page of each template, for checks in the browser: the root, every Dutch page but the modules,
 * and the sample module of each language. The English pages are the same components with other
 * strings; built-pages.spec.ts checks every built page's HTML without a browser.
 */
export function templateRoutes(): string[] {
  return prerenderedRoutes().filter((route) => route === '/' || (route.startsWith('/nl') && !route.includes('/m/')) || SAMPLE_MODULE_ROUTES.includes(route));
}
