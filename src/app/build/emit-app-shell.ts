import type { Plugin } from 'vite';

export const SHELL_FILE = 'shell.html';

/** The prerendered home page with its content taken out: a page the browser renders from JavaScript. */
export function appShellFrom(html: string): string {
  const app = /<div id="app">[\s\S]*<script type="isodata"><\/script><\/div>/;
  if (!app.test(html)) throw new Error('emit-app-shell: no prerendered #app in index.html');
  return html
    .replace(app, '<div id="app"></div>')
    .replace(/<title>[^<]*<\/title>/, '<title>Kier</title>');
}

/**
 * Emits `shell.html`: what the service worker answers for pages it does not keep as
 * prerendered HTML (module pages, unknown URLs). It renders the route from the precached
 * chunks, so a deep link works offline and shell and chunks always come from one version.
 */
export function emitAppShell(): Plugin {
  return {
    name: 'kier-emit-app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('emit-app-shell: index.html is missing from the bundle');
        this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: appShellFrom(String(index.source)) });
      },
    },
  };
}
