import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Engine, Query } from './engine';
import { DESCRIBE_PAGE, describeQuery, FIND_ELEMENT, FIND_SETTLED_ELEMENT } from './find';
import { poll, PHONE } from './wait';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
/** Debian's WebKitGTK MiniBrowser (webkit2gtk-driver starts it in automation mode). */
export const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find(existsSync);

/** The W3C key for an element reference in WebDriver responses. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * The few classic WebDriver commands the flows use, over fetch. Written here rather than taken
 * from the `webdriver` package, which installs geckodriver and edgedriver with a postinstall
 * script that downloads a driver; these are seven plain HTTP requests.
 */
class WebDriverSession {
  private constructor(private readonly base: string) {}

  static async start(port: number, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = await request<{ sessionId: string }>(`http://127.0.0.1:${port}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(`http://127.0.0.1:${port}/session/${value.sessionId}`);
  }

  call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return request<T>(`${this.base}${path}`, method, body);
  }
}

async function request<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Debian's WebKitGTK (the engine of every iPhone browser's family) through WebKitWebDriver; needs a display (xvfb-run). */
export async function launchWebKit(): Promise<Engine> {
  if (!MINIBROWSER) throw new Error('WebKitGTK MiniBrowser not found: install webkit2gtk-driver (see .ci/run)');
  const port = await freePort();
  // A home folder of its own: a fresh profile each run, and the place downloads land (WebKitGTK
  // saves them in the XDG download folder, which falls back to the home folder; WebDriver has no
  // setting for it).
  const downloads = mkdtempSync(join(tmpdir(), 'kier-webkit-home-'));
  const driver: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, HOME: downloads } });
  const session = await poll('WebKitWebDriver to start', () =>
    WebDriverSession.start(port, { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } }),
  ).catch((error: unknown) => {
    driver.kill();
    throw error;
  });
  await session.call('POST', '/window/rect', PHONE);
  const run = <T>(script: string, ...args: unknown[]) => session.call<T>('POST', '/execute/sync', { script: `return (${script}).apply(null, arguments);`, args });
  const tap = (id: string) =>
    session.call('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'finger',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: { [ELEMENT]: id }, x: 0, y: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  const element = (query: Query) =>
    poll(`the ${describeQuery(query)}`, async () => {
      const found = await run<Record<string, string> | null>(`(query) => (${FIND_SETTLED_ELEMENT})(query)`, query);
      return found?.[ELEMENT] ?? null;
    }, undefined, () => run<string>(DESCRIBE_PAGE));

  return {
    name: 'WebKit',
    downloads,
    goto: async (url) => {
      await session.call('POST', '/url', { url });
    },
    reload: async () => {
      await session.call('POST', '/refresh', {});
    },
    url: () => session.call<string>('GET', '/url'),
    run,
    // Input actions rather than "element click" and "element send keys": those refuse an element
    // WebKit's driver judges covered or not interactable (a styled chip over its input, say),
    // where a finger would simply tap. A tap that lands on the wrong thing still fails the flow.
    click: async (query) => {
      await tap(await element(query));
    },
    type: async (query, text) => {
      await tap(await element(query));
      await session.call('POST', '/actions', {
        actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]) }],
      });
    },
    // Element screenshots fail in WebKitGTK under Xvfb ("unable to capture screen"); the screen
    // shot works, so the element (scrolled into view by the finder) is cut out of it.
    screenshot: async (query) => {
      await element(query);
      const box = await run<{ x: number; y: number; width: number; height: number; scale: number }>(
        `(query) => { const box = (${FIND_ELEMENT})(query).getBoundingClientRect(); return { x: box.x, y: box.y, width: box.width, height: box.height, scale: devicePixelRatio }; }`,
        query,
      );
      const screen = PNG.sync.read(Buffer.from(await session.call<string>('GET', '/screenshot'), 'base64'));
      const [x, y, width, height] = [box.x, box.y, box.width, box.height].map((value) => Math.round(value * box.scale)) as [number, number, number, number];
      const part = new PNG({ width, height });
      PNG.bitblt(screen, part, x, y, width, height, 0, 0);
      return PNG.sync.write(part);
    },
    close: async () => {
      await session.call('DELETE', '').catch(() => undefined);
      driver.kill();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
