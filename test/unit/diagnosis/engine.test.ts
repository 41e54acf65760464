import { describe, expect, it } from 'vitest';
import { analyze, diagnoseExchange } from '../../../src/diagnosis/analyze.ts';
import { CF_1020_BODY, CF_HEADERS, ex, T0 } from '../helpers/exchange.ts';

const PANEL = 'http://panel.example.tv:8080';
const CDN = 'http://cdn.example.tv';

describe('diagnoseExchange', () => {
  it('returns null for a success', () => {
    expect(diagnoseExchange(ex(`${CDN}/a.ts`, 200), 0)).toBeNull();
    expect(diagnoseExchange(ex(`${CDN}/a.ts`, 304), 0)).toBeNull();
  });

  it('names Cloudflare 1020 as a firewall refusal with its evidence', () => {
    const finding = diagnoseExchange(
      ex(`${CDN}/live/u/p/1.ts`, 403, { headers: CF_HEADERS, body: CF_1020_BODY }),
      3,
    );
    expect(finding).toMatchObject({
      entry: 3,
      status: 403,
      layer: 'waf',
      vendor: 'cloudflare',
      role: 'stream',
    });
    expect(finding?.evidence.join('\n')).toMatch(/1020/);
    expect(finding?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a transport failure as a network finding', () => {
    const finding = diagnoseExchange(ex(`${CDN}/a.ts`, 0, { error: 'net::ERR_NAME_NOT_RESOLVED' }), 0);
    expect(finding).toMatchObject({ status: 0, layer: 'network', errorClass: 'network', vendor: null });
  });

  it('treats an already-expired signed link as the service token rule', () => {
    const expires = Math.floor(T0 / 1000) - 3600;
    const finding = diagnoseExchange(ex(`${CDN}/hls/ch1/seg-12.ts?token=abc&expires=${expires}`, 403), 0);
    expect(finding?.layer).toBe('app');
    expect(finding?.evidence.join(' ')).toMatch(/expired 60 min before/);
  });

  it('takes the panel reply over the status code', () => {
    const body = JSON.stringify({
      user_info: { auth: 1, status: 'Expired', exp_date: String(T0 / 1000 - 86400) },
    });
    const finding = diagnoseExchange(
      ex(`${PANEL}/player_api.php?username=a&password=b`, 403, { body, mimeType: 'application/json' }),
      0,
    );
    expect(finding).toMatchObject({ layer: 'account', role: 'auth' });
  });
});

describe('analyze: verdicts across entries', () => {
  it('says none when nothing failed', () => {
    const result = analyze([ex(`${CDN}/a.ts`, 200)]);
    expect(result.verdict).toMatchObject({ layer: 'none', scope: 'unknown', vendor: null });
    expect(result.totals).toEqual({ entries: 1, failures: 0, successes: 1 });
  });

  it('puts the root cause first: a failed login explains the stream refusals', () => {
    const login = JSON.stringify({ user_info: { auth: 0 } });
    const result = analyze([
      ex(`${PANEL}/player_api.php?username=a&password=b`, 200, {
        body: login,
        mimeType: 'application/json',
      }),
      ex(`${CDN}/live/a/b/1.ts`, 403, { at: T0 + 1000 }),
      ex(`${CDN}/live/a/b/2.ts`, 403, { at: T0 + 2000 }),
    ]);
    expect(result.verdict.layer).toBe('auth');
    expect(result.verdict.scope).toBe('account');
  });

  it('proves the network when the same endpoint fails on Wi-Fi and works on 4G', () => {
    const wifi = { network: 'wifi' };
    const mobile = { network: '4g' };
    const result = analyze([
      ex(`${CDN}/live/a/b/1.m3u8`, 403, { headers: CF_HEADERS, context: wifi }),
      ex(`${CDN}/live/a/b/1.m3u8`, 403, { headers: CF_HEADERS, context: wifi, at: T0 + 500 }),
      ex(`${CDN}/live/a/b/1.m3u8`, 200, { headers: CF_HEADERS, context: mobile, at: T0 + 60_000 }),
    ]);
    expect(result.verdict.scope).toBe('network');
    expect(result.verdict.situation).toBe('one-network');
    expect(result.verdict.evidence.join(' ')).toMatch(/fails on network "wifi", works on "4g"/);
  });

  it('calls it the account when it fails on every network and device', () => {
    const result = analyze([
      ex(`${CDN}/live/a/b/1.ts`, 403, { context: { network: 'wifi', device: 'tv' } }),
      ex(`${CDN}/live/a/b/1.ts`, 403, { context: { network: '4g', device: 'phone' }, at: T0 + 60_000 }),
    ]);
    expect(result.verdict.scope).toBe('account');
    expect(result.verdict.situation).toBe('everywhere');
  });

  it('isolates a device when another device works on the same network', () => {
    const result = analyze([
      ex(`${CDN}/live/a/b/1.ts`, 403, { context: { network: 'wifi', device: 'firestick' } }),
      ex(`${CDN}/live/a/b/1.ts`, 200, { context: { network: 'wifi', device: 'phone' }, at: T0 + 30_000 }),
    ]);
    expect(result.verdict.scope).toBe('device');
  });

  it('keeps one channel failing to that endpoint', () => {
    const result = analyze([
      ex(`${CDN}/live/a/b/101.m3u8`, 200),
      ex(`${CDN}/live/a/b/102.m3u8`, 404, { at: T0 + 1000 }),
      ex(`${CDN}/live/a/b/103.m3u8`, 200, { at: T0 + 2000 }),
    ]);
    expect(result.verdict).toMatchObject({ layer: 'not-found', scope: 'endpoint' });
  });

  it('says server when 5xx is everywhere', () => {
    const result = analyze([
      ex(`${PANEL}/player_api.php`, 503),
      ex(`${CDN}/live/a/b/1.ts`, 502, { at: T0 + 1000 }),
    ]);
    expect(result.verdict).toMatchObject({ layer: 'server', scope: 'server' });
  });

  it('recognises a retry storm as an anti-abuse rule', () => {
    const entries = [ex(`${CDN}/live/a/b/1.m3u8`, 200)];
    for (let i = 0; i < 8; i++) entries.push(ex(`${CDN}/live/a/b/1.m3u8`, 403, { at: T0 + 5000 + i * 700 }));
    const result = analyze(entries);
    expect(result.verdict.layer).toBe('app');
    expect(result.verdict.situation).toBe('sudden');
  });

  it('blames the device clock when responses agree it is hours off', () => {
    const date = new Date(T0 + 6 * 3600_000).toUTCString();
    const result = analyze([
      ex(`${PANEL}/player_api.php`, 200, { headers: { date } }),
      ex(`${CDN}/live/a/b/1.ts`, 403, { headers: { date }, at: T0 + 1000 }),
    ]);
    expect(result.verdict).toMatchObject({ layer: 'device', scope: 'device' });
  });

  it('reports a change of CDN edge at the first failure', () => {
    const result = analyze([
      ex(`${CDN}/live/a/b/1.ts`, 200, { headers: { ...CF_HEADERS, 'cf-ray': '8f1a2b3c4d5e6f70-CDG' } }),
      ex(`${CDN}/live/a/b/1.ts`, 403, {
        headers: { ...CF_HEADERS, 'cf-ray': '8f1a2b3c4d5e6f71-FRA' },
        body: CF_1020_BODY,
        at: T0 + 1000,
      }),
    ]);
    expect(result.verdict.evidence.join(' ')).toMatch(/CDG to FRA/);
  });

  it('reuses stored findings instead of diagnosing again (the worker diagnoses each record once)', () => {
    const exchange = ex(`${CDN}/live/a/b/1.ts`, 403);
    const own = diagnoseExchange(exchange, 0);
    expect(own?.layer).toBe('app');
    const stored = { ...own!, layer: 'geo' as const, basis: 'vendor' as const, entry: 41 };
    const result = analyze([exchange, ex(`${CDN}/x.ts`, 200)], { findings: [stored, null] });
    expect(result.verdict.layer).toBe('geo');
    expect(result.findings[0]?.entry).toBe(0);
    expect(result.totals).toEqual({ entries: 2, failures: 1, successes: 1 });
  });
});

describe('endpoint-only evidence', () => {
  it('names the refused channel without the account an Xtream path carries', () => {
    const base = 'http://srv.example.tv:8080/live/julie.fa/Xc5vB8nm';
    const result = analyze([
      ex(`${base}/1201.ts`, 403),
      ex(`${base}/1305.ts`, 200),
      ex(`${base}/1306.ts`, 200),
    ]);
    expect(result.verdict.scope).toBe('endpoint');
    const line = result.verdict.evidence.find((text) => text.startsWith('only '));
    expect(line).toMatch(
      /^only \/live\/REDACTED_USER\/REDACTED_PASS\/1201\.ts fails on srv\.example\.tv:8080/,
    );
    // Findings keep the exchange's own URL (the callers redact exchanges); evidence is text we write.
    const evidence = [...result.verdict.evidence, ...result.findings.flatMap((finding) => finding.evidence)];
    expect(evidence.join('\n')).not.toMatch(/julie\.fa|Xc5vB8nm/);
  });
});
