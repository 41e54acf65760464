/**
 * `iptv-lens check` at the default politeness on 1,000 channels spread over 20 hosts of the check lab:
 * wall time against the floor the per-host pacing implies ((channels per host − 1) × per-host delay, the
 * time one host needs when it is asked one request at a time with the pause between), the CLI process's
 * peak memory, requests per channel, and whether the lab's anti-abuse rule fired. The CLI runs as a
 * process (the built dist/cli), the lab in this one.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { startCheckLab } from '../sim/check/lab.ts';
import { DEFAULT_CHECK_OPTIONS } from '../src/check/run.ts';

/** Printed by the child at exit: its peak resident memory (KiB, getrusage's ru_maxrss). */
const REPORT_MAX_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;

interface Run {
  wallMs: number;
  maxRssMb: number;
  channels: number;
  works: number;
  requests: number;
}

function runCli(url: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', REPORT_MAX_RSS, 'dist/cli/iptv-lens.mjs', 'check', url, '--json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`check exited ${code}: ${stderr.slice(0, 300)}`));
      const summary = (
        JSON.parse(stdout) as { summary: { channels: number; works: number; requests: number } }
      ).summary;
      const rss = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 0);
      resolve({ wallMs, maxRssMb: rss / 1024, ...summary });
    });
  });
}

export async function benchCheck(line: (label: string, value: string) => void): Promise<void> {
  const channels = Number(process.env.BENCH_CHECK_CHANNELS ?? 1000);
  const hosts = 20;
  const lab = await startCheckLab();
  try {
    const delay = DEFAULT_CHECK_OPTIONS.perHostDelayMs;
    for (const kind of (process.env.BENCH_CHECK_KINDS ?? 'ts,hls').split(',') as ('ts' | 'hls')[]) {
      lab.reset();
      const perChannel = kind === 'ts' ? 1 : 2;
      const perHost = Math.ceil(channels / hosts) * perChannel;
      const floorMs = (perHost - 1) * delay;
      const result = await runCli(
        `${lab.origin('tv')}/big.m3u?channels=${channels}&hosts=${hosts}&kind=${kind}`,
      );
      const label = kind === 'ts' ? 'MPEG-TS channels (1 request each)' : 'HLS channels (playlist + segment)';
      line(
        `check: ${channels} ${label}, ${hosts} hosts`,
        `${(result.wallMs / 1000).toFixed(1)} s, ${result.works}/${result.channels} work`,
      );
      line(
        '  floor the per-host pacing implies',
        `${(floorMs / 1000).toFixed(1)} s ((${perHost} − 1) × ${delay} ms)`,
      );
      line('  → wall time vs floor', `${(result.wallMs / floorMs).toFixed(3)}× (goal ≤ 1.2×)`);
      line(
        '  requests per channel (the playlist fetch included)',
        `${(result.requests / result.channels).toFixed(3)}${kind === 'ts' ? ' (goal ≤ 1.5 on a healthy playlist)' : ''}`,
      );
      line('  peak memory of the CLI process (max RSS)', `${result.maxRssMb.toFixed(0)} MB`);
      const trips = Object.values(lab.trips()).reduce((sum, count) => sum + count, 0);
      line('  lab anti-abuse rule fired', `${trips} time${trips === 1 ? '' : 's'} (goal 0)`);
    }
  } finally {
    await lab.close();
  }
}
