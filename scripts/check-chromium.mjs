// Before the e2e step: make sure Debian's Chromium is there, and Debian's nginx with its brotli
// module (tests/e2e/nginx.spec.ts and the update flow serve the build with deploy/nginx/). Never
// downloads a browser build. As root with apt-get (these machines, CI) it installs the Debian
// packages; otherwise it fails with the command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/bin/openssl'];
const INSTALL = 'apt-get update && apt-get install -y chromium nginx libnginx-mod-http-brotli-static openssl';

if (!existsSync(CHROMIUM_PATH) || !NGINX.every((file) => existsSync(file))) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (canInstall) {
    console.log(`Chromium or nginx is missing; installing Debian's packages: ${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(CHROMIUM_PATH) || !NGINX.every((file) => existsSync(file))) {
    console.error(
      `Chromium (${CHROMIUM_PATH}) or nginx with its brotli module and openssl (${NGINX.join(', ')}) was not found.\n` +
        `Install Debian's Chromium with: sudo ${INSTALL.replace('&& apt-get', '&& sudo apt-get')}\n` +
        '(or set CHROMIUM_PATH to a Chromium binary). The tests never download a browser.',
    );
    process.exit(1);
  }
}

if (!existsSync(new URL('../dist/sw.js', import.meta.url))) {
  console.error('No build in dist/. Run `npm run build` first (`npm test` does this for you).');
  process.exit(1);
}
