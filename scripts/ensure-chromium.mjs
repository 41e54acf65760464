/**
 * Makes sure Debian's Chromium (and Firefox ESR, for test/e2e/firefox.test.ts) are there for the end-to-end
 * tests and the demo. We never download a browser: the only source is the distribution's `chromium` and
 * `firefox-esr` packages, installed with apt-get when we are root.
 * Set CHROMIUM_PATH / FIREFOX_PATH to use other existing binaries.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (existsSync(wanted) && existsSync(firefox)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium (${wanted}) or Firefox ESR (${firefox}) is missing. Install Debian's packages: ` +
      'sudo apt-get update && sudo apt-get install -y chromium firefox-esr',
  );
  process.exit(1);
}
console.error('Installing Chromium and Firefox ESR from Debian (apt-get install chromium firefox-esr)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
// With the recommended packages (fonts among them), as shared/notes/real-browser.md installed it.
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'firefox-esr', 'zip'], {
  stdio: 'inherit',
  env,
});
if (!existsSync(wanted) || !existsSync(firefox)) {
  console.error(`apt-get finished but ${existsSync(wanted) ? firefox : wanted} is still missing.`);
  process.exit(1);
}
