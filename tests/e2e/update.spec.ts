import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './support/routes';
import { waitForServiceWorker } from './support/service-worker';

test.use({ serviceWorkers: 'allow' });
import { SwappableStaticServer } from './support/static-server';

const ROOT = join(import.meta.dirname, '../..');
const NEXT = join(ROOT, 'dist-e2e-next');
const CHANGED = 'Deze zin staat alleen in de nieuwe versie.';
const CONTENT = process.env.KIER_CONTENT_DIR ?? join(ROOT, 'content');

test.describe('updating to a new version', () => {
  test.describe.configure({ timeout: 120_000 });
  let server: SwappableStaticServer;
  let origin: string;

  test.beforeAll(async () => {
    // A second build of the same code in which one module changed.
    const content = mkdtempSync(join(tmpdir(), 'kier-content-'));
    cpSync(CONTENT, content, { recursive: true });
    const file = join(content, 'nl/wat-is-hikikomori.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## In het kort\n', `## In het kort\n\n${CHANGED}\n`));
    execFileSync('npx', ['vite', 'build', '--outDir', NEXT, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, KIER_CONTENT_DIR: content },
      stdio: 'inherit',
    });
    rmSync(content, { recursive: true, force: true });
    server = new SwappableStaticServer(DIST);
    origin = await server.start();
  });

  test.afterAll(async () => {
    await server?.stop();
    rmSync(NEXT, { recursive: true, force: true });
  });

  test('shows a calm prompt and applies the new version only when the parent accepts', async ({ page }) => {
    await page.goto(`${origin}/nl/m/wat-is-hikikomori`);
    await waitForServiceWorker(page);
    await expect(page.getByText(CHANGED)).toHaveCount(0);

    server.root = NEXT;
    // The app checks for a new version when it becomes visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

    const prompt = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Kier.' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Not applied yet: the page still shows the old text, even after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Wat is hikikomori?' })).toBeVisible();
    await expect(page.getByText(CHANGED)).toHaveCount(0);

    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await prompt.getByRole('button', { name: 'Vernieuwen' }).click();
    await expect(page.getByText(CHANGED)).toBeVisible({ timeout: 20_000 });
  });
});
