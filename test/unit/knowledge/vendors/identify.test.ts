import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectIndexed, collectNaive } from '../../../../src/knowledge/vendors/collect.ts';
import { compileIndex, flattenRows } from '../../../../src/knowledge/vendors/compile.ts';
import { vendorErrorInfo } from '../../../../src/knowledge/vendors/errors/words.ts';
import {
  identifyVendor,
  identifyVendorNaive,
  vendorIds,
  vendorName,
} from '../../../../src/knowledge/vendors/identify.ts';
import type { VendorRow } from '../../../../src/knowledge/vendors/schema.ts';
import { VENDOR_TABLE } from '../../../../src/knowledge/vendors/table.ts';
import { parseHar } from '../../../../src/outputs/har/read.ts';
import type { Exchange, Header } from '../../../../src/types.ts';
import { loadVendorFixtures } from '../../../fixtures/vendors/load.ts';

const FIXTURES = loadVendorFixtures();

/** Every exchange of the real corpus (test/fixtures/real): third-party captures, not written here. */
function realCaptureExchanges(): Exchange[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/real');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.har'))
    .flatMap((file) => parseHar(readFileSync(join(dir, file), 'utf8')));
}

function exchange(
  status: number,
  headers: Record<string, string> | Header[],
  body?: string,
  url?: string,
): Exchange {
  const responseHeaders = Array.isArray(headers)
    ? headers
    : Object.entries(headers).map(([name, value]) => ({ name, value }));
  return {
    url: url ?? 'https://panel.example.net/player_api.php?username=demo&password=demo',
    method: 'GET',
    status,
    startedAt: 0,
    requestHeaders: [],
    responseHeaders,
    ...(body === undefined ? {} : { body }),
  };
}

describe('identifyVendor on the documented fixtures', () => {
  it('has a fixture set worth the name', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(50);
  });

  for (const { file, index, exchange: ex, expect: want } of FIXTURES) {
    it(`${file}#${index}`, () => {
      const got = identifyVendor(ex);
      if (want.vendor === null) {
        // A plain origin refusal: nothing named, or only generic software with little confidence.
        if (got) {
          expect(got.kind).toBe('origin');
          expect(got.confidence).toBeLessThan(0.5);
        }
        return;
      }
      expect(got?.vendor).toBe(want.vendor);
      if (!got) return;
      if (want.action === null) expect(got.action).toBeUndefined();
      else if (want.action !== undefined) expect(got.action).toBe(want.action);
      if (want.errorCode !== undefined) expect(got.errorCode).toBe(want.errorCode);
      if (want.errorKey !== undefined) expect(got.errorKey).toBe(want.errorKey);
      if (want.maxConfidence !== undefined) expect(got.confidence).toBeLessThanOrEqual(want.maxConfidence);
      if (want.alsoSeen)
        expect(got.evidence.some((line) => line.startsWith(`also seen: ${want.alsoSeen}`))).toBe(true);
      expect(got.evidence.length).toBeGreaterThan(0);
      for (const line of got.evidence) expect(line.length).toBeLessThanOrEqual(120);
      // The explanation a verdict points at must exist, so the UI never shows a dangling key.
      if (got.errorKey && got.action && got.action !== 'unknown')
        expect(vendorErrorInfo(got.errorKey)).not.toBeNull();
    });
  }
});

describe('the fixture map covers the table', () => {
  it('every vendor row wins on at least one fixture (the documented ones, or the real captures)', () => {
    const winners = new Set(
      [...FIXTURES.map((fixture) => fixture.exchange), ...realCaptureExchanges()].map(
        (ex) => identifyVendor(ex)?.vendor,
      ),
    );
    const missing = VENDOR_TABLE.map((row) => row.id).filter((id) => !winners.has(id));
    expect(missing).toEqual([]);
  });

  it('knows at least 20 vendors beyond generic server software', () => {
    expect(VENDOR_TABLE.filter((row) => row.kind !== 'origin').length).toBeGreaterThanOrEqual(20);
  });

  it('a plain origin 403 with no vendor marker names nobody', () => {
    const plain = FIXTURES.find((fixture) => fixture.file === 'origin-plain-403.har');
    expect(plain).toBeDefined();
    if (plain) expect(identifyVendor(plain.exchange)).toBeNull();
    expect(identifyVendor(exchange(403, { 'content-type': 'text/plain' }, 'Forbidden'))).toBeNull();
  });
});

