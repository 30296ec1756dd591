import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST } from '../e2e/support/routes';
import { NginxServer } from '../support/nginx-server';
import { countRecords, gotoReady, pageText, waitForHeading, waitForHydration, waitForServiceWorker, waitForText } from './support/actions';
import { byPattern, type Engine } from './support/engine';
import { poll } from './support/wait';

const ENTRY = 'Hij kwam even naar beneden en zei hoi.';
const CODE = 'zonnebloem-tafel-42';
const BACKUP_PASSWORD = 'Appelboom & 42 kastanjes';

/**
 * The main flows of issue #15 in one browser, in order, against the built app behind nginx with
 * deploy/nginx/, as it is hosted: each step leaves what the next one uses (the diary entry is backed up, then locked;
 * the server is stopped near the end, and quick exit leaves the app last). Dutch, as most parents
 * see it.
 */
export function describeMainFlows(launch: () => Promise<Engine>): void {
  let engine: Engine;
  const server = new NginxServer(DIST);
  let base = '';

  beforeAll(async () => {
    base = await server.start();
    engine = await launch();
  });
  afterAll(async () => {
    await engine?.close();
    await server.stop();
  });

  test('home hydrates, and a module opens by client-side navigation from the library', async () => {
    await gotoReady(engine, `${base}/nl`);
    // A mark on the window survives only if no full page load happens in between.
    await engine.run(`() => { window.kierSamePage = true; }`);
    await engine.click({ role: 'link', name: 'Lezen', within: 'nav' });
    await waitForHeading(engine, 'Bibliotheek');
    await engine.click({ role: 'link', name: 'Het hotel-patroon', within: 'main' });
    await waitForHeading(engine, 'Het hotel-patroon');
    await waitForText(engine, 'Bronnen');
    expect(await engine.url()).toBe(`${base}/nl/m/het-hotel-patroon`);
    expect(await engine.run(`() => window.kierSamePage === true`)).toBe(true);
  });

  test('search finds "hotel"', async () => {
    await gotoReady(engine, `${base}/nl/bibliotheek`);
    await engine.type({ role: 'field', name: 'Zoek in de bibliotheek' }, 'hotel');
    const first = await poll('a search result', () => engine.run<string | null>(`() => document.querySelector('.search-results > li a')?.textContent.trim() ?? null`));
    expect(first).toBe('Het hotel-patroon');
  });

  test('the plan builder: the first two steps', async () => {
    await gotoReady(engine, `${base}/nl/plan`);
    await engine.click({ role: 'link', name: 'Begin je plan' });
    await waitForHeading(engine, 'Wat gebeurt er nu?');
    await engine.click({ role: 'checkbox', name: 'Ik breng het eten naar de kamer van mijn kind.' });
    await engine.click({ role: 'checkbox', name: 'Mijn kind scheldt of dreigt als iets niet mag.' });
    await waitForText(engine, '2 situaties op je lijst');
    await engine.click({ role: 'link', name: 'Volgende stap' });
    await waitForHeading(engine, 'Sorteer je lijst');
    await engine.click({ role: 'radio', name: 'Accepteer ik niet meer', group: 'Ik breng het eten naar de kamer van mijn kind.' });
    // A threatening situation is never "accept for now".
    await engine.click({ role: 'radio', name: 'Accepteer ik voor nu', group: 'Mijn kind scheldt of dreigt als iets niet mag.' });
    await waitForText(engine, 'Dit kan niet bij ‘Accepteer ik voor nu’');
    const plans = await poll('the plan saved with the sorted item', async () => {
      const text = await engine.run<string>(`() => new Promise((resolve) => {
        const open = indexedDB.open('kier');
        open.onsuccess = () => {
          const request = open.result.transaction('plans').objectStore('plans').getAll();
          request.onsuccess = () => { open.result.close(); resolve(JSON.stringify(request.result)); };
        };
      })`);
      return text.includes('"decision":"stop"') ? text : null;
    });
    expect(plans).not.toContain('"decision":"accept"');
  });

  test("the counsellor's link and QR code", async () => {
    await gotoReady(engine, `${base}/nl/hulpverlener`);
    await engine.type({ role: 'field', name: 'Zoek een onderwerp' }, 'hotel');
    await engine.click({ role: 'checkbox', name: byPattern(/^Het hotel-patroon/) });
    const link = await poll('the link', () => engine.run<string>(`() => [...document.querySelectorAll('input')].find((input) => input.labels?.[0]?.textContent.trim() === 'Link')?.value || null`));
    expect(link).toBe(`${base}/nl/r?m=het-hotel-patroon`);
    // The code as the engine draws it (polled: a screenshot can come before the next paint).
    const decoded = await poll('a QR code that decodes to the link', async () => {
      const png = PNG.sync.read(await engine.screenshot({ role: 'img', name: byPattern(/QR/) }));
      const data = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
      return data === link ? data : null;
    });
    expect(decoded).toBe(link);
    // The parent opens it.
    await gotoReady(engine, link);
    await waitForText(engine, 'Het hotel-patroon');
    await engine.click({ role: 'link', name: byPattern(/Het hotel-patroon/), within: 'main' });
    await waitForHeading(engine, 'Het hotel-patroon');
  });

  test('a diary entry survives a reload', async () => {
    await gotoReady(engine, `${base}/nl/dagboek/notitie`);
    await engine.type({ role: 'field', name: 'Wat wil je opschrijven?' }, ENTRY);
    await engine.click({ role: 'button', name: 'Opslaan' });
    await waitForText(engine, 'Je notitie is opgeslagen.');
    await engine.reload();
    await waitForText(engine, ENTRY);
    expect(await countRecords(engine, 'diary')).toBe(1);
    // Asking the browser to keep the data is noted before the answer: Firefox answers with a
    // prompt that stays pending, and a parent who ignores it is not asked again.
    const asked = await poll('the persistence question noted', () =>
      engine.run<string>(`() => !navigator.storage?.persist ? 'cannot ask' : new Promise((resolve) => {
        const open = indexedDB.open('kier');
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').get('persistenceAsked');
          request.onsuccess = () => { open.result.close(); resolve(request.result ? 'asked' : null); };
        };
      })`),
    );
    // WebKitGTK has no navigator.storage.persist(); the data page then says the browser does not tell.
    expect(asked).toBe(engine.name === 'Firefox' ? 'asked' : 'cannot ask');
  });

  test('a backup downloads, sealed with the password', async () => {
    await gotoReady(engine, `${base}/nl/instellingen/gegevens`);
    // Where the engine cannot say whether it keeps the data, the page says so instead of guessing.
    if (engine.name === 'WebKit') await waitForText(engine, 'Deze browser zegt niet of hij je gegevens altijd bewaart.');
    // Protected by default: the file is sealed with WebCrypto in this engine.
    await engine.type({ role: 'field', name: 'Wachtwoord voor het bestand' }, BACKUP_PASSWORD);
    await engine.type({ role: 'field', name: 'Typ het wachtwoord nog een keer' }, BACKUP_PASSWORD);
    await engine.click({ role: 'button', name: 'Back-up maken' });
    await waitForText(engine, /Klaar: kier-backup-[\d-]+\.json met 1 notitie/);
    // Polled until the file is whole: an engine may show it in the folder while still writing.
    const { text, backup } = await poll(
      'the backup file in the downloads folder',
      async () => {
        const file = readdirSync(engine.downloads).find((name) => /^kier-backup-\d{4}-\d{2}-\d{2}\.json$/.test(name));
        if (!file) return null;
        const contents = readFileSync(join(engine.downloads, file), 'utf8');
        return { text: contents, backup: JSON.parse(contents) as Record<string, unknown> };
      },
      15_000,
    );
    expect(backup.format).toBe('kier-backup');
    expect(Object.keys(backup)).toContain('encrypted');
    expect(text).not.toContain(ENTRY);
    await waitForText(engine, 'Het bestand is beveiligd met je wachtwoord.');
  });

  test('the lock switches on, a reload asks for the code, and the entry reads after unlocking', async () => {
    await gotoReady(engine, `${base}/nl/instellingen`);
    await engine.click({ role: 'link', name: 'Dagboekslot instellen' });
    await waitForHeading(engine, 'Dagboekslot');
    await waitForHydration(engine);
    await engine.type({ role: 'field', name: 'Nieuwe code' }, CODE);
    await engine.type({ role: 'field', name: 'Typ je code nog een keer' }, CODE);
    await engine.click({ role: 'checkbox', name: 'Ik begrijp dat niemand mijn code kan terughalen' });
    await engine.click({ role: 'button', name: 'Slot aanzetten' });
    await waitForText(engine, 'Klaar. Vanaf nu vraagt Kier je code', 20_000);

    await gotoReady(engine, `${base}/nl/dagboek`);
    await waitForHeading(engine, 'Je dagboek is vergrendeld');
    expect(await pageText(engine)).not.toContain(ENTRY);
    await engine.type({ role: 'field', name: 'Je code' }, CODE);
    await engine.click({ role: 'button', name: 'Ontgrendelen' });
    await waitForText(engine, ENTRY, 20_000);
  });

  test('the service worker takes control; with the server stopped a module and the help page open', async () => {
    await gotoReady(engine, `${base}/nl`);
    await waitForServiceWorker(engine);
    await server.stop();
    await engine.goto(`${base}/nl/m/wat-is-hikikomori`);
    await waitForHeading(engine, 'Wat is hikikomori?');
    await engine.goto(`${base}/nl/hulp`);
    await waitForText(engine, '0800-0113');
    expect(await engine.run(`() => fetch('/not-precached.txt').then(() => 'reached', () => 'offline')`)).toBe('offline');
  });

  // Last: it leaves the app. (In WebKitGTK, leaving for a page that cannot load while the service
  // worker is still installing was seen to hold up the install for a long time; issue #15's note.)
  test('quick exit leaves for the neutral site, also with the server stopped', async () => {
    await engine.goto(`${base}/nl/hulp`);
    await waitForHydration(engine);
    await engine.click({ role: 'link', name: 'Snel weg: ga meteen naar een andere website' });
    // Nothing answers outside this machine: the address the tab goes to is what counts (Firefox
    // names it inside its error page's address).
    await poll('the tab to leave for Buienradar', async () => {
      const url = await engine.url();
      const target = url.startsWith('about:neterror') ? new URL(url).searchParams.get('u') : url;
      return target?.startsWith('https://www.buienradar.nl');
    });
  });
}
