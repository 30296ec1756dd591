// Before the e2e step: make sure Debian's Chromium is there. Never downloads a browser build.
// As root with apt-get (these machines, CI) it installs the Debian package; otherwise it fails
// with the command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium';

if (!existsSync(CHROMIUM_PATH)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (canInstall) {
    console.log(`Chromium is missing at ${CHROMIUM_PATH}; installing Debian's package: ${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `Chromium was not found at ${CHROMIUM_PATH}.\n` +
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
