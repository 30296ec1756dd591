import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { NGINX_CONFIG_DIR, NginxServer } from '../support/nginx-server';
import { DIST, prerenderedRoutes } from './support/routes';
import { waitForServiceWorker } from './support/service-worker';

// The built app behind Debian's nginx with the configuration in deploy/nginx/, as an organisation
// hosts it (README, "Deploy"). The rest of the suite runs against `vite preview`, which sends none
// of these headers.

let nginx: NginxServer;
test.beforeAll(async () => {
  nginx = new NginxServer(DIST);
  await nginx.start();
});
test.afterAll(async () => {
  await nginx?.stop();
});

const META_CSP = readFileSync(join(DIST, 'index.html'), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;

type Answer = { status: number; headers: Headers; body: string };

/** One request as a browser would make it, without following redirects; the body decoded. */
async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${nginx.origin}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The headers every response carries, whatever it is. */
function expectSecurityHeaders(answer: Answer, what: string) {
  const header = (name: string) => answer.headers.get(name);
  expect(header('content-security-policy'), `${what}: CSP`).toBe(`${META_CSP}; frame-ancestors 'none'`);
  expect(header('x-frame-options'), what).toBe('DENY');
  expect(header('x-content-type-options'), what).toBe('nosniff');
  expect(header('referrer-policy'), what).toBe('no-referrer');
  expect(header('cross-origin-opener-policy'), what).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(header('permissions-policy'), what).toContain(`${feature}=()`);
  // Passkeys (the diary lock), the share sheet and copying a link are used: not denied.
  expect(header('permissions-policy'), what).not.toMatch(/publickey-credentials|web-share|clipboard/);
  // Plain HTTP: no HSTS (browsers would ignore it anyway).
  expect(header('strict-transport-security'), what).toBeNull();
  expect(header('server'), what).toBe('nginx');
}

test('every page answers 200 as HTML that is checked again on each visit, with the security headers', async () => {
  const routes = prerenderedRoutes();
  expect(routes.length).toBeGreaterThan(40);
  for (const route of routes) {
    const answer = await get(route);
    expect(answer.status, route).toBe(200);
    expect(answer.headers.get('content-type'), route).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('cache-control'), route).toBe('no-cache');
    expect(answer.body, route).toBe(readFileSync(join(DIST, route, 'index.html'), 'utf8'));
    expectSecurityHeaders(answer, route);
  }
});

test('hashed assets are kept for a year; the service worker, workbox and the manifest are checked on each visit', async () => {
  const assets = readdirSync(join(DIST, 'assets')).filter((name) => /\.(js|css)$/.test(name));
  expect(assets.length).toBeGreaterThan(10);
  for (const name of assets) {
    const answer = await get(`/assets/${name}`);
    expect(answer.status, name).toBe(200);
    expect(answer.headers.get('cache-control'), name).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.get('content-type'), name).toMatch(name.endsWith('.js') ? /^application\/javascript; charset=utf-8$/ : /^text\/css; charset=utf-8$/);
    expectSecurityHeaders(answer, name);
  }
  const workbox = readdirSync(DIST).find((name) => /^workbox-.*\.js$/.test(name))!;
  const checked = { '/sw.js': /^application\/javascript/, [`/${workbox}`]: /^application\/javascript/, '/manifest.webmanifest': /^application\/manifest\+json/, '/icons/icon-192.png': /^image\/png$/, '/favicon.svg': /^image\/svg\+xml/ };
  for (const [path, type] of Object.entries(checked)) {
    const answer = await get(path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers.get('cache-control'), path).toBe('no-cache');
    expect(answer.headers.get('content-type'), path).toMatch(type);
    expectSecurityHeaders(answer, path);
  }
});

test('an unknown address gets the friendly page with status 404; a trailing slash goes to the one address', async () => {
  const friendly = readFileSync(join(DIST, '404.html'), 'utf8');
  for (const path of ['/bestaat-niet', '/nl/m/bestaat-niet', '/assets/bestaat-niet.js', '/nl/m/het-hotel-patroon/index.htm']) {
    const answer = await get(path);
    expect(answer.status, path).toBe(404);
    expect(answer.body, path).toBe(friendly);
    expect(answer.headers.get('cache-control'), path).toBe('no-cache');
    expectSecurityHeaders(answer, path);
  }
  // A counsellor's link typed with a slash keeps its modules.
  const slash = await get('/nl/r/?m=het-hotel-patroon');
  expect(slash.status).toBe(301);
  const target = new URL(slash.headers.get('location')!, nginx.origin);
  expect(target.pathname + target.search).toBe('/nl/r?m=het-hotel-patroon');
  expectSecurityHeaders(slash, 'the redirect');
});

