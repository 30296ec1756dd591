// Fails the e2e step early, with the fix, when Debian's Chromium is missing.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${CHROMIUM_PATH}.\n` +
      'Install Debian\'s Chromium with: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH). The tests never download a browser.',
  );
  process.exit(1);
}
