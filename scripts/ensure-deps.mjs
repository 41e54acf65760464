/**
 * `npm start`'s first step: install the dependencies only when package-lock.json changed since the last
 * install (a hash of it is kept in node_modules), with `npm ci`, which installs exactly the lock. A second
 * `npm start` on an unchanged tree goes straight to the build instead of spending minutes in npm.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.iptv-lens-lock-sha256');

const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
if (installed === hash) {
  console.log('Dependencies up to date (package-lock.json unchanged): no install.');
} else {
  console.log(existsSync(stamp) ? 'package-lock.json changed: npm ci…' : 'First start: npm ci…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, `${hash}\n`);
}