test('text is sent compressed: the build\'s own brotli and gzip files, else none', async () => {
  // Read the bytes as sent: undici's fetch would decode them.
  const raw = (path: string, encoding: string) =>
    new Promise<{ encoding: string | undefined; vary: string | undefined; bytes: number }>((resolve, reject) => {
      request(`${nginx.origin}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers.vary, bytes }));
      })
        .on('error', reject)
        .end();
    });
  const script = readdirSync(join(DIST, 'assets')).find((name) => name.endsWith('.js'))!;
  for (const [path, file] of [[`/assets/${script}`, join(DIST, 'assets', script)], ['/nl/m/het-hotel-patroon', join(DIST, 'nl/m/het-hotel-patroon/index.html')], ['/sw.js', join(DIST, 'sw.js')]] as const) {
    expect(existsSync(`${file}.br`) && existsSync(`${file}.gz`), `${file}: .br and .gz from the build`).toBe(true);
    const brotli = await raw(path, 'br, gzip');
    expect(brotli, path).toEqual({ encoding: 'br', vary: 'Accept-Encoding', bytes: statSync(`${file}.br`).size });
    const gzip = await raw(path, 'gzip');
    expect(gzip, path).toEqual({ encoding: 'gzip', vary: 'Accept-Encoding', bytes: statSync(`${file}.gz`).size });
    const plain = await raw(path, 'identity');
    expect(plain.encoding, path).toBeUndefined();
    expect(plain.bytes, path).toBe(statSync(file).size);
    expect(brotli.bytes, `${path}: brotli is smaller than gzip`).toBeLessThan(gzip.bytes);
  }
});

test('over HTTPS the browser is told to keep using HTTPS (HSTS)', async () => {
  const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
    // The certificate was made for this run; nothing else trusts it.
    httpsRequest(`${nginx.httpsOrigin}/nl`, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.headers);
    })
      .on('error', reject)
      .end();
  });
  expect(headers['strict-transport-security']).toBe('max-age=63072000');
  expect(headers['content-security-policy']).toBe(`${META_CSP}; frame-ancestors 'none'`);
});

test.describe('in the browser', () => {
  test.use({ serviceWorkers: 'allow' });

  test('pages load without a console message; after the first visit deep links work offline', async ({ page, context }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`${page.url()}: ${error.message}`));
    await page.goto(`${nginx.origin}/nl`);
    await waitForServiceWorker(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${nginx.origin}/nl/instellingen/gegevens`);
    await expect(page.getByRole('button', { name: /Alles wissen/ })).toBeVisible();
    expect(messages).toEqual([]);

    await context.setOffline(true);
    await page.goto(`${nginx.origin}/en/m/wat-is-hikikomori`);
    await expect(page.getByRole('heading', { level: 1, name: 'What is hikikomori?' })).toBeVisible();
    await page.goto(`${nginx.origin}/nl/hulp`);
    await expect(page.getByRole('link', { name: 'Bel 112: 112' })).toBeVisible();
    await page.goto(`${nginx.origin}/nl/r?m=het-hotel-patroon`);
    await expect(page.getByRole('link', { name: 'Het hotel-patroon' }).first()).toBeVisible();
  });

  test('another site cannot show Kier in a frame: the browser refuses before any of Kier runs', async ({ page }) => {
    const decoy = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Win een prijs</title><h1>Klik twee keer om te winnen</h1><iframe src="${nginx.origin}/nl/instellingen/gegevens" width="400" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    const refused = page.waitForEvent('console', (message) => message.text().includes("frame-ancestors 'none'"));
    await page.goto(`http://127.0.0.1:${(decoy.address() as AddressInfo).port}/`);
    await refused;
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    // Not even the script's own guard ("Kier opent niet binnen…") is needed: nothing of Kier loaded.
    expect(frame.url()).not.toContain(nginx.origin);
    await expect(page.frameLocator('iframe').getByRole('button', { name: /Alles wissen/ })).toHaveCount(0);
    await expect(page.frameLocator('iframe').getByText('Kier')).toHaveCount(0);
    decoy.close();
  });
});

test('the example site for a host passes nginx -t, with the Debian layout it describes', () => {
  // The layout of example-site.conf's own steps, in a scratch folder: /etc/nginx/kier/ and conf.d/.
  const folder = mkdtempSync(join(tmpdir(), 'kier-nginx-example-'));
  try {
    cpSync(NGINX_CONFIG_DIR, join(folder, 'kier'), { recursive: true });
    const certificate = join(nginx.folderForTests, 'certificate.pem');
    const key = join(nginx.folderForTests, 'key.pem');
    const site = readFileSync(join(NGINX_CONFIG_DIR, 'example-site.conf'), 'utf8')
      .replace(/\/etc\/letsencrypt\/live\/kier\.example\.org\/fullchain\.pem/, certificate)
      .replace(/\/etc\/letsencrypt\/live\/kier\.example\.org\/privkey\.pem/, key);
    writeFileSync(join(folder, 'site.conf'), site);
    writeFileSync(
      join(folder, 'nginx.conf'),
      `pid ${folder}/nginx.pid;\ninclude /etc/nginx/modules-enabled/*.conf;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include kier/kier-http.conf;\n  include site.conf;\n}\n`,
    );
    const result = spawnSync('/usr/sbin/nginx', ['-t', '-q', '-c', join(folder, 'nginx.conf'), '-e', join(folder, 'error.log')], { encoding: 'utf8' });
    expect(result.stderr + (existsSync(join(folder, 'error.log')) ? readFileSync(join(folder, 'error.log'), 'utf8') : '')).not.toMatch(/emerg|\[error\]|\[warn\]/);
    expect(result.status).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
