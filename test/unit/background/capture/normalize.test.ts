import { describe, expect, it } from 'vitest';
import { captureContext, clockSkewOf } from '../../../../background/capture/context.ts';
import {
  headersOf,
  initiatorOf,
  statusTextOf,
  toExchange,
} from '../../../../background/capture/normalize.ts';
import { RecentRequests } from '../../../../background/capture/recent-requests.ts';
import { addCounts, PendingCounts, readBucket } from '../../../../background/capture/success-counts.ts';
import {
  markerPaths,
  PAGE_EXCERPT_MAX_CHARS,
  pageExcerpt,
  readPageResult,
} from '../../../../background/page-side/page-excerpt.ts';
import type { RequestDetails } from '../../../../background/port.ts';
import { parseRecord, recordId, sequenceOfId } from '../../../../background/storage/record-codec.ts';

const T = Date.UTC(2026, 2, 1, 20, 0, 0);

function details(extra: Partial<RequestDetails> = {}): RequestDetails {
  return {
    requestId: '1',
    url: 'https://cdn.example.tv/hls/a.ts',
    method: 'GET',
    tabId: 4,
    type: 'media',
    timeStamp: T,
    statusCode: 403,
    statusLine: 'HTTP/1.1 403 Forbidden',
    responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
    ...extra,
  };
}

describe('normalize', () => {
  it('turns Chrome details into an exchange', () => {
    const exchange = toExchange(details({ ip: '198.51.100.2' }), {
      startedAt: T - 120,
      requestHeaders: [{ name: 'Referer', value: 'https://player.example/' }],
    });
    expect(exchange).toEqual({
      url: 'https://cdn.example.tv/hls/a.ts',
      method: 'GET',
      status: 403,
      statusText: 'Forbidden',
      startedAt: T - 120,
      durationMs: 120,
      requestHeaders: [{ name: 'Referer', value: 'https://player.example/' }],
      responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
      mimeType: 'text/html',
      serverIp: '198.51.100.2',
    });
  });

  it('gives a transport failure status 0 and its error name', () => {
    const exchange = toExchange(
      details({ statusCode: undefined, statusLine: undefined, error: 'NS_ERROR_NET_RESET' }),
    );
    expect(exchange).toMatchObject({ status: 0, error: 'NS_ERROR_NET_RESET', startedAt: T });
    expect(exchange.durationMs).toBeUndefined();
  });

  it('decodes binary header values and reads reason phrases', () => {
    expect(headersOf([{ name: 'X-Name', binaryValue: [0x63, 0x61, 0x66, 0xe9] }])).toEqual([
      { name: 'X-Name', value: 'café' },
    ]);
    expect(statusTextOf('HTTP/2 403')).toBeUndefined();
    expect(statusTextOf('HTTP/1.1 451 Unavailable For Legal Reasons')).toBe('Unavailable For Legal Reasons');
  });

  it('keeps only the origin of Firefox’s originUrl', () => {
    expect(initiatorOf(details({ originUrl: 'https://player.example/watch?token=abc' }))).toBe(
      'https://player.example',
    );
    expect(initiatorOf(details({ initiator: 'https://web.example' }))).toBe('https://web.example');
    expect(initiatorOf(details())).toBeUndefined();
  });
});

describe('context', () => {
  const sources = {
    sequence: 12,
    browser: 'firefox' as const,
    network: { online: false },
    labels: { network: 'box', device: 'PC' },
    proofStep: 'dns',
    retryCount: 2,
    headersOnly: true,
  };

  it('measures clock skew from the Date header, but not on cached responses', () => {
    const date = [{ name: 'Date', value: new Date(T - 3_600_000).toUTCString() }];
    const exchange = toExchange(details({ responseHeaders: date }));
    expect(clockSkewOf(details({ responseHeaders: date }), exchange)).toBe(-3600);
    expect(clockSkewOf(details({ responseHeaders: date, fromCache: true }), exchange)).toBeUndefined();
  });

  it('records Firefox’s per-request proxy, direct when null', () => {
    const viaProxy = details({ proxyInfo: { type: 'socks' } });
    expect(captureContext(viaProxy, toExchange(viaProxy), sources).proxy).toBe('socks');
    const direct = details({ proxyInfo: null });
    expect(captureContext(direct, toExchange(direct), sources).proxy).toBe('direct');
    expect(captureContext(details(), toExchange(details()), sources).proxy).toBeUndefined();
  });

  it('sets only the fields that have a value', () => {
    const context = captureContext(details(), toExchange(details()), sources);
    expect(context).toMatchObject({
      sequence: 12,
      browser: 'firefox',
      tabId: 4,
      resourceType: 'media',
      network: 'box',
      device: 'PC',
      proofStep: 'dns',
      retryCount: 2,
      online: false,
      headersOnly: true,
    });
    expect(Object.values(context)).not.toContain(undefined);
    expect('edge' in context).toBe(false);
  });
});

