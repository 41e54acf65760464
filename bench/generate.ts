/** Synthetic but realistic inputs for the benchmarks: deterministic, so runs compare. */
import type { Exchange } from '../src/types.ts';

const CF = [
  { name: 'server', value: 'cloudflare' },
  { name: 'cf-ray', value: '8f1a2b3c4d5e6f70-CDG' },
  { name: 'content-type', value: 'text/html; charset=UTF-8' },
];
const CLOUDFRONT = [
  { name: 'server', value: 'CloudFront' },
  { name: 'x-cache', value: 'Error from cloudfront' },
  { name: 'x-amz-cf-pop', value: 'CDG50-C1' },
  { name: 'x-amz-cf-id', value: 'q0GMcgl5yEtzs8TGkVkOxPrgD0Z7A9mFbkQzTQmCIVLOsEXAMPLE==' },
];
const PLAIN = [
  { name: 'server', value: 'nginx' },
  { name: 'content-type', value: 'text/html' },
  { name: 'date', value: 'Fri, 20 Nov 2026 20:00:00 GMT' },
];

const BODIES = [
  '<html><title>Access denied | used Cloudflare to restrict access</title><span class="cf-error-code">1020</span> Ray ID: 8f1a</html>',
  '<HTML><BODY><H1>403 ERROR</H1><H2>The request could not be satisfied.</H2>Request blocked.</BODY></HTML>',
  undefined,
];

export function errorExchanges(count: number): Exchange[] {
  const out: Exchange[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 6;
    const headers = kind === 0 ? CF : kind === 1 ? CLOUDFRONT : PLAIN;
    const exchange: Exchange = {
      url: `http://cdn${i % 7}.example.tv/live/user/pass/${1000 + (i % 50)}.ts`,
      method: 'GET',
      status: kind === 5 ? 0 : kind === 4 ? 503 : 403,
      startedAt: Date.parse('2026-11-20T20:00:00Z') + i * 100,
      requestHeaders: [{ name: 'user-agent', value: 'Mozilla/5.0' }],
      responseHeaders: kind === 5 ? [] : headers,
    };
    const body = BODIES[kind % 3];
    if (body && kind < 2) exchange.body = body;
    if (kind === 5) exchange.error = 'net::ERR_CONNECTION_RESET';
    out.push(exchange);
  }
  return out;
}

/** Entry `i` of a long evening of IPTV: a segment of one of 40 channels; one request in 33 is refused. */
export function harEntry(i: number, start = Date.parse('2026-11-20T20:00:00Z')) {
  const failed = i % 33 === 0;
  return {
    startedDateTime: new Date(start + i * 50).toISOString(),
    time: 42,
    request: {
      method: 'GET',
      url: `http://cdn.example.tv/hls/ch${i % 40}/seg-${i}.ts?token=abcdef${i % 9}&expires=1795000000`,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [{ name: 'User-Agent', value: 'Mozilla/5.0 (X11; Linux x86_64)' }],
      queryString: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: failed ? 403 : 200,
      statusText: failed ? 'Forbidden' : 'OK',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: failed ? CF : [{ name: 'Content-Type', value: 'video/mp2t' }, ...CF.slice(0, 2)],
      content: { size: failed ? 120 : 188000, mimeType: failed ? 'text/html' : 'video/mp2t' } as {
        size: number;
        mimeType: string;
        text?: string;
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: failed ? 120 : 188000,
    },
    cache: {},
    timings: { send: 1, wait: 30, receive: 11 },
    serverIPAddress: '104.16.0.1',
  };
}

/** A HAR of `count` entries: 97 % successes (segments, playlists), 3 % refusals — a long evening of IPTV. */
export function harText(count: number): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) entries.push(JSON.stringify(harEntry(i)));
  return `{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[${entries.join(',')}]}}`;
}
