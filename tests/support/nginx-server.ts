import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The configuration an organisation deploys (README, "Deploy"). */
export const NGINX_CONFIG_DIR = join(import.meta.dirname, '../../deploy/nginx');
const NGINX = '/usr/sbin/nginx';
/** nginx's scratch folders; the compiled-in ones under /var/lib/nginx need root. */
const TEMP_PATHS = { client_body_temp_path: 'body', proxy_temp_path: 'proxy', fastcgi_temp_path: 'fastcgi', uwsgi_temp_path: 'uwsgi', scgi_temp_path: 'scgi' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Debian's nginx serving a built app on 127.0.0.1 with the files of deploy/nginx/, as a host would:
 * the same http-level file, the same server file and the brotli module, loaded the Debian way. It
 * listens on plain HTTP and on HTTPS (a certificate made for the run), and serves whatever folder
 * `root` points at: setting it swaps a symbolic link, so a new version can be "deployed" while
 * it runs. Nothing but the temporary folder is written.
 */
export class NginxServer {
  private process: ChildProcess | null = null;
  private readonly folder = mkdtempSync(join(tmpdir(), 'kier-nginx-'));
  /** The run's folder: its certificate.pem and key.pem serve other configuration checks too. */
  get folderForTests(): string {
    return this.folder;
  }
  private readonly current = join(this.folder, 'current');
  origin = '';
  httpsOrigin = '';

  constructor(root: string) {
    this.root = root;
  }

  set root(folder: string) {
    // rename() over the old link is atomic: no request sees a missing root.
    const next = join(this.folder, 'next');
    rmSync(next, { force: true });
    symlinkSync(folder, next);
    renameSync(next, this.current);
  }

  async start(): Promise<string> {
    if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: .ci/run installs Debian's nginx and libnginx-mod-http-brotli-static`);
    const [port, tlsPort] = [await freePort(), await freePort()];
    const key = join(this.folder, 'key.pem');
    const certificate = join(this.folder, 'certificate.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    for (const temp of Object.values(TEMP_PATHS)) mkdirSync(join(this.folder, temp), { recursive: true });
    symlinkSync(NGINX_CONFIG_DIR, join(this.folder, 'kier'));
    const site = `root ${this.current};\n        include kier/kier-server.conf;\n        include kier/kier-brotli.conf;`;
    writeFileSync(
      join(this.folder, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${this.folder}/nginx.pid;
error_log ${this.folder}/error.log warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    ${Object.entries(TEMP_PATHS).map(([directive, temp]) => `${directive} ${this.folder}/${temp};`).join('\n    ')}
    include kier/kier-http.conf;
    server {
        listen 127.0.0.1:${port};
        ${site}
    }
    server {
        listen 127.0.0.1:${tlsPort} ssl;
        ssl_certificate ${certificate};
        ssl_certificate_key ${key};
        ${site}
    }
}
`,
    );
    const nginx = spawn(NGINX, ['-c', join(this.folder, 'nginx.conf'), '-e', join(this.folder, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr!.on('data', (chunk) => (stderr += chunk));
    this.process = nginx;
    this.origin = `http://127.0.0.1:${port}`;
    this.httpsOrigin = `https://127.0.0.1:${tlsPort}`;
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}${this.errorLog()}`);
      const up = await fetch(`${this.origin}/robots.txt`).then((response) => response.ok, () => false);
      if (up) return this.origin;
      if (Date.now() > deadline) throw new Error(`nginx did not answer within 15 s: ${stderr}${this.errorLog()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** What nginx logged (warnings and errors). */
  errorLog(): string {
    const file = join(this.folder, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  /** Stops at once (the offline tests need the server gone), then removes the folder. */
  async stop(): Promise<void> {
    const nginx = this.process;
    this.process = null;
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
