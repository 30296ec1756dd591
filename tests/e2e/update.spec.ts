import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './support/routes';
import { waitForServiceWorker } from './support/service-worker';

test.use({ serviceWorkers: 'allow' });
import { NginxServer } from '../support/nginx-server';

const ROOT = join(import.meta.dirname, '../..');
const NEXT = join(ROOT, 'dist-e2e-next');
const CHANGED = 'Deze zin staat alleen in de nieuwe versie.';
const CONTENT = process.env.KIER_CONTENT_DIR ?? join(ROOT, 'content');

test.describe('updating to a new version', () => {
  // One worker: the tests share one second build (and two builds at once would share the prerenderer's scratch folder).
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let server: NginxServer;
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
    server = new NginxServer(DIST);
    origin = await server.start();
  });

  test.afterAll(async () => {
    await server?.stop();
    rmSync(NEXT, { recursive: true, force: true });
  });

  test('shows a calm prompt and applies the new version only when the parent accepts', async ({ page }) => {
    server.root = DIST;
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

  test('an update accepted while an entry is half-written keeps the draft', async ({ page }) => {
    server.root = DIST;
    await page.goto(`${origin}/nl/dagboek/notitie`);
    await waitForServiceWorker(page);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    const area = page.getByLabel('Wat wil je opschrijven?');
    await expect(area).toBeFocused();
    await area.pressSequentially('Net toen ik dit schreef, kwam er een update');

    server.root = NEXT;
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const prompt = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Kier.' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    await prompt.getByRole('button', { name: 'Vernieuwen' }).click();
    await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate, undefined, { timeout: 20_000 });

    // The new version is running (its changed module text is there) and the draft is back in the editor.
    await page.waitForURL(`${origin}/nl/dagboek/notitie`);
    await expect(page.getByLabel('Wat wil je opschrijven?')).toHaveValue('Net toen ik dit schreef, kwam er een update', { timeout: 20_000 });
    await expect(page.getByText(/Je gaat verder waar je was gebleven/)).toBeVisible();
    await page.goto(`${origin}/nl/m/wat-is-hikikomori`);
    await expect(page.getByText(CHANGED)).toBeVisible();
  });
});
