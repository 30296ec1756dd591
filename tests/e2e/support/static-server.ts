import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/**
 * A static server for a built app whose folder can be swapped while it runs (to ship a
 * "new version"). Serves with the headers the README asks of a real host: HTML, sw.js and
 * the manifest `no-cache`, hashed assets immutable. Listens on 127.0.0.1 only.
 */
export class SwappableStaticServer {
  private server: Server | null = null;
  constructor(public root: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
      const candidates = [join(this.root, safe), join(this.root, safe, 'index.html')];
      const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (!file) {
        response.writeHead(404, { 'content-type': TYPES['.html']! });
        createReadStream(join(this.root, '404.html')).pipe(response);
        return;
      }
      const immutable = file.includes(`${join(this.root, 'assets')}`);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      createReadStream(file).pipe(response);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}
