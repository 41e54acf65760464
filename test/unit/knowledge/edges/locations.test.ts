import { describe, expect, it } from 'vitest';
import { edgeLocation } from '../../../../src/knowledge/edges/locations.ts';
import { edgeLabel, edgePlace, POP_CODES } from '../../../../src/knowledge/edges/pop-codes.ts';
import type { Header } from '../../../../src/types.ts';
import { loadVendorFixtures } from '../../../fixtures/vendors/load.ts';

const headers = (pairs: Record<string, string>): Header[] =>
  Object.entries(pairs).map(([name, value]) => ({ name, value }));

describe('edgeLocation', () => {
  it('still places an edge stored before codes were kept (city and country in the record)', () => {
    const stored = { vendor: 'cloudflare', pop: 'CDG', city: 'Paris', country: 'FR', evidence: '' };
    expect(edgePlace(stored)).toEqual({ city: 'Paris', country: 'FR' });
  });

  it('reads the Cloudflare Ray ID suffix', () => {
    const edge = edgeLocation(headers({ 'CF-RAY': '8f1a2b3c4d5e6f70-CDG' }));
    expect(edge).toEqual({
      vendor: 'cloudflare',
      pop: 'CDG',
      code: 'CDG',
      evidence: 'cf-ray: 8f1a2b3c4d5e6f70-CDG',
    });
    expect(edgePlace(edge!)).toEqual({ city: 'Paris', country: 'FR' });
    expect(edgeLabel(edge!)).toBe('CDG (Paris, FR)');
  });

  it('reads a CloudFront POP and keeps it as sent', () => {
    const edge = edgeLocation(headers({ 'x-amz-cf-pop': 'FRA56-P1' }));
    expect(edge).toMatchObject({ vendor: 'cloudfront', pop: 'FRA56-P1', code: 'FRA' });
    expect(edgePlace(edge!)).toEqual({ city: 'Frankfurt', country: 'DE' });
    expect(edgePlace(edgeLocation(headers({ 'x-amz-cf-pop': 'CDG50-C1' }))!).city).toBe('Paris');
  });

  it('takes the last Fastly node: the edge nearest the viewer, after the shields', () => {
    const edge = edgeLocation(headers({ 'x-served-by': 'cache-iad-kiad7000052-IAD, cache-mrs10520-MRS' }));
    expect(edge).toMatchObject({ vendor: 'fastly', pop: 'MRS' });
    expect(edgePlace(edge!)).toEqual({ city: 'Marseille', country: 'FR' });
    expect(edgeLocation(headers({ 'x-served-by': 'cache-fra-eddf8230084-FRA' }))?.pop).toBe('FRA');
  });

  it('reads the first Vercel region', () => {
    const edge = edgeLocation(headers({ 'x-vercel-id': 'cdg1::iad1::hnzlf-1741982405123-4a5b6c7d8e9f' }));
    expect(edge).toMatchObject({ vendor: 'vercel', pop: 'cdg1' });
    expect(edgePlace(edge!).city).toBe('Paris');
  });

  it('maps a bunny.net region to a country only when the code plainly is one', () => {
    expect(edgeLocation(headers({ server: 'BunnyCDN-DE1-1086' }))).toEqual({
      vendor: 'bunny',
      pop: 'DE1',
      country: 'DE',
      evidence: 'server: BunnyCDN-DE1-1086',
    });
    expect(edgeLocation(headers({ server: 'BunnyCDN-UK1-22' }))?.country).toBe('GB');
    expect(edgeLabel(edgeLocation(headers({ server: 'BunnyCDN-DE1-1086' }))!)).toBe('DE1 (DE)');
    const la = edgeLocation(headers({ server: 'BunnyCDN-LA1-904' }));
    expect(la?.pop).toBe('LA1');
    expect(la?.country).toBeUndefined();
  });

  it('keeps an unknown code as the POP, without a city', () => {
    const got = edgeLocation(headers({ 'cf-ray': '8f1a2b3c4d5e6f70-ZZQ' }));
    expect(got).toMatchObject({ vendor: 'cloudflare', pop: 'ZZQ' });
    expect(edgePlace(got!)).toEqual({});
    expect(edgeLabel(got!)).toBe('ZZQ');
  });

  it('answers null when no documented POP marker is present', () => {
    expect(edgeLocation([])).toBeNull();
    expect(
      edgeLocation(headers({ 'x-azure-ref': '20250314T200005Z-17c8f9b6d5dxk8m4hC1PAR1a2b' })),
    ).toBeNull();
    expect(edgeLocation(headers({ server: 'nginx', 'cf-ray': 'not a ray id' }))).toBeNull();
    expect(edgeLocation(headers({ 'x-served-by': 'varnish-node-7' }))).toBeNull();
  });

  it('skips a malformed marker and keeps looking', () => {
    expect(edgeLocation(headers({ 'cf-ray': 'garbage', 'x-amz-cf-pop': 'LHR62-C2' }))?.vendor).toBe(
      'cloudfront',
    );
  });

  it('agrees with every fixture that names its edge', () => {
    const withEdge = loadVendorFixtures().filter((fixture) => fixture.expect.edge);
    expect(withEdge.length).toBeGreaterThanOrEqual(8);
    for (const { file, exchange, expect: want } of withEdge) {
      const edge = edgeLocation(exchange.responseHeaders);
      const { city, country, ...read } = want.edge ?? {};
      expect(edge, file).toMatchObject(read);
      // The fixtures name the place too: the display lookup must agree.
      expect(edgePlace(edge!), file).toMatchObject({
        ...(city ? { city } : {}),
        ...(country ? { country } : {}),
      });
    }
  });
});

describe('POP code table', () => {
  const codes = Object.keys(POP_CODES);

  it('covers the busiest CDN POP airports, francophone ones included', () => {
    expect(codes.length).toBeGreaterThanOrEqual(150);
    const francophone = [
      'CDG',
      'MRS',
      'LYS',
      'BRU',
      'GVA',
      'ZRH',
      'YUL',
      'YQB',
      'ALG',
      'CMN',
      'TUN',
      'DKR',
      'ABJ',
    ];
    for (const code of francophone) expect(codes, code).toContain(code);
  });

  it('holds three-letter codes, a city and an ISO country each', () => {
    for (const [code, [city, country]] of Object.entries(POP_CODES)) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(city.length, code).toBeGreaterThan(1);
      expect(country, code).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('looks codes up in any case', () => {
    const at = (code: string) => edgePlace({ vendor: 'cloudflare', pop: code, code, evidence: '' });
    expect(at('yqb')).toEqual({ city: 'Quebec City', country: 'CA' });
    expect(at('DKR')).toEqual({ city: 'Dakar', country: 'SN' });
    expect(at('QQQ')).toEqual({});
  });
});
