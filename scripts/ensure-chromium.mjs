/**
 * Makes sure Debian's Chromium is there for the end-to-end tests and the demo. We never download a browser:
 * the only source is the distribution's `chromium` package, installed with apt-get when we are root.
 * Set CHROMIUM_PATH to use another existing binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium is missing at ${wanted}. Install Debian's package: sudo apt-get update && sudo apt-get install -y chromium`,
  );
  process.exit(1);
}
console.error('Installing Chromium from Debian (apt-get install chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'zip'], {
  stdio: 'inherit',
  env,
});
if (!existsSync(wanted)) {
  console.error(`apt-get finished but ${wanted} is still missing.`);
  process.exit(1);
}
