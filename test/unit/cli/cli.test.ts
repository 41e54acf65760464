/**
 * The `iptv-lens` CLI as a user runs it: built once with the same esbuild settings as build.mjs (into a temp
 * directory, so a concurrent `node build.mjs` cannot pull the file from under us), then spawned with Node.
 * Covers help/version, analyze (text EN/FR, the JSON contract), explain, report, redact on planted
 * credentials, and every bad input: exit 2, one line on stderr, no stack trace.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import { LAYERS, ROLES, SCOPES } from '../../../src/types.ts';
import { verdictOfExchanges } from '../../../src/verdict/from-exchanges.ts';
import { wordVerdict } from '../../../src/verdict/wording.ts';
import { verdictWords } from '../../../src/verdict/words.ts';
import { plantedHar, SECRETS } from '../../fixtures/cli/planted-credentials.ts';
import { buildCli } from '../helpers/build-cli.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CASES = join(ROOT, 'test/fixtures/cases');
const PLANTED = join(ROOT, 'test/fixtures/cli/planted-credentials.har');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'iptv-lens-cli-'));
  cli = await buildCli(ROOT, work, VERSION);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI with a neutral locale and no colours, as a script or a support tool would. */
function run(...args: string[]): SpawnSyncReturns<string> {
  // Dates are written in the machine's zone: UTC, so an expiry at midnight UTC is the same day everywhere.
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1', TZ: 'UTC' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, timeout: 60_000 });
}

const caseFile = (name: string) => join(CASES, `${name}.har`);

