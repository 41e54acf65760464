/**
 * The `iptv-lens` CLI built for a test with the same esbuild settings as build.mjs, into the test's own
 * directory (so a concurrent `node build.mjs` cannot pull the file from under it).
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export async function buildCli(root: string, outfile: string, version: string): Promise<esbuild.Message[]> {
  const result = await esbuild.build({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: 'silent',
  });
  return result.warnings;
}
