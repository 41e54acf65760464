import { describe, expect, it } from 'vitest';
import { edgeLocation } from '../../src/edge-locations.ts';
import { POP_CODES, popPlace } from '../../src/pop-codes.ts';
import type { Header } from '../../src/types.ts';
import { loadVendorFixtures } from '../fixtures/vendors/load.ts';

const headers = (pairs: Record<string, string>): Header[] =>
  Object.entries(pairs).map(([name, value]) => ({ name, value }));

describe('edgeLocation', () => {
  it('reads the Cloudflare Ray ID suffix', () => {
    expect(edgeLocation(headers({ 'CF-RAY': '8f1a2b3c4d5e6f70-CDG' }))).toEqual({
      vendor: 'cloudflare',
      pop: 'CDG',
      city: 'Paris',
      country: 'FR',
      evidence: 'cf-ray: 8f1a2b3c4d5e6f70-CDG',
    });
  });

  it('reads a CloudFront POP and keeps it as sent', () => {
    expect(edgeLocation(headers({ 'x-amz-cf-pop': 'FRA56-P1' }))).toMatchObject({
      vendor: 'cloudfront',
      pop: 'FRA56-P1',
      city: 'Frankfurt',
      country: 'DE',
    });
    expect(edgeLocation(headers({ 'x-amz-cf-pop': 'CDG50-C1' }))?.city).toBe('Paris');
  });

  it('takes the last Fastly node: the edge nearest the viewer, after the shields', () => {
    expect(
      edgeLocation(headers({ 'x-served-by': 'cache-iad-kiad7000052-IAD, cache-mrs10520-MRS' })),
    ).toMatchObject({
      vendor: 'fastly',
      pop: 'MRS',
      city: 'Marseille',
      country: 'FR',
    });
    expect(edgeLocation(headers({ 'x-served-by': 'cache-fra-eddf8230084-FRA' }))?.pop).toBe('FRA');
  });

  it('reads the first Vercel region', () => {
    expect(
      edgeLocation(headers({ 'x-vercel-id': 'cdg1::iad1::hnzlf-1741982405123-4a5b6c7d8e9f' })),
    ).toMatchObject({
      vendor: 'vercel',
      pop: 'cdg1',
      city: 'Paris',
    });
  });

  it('maps a bunny.net region to a country only when the code plainly is one', () => {
    expect(edgeLocation(headers({ server: 'BunnyCDN-DE1-1086' }))).toEqual({
      vendor: 'bunny',
      pop: 'DE1',
      country: 'DE',
      evidence: 'server: BunnyCDN-DE1-1086',
    });
    expect(edgeLocation(headers({ server: 'BunnyCDN-UK1-22' }))?.country).toBe('GB');
    const la = edgeLocation(headers({ server: 'BunnyCDN-LA1-904' }));
    expect(la?.pop).toBe('LA1');
    expect(la?.country).toBeUndefined();
  });

  it('keeps an unknown code as the POP, without a city', () => {
    const got = edgeLocation(headers({ 'cf-ray': '8f1a2b3c4d5e6f70-ZZQ' }));
    expect(got).toMatchObject({ vendor: 'cloudflare', pop: 'ZZQ' });
    expect(got?.city).toBeUndefined();
    expect(got?.country).toBeUndefined();
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
    for (const { file, exchange, expect: want } of withEdge)
      expect(edgeLocation(exchange.responseHeaders), file).toMatchObject(want.edge ?? {});
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
    expect(popPlace('yqb')).toEqual({ city: 'Quebec City', country: 'CA' });
    expect(popPlace('DKR')).toEqual({ city: 'Dakar', country: 'SN' });
    expect(popPlace('QQQ')).toBeUndefined();
  });
});