describe('indexed and naive matchers agree', () => {
  it('on every fixture', () => {
    for (const { file, exchange: ex } of FIXTURES)
      expect(identifyVendor(ex), file).toEqual(identifyVendorNaive(ex));
  });

  // The indexed path skips a URL or body pattern whose required text is absent (required-text.ts) and runs a
  // pattern shared by several rows once: on every real capture, and on each with its body in other cases, the
  // evidence found must be the naive path's, marker for marker.
  it('on every real capture, marker for marker, whatever the case of its body', () => {
    const rows = flattenRows(VENDOR_TABLE);
    const index = compileIndex(rows);
    const exchanges = realCaptureExchanges();
    expect(exchanges.length).toBeGreaterThan(3000);
    for (const ex of exchanges)
      for (const body of ex.body ? [ex.body, ex.body.toUpperCase(), ex.body.toLowerCase()] : [undefined]) {
        const variant = { ...ex, ...(body === undefined ? {} : { body }) };
        expect(collectIndexed(variant, rows, index), ex.url).toEqual(collectNaive(variant, rows));
      }
  });

  // Random mixes of real markers, decoys and case changes: the combined body scan (longest literal first,
  // shorter prefixes credited, rescan from the next position) must find exactly what one-by-one search finds.
  const markerHeaders = VENDOR_TABLE.flatMap((row) =>
    row.markers
      .filter((marker) => marker.on === 'header' || marker.on === 'header-prefix')
      .map((marker) => marker.key),
  );
  const literals = VENDOR_TABLE.flatMap((row) =>
    row.markers.filter((marker) => marker.on === 'body').map((marker) => marker.key),
  );
  const values = [
    'cloudflare',
    'CloudFront',
    'challenge',
    'deny',
    'captcha',
    'AkamaiGHost',
    'BunnyCDN-FR1-77',
    'x',
  ];
  const cookieNames = VENDOR_TABLE.flatMap((row) =>
    row.markers.filter((marker) => marker.on.startsWith('cookie')).map((marker) => `${marker.key}x`),
  );
  const shuffleCase = (text: string, seed: number) =>
    [...text].map((char, i) => ((i + seed) % 3 === 0 ? char.toUpperCase() : char.toLowerCase())).join('');
  const arbitraryExchange = fc
    .record({
      status: fc.constantFrom(200, 202, 401, 403, 405, 406, 429, 500, 502, 503, 504, 522),
      headers: fc.array(
        fc.record({
          name: fc.oneof(
            fc.constantFrom(...markerHeaders),
            fc.constantFrom('Server', 'Via', 'X-Cache', 'Set-Cookie'),
          ),
          value: fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 })),
        }),
        { maxLength: 6 },
      ),
      cookies: fc.array(fc.constantFrom(...cookieNames), { maxLength: 3 }),
      body: fc.array(
        fc.oneof(
          fc.tuple(fc.constantFrom(...literals), fc.nat(5)).map(([text, seed]) => shuffleCase(text, seed)),
          fc.constantFrom(...literals).map((text) => text.slice(0, Math.max(1, text.length - 3))),
          fc.string({ maxLength: 10 }),
        ),
        { maxLength: 6 },
      ),
    })
    .map(({ status, headers, cookies, body }) => {
      const ex = exchange(
        status,
        [...headers, ...cookies.map((name) => ({ name: 'set-cookie', value: `${name}=1; Path=/` }))],
        body.join(''),
      );
      return ex;
    });

  it('on random mixes of markers', () => {
    fc.assert(
      fc.property(arbitraryExchange, (ex) => {
        expect(identifyVendor(ex)).toEqual(identifyVendorNaive(ex));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a marker inside another one, whatever the case', () => {
    // "Ray ID" sits inside "Cloudflare Ray ID"; "Request blocked." is written in another case than the table's.
    const ex = exchange(403, { server: 'CloudFront' }, 'CLOUDFLARE RAY ID: 1 — request BLOCKED.');
    const fast = identifyVendor(ex);
    expect(fast).toEqual(identifyVendorNaive(ex));
    expect(fast?.evidence.join('|')).toContain('body: "request BLOCKED."');
  });
});

describe('the combined body scan', () => {
  // Literals that are prefixes of, or overlap with, one another: the shipped table has none today, but a
  // future row will, and the single-pass scan must still find each one exactly where one-by-one search does.
  const literals = [
    'Access Denied',
    'Access Denied - Sucuri Website Firewall',
    'denied - s',
    'ACCESS',
    'Ray ID',
    'Cloudflare Ray ID',
    'a',
  ];
  const rows: VendorRow[] = literals.map((key, index) => ({
    id: `synthetic-${index}`,
    name: `Synthetic ${index}`,
    kind: 'waf',
    markers: [{ on: 'body', key, weight: 0.9 }],
  }));
  const flat = flattenRows(rows);
  const index = compileIndex(flat);
  const pieces = fc.oneof(
    fc.constantFrom(...literals),
    fc.constantFrom(...literals).map((text) => text.toUpperCase()),
    fc.constantFrom(...literals).map((text) => text.slice(1)),
    fc.string({ maxLength: 4 }),
  );

  it('credits every literal, prefixes and overlaps included, at its first occurrence', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const ex = exchange(403, {}, parts.join(''));
        expect(collectIndexed(ex, flat, index)).toEqual(collectNaive(ex, flat));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a shorter literal that starts where a longer one matched', () => {
    const ex = exchange(403, {}, 'x access denied - sucuri website firewall');
    const hits = collectIndexed(ex, flat, index);
    expect(hits.get(0)?.[0]).toBe('body: "access denied"');
    expect(hits.get(1)?.[0]).toBe('body: "access denied - sucuri website firewall"');
    expect(hits.get(2)?.[0]).toBe('body: "denied - s"');
    expect(hits.get(3)?.[0]).toBe('body: "access"');
  });
});

