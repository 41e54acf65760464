import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHar } from '../../../../src/outputs/har/read.ts';
import { type HarItem, toHar } from '../../../../src/outputs/har/write.ts';
import type { CaptureContext, Exchange, Finding } from '../../../../src/types.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../../fixtures/har/har-1.2.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const CREATOR = { name: 'IPTV Access Lens', version: '0.1.0' };

function assertValidHar(har: unknown): void {
  const valid = validate(har);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

type Members = Record<string, unknown>;
type Entry = Members & { request: Members; response: Members; timings: Members };

function entriesOf(har: unknown): Entry[] {
  return (har as { log: { entries: Entry[] } }).log.entries;
}

const refused: Exchange = {
  url: 'https://live.example.com/live/1042/index.m3u8?token=REDACTED&lang=fr%20FR',
  method: 'GET',
  status: 403,
  statusText: 'Forbidden',
  startedAt: Date.UTC(2024, 5, 1, 10, 0, 1, 10),
  durationMs: 61,
  requestHeaders: [{ name: 'Accept', value: '*/*' }],
  responseHeaders: [
    { name: 'server', value: 'cloudflare' },
    { name: 'cf-ray', value: '89a1b2c3d4e5f607-CDG' },
    { name: 'Location', value: 'https://live.example.com/blocked' },
  ],
  body: 'Sorry, you have been blocked — désolé',
  mimeType: 'text/html',
  serverIp: '2606:4700::6810:1',
  context: { network: 'home-wifi', device: 'laptop', resourceType: 'xhr', vpn: false, rtt: 50 },
};

const failed: Exchange = {
  url: 'https://live.example.com/hls/1042/segment_00017.ts',
  method: 'GET',
  status: 0,
  error: 'net::ERR_CONNECTION_RESET',
  startedAt: Date.UTC(2024, 5, 1, 10, 0, 2, 500),
  requestHeaders: [],
  responseHeaders: [],
};

const finding: Finding = {
  entry: 0,
  status: 403,
  url: refused.url,
  startedAt: refused.startedAt,
  layer: 'waf',
  vendor: 'cloudflare',
  role: 'playlist',
  confidence: 0.9,
  evidence: ['server: cloudflare', 'cf-ray ends with -CDG'],
  errorClass: 'refusal',
};

describe('the HAR 1.2 schema of these tests', () => {
  it('accepts a real Chrome DevTools export and rejects an entry without response.content', () => {
    const chrome = JSON.parse(
      readFileSync(
        new URL('../../../fixtures/har/chrome-xtream-login-ok-stream-403.har', import.meta.url),
        'utf8',
      ),
    );
    assertValidHar(chrome);
    delete chrome.log.entries[0].response.content;
    expect(validate(chrome)).toBe(false);
  });
});

describe('toHar', () => {
  const har = toHar([{ exchange: refused, finding }, { exchange: failed }], CREATOR, {
    browser: { name: 'Chrome', version: '126' },
    page: { title: 'https://player.example.net/' },
    comment: 'redacted',
  });

  it('writes a HAR 1.2 document that validates against the spec', () => {
    assertValidHar(har);
    expect(har).toMatchObject({
      log: {
        version: '1.2',
        creator: CREATOR,
        browser: { name: 'Chrome', version: '126' },
        comment: 'redacted',
        pages: [
          { id: 'page_1', title: 'https://player.example.net/', startedDateTime: '2024-06-01T10:00:01.010Z' },
        ],
      },
    });
  });

  it('fills every member the Chrome DevTools importer coerces (models/har/HARFormat.ts)', () => {
    for (const entry of entriesOf(har)) {
      expect(Number.isNaN(Date.parse(entry.startedDateTime as unknown as string))).toBe(false);
      expect(typeof entry.time).toBe('number');
      expect(typeof entry.request.url).toBe('string');
      for (const key of ['headersSize', 'bodySize']) {
        expect(typeof entry.request[key]).toBe('number');
        expect(typeof entry.response[key]).toBe('number');
      }
      expect(typeof (entry.response.content as { size: unknown }).size).toBe('number');
      for (const key of ['send', 'wait', 'receive']) expect(typeof entry.timings[key]).toBe('number');
      expect(entry.pageref).toBe('page_1');
    }
  });

  it('writes the exchange as a HAR entry', () => {
    const [entry] = entriesOf(har);
    expect(entry!.request).toMatchObject({
      method: 'GET',
      queryString: [
        { name: 'token', value: 'REDACTED' },
        { name: 'lang', value: 'fr FR' },
      ],
      cookies: [],
    });
    expect(entry!.response).toMatchObject({
      status: 403,
      statusText: 'Forbidden',
      redirectURL: 'https://live.example.com/blocked',
      content: {
        mimeType: 'text/html',
        text: refused.body,
        size: new TextEncoder().encode(refused.body).length,
      },
    });
    expect(entry!.timings).toEqual({
      blocked: -1,
      dns: -1,
      connect: -1,
      send: 0,
      wait: 61,
      receive: 0,
      ssl: -1,
    });
    expect(entry!.serverIPAddress).toBe('2606:4700::6810:1');
    expect(entry!._resourceType).toBe('xhr');
    expect(entry!._context).toEqual(refused.context);
    expect(entry!._diagnosis).toEqual(finding);
  });

  it('writes a transport failure the way Chrome does: status 0 and response._error', () => {
    const entry = entriesOf(har)[1]!;
    expect(entry.response).toMatchObject({ status: 0, statusText: '', _error: 'net::ERR_CONNECTION_RESET' });
    expect(entry.response.content).toEqual({ size: 0, mimeType: 'x-unknown' });
    expect(entry.time).toBe(0);
    expect(entry._durationUnknown).toBe(true);
    expect(entry._diagnosis).toBeUndefined();
    expect(entry._context).toBeUndefined();
    expect(entry.serverIPAddress).toBeUndefined();
  });

  it('writes an empty log, and no pages unless asked', () => {
    const empty = toHar([], CREATOR);
    assertValidHar(empty);
    expect(empty).toEqual({ log: { version: '1.2', creator: CREATOR, entries: [] } });
  });

  it('imports back into equal exchanges', () => {
    expect(parseHar(JSON.stringify(har))).toEqual([refused, failed]);
  });

  it('copies rather than aliases the exchange it is given', () => {
    const entry = entriesOf(toHar([{ exchange: refused }], CREATOR))[0]!;
    expect(entry.response.headers).not.toBe(refused.responseHeaders);
    expect(entry._context).not.toBe(refused.context);
  });
});

const text = fc.string({ maxLength: 40 });
const nonEmpty = fc.string({ minLength: 1, maxLength: 40 });
const header = fc.record({ name: nonEmpty, value: text });

const contextArbitrary: fc.Arbitrary<CaptureContext> = fc.record(
  {
    network: text,
    device: text,
    connection: text,
    rtt: fc.integer({ min: 0, max: 10_000 }),
    downlink: fc.double({ min: 0, max: 1000, noNaN: true }),
    online: fc.boolean(),
    proxy: text,
    vpn: fc.boolean(),
    utcOffsetMinutes: fc.integer({ min: -720, max: 840 }),
    fromCache: fc.boolean(),
    edge: text,
    retryCount: fc.nat(50),
    clockSkewSeconds: fc.integer({ min: -86_400, max: 86_400 }),
    tabId: fc.nat(),
    resourceType: nonEmpty,
    proofStep: text,
    headersOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Exchanges in their normal form: empty strings and "x-unknown" are how HAR says "absent". */
const exchangeArbitrary: fc.Arbitrary<Exchange> = fc.record(
  {
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    method: fc.constantFrom('GET', 'POST', 'HEAD', 'OPTIONS'),
    status: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 599 })),
    statusText: nonEmpty,
    error: fc.constantFrom('net::ERR_CONNECTION_RESET', 'net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_NET_RESET'),
    startedAt: fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
    durationMs: fc.double({ min: 0, max: 600_000, noNaN: true }),
    requestHeaders: fc.array(header, { maxLength: 6 }),
    responseHeaders: fc.array(header, { maxLength: 6 }),
    body: fc.string({ maxLength: 200 }),
    mimeType: fc.constantFrom(
      'application/json',
      'text/html; charset=utf-8',
      'application/vnd.apple.mpegurl',
    ),
    serverIp: fc.oneof(fc.ipV4(), fc.ipV6()),
    context: contextArbitrary,
  },
  { requiredKeys: ['url', 'method', 'status', 'startedAt', 'requestHeaders', 'responseHeaders'] },
);

describe('toHar ∘ parseHar', () => {
  it('round-trips any exchange, and always writes a valid HAR 1.2', () => {
    fc.assert(
      fc.property(fc.array(exchangeArbitrary, { maxLength: 5 }), (exchanges) => {
        const items: HarItem[] = exchanges.map((exchange) => ({ exchange }));
        const har = toHar(items, CREATOR);
        assertValidHar(har);
        expect(parseHar(JSON.stringify(har))).toEqual(exchanges);
      }),
      { numRuns: 300 },
    );
  });
});
