// Makes sure a Chromium is installed for the browser tests. On Debian as root it installs the
// `chromium` package; elsewhere it stops with a message that says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium for browser tests: ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}
const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
if (!isDebian || !isRoot) {
  console.error(
    'The browser tests need Chromium, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  );
  process.exit(1);
}
console.log("No Chromium found; installing Debian's chromium package (apt-get install -y chromium) ...");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
if (
  !run(['install', '-y', '--no-install-recommends', 'chromium']) &&
  !(run(['update']) && run(['install', '-y', '--no-install-recommends', 'chromium']))
) {
  console.error('apt-get could not install chromium. Install it by hand (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!findChromium()) {
  console.error('chromium was installed but not found at /usr/bin/chromium; set CHROME_PATH.');
  process.exit(1);
}
console.log(`Chromium for browser tests: ${findChromium()}`);
