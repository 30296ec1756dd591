import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import type { Engine, Query } from './engine';
import { DESCRIBE_PAGE, describeQuery, FIND_SETTLED_ELEMENT } from './find';
import { poll, PHONE } from './wait';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** Debian's Firefox ESR, headless, driven over WebDriver BiDi (no geckodriver). */
export async function launchFirefox(): Promise<Engine> {
  const downloads = mkdtempSync(join(tmpdir(), 'kier-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: PHONE,
    extraPrefsFirefox: {
      'intl.accept_languages': 'nl-NL, nl',
      // Save downloads straight into our folder, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      // No update checks, telemetry or remote settings: nothing leaves the machine.
      'app.update.auto': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const inPage = (script: string) => new Function(`return (${script}).apply(null, arguments);`) as (...args: unknown[]) => unknown;
  const element = (query: Query) =>
    poll(`the ${describeQuery(query)}`, async () => {
      const handle = await page.evaluateHandle(inPage(`(query) => (${FIND_SETTLED_ELEMENT})(query)`), query);
      const found = handle.asElement() as ElementHandle<Element> | null;
      if (!found) await handle.dispose();
      return found;
    }, undefined, async () => (await page.evaluate(inPage(DESCRIBE_PAGE))) as string);

  return {
    name: 'Firefox',
    downloads,
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: async () => page.url(),
    run: async <T>(script: string, ...args: unknown[]) => (await page.evaluate(inPage(script), ...args)) as T,
    click: async (query) => {
      const found = await element(query);
      await found.click();
      await found.dispose();
    },
    type: async (query, text) => {
      const found = await element(query);
      await found.type(text);
      await found.dispose();
    },
    screenshot: async (query) => {
      const found = await element(query);
      const png = await found.screenshot();
      await found.dispose();
      return Buffer.from(png);
    },
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