describe('help and version', () => {
  it('--help prints the usage of every command and exits 0', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const word of ['Usage:', 'analyze', 'report', 'redact', 'explain', '--json', '--lang']) {
      expect(result.stdout).toContain(word);
    }
  });

  it('--version prints the package version', () => {
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${VERSION}\n`);
  });
});

describe('analyze', () => {
  it('prints a readable English report with the verdict, the findings and redacted URLs', () => {
    const result = run('analyze', caseFile('cloudflare-1020-live-streams'));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const [verdict, doNow] = result.stdout.split('\n');
    expect(verdict).toBe('Verdict: Refused by Cloudflare’s firewall — this is not an outage.');
    expect(doNow).toMatch(/^Do this now: .*hotspot/);
    expect(result.stdout).toContain('5 requests read, 3 failed, 2 succeeded.');
    expect(result.stdout).toMatch(/Where: usually the network/);
    expect(result.stdout).toContain('403 · Answered by Cloudflare · How sure: 86%');
    expect(result.stdout).toContain('Reference to give the provider: Ray ID 8a2f4c1d7b9e3a60-CDG');
    expect(result.stdout).toContain('Failed requests (3):');
    expect(result.stdout).toContain('What to do:');
    expect(result.stdout).not.toContain('Qe4rT9wz');
    expect(result.stdout).not.toContain('mdurand77');
    // Not a TTY: no colour escapes in a pipe.
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('places the CDN edge the verdict rests on (its code is in the evidence, its city in the POP table)', () => {
    const fr = run('analyze', caseFile('cloudflare-1006-ip-banned'), '--lang', 'fr');
    expect(fr.stdout).toContain('Point de présence du CDN\u00a0: CDG (Paris, FR)');
    expect(fr.stdout).toContain('cf-ray: 8a32d4e5f6a7b8c9-CDG');
    expect(run('analyze', caseFile('cloudflare-1006-ip-banned')).stdout).toContain(
      'CDN edge: CDG (Paris, FR)',
    );
  });

  it('speaks French with --lang fr', () => {
    const result = run('analyze', caseFile('xtream-expired-then-403'), '--lang', 'fr');
    expect(result.status).toBe(0);
    // The panel said so, with a date: no "probably", and the one thing to do.
    expect(result.stdout).toMatch(/^Verdict\u00a0: Votre abonnement a expiré le 1 mars 2025\.\n/);
    expect(result.stdout).toMatch(/\nÀ faire maintenant\u00a0: Renouvelez l’abonnement/);
    expect(result.stdout).toContain('3 requêtes lues, 3 en échec, 0 réussie.');
    expect(result.stdout).toContain('200 (Expired) · Degré de certitude\u00a0: 95\u00a0%');
    expect(result.stdout).not.toMatch(/Couche|Fiabilité|Portée/);
    // French elides before a vowel: "Réponse d’Akamai", "Réponse de Cloudflare".
    expect(run('analyze', caseFile('akamai-access-denied-stream'), '--lang', 'fr').stdout).toContain(
      'Réponse d’Akamai',
    );
    expect(run('analyze', caseFile('cloudflare-1006-ip-banned'), '--lang', 'fr').stdout).toContain(
      'Réponse de Cloudflare',
    );
    expect(result.stdout).toMatch(/Que faire\u00a0:/);
    expect(result.stdout).not.toContain('What to do');
  });

  it('--json prints exactly one object with the contract fields; entries count across files in order', () => {
    const files = [caseFile('net-dns-not-resolved'), caseFile('cloudflare-1009-country-panel')];
    const result = run('analyze', ...files, '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const output = JSON.parse(result.stdout) as {
      verdict: Record<string, unknown>;
      findings: Record<string, unknown>[];
    };
    const { verdict, findings } = output;
    expect(LAYERS).toContain(verdict.layer);
    expect(SCOPES).toContain(verdict.scope);
    expect(typeof verdict.confidence).toBe('number');
    expect(verdict.confidence as number).toBeGreaterThan(0);
    expect(verdict.confidence as number).toBeLessThanOrEqual(1);
    expect(verdict.vendor === null || /^[a-z0-9-]+$/.test(String(verdict.vendor))).toBe(true);
    expect(typeof verdict.summary).toBe('string');
    expect((verdict.summary as string).length).toBeGreaterThan(10);
    // net-dns-not-resolved.har: entry 0 loads the page, 1–3 fail; cloudflare-1009: its two 403s are 4 and 5.
    expect(findings.map((finding) => [finding.entry, finding.status])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 403],
      [5, 403],
    ]);
    for (const finding of findings) {
      expect(LAYERS).toContain(finding.layer);
      expect(ROLES).toContain(finding.role);
      expect(finding.vendor === null || /^[a-z0-9-]+$/.test(String(finding.vendor))).toBe(true);
      expect(Array.isArray(finding.evidence)).toBe(true);
      expect((finding.evidence as unknown[]).every((line) => typeof line === 'string')).toBe(true);
      expect(typeof finding.confidence).toBe('number');
    }
    expect(
      findings.slice(0, 3).every((finding) => finding.vendor === null && finding.layer === 'network'),
    ).toBe(true);
    expect(findings.slice(3).every((finding) => finding.vendor === 'cloudflare')).toBe(true);
  });

  it('--json gives the one verdict the extension and the report give for the same file', () => {
    const file = caseFile('akamai-access-denied-stream');
    const exchanges = parseHar(readFileSync(file, 'utf8'));
    const { verdict } = verdictOfExchanges(analyze(exchanges), exchanges, Date.now());
    const output = JSON.parse(run('analyze', file, '--json').stdout) as { verdict: Record<string, unknown> };
    const text = wordVerdict(verdict, verdictWords('en'), 'en');
    expect(output.verdict).toMatchObject({
      layer: verdict.layer,
      scope: verdict.scope,
      vendor: verdict.vendor,
      confidence: verdict.confidence,
      summary: text.headline,
      doNow: text.doNow,
      source: 'engine',
    });
  });

  it('prints the verdict the guided tests decided, as `report` does, when the file carries their labels', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lens-analyze-')), 'tested.har');
    const at = Date.parse('2026-03-01T20:00:00Z');
    const entry = (status: number, minutes: number, context?: Record<string, unknown>) => ({
      startedDateTime: new Date(at + minutes * 60_000).toISOString(),
      time: 5,
      request: { method: 'GET', url: 'https://cdn.example/live/u/p/1.ts', headers: [], queryString: [] },
      response: { status, statusText: '', headers: [], content: { size: 0, mimeType: 'video/mp2t' } },
      ...(context ? { _context: context } : {}),
    });
    writeFileSync(
      file,
      JSON.stringify({
        log: {
          version: '1.2',
          creator: { name: 'test', version: '1' },
          entries: [
            entry(403, 0),
            entry(403, 1, { proofStep: 'wifi-vs-mobile', network: 'Wi-Fi box' }),
            entry(200, 2, { proofStep: 'hotspot', network: '4G' }),
          ],
        },
      }),
    );
    const exchanges = parseHar(readFileSync(file, 'utf8'));
    const { verdict } = verdictOfExchanges(analyze(exchanges), exchanges, Date.now());
    expect(verdict.source).toBe('proofs');
    const json = JSON.parse(run('analyze', file, '--json').stdout) as { verdict: Record<string, unknown> };
    expect(json.verdict).toMatchObject({ source: 'proofs', layer: verdict.layer, scope: verdict.scope });
    const text = run('analyze', file, '--lang', 'fr').stdout;
    expect(text.split('\n')[0]).toContain(wordVerdict(verdict, verdictWords('fr'), 'fr').headline);
    expect(text).not.toMatch(/Couche|Fiabilité/);
    const report = run('report', file, '--lang', 'fr').stdout;
    expect(report).toContain(wordVerdict(verdict, verdictWords('fr'), 'fr').headline);
  });
});

describe('explain', () => {
  it('explains a status code', () => {
    const result = run('explain', '403');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^403\b/);
    expect(result.stdout.length).toBeGreaterThan(80);
  });

  it('explains a Chrome transport error in French', () => {
    const result = run('explain', 'net::ERR_CONNECTION_RESET', '--lang', 'fr');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toContain('net::ERR_CONNECTION_RESET');
    expect(result.stdout).toMatch(/connexion/i);
    expect(result.stdout).not.toMatch(/\bthe connection\b/i);
  });

  it('explains a vendor error code', () => {
    const result = run('explain', 'cloudflare-1020');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1020');
    expect(result.stdout).toMatch(/firewall/i);
  });
});

describe('report', () => {
  it('writes the French support report without credentials', () => {
    const result = run('report', caseFile('xtream-expired-then-403'), '--lang', 'fr');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('DIAGNOSTIC');
    expect(result.stdout).toMatch(/403/);
    expect(result.stdout).not.toContain('Tz7yU2io');
    expect(result.stdout).not.toContain('marc.lefevre');
  });
});

describe('redact', () => {
  it('the planted-credentials fixture is the documented document', () => {
    expect(JSON.parse(readFileSync(PLANTED, 'utf8'))).toEqual(plantedHar());
  });

  it('removes every planted credential, in every form, and keeps a valid HAR with the same entries', () => {
    const out = join(work, 'redacted.har');
    const result = run('redact', PLANTED, '-o', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    const original = JSON.parse(readFileSync(PLANTED, 'utf8'));
    const redacted = JSON.parse(text);
    // Base64 bodies are searched decoded too: the page in entry 0 hides its secrets that way.
    const decoded = (
      redacted.log.entries as { response: { content: { text?: string; encoding?: string } } }[]
    )
      .map(({ response }) =>
        response.content.encoding === 'base64' && response.content.text
          ? Buffer.from(response.content.text, 'base64').toString('utf8')
          : '',
      )
      .join('\n');
    const leaks: string[] = [];
    for (const secret of SECRETS) {
      const base64 = Buffer.from(secret).toString('base64');
      const forms = new Set([
        secret,
        encodeURIComponent(secret),
        encodeURIComponent(secret).toLowerCase(),
        base64,
        base64.replace(/=+$/, ''),
      ]);
      for (const form of forms) {
        if (form.length < 6) continue;
        if (text.includes(form) || decoded.includes(form)) leaks.push(`${secret} as ${form}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(parseHar(text)).toHaveLength(original.log.entries.length);
    // The evidence survives: same statuses, same hosts.
    const statuses = (har: { log: { entries: { response: { status: number } }[] } }) =>
      har.log.entries.map((entry) => entry.response.status);
    expect(statuses(redacted)).toEqual(statuses(original));
  });
});

