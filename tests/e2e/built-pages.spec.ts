import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, prerenderedRoutes } from './support/routes';

// Every page of the build, read as files (no browser): what the browser suites check on one page
// per template holds on every page. Each page is prerendered from the same shell, so a page that
// misses these would be a build fault, not a template fault.

const pages = [...prerenderedRoutes().map((route) => join(DIST, route, 'index.html')), join(DIST, '404.html')];

/** The text a reader sees: tags, scripts and styles removed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(40);
});

test('every built page has the help button, quick exit and the strict CSP, in its own language', () => {
  const csp = readFileSync(join(DIST, 'nl', 'index.html'), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  expect(csp).toContain("default-src 'self'");
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const locale = html.match(/<html lang="(nl|en)"/)?.[1];
    expect(locale, `${file}: <html lang>`).toBeTruthy();
    expect(html, `${file}: the help button`).toContain(`<a class="help-button" href="${locale === 'en' ? '/en/help' : '/nl/hulp'}"`);
    expect(html, `${file}: quick exit`).toMatch(/<a class="quick-exit" href="https:\/\/[^"]+" rel="noopener noreferrer"/);
    expect(html, `${file}: the CSP`).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}"`);
  }
});

test('no built page loads anything from another origin, and none shows a string key instead of text', () => {
  const resource = /<(?:script|link|img|iframe|source|audio|video|embed|object|track)\b[^>]*\s(?:src|href|data|srcset)="([^"]*)"/g;
  let resources = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    for (const [, url] of html.matchAll(resource)) {
      resources += 1;
      expect(url!.startsWith('/') && !url!.startsWith('//'), `${file} loads ${url}`).toBe(true);
    }
    const keys = visibleText(html).match(/\b(?:app|root|home|library|reader|help|settings|update|quickExit|notFound)\.[a-zA-Z.]+\b/g) ?? [];
    expect(keys, `${file}: UI string keys shown instead of text`).toEqual([]);
  }
  // The script, the stylesheet, the icons and the manifest of each page at least.
  expect(resources).toBeGreaterThan(pages.length * 4);
});
