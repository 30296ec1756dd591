import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** 4173 by default; a second checkout (a git worktree) can run its suite beside it on another port. */
const PORT = Number(process.env.KIER_E2E_PORT ?? 4173);

/** Drives the real built app (`vite preview` of dist/) in Debian's Chromium. Run `npm run build` first. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Pixel 7'],
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'nl-NL',
    // Most tests look at pages, not at offline behaviour: without a service worker each new
    // context does not download the whole precache. Offline and update tests allow it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/nl`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