describe('bad input exits 2 with one line on stderr and no stack trace', () => {
  const inputs = (dir: string): [string, string[]][] => [
    ['a missing file', ['analyze', join(dir, 'missing.har')]],
    ['a directory', ['analyze', join(dir, 'folder.har')]],
    ['an empty file', ['analyze', join(dir, 'empty.har')]],
    ['text that is not JSON', ['analyze', join(dir, 'text.har')]],
    ['JSON that is not a HAR', ['analyze', join(dir, 'not-har.har')]],
    ['a truncated HAR', ['analyze', join(dir, 'truncated.har')]],
    ['binary junk', ['analyze', join(dir, 'junk.har')]],
    ['30 MB of random garbage', ['analyze', join(dir, 'garbage.har')]],
    ['30 MB of garbage after a JSON opening', ['analyze', join(dir, 'garbage-json.har')]],
    ['a bad flag', ['analyze', '--frobnicate', caseFile('xtream-banned')]],
    ['an unknown command', ['frobnicate', caseFile('xtream-banned')]],
    ['--lang de', ['analyze', caseFile('xtream-banned'), '--lang', 'de']],
    ['redact without -o', ['redact', PLANTED]],
    ['explain of an unknown code', ['explain', 'teapot-9999']],
    ['report of a missing file', ['report', join(dir, 'missing.har')]],
    ['a _context nested 200,000 levels deep (analyze)', ['analyze', join(dir, 'deep.har')]],
    [
      'a _context nested 200,000 levels deep (redact)',
      ['redact', join(dir, 'deep.har'), '-o', join(dir, 'out.har')],
    ],
    ['a _context nested 200,000 levels deep (report)', ['report', join(dir, 'deep.har')]],
  ];

  let dir: string;
  beforeAll(() => {
    dir = join(work, 'bad');
    mkdirSync(join(dir, 'folder.har'), { recursive: true });
    writeFileSync(join(dir, 'empty.har'), '');
    writeFileSync(join(dir, 'text.har'), 'Saved network log\nGET /player_api.php 403\n');
    writeFileSync(join(dir, 'not-har.har'), '{"user_info":{"auth":0}}\n');
    const deep = 200_000;
    writeFileSync(
      join(dir, 'deep.har'),
      `{"log":{"entries":[{"request":{"url":"http://a/"},"_context":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}]}}`,
    );
    writeFileSync(join(dir, 'truncated.har'), readFileSync(caseFile('xtream-banned'), 'utf8').slice(0, 900));
    writeFileSync(
      join(dir, 'junk.har'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    );
    let seed = 0x2545f491;
    const garbage = Buffer.alloc(30 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i += 4) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      garbage.writeInt32LE(seed | 0, i);
    }
    writeFileSync(join(dir, 'garbage.har'), garbage);
    writeFileSync(
      join(dir, 'garbage-json.har'),
      `{"log":{"entries":[${garbage.toString('base64', 0, 22 * 1024 * 1024)}`,
    );
  }, 60_000);

  it.each(inputs('<dir>').map(([name], index) => [name, index] as const))('%s', (_name, index) => {
    const [, args] = inputs(dir)[index]!;
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^iptv-lens: /);
    expect(result.stderr).not.toMatch(/\n\s+at |Error: |unexpected error/);
  });
});
