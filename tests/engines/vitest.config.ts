import { defineConfig } from 'vitest/config';

/**
 * The cross-engine suite: the main flows in Firefox ESR and WebKitGTK against the built app
 * (run `npm run build` first; WebKit needs a display, so `npm run test:engines` runs under
 * xvfb-run). One file per engine, the two in parallel; the flows inside a file run in order.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/engines/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