describe('confidence and evidence', () => {
  it('gives a unique marker like cf-ray a high confidence and a generic server token a low one', () => {
    expect(identifyVendor(exchange(200, { 'cf-ray': '8f1a2b3c4d5e6f70-CDG' }))?.confidence).toBe(0.95);
    const nginx = identifyVendor(exchange(403, { server: 'nginx' }));
    expect(nginx?.vendor).toBe('nginx');
    expect(nginx?.confidence).toBeLessThanOrEqual(0.2);
  });

  it('combines independent markers above either one alone', () => {
    const one = identifyVendor(exchange(200, { 'x-iinfo': '1-2-3 NNNN' }))?.confidence ?? 0;
    const two =
      identifyVendor(exchange(200, { 'x-iinfo': '1-2-3 NNNN', 'x-cdn': 'Imperva' }))?.confidence ?? 0;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(0.99);
  });

  it('quotes the exact header and body marker', () => {
    const got = identifyVendor(
      exchange(403, { 'cf-mitigated': 'challenge', 'cf-ray': 'abc123abc123abc1-LYS' }),
    );
    expect(got?.evidence).toContain('cf-mitigated: challenge');
    const wordfence = identifyVendor(exchange(503, {}, '<p>generated BY wordfence at noon</p>'));
    expect(wordfence?.evidence).toContain('body: "generated BY wordfence"');
  });

  it('names cookies without their values', () => {
    const got = identifyVendor(
      exchange(403, [{ name: 'Set-Cookie', value: 'incap_ses_1_2=SECRETVALUE; path=/' }]),
    );
    expect(got?.vendor).toBe('imperva');
    expect(got?.evidence.join(' ')).not.toContain('SECRETVALUE');
    expect(got?.evidence).toContain('set-cookie: incap_ses_1_2');
  });

  it('does not take a request cookie as evidence of who answered (it travels to every sibling host)', () => {
    const ex = {
      ...exchange(403, {}),
      requestHeaders: [{ name: 'Cookie', value: 'a=1; cf_clearance=zzz; __cf_bm=y; _abck=x; b=2' }],
    };
    expect(identifyVendor(ex)).toBeNull();
    // The same names set by this response do count.
    const set = exchange(403, { 'set-cookie': '__cf_bm=y; path=/' });
    expect(identifyVendor(set)?.vendor).toBe('cloudflare');
  });

  it('truncates long evidence to about 120 characters', () => {
    const got = identifyVendor(exchange(200, { 'x-amz-cf-id': 'A'.repeat(400) }));
    for (const line of got?.evidence ?? []) expect(line.length).toBeLessThanOrEqual(120);
    expect(got?.evidence[0]?.endsWith('…')).toBe(true);
  });

  it('ignores body markers past the scan limit', () => {
    const far = `${'x'.repeat(70 * 1024)}Generated by Wordfence`;
    expect(identifyVendor(exchange(503, {}, far))).toBeNull();
  });
});

