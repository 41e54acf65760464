/**
 * Serves the web player: its HTML and CSS as files, its script bundled once with esbuild's JS API (hls.js
 * included) the first time a browser asks for it. Unit tests never pay for the bundle.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { SimResponse } from './response.ts';

const PLAYER_DIR = join(dirname(fileURLToPath(import.meta.url)), 'player');

let bundle: Promise<string> | null = null;

async function bundlePlayer(): Promise<string> {
  const result = await build({
    entryPoints: [join(PLAYER_DIR, 'app.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: ['chrome110', 'firefox115'],
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no player bundle');
  return output.text;
}

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/player.css': { file: 'player.css', type: 'text/css; charset=utf-8' },
};

export async function servePlayer(pathname: string): Promise<SimResponse | null> {
  if (pathname === '/player.js') {
    bundle ??= bundlePlayer();
    try {
      return {
        status: 200,
        headers: { 'content-type': 'text/javascript; charset=utf-8' },
        body: await bundle,
      };
    } catch (error) {
      bundle = null;
      return {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: `player bundle failed: ${String(error)}`,
      };
    }
  }
  if (pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  const entry = FILES[pathname];
  if (!entry) return null;
  const body = await readFile(join(PLAYER_DIR, entry.file), 'utf8');
  return { status: 200, headers: { 'content-type': entry.type, 'cache-control': 'no-store' }, body };
}
