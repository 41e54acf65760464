/**
 * The `iptv-lens` bundle for the CLI tests, with the same esbuild settings as build.mjs's CLI, built into
 * the caller's temporary directory (so a concurrent `node build.mjs` cannot pull the file from under a test).
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export async function buildCli(
  root: string,
  outfile: string,
  version: string,
): Promise<readonly esbuild.Message[]> {
  const result = await esbuild.build({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies (cli-progress) require Node built-ins: the bundle needs a `require`.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: 'silent',
  });
  return result.warnings;
}