describe('page excerpt', () => {
  it('puts the title and marker lines first, drops the visitor’s IP, and stays under 4 KB', () => {
    const text = [
      'Please enable cookies.',
      'Your IP: 192.0.2.44',
      'Sorry, you have been blocked',
      'You are unable to access example.tv',
      ...Array.from({ length: 200 }, (_, i) => `filler line ${i} ${'x'.repeat(40)}`),
      'Cloudflare Ray ID: 8f1e2d3c4b5a6978 • Performance & security by Cloudflare',
      'Error 1020',
    ].join('\n');
    const excerpt = pageExcerpt('Attention Required! | Cloudflare', text, ['/cdn-cgi/styles/cf.errors.css']);
    const lines = excerpt.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '<title>Attention Required! | Cloudflare</title>',
      '/cdn-cgi/styles/cf.errors.css',
      'Cloudflare Ray ID: 8f1e2d3c4b5a6978 • Performance & security by Cloudflare',
    ]);
    expect(lines).toContain('Error 1020');
    expect(excerpt).not.toContain('192.0.2.44');
    expect(excerpt.length).toBeLessThanOrEqual(PAGE_EXCERPT_MAX_CHARS);
  });

  it('keeps Akamai and CloudFront references and masks addresses in kept lines', () => {
    const excerpt = pageExcerpt(
      'Access Denied',
      "You don't have permission to access this server.\nReference #18.6a2b1c17.1700000000.1f2e3d4c\nClient 203.0.113.9 blocked",
    );
    expect(excerpt).toContain('Reference #18.6a2b1c17.1700000000.1f2e3d4c');
    expect(excerpt).toContain('Client [ip] blocked');
  });

  it('keeps only /cdn-cgi/ asset paths, without query strings', () => {
    expect(
      markerPaths([
        'https://panel.example.tv/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f1e',
        'https://panel.example.tv/app.js',
      ]),
    ).toEqual(['/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1']);
  });

  it('accepts only what the page reader returns', () => {
    expect(readPageResult({ excerpt: 'Error 1020' })).toBe('Error 1020');
    expect(readPageResult({ excerpt: 'x'.repeat(9000) })).toHaveLength(PAGE_EXCERPT_MAX_CHARS);
    for (const raw of [null, undefined, 'Error 1020', { excerpt: '' }, { excerpt: 3 }])
      expect(readPageResult(raw)).toBeNull();
  });
});

describe('recent requests', () => {
  it('counts earlier requests of the same URL within the window only', () => {
    const recent = new RecentRequests(60_000, 3);
    expect(recent.note('a', 0)).toBe(0);
    expect(recent.note('a', 30_000)).toBe(1);
    expect(recent.note('a', 70_000)).toBe(1); // the first one left the window
    expect(recent.note('b', 70_000)).toBe(0);
  });

  it('forgets the least recently seen URL beyond its bound', () => {
    const recent = new RecentRequests(60_000, 2);
    recent.note('a', 0);
    recent.note('b', 1);
    recent.note('a', 2);
    recent.note('c', 3);
    expect(recent.size).toBe(2);
    expect(recent.note('b', 4)).toBe(0);
    expect(recent.note('a', 5)).toBe(0); // evicted by b's return
  });
});

describe('record codec and success counts', () => {
  it('round-trips ids and refuses records of the wrong shape', () => {
    expect(sequenceOfId(recordId(42))).toBe(42);
    expect(sequenceOfId('r42')).toBeNull();
    expect(parseRecord({ id: 'e1', exchange: {}, finding: {} })).toBeNull();
  });

  it('merges counters exactly and repairs stored buckets', () => {
    const a = { host: 'h', role: 'stream', minute: 60_000, count: 2 };
    expect(
      addCounts(
        [a],
        [
          { ...a, count: 3 },
          { ...a, network: '4G', count: 1 },
        ],
      ),
    ).toEqual([
      { ...a, count: 5 },
      { ...a, network: '4G', count: 1 },
    ]);
    expect(readBucket([a, { ...a, count: -1 }, 'x', { ...a, minute: 61_000 }, a])).toEqual([
      { ...a, count: 4 },
    ]);
    const pending = new PendingCounts();
    pending.add(a);
    pending.add({ ...a, minute: 3_600_000 * 5 });
    pending.add(a);
    expect([...pending.take().values()].flat().map((c) => c.count)).toEqual([4, 2]);
    expect(pending.size).toBe(0);
  });
});
