/**
 * `iptv-lens check` as a person runs it, as a process, against the check lab on loopback: the four input
 * kinds, the --json contract, English and French, the HAR that `analyze` reads back, the working playlist,
 * no planted credential in any output, the lab's anti-abuse rule never tripped by a default check (and a
 * rude check paused instead of pushing), a progress bar on a terminal, and exit 2 on bad usage.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PLANTED_TOKEN } from '../../../sim/check/channels.ts';
import { type CheckLab, startCheckLab } from '../../../sim/check/lab.ts';
import { STALKER_MACS } from '../../../sim/check/stalker.ts';
import { XTREAM_ACCOUNTS } from '../../../sim/check/xtream.ts';
import { LAYERS } from '../../../src/types.ts';
import { buildCli } from '../helpers/build-cli.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

let work: string;
let cli: string;
let lab: CheckLab;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'iptv-lens-check-'));
  cli = await buildCli(ROOT, work, '0.0.0-test');
  lab = await startCheckLab({ hangMs: 5000 });
}, 60_000);

afterAll(async () => {
  await lab?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

beforeEach(() => lab.reset());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (the lab answers from here). */
function run(
  args: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv; command?: string[] } = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const [program, ...rest] = options.command ?? [process.execPath, cli, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(program as string, rest, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const file = (name: string) => join(work, name);
const SECRETS = [
  PLANTED_TOKEN,
  'full-7c1',
  ...Object.values(XTREAM_ACCOUNTS).map((account) => account.password),
  'good-5d0',
  'exp-4b2',
  STALKER_MACS.works,
  STALKER_MACS.works.replace(/:/g, '%3A'),
];

function expectNoSecret(...texts: string[]): void {
  for (const text of texts)
    for (const secret of SECRETS) expect(text, `"${secret}" leaked`).not.toContain(secret);
}

interface JsonChannel {
  name: string;
  group: string;
  url: string;
  outcome: string;
  status: number;
  layer: string;
  vendor: string | null;
  evidence: string[];
  fixedBy: string | null;
  detail: string;
}

interface CheckJson {
  summary: { channels: number; works: number; refused: number; failed: number; requests: number };
  account: null | Record<string, unknown>;
  channels: JsonChannel[];
}

describe('a playlist with every kind of failure', () => {
  it('prints the JSON contract, one verdict per channel, and never trips the anti-abuse rule', async () => {
    const har = file('lab.har');
    const m3u = file('working.m3u');
    const result = await run([
      'check',
      lab.playlistUrl,
      '--json',
      '--timeout',
      '1500',
      '--har',
      har,
      '--out-m3u',
      m3u,
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CheckJson;
    expect(Object.keys(report)).toEqual(['summary', 'account', 'channels']);
    expect(Object.keys(report.summary)).toEqual(['channels', 'works', 'refused', 'failed', 'requests']);
    for (const channel of report.channels) {
      expect(Object.keys(channel)).toEqual([
        'name',
        'group',
        'url',
        'outcome',
        'status',
        'layer',
        'vendor',
        'evidence',
        'fixedBy',
        'detail',
      ]);
      expect(LAYERS).toContain(channel.layer);
    }
    const by = new Map(report.channels.map((channel) => [channel.name, channel]));
    const expectChannel = (name: string, expected: Partial<JsonChannel>) =>
      expect(by.get(name), name).toMatchObject(expected);
    expectChannel('Lab HLS', { outcome: 'works', status: 200, layer: 'none', vendor: null, fixedBy: null });
    expectChannel('Lab TS', { outcome: 'works' });
    expectChannel('Lab DASH', { outcome: 'works' });
    expectChannel('Lab app UA', { outcome: 'works' });
    expectChannel('Lab player UA', { outcome: 'refused', status: 403, fixedBy: 'user-agent' });
    expectChannel('Lab referrer', { outcome: 'refused', status: 403, fixedBy: 'referer' });
    expectChannel('Lab referrer given', { outcome: 'works' });
    expectChannel('Lab geo', { outcome: 'refused', layer: 'geo', vendor: 'cloudfront', fixedBy: null });
    expectChannel('Lab expired link', { outcome: 'refused', layer: 'app', fixedBy: null });
    expectChannel('Lab account full', { outcome: 'refused', layer: 'account', fixedBy: null });
    expectChannel('Lab dead', { outcome: 'refused', status: 404, layer: 'not-found' });
    expectChannel('Lab origin down', {
      outcome: 'refused',
      status: 522,
      layer: 'server',
      vendor: 'cloudflare',
    });
    expectChannel('Lab slow', { outcome: 'failed', status: 0, layer: 'network' });
    expectChannel('Lab not media', { outcome: 'failed', status: 200 });
    expect(by.get('Lab expired link')?.evidence.join(' ')).toContain('signed link expired');
    expect(report.summary).toMatchObject({ channels: 14, works: 5, refused: 7, failed: 2 });
    expect(report.account).toMatchObject({ panel: 'xtream', activeConnections: 2, maxConnections: 2 });
    expect(report.account?.summary).toContain(
      '2 of 2 connections are in use: that is why streams are refused.',
    );
    // The requests counted are the requests the lab saw (a redirect hop is one more for the lab).
    expect(report.summary.requests).toBeGreaterThanOrEqual(
      lab.requests().filter((entry) => entry.path !== '/playlist.m3u').length - 2,
    );
    expect(lab.trips()).toEqual({});

    const harText = readFileSync(har, 'utf8');
    const playlistText = readFileSync(m3u, 'utf8');
    expectNoSecret(result.stdout, result.stderr, harText, playlistText);
    expect(playlistText).toContain('#EXTVLCOPT:http-user-agent=VLC/');
    expect(playlistText.match(/^http/gm)).toHaveLength(report.summary.works + 2);

    // The HAR is the check's own traffic: analyze reads it and finds the same refusals.
    const analyzed = await run(['analyze', har, '--json']);
    expect(analyzed.code).toBe(0);
    const analysis = JSON.parse(analyzed.stdout) as { findings: { layer: string; vendor: string | null }[] };
    expect(
      analysis.findings.some((finding) => finding.layer === 'geo' && finding.vendor === 'cloudfront'),
    ).toBe(true);
    const reportText = await run(['report', har, '--lang', 'fr']);
    expect(reportText.code).toBe(0);
    expectNoSecret(analyzed.stdout, reportText.stdout);
  }, 120_000);

  it('writes one line per channel to a pipe, in French with --lang fr, and the account worded', async () => {
    const result = await run([
      'check',
      lab.playlistUrl,
      '--lang',
      'fr',
      '--timeout',
      '1500',
      '--sample',
      '1',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => /^(fonctionne|refusée|en échec) /.test(line))).toHaveLength(4);
    expect(result.stdout).toContain(
      "2 connexions sur 2 sont utilisées : c'est pour cela que les flux sont refusés.",
    );
    expect(result.stdout).toMatch(/requêtes pour 4 chaînes/);
    expect(result.stdout).toContain('Échantillon : 4 chaînes sur 14.');
    expectNoSecret(result.stdout, result.stderr);
    expect(lab.trips()).toEqual({});
  }, 120_000);

  it('reads a playlist from the standard input', async () => {
    const result = await run(['check', '-', '--json', '--timeout', '1500', '--sample', '1'], {
      stdin: lab.playlist(),
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CheckJson;
    // One per group: Works, Rules, Blocked, Broken.
    expect(report.channels.map((channel) => channel.group)).toEqual(['Works', 'Rules', 'Blocked', 'Broken']);
  }, 60_000);
});

describe('accounts and single streams', () => {
  it('reads an Xtream account at its connection limit and says why streams are refused', async () => {
    const full = XTREAM_ACCOUNTS['full-7c1']!;
    const result = await run([
      'check',
      '--xtream',
      lab.origin('xtream'),
      '--user',
      'full-7c1',
      '--pass',
      full.password,
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CheckJson;
    expect(report.summary).toMatchObject({ channels: 4, refused: 4 });
    expect(report.channels.every((channel) => channel.layer === 'account' && channel.fixedBy === null)).toBe(
      true,
    );
    expect(report.account).toMatchObject({ panel: 'xtream', login: 'ok', status: 'Active', epg: 'works' });
    expect(report.account?.summary).toContain(
      '2 of 2 connections are in use: that is why streams are refused.',
    );
    // Login, categories, streams, guide, then one request per channel: no identity retry on an account refusal.
    expect(report.summary.requests).toBe(8);
    expectNoSecret(result.stdout, result.stderr);
  }, 60_000);

  it('reads an expired account from its get.php link', async () => {
    const expired = XTREAM_ACCOUNTS['exp-4b2']!;
    const link = `${lab.origin('xtream')}/get.php?username=exp-4b2&password=${expired.password}&type=m3u_plus&output=ts`;
    const result = await run(['check', link, '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("c'est pour cela que les flux sont refusés");
    expect(result.stdout).toContain('Expired');
    expectNoSecret(result.stdout, result.stderr);
  }, 60_000);

  it('follows a working Xtream account to its streams', async () => {
    const good = XTREAM_ACCOUNTS['good-5d0']!;
    const result = await run([
      'check',
      '--xtream',
      lab.origin('xtream'),
      '--user',
      'good-5d0',
      '--pass',
      good.password,
      '--json',
    ]);
    const report = JSON.parse(result.stdout) as CheckJson;
    expect(report.summary).toMatchObject({ channels: 4, works: 4 });
    expect(report.channels[0]?.url).toMatch(/\/live\/[^/]*REDACTED[^/]*\/[^/]*REDACTED[^/]*\/201\.ts$/);
  }, 60_000);

  it('reads a Stalker portal: a registered box, one at its limit, an unknown MAC', async () => {
    const works = await run([
      'check',
      '--stalker',
      `${lab.origin('stalker')}/c/`,
      '--mac',
      STALKER_MACS.works,
      '--json',
    ]);
    const report = JSON.parse(works.stdout) as CheckJson;
    expect(report.summary).toMatchObject({ channels: 3, works: 3 });
    expect(report.account).toMatchObject({ panel: 'stalker', login: 'ok' });
    expect(report.account?.expires).toEqual(expect.any(String));

    // Each run is a check of its own: the lab forgets the previous one's pace.
    lab.reset();
    const limit = JSON.parse(
      (
        await run([
          'check',
          '--stalker',
          `${lab.origin('stalker')}/stalker_portal/c/`,
          '--mac',
          STALKER_MACS.limit,
          '--json',
        ])
      ).stdout,
    ) as CheckJson;
    expect(
      limit.channels.every(
        (channel) => channel.layer === 'account' && channel.detail.includes('too many connections'),
      ),
    ).toBe(true);

    lab.reset();
    const unknown = await run([
      'check',
      '--stalker',
      `${lab.origin('stalker')}/c/`,
      '--mac',
      '00:1A:79:AB:CD:EF',
    ]);
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toContain('register this device');
    expectNoSecret(works.stdout, works.stderr, unknown.stdout);
    expect(unknown.stdout).not.toContain('AB:CD:EF');
  }, 60_000);

  it('checks one stream URL', async () => {
    const result = await run(['check', `${lab.origin('tv')}/hls/1/master.m3u8`, '--json']);
    const report = JSON.parse(result.stdout) as CheckJson;
    expect(report.channels).toEqual([
      expect.objectContaining({ outcome: 'works', detail: 'MPEG-TS received (segment, 3 requests)' }),
    ]);
  }, 60_000);
});

describe('manners', () => {
  it('a rude check trips the anti-abuse rule, and the check pauses that host instead of pushing', async () => {
    const big = `${lab.origin('tv')}/big.m3u?channels=60&hosts=1`;
    const result = await run(['check', big, '--json', '--per-host-delay', '0', '--concurrency', '8']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as CheckJson;
    expect(lab.trips().s01).toBe(1);
    // After the 429 nothing more was sent to that host: no escalation.
    const s01 = lab.requests().filter((entry) => entry.host === 's01');
    const firstRefusal = s01.findIndex((entry) => entry.status === 429);
    expect(firstRefusal).toBeGreaterThanOrEqual(0);
    expect(s01.slice(firstRefusal + 1)).toEqual([]);
    expect(report.channels.some((channel) => channel.detail.startsWith('not tested'))).toBe(true);
  }, 60_000);

  it('shows a live progress bar and the summary table on a terminal', async () => {
    const list = JSON.stringify(`${lab.origin('tv')}/big.m3u?channels=6&hosts=3`);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check ${list} --per-host-delay 50`;
    const result = await run([], {
      command: ['script', '-qec', command, '/dev/null'],
      env: { NO_COLOR: '' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+\/6 channels/);
    expect(result.stdout).toContain('By outcome');
    expect(result.stdout).toContain('By host');
  }, 60_000);
});

describe('bad usage', () => {
  it.each([
    [['check'], 'check what? nothing came on the standard input'],
    [['check', '--xtream', 'http://x.localhost', '--user', 'u'], '--xtream needs --user and --pass'],
    [['check', '--stalker', 'http://x.localhost/c/', '--mac', 'nope'], 'is not a MAC address'],
    [['check', '--sample', 'many', 'x.m3u'], '--sample takes a whole number'],
    [['check', '--xtream', 'ftp://x', '--user', 'u', '--pass', 'p'], '--xtream needs an http(s) URL'],
    [['check', 'a.m3u', 'b.m3u'], 'check takes one input'],
    [['check', '--bogus', 'x'], "Unknown option '--bogus'"],
  ])('%j → exit 2 and one line', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });

  it('a file that is not a playlist, or a missing file → exit 2 and one line', async () => {
    writeFileSync(file('page.html'), '<html>not a playlist</html>');
    for (const path of [file('page.html'), file('missing.m3u')]) {
      const result = await run(['check', path]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
