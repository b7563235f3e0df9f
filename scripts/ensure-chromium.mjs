// Makes sure the e2e tests have a Chromium to drive, installing Debian's package when we can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, DEBIAN_CHROMIUM } from './chromium-path.mjs';

function canInstallWithApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

if (process.env.SHELFCAST_CHROMIUM && !existsSync(process.env.SHELFCAST_CHROMIUM)) {
  console.error(`SHELFCAST_CHROMIUM points to ${process.env.SHELFCAST_CHROMIUM}, which does not exist.`);
  process.exit(1);
}

let found = findChromium();
if (!found && canInstallWithApt()) {
  console.log("No Chromium found: installing Debian's chromium package…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  found = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}
if (!found) {
  console.error(
    'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set SHELFCAST_CHROMIUM to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log(`e2e tests drive ${found}`);
