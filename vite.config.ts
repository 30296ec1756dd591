import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { kierContent } from './src/content/build/vite-plugin-content.ts';
import { dropServerChunks } from './src/app/build/drop-server-chunks.ts';
import { emitAppShell, SHELL_FILE } from './src/app/build/emit-app-shell.ts';
import { precacheUrlFor } from './src/app/build/precache-url.ts';
import { kierStrings } from './src/app/build/vite-plugin-strings.ts';

const APP_CHUNK = ['/src/app/', '/src/storage/local-store', '/src/storage/preferences', '/src/storage/reading', '/src/storage/recommendations', '/src/storage/plans/plan-review-reminder', '/src/content/catalog', '/src/features/home/', '/src/features/quick-exit/', '/src/features/root/', '/src/features/not-found/', '/src/features/reader/resume', '/src/features/settings/text-size'];

/** The dev server injects inline scripts for hot reload, which the strict CSP forbids; the build keeps it. */
function dropCspInDev(): Plugin {
  return {
    name: 'kier-drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: false,
    // Keep <link rel=modulepreload> in the HTML, but no preload lists on dynamic imports: the
    // chunks are small and precached, and the preload helper touches `document`, which does not
    // exist while prerendering.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: {
      output: {
        // The shell's small shared modules (storage, app glue, home, quick exit) go in one chunk
        // instead of a handful of tiny ones, each with its own request and overhead.
        manualChunks: (id) => (APP_CHUNK.some((part) => id.includes(part)) ? 'app' : undefined),
      },
    },
  },
  plugins: [
    kierContent(),
    kierStrings(),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        prerenderScript: fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)),
        additionalPrerenderRoutes: ['/404.html', '/nl/instellingen', '/en/settings', '/nl/r', '/en/r', '/nl/plan/stap', '/en/plan/step'],
        previewMiddlewareEnabled: true,
        previewMiddlewareFallback: '/404.html',
      },
    }),
    dropCspInDev(),
    dropServerChunks('src/prerender.tsx'),
    emitAppShell(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Kier',
        short_name: 'Kier',
        description: 'Uitleg en steun voor ouders van een kind dat zich terugtrekt. Guidance for parents of a child who withdraws.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbf8f3',
        theme_color: '#1d5c63',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Once the service worker is in charge, every page is rendered from the app shell and the
        // precached chunks: text and code are stored once, not again as prerendered HTML per page
        // (first visits, crawlers and browsers without JavaScript still get the prerendered HTML).
        globPatterns: ['**/*.{js,css,svg,webmanifest}', SHELL_FILE],
        // Prerendered pages live at "<route>/index.html" but are linked as "<route>".
        manifestTransforms: [
          async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: precacheUrlFor(entry.url) })), warnings: [] }),
        ],
        navigateFallback: `/${SHELL_FILE}`,
        // Counsellor links carry query parameters; the page is the same.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the first visit already works offline.
        // Updates still wait for the parent: skipWaiting is sent only from the update prompt.
        clientsClaim: true,
      },
    }),
  ],
});