describe('what the vendor markers say', () => {
  it('reads Cloudflare 1015 with 429 as a rate limit and 1020 as a firewall block', () => {
    expect(identifyVendor(exchange(429, { server: 'cloudflare' }, 'error code: 1015'))?.action).toBe(
      'rate-limit',
    );
    expect(identifyVendor(exchange(403, { server: 'cloudflare' }, 'error code: 1020'))?.action).toBe('block');
  });

  it('keeps an unknown Cloudflare number as the code without inventing a meaning', () => {
    const got = identifyVendor(
      exchange(403, { server: 'cloudflare', 'cf-cache-status': 'DYNAMIC' }, 'error code: 1099'),
    );
    expect(got?.errorCode).toBe('1099');
    expect(got?.action).toBe('unknown');
  });

  it('treats a Cloudflare 403 relayed from the origin as unknown with a lowered confidence', () => {
    const relayed = identifyVendor(
      exchange(403, { server: 'cloudflare', 'cf-ray': '8f1a2b3c4d5e6f70-CDG', 'cf-cache-status': 'MISS' }),
    );
    const own = identifyVendor(exchange(403, { server: 'cloudflare', 'cf-ray': '8f1a2b3c4d5e6f70-CDG' }));
    expect(relayed?.action).toBe('unknown');
    expect(own?.action).toBe('block');
    expect(relayed?.confidence ?? 1).toBeLessThan(own?.confidence ?? 0);
    expect(relayed?.evidence.some((line) => line.includes("origin's own 403"))).toBe(true);
  });

  it('reads Cloudflare 52x as the origin failing, whatever the body', () => {
    const got = identifyVendor(exchange(523, { server: 'cloudflare' }));
    expect(got).toMatchObject({ action: 'origin-error', errorCode: '523', errorKey: 'cloudflare-523' });
  });

  it('counts a status-bound marker only on its status', () => {
    const blocked = '<h1>403 ERROR</h1>Request blocked. Generated by cloudfront (CloudFront)';
    expect(identifyVendor(exchange(403, { server: 'CloudFront' }, blocked))?.vendor).toBe('aws-waf');
    expect(identifyVendor(exchange(200, { server: 'CloudFront' }, blocked))?.vendor).toBe('cloudfront');
  });

  it('lets a firewall page of the origin outrank the CDN that relayed it', () => {
    const got = identifyVendor(
      exchange(
        403,
        { server: 'cloudflare', 'cf-cache-status': 'DYNAMIC' },
        'This error was generated by Mod_Security.',
      ),
    );
    expect(got?.vendor).toBe('modsecurity');
  });

  it('answers a success without an action', () => {
    const got = identifyVendor(exchange(200, { 'x-served-by': 'cache-cdg20741-CDG' }));
    expect(got?.vendor).toBe('fastly');
    expect(got?.action).toBeUndefined();
  });
});

describe('the table', () => {
  it('has unique ids and names every id', () => {
    expect(new Set(vendorIds()).size).toBe(vendorIds().length);
    for (const id of vendorIds()) expect(vendorName(id).length).toBeGreaterThan(0);
    expect(vendorName('cloudfront')).toBe('Amazon CloudFront');
    expect(vendorName('someone-else')).toBe('someone-else');
  });

  it('keeps markers well formed', () => {
    for (const row of VENDOR_TABLE) {
      if (row.parent) expect(vendorIds()).toContain(row.parent);
      for (const marker of row.markers) {
        const where = `${row.id}: ${marker.on} ${marker.key}`;
        expect(marker.weight, where).toBeGreaterThan(0);
        expect(marker.weight, where).toBeLessThanOrEqual(1);
        if (marker.on.startsWith('header')) expect(marker.key, where).toBe(marker.key.toLowerCase());
        // A global or sticky pattern keeps state between calls and would match every other time.
        if (marker.value) expect(marker.value.flags, where).not.toMatch(/[gy]/);
        if (marker.value) expect(marker.on, where).toMatch(/^(?:header|header-prefix|body-match|url)$/);
        if (marker.on === 'body-match' || marker.on === 'url') expect(marker.value, where).toBeDefined();
        if (marker.errorKey) expect(vendorErrorInfo(marker.errorKey), where).not.toBeNull();
      }
      for (const rule of row.statusRules ?? [])
        if (rule.errorKey) expect(vendorErrorInfo(rule.errorKey)).not.toBeNull();
      for (const reader of row.codes ?? []) {
        expect(reader.pattern.flags).not.toMatch(/[gy]/);
        if (reader.key) expect(vendorErrorInfo(reader.key), `${row.id} reader`).not.toBeNull();
        for (const key of Object.values(reader.keys ?? {}))
          expect(vendorErrorInfo(key), `${row.id} reader ${key}`).not.toBeNull();
      }
    }
  });
});
