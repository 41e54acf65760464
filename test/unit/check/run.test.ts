/**
 * The check with its transport injected: what each kind of refusal becomes (layer, vendor, evidence), the
 * proofs it runs by itself and those it must not run, the politeness it keeps, and the hosts it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { FMP4_INIT } from '../../../sim/check/streams.ts';
import { mpegTsSegment } from '../../../sim/mpegts.ts';
import { cloudFrontGeoBlock } from '../../../sim/pages/aws.ts';
import { createPrng } from '../../../sim/prng.ts';
import type { PageContext } from '../../../sim/response.ts';
import { runCheck } from '../../../src/check/run.ts';
import { BROWSER_USER_AGENT, PLAYER_USER_AGENT } from '../../../src/check/variants.ts';
import { type FakeAnswer, fakeTransport } from './fake-transport.ts';

const TS = mpegTsSegment(7);
const ok = (): FakeAnswer => ({ status: 200, headers: { 'content-type': 'video/mp2t' }, body: TS });
const nginx403 = (): FakeAnswer => ({
  status: 403,
  headers: { server: 'nginx', 'content-type': 'text/html' },
  body: '<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>',
});

function page(url: URL): PageContext {
  return {
    prng: createPrng(1),
    now: Date.now(),
    site: url.hostname,
    url: url.href,
    clientIp: '127.0.0.1',
    country: 'FR',
    cloudflareColo: 'CDG',
    cloudFrontPop: 'CDG50-P1',
    acceptsHtml: false,
  };
}

function playlist(...entries: [name: string, url: string, ...lines: string[]][]): string {
  return [
    '#EXTM3U',
    ...entries.flatMap(([name, url, ...lines]) => [`#EXTINF:-1 group-title="G",${name}`, ...lines, url]),
  ].join('\n');
}

const FAST = { perHostDelayMs: 0, timeoutMs: 2000 };

describe('identity proofs', () => {
  it('finds the user agent a server filters on, with one retry per variant and no more', async () => {
    const transport = fakeTransport((url, headers) =>
      url.pathname === '/ua.ts' && headers['User-Agent'] !== PLAYER_USER_AGENT ? nginx403() : ok(),
    );
    const report = await runCheck(
      { kind: 'playlist', text: playlist(['UA', 'http://a.test/ua.ts']) },
      transport,
      { ...FAST, userAgent: 'iptv-lens/test' },
    );
    const channel = report.channels[0]!;
    expect(channel).toMatchObject({ outcome: 'refused', status: 403, layer: 'app', fixedBy: 'user-agent' });
    expect(channel.trials).toEqual([
      { variant: 'player-ua', header: 'user-agent', value: PLAYER_USER_AGENT, status: 200, worked: true },
    ]);
    expect(channel.evidence.some((line) => line.includes('filters on the client'))).toBe(true);
    // The refusal, then the one retry that worked.
    expect(transport.calls.map((call) => call.headers['User-Agent'])).toEqual([
      'iptv-lens/test',
      PLAYER_USER_AGENT,
    ]);
  });

  it("tries the playlist's own user agent first for a channel that names none", async () => {
    const agent = 'SomeIptvApp/3.2';
    const transport = fakeTransport((url, headers) =>
      url.pathname === '/b.ts' && headers['User-Agent'] !== agent ? nginx403() : ok(),
    );
    const text = playlist(
      ['A', 'http://a.test/a.ts', `#EXTVLCOPT:http-user-agent=${agent}`],
      ['B', 'http://a.test/b.ts'],
    );
    const report = await runCheck({ kind: 'playlist', text }, transport, FAST);
    expect(report.channels[1]).toMatchObject({
      fixedBy: 'user-agent',
      trials: [{ variant: 'playlist-ua', value: agent, worked: true }],
    });
  });

  it('finds a referrer rule after the user agents failed, each tried once', async () => {
    const transport = fakeTransport((_url, headers) =>
      headers.Referer === 'http://site.test/' ? ok() : nginx403(),
    );
    const report = await runCheck({ kind: 'url', url: 'http://site.test/live.ts' }, transport, FAST);
    const channel = report.channels[0]!;
    expect(channel.fixedBy).toBe('referer');
    expect(channel.trials.map((trial) => [trial.variant, trial.worked])).toEqual([
      ['player-ua', false],
      ['browser-ua', false],
      ['with-referer', true],
    ]);
    expect(transport.calls.filter((call) => call.headers['User-Agent'] === BROWSER_USER_AGENT)).toHaveLength(
      1,
    );
  });

  it('never retries a refusal another identity cannot change: geo page, expired link, missing channel, rate limit', async () => {
    const past = Math.floor(Date.now() / 1000) - 600;
    const transport = fakeTransport((url) => {
      if (url.hostname === 'geo.test') {
        const geo = cloudFrontGeoBlock(page(url));
        return { status: geo.status, headers: geo.headers, body: geo.body };
      }
      if (url.pathname === '/signed.ts')
        return { status: 403, headers: { 'content-type': 'text/plain' }, body: 'Forbidden: link expired\n' };
      if (url.pathname === '/gone.ts') return { status: 404, body: 'not found' };
      return { status: 429, headers: { 'retry-after': '60' }, body: 'Too Many Requests' };
    });
    const text = playlist(
      ['Geo', 'http://geo.test/x.m3u8'],
      ['Expired', `http://cdn.test/signed.ts?expires=${past}&token=abc123def`],
      ['Gone', 'http://cdn2.test/gone.ts'],
      ['Limited', 'http://cdn3.test/x.ts'],
    );
    const report = await runCheck({ kind: 'playlist', text }, transport, FAST);
    const byName = new Map(report.channels.map((channel) => [channel.name, channel]));
    expect(byName.get('Geo')).toMatchObject({
      layer: 'geo',
      vendor: 'cloudfront',
      fixedBy: null,
      trials: [],
    });
    expect(byName.get('Expired')).toMatchObject({ layer: 'app', trials: [] });
    expect(byName.get('Expired')?.evidence.some((line) => line.includes('signed link expired'))).toBe(true);
    expect(byName.get('Gone')).toMatchObject({ layer: 'not-found', trials: [] });
    expect(byName.get('Limited')).toMatchObject({ layer: 'rate-limit', trials: [] });
    expect(transport.calls).toHaveLength(4);
  });

  it('says which proofs the transport cannot send instead of pretending', async () => {
    const transport = fakeTransport(() => nginx403(), new Set(['user-agent'] as const));
    const report = await runCheck({ kind: 'url', url: 'http://a.test/x.ts' }, transport, FAST);
    expect(report.channels[0]?.unsent).toEqual(['player-ua', 'browser-ua']);
    expect(report.channels[0]?.trials.map((trial) => trial.variant)).toEqual(['with-referer']);
  });
});

describe('what a channel is made of', () => {
  it('walks HLS master → lowest variant → a live segment, and DASH to its init segment', async () => {
    const transport = fakeTransport((url) => {
      if (url.pathname === '/master.m3u8')
        return {
          body: '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3000000\nhi.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=500000\nlo.m3u8\n',
        };
      if (url.pathname === '/lo.m3u8')
        return {
          body: [
            '#EXTM3U',
            '#EXT-X-TARGETDURATION:2',
            ...[1, 2, 3, 4, 5].flatMap((n) => ['#EXTINF:2,', `s${n}.ts`]),
          ].join('\n'),
        };
      if (url.pathname === '/s3.ts') return ok();
      if (url.pathname === '/m.mpd')
        return {
          body: '<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT10S"><Period><AdaptationSet mimeType="video/mp4"><SegmentTemplate initialization="init-$RepresentationID$.mp4" media="s-$Number$.m4s" duration="2" timescale="1"/><Representation id="v1" bandwidth="1"/></AdaptationSet></Period></MPD>',
        };
      if (url.pathname === '/init-v1.mp4') return { body: FMP4_INIT };
      return { status: 404 };
    });
    const text = playlist(['HLS', 'http://h.test/master.m3u8'], ['DASH', 'http://d.test/m.mpd']);
    const report = await runCheck({ kind: 'playlist', text }, transport, FAST);
    expect(report.channels.map((channel) => [channel.outcome, channel.detail])).toEqual([
      ['works', { code: 'works', media: 'mpeg-ts', via: 'segment', requests: 3 }],
      ['works', { code: 'works', media: 'mp4', via: 'init', requests: 2 }],
    ]);
    expect(transport.calls.map((call) => new URL(call.url).pathname)).toEqual(
      expect.arrayContaining(['/master.m3u8', '/lo.m3u8', '/s3.ts']),
    );
    expect(transport.calls.some((call) => call.url.endsWith('/hi.m3u8'))).toBe(false);
  });

  it('keeps every redirect hop and fails a 200 that is not media', async () => {
    const transport = fakeTransport((url) =>
      url.pathname === '/go'
        ? { location: 'http://cdn.test/page.ts' }
        : {
            status: 200,
            headers: { 'content-type': 'text/html' },
            body: '<html><body>Welcome</body></html>',
          },
    );
    const report = await runCheck({ kind: 'url', url: 'http://panel.test/go' }, transport, FAST);
    const channel = report.channels[0]!;
    expect(channel).toMatchObject({
      outcome: 'failed',
      status: 200,
      layer: 'server',
      detail: { code: 'not-media', looksLike: 'an HTML page' },
    });
    expect(channel.steps[0]?.exchanges.map((exchange) => exchange.status)).toEqual([302, 200]);
  });

  it("reports a transport failure with status 0 and the engine's network layer", async () => {
    const transport = fakeTransport(() => ({ error: 'net::ERR_CONNECTION_REFUSED' }));
    const report = await runCheck({ kind: 'url', url: 'http://down.test/x.ts' }, transport, FAST);
    expect(report.channels[0]).toMatchObject({
      outcome: 'failed',
      status: 0,
      layer: 'network',
      detail: { code: 'transport', error: 'net::ERR_CONNECTION_REFUSED' },
    });
  });
});

describe('manners', () => {
  it('never asks one host twice at once, waits between its requests and keeps the global limit', async () => {
    const transport = fakeTransport(() => ({ ...ok(), delayMs: 3 }));
    const entries: [string, string][] = [];
    for (let index = 0; index < 12; index++)
      entries.push([`C${index}`, `http://h${index % 3}.test/${index}.ts`]);
    const delay = 15;
    const report = await runCheck({ kind: 'playlist', text: playlist(...entries) }, transport, {
      perHostDelayMs: delay,
      concurrency: 2,
    });
    expect(report.channels.every((channel) => channel.outcome === 'works')).toBe(true);
    expect(transport.maxInFlightPerHost).toBe(1);
    expect(transport.maxInFlight).toBeLessThanOrEqual(2);
    for (const host of ['h0.test', 'h1.test', 'h2.test']) {
      const calls = transport.calls.filter((call) => call.host === host);
      for (let index = 1; index < calls.length; index++) {
        expect(calls[index]!.start - calls[index - 1]!.end).toBeGreaterThanOrEqual(delay - 1);
      }
    }
    expect(report.requests).toBe(12);
  });

  it('pauses a host that answers 429 and never asks it again; other hosts go on', async () => {
    let served = 0;
    const transport = fakeTransport((url) => {
      if (url.hostname !== 'busy.test') return ok();
      served++;
      return served === 2
        ? { status: 429, headers: { 'retry-after': '120' }, body: 'Too Many Requests' }
        : ok();
    });
    const entries: [string, string][] = [];
    for (let index = 0; index < 5; index++) entries.push([`Busy ${index}`, `http://busy.test/${index}.ts`]);
    entries.push(['Calm', 'http://calm.test/x.ts']);
    const report = await runCheck({ kind: 'playlist', text: playlist(...entries) }, transport, FAST);
    expect(transport.calls.filter((call) => call.host === 'busy.test')).toHaveLength(2);
    expect(report.paused).toEqual([
      expect.objectContaining({ host: 'busy.test', reason: 'rate-limit', retryAfterSeconds: 120 }),
    ]);
    expect(
      report.channels.slice(2, 5).every((channel) => channel.detail.code === 'paused' && channel.skipped),
    ).toBe(true);
    expect(report.channels[5]?.outcome).toBe('works');
  });

  it('pauses a host whose refusals start right after it served, as anti-abuse protection would', async () => {
    let count = 0;
    const transport = fakeTransport(() => (++count <= 2 ? ok() : nginx403()));
    const entries: [string, string][] = [];
    for (let index = 0; index < 10; index++) entries.push([`C${index}`, `http://a.test/${index}.ts`]);
    const report = await runCheck({ kind: 'playlist', text: playlist(...entries) }, transport, FAST);
    expect(report.paused).toEqual([expect.objectContaining({ host: 'a.test', reason: 'refusal-streak' })]);
    const untested = report.channels.filter((channel) => channel.skipped);
    expect(untested.length).toBeGreaterThan(0);
    expect(transport.calls.length).toBeLessThan(10 + 4 * 8);
  });

  it('honours a short Retry-After on a 503 before asking the host again', async () => {
    let count = 0;
    const transport = fakeTransport(() =>
      ++count === 1 ? { status: 503, headers: { 'retry-after': '1' }, body: 'busy' } : ok(),
    );
    const report = await runCheck(
      { kind: 'playlist', text: playlist(['A', 'http://a.test/1.ts'], ['B', 'http://a.test/2.ts']) },
      transport,
      FAST,
    );
    expect(report.channels[1]?.outcome).toBe('works');
    const [first, second] = transport.calls;
    expect(second!.start - first!.end).toBeGreaterThanOrEqual(990);
    expect(report.paused).toEqual([]);
  });

  it('samples N channels per group', async () => {
    const transport = fakeTransport(() => ok());
    const text = [
      '#EXTM3U',
      ...Array.from({ length: 9 }, (_, index) => [
        `#EXTINF:-1 group-title="G${index % 3}",C${index}`,
        `http://a${index}.test/x.ts`,
      ]).flat(),
    ].join('\n');
    const report = await runCheck({ kind: 'playlist', text }, transport, { ...FAST, sample: 2 });
    expect(report.total).toBe(9);
    expect(report.channels.map((channel) => channel.name)).toEqual(['C0', 'C1', 'C2', 'C6', 'C7', 'C8']);
    expect(transport.calls).toHaveLength(6);
  });
});
