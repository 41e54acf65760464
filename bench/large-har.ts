/**
 * `iptv-lens analyze` on a generated HAR of about 1 GB (`npm run bench`): peak memory (the child process's
 * maximum resident set) and entries per second, beside a bare streaming parse of the same file (the entry
 * cutter and JSON.parse, nothing else) run the same way. The file is written to a temporary directory and
 * removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { harEntry } from './generate.ts';

/** Writes a HAR of about `bytes`: segments and playlists of an evening, one refusal in 33 (with its page). */
async function writeHar(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', () => done()));
  await write('{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"pages":[],"entries":[');
  const start = Date.parse('2026-11-20T20:00:00Z');
  let written = 0;
  let count = 0;
  let batch: string[] = [];
  while (written < bytes) {
    // The bench's evening (bench/generate.ts), with a block page on each refusal and a few more headers.
    const entry = harEntry(count, start);
    entry.request.headers.push(
      { name: 'Accept', value: '*/*' },
      { name: 'Referer', value: 'http://player.example.tv/watch?ch=12' },
    );
    if (entry.response.status >= 400) {
      entry.response.content.text = `<html><title>Access denied</title>Error 1020 Ray ID: 8f1a2b3c4d5e6f70 ${'&nbsp;'.repeat(80)}</html>`;
    }
    const text = JSON.stringify(entry);
    batch.push(count === 0 ? text : `,${text}`);
    written += text.length + 1;
    count++;
    if (batch.length >= 2000) {
      await write(batch.join(''));
      batch = [];
    }
  }
  await write(`${batch.join('')}]}}`);
  await new Promise<void>((done) => out.end(done));
  return count;
}

/** Runs a module in a child Node with argv, returns its wall time and maximum resident set. */
function runChild(
  script: string,
  args: readonly string[],
  nodeArgs: readonly string[] = [],
): { ms: number; maxRssMb: number; ok: boolean } {
  const code = `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
process.argv = [process.argv[0], 'bench', ...JSON.parse(process.env.BENCH_ARGS)];
await import(${JSON.stringify(pathToFileURL(script).href)});`;
  const start = Date.now();
  const result = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_ARGS: JSON.stringify(args), NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - start;
  const rss = /MAXRSS (\d+)/.exec(result.stderr)?.[1];
  return { ms, maxRssMb: rss ? Number(rss) / 1024 : Number.NaN, ok: result.status === 0 };
}

export async function measureLargeHar(bytes = 1024 ** 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'iptv-lens-1gb-'));
  const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
  try {
    const file = join(dir, 'evening.har');
    const entries = await writeHar(file, bytes);
    const size = statSync(file).size;
    // The baseline runs its TypeScript through tsx's loader (a few MB more than plain node).
    const bare = runChild(resolve('bench/bare-stream.ts'), [file], ['--import', 'tsx']);
    const full = runChild(resolve('dist/cli/iptv-lens.mjs'), ['analyze', file, '--json']);
    line(`HAR of ${(size / 1024 ** 3).toFixed(2)} GB, ${entries.toLocaleString('en')} entries`, '');
    line(
      '  bare streaming parse (cut + JSON.parse)',
      `${(bare.ms / 1000).toFixed(1)} s = ${Math.round(entries / (bare.ms / 1000)).toLocaleString('en')} entries/s, peak ${bare.maxRssMb.toFixed(0)} MB${bare.ok ? '' : ' (FAILED)'}`,
    );
    line(
      '  iptv-lens analyze',
      `${(full.ms / 1000).toFixed(1)} s = ${Math.round(entries / (full.ms / 1000)).toLocaleString('en')} entries/s, peak ${full.maxRssMb.toFixed(0)} MB (goal ≤ 512 MB)${full.ok ? '' : ' (FAILED)'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
