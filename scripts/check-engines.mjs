// Before the cross-engine suite: make sure Debian's Firefox ESR, WebKitGTK's WebDriver and Xvfb are
// there. Never downloads a browser or a driver. As root with apt-get (these machines, CI) it
// installs the Debian packages; otherwise it fails with the command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = ['/usr/bin/firefox-esr', '/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', '/usr/bin/xauth'];
const INSTALL = 'apt-get update && apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth';

const missing = () => NEEDED.filter((path) => !existsSync(path));
if (missing().length > 0) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Missing ${missing().join(', ')}; installing Debian's packages: ${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (missing().length > 0) {
    console.error(
      `The cross-engine suite needs ${missing().join(', ')}.\n` +
        `Install Debian's packages with: sudo ${INSTALL.replace('&& apt-get', '&& sudo apt-get')}\n` +
        'The tests never download a browser or a driver.',
    );
    process.exit(1);
  }
}

if (!existsSync(new URL('../dist/sw.js', import.meta.url))) {
  console.error('No build in dist/. Run `npm run build` first (`npm test` does this for you).');
  process.exit(1);
}
