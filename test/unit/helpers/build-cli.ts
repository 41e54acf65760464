/**
 * The `iptv-lens` CLI built once with the same esbuild settings as build.mjs, into a directory of the test's
 * own (a concurrent `node build.mjs` cannot pull the file from under it), ready to be spawned with Node.
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export async function buildCli(root: string, outDir: string, version: string): Promise<string> {
  const cli = join(outDir, 'iptv-lens.mjs');
  const result = await esbuild.build({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile: cli,
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
  if (result.warnings.length > 0) throw new Error(`the CLI built with warnings: ${result.warnings.length}`);
  return cli;
}
