/**
 * Failure reports as they cross each boundary (src/capture/page-report.ts), and the excerpt the page makes of an
 * error body (background/page-side/page-excerpt.ts bodyExcerpt): the lines that name who refused, never the visitor's
 * address, never a panel's raw JSON.
 */
import { describe, expect, it } from 'vitest';
import { bodyExcerpt } from '../../../background/page-side/page-excerpt.ts';
import { cloudFrontGeoBlock, cloudFrontWafBlock } from '../../../sim/pages/aws.ts';
import { cloudflare1009 } from '../../../sim/pages/cloudflare.ts';
import { createPrng } from '../../../sim/prng.ts';
import type { PageContext } from '../../../sim/response.ts';
import { isErrorTextType, readFailureReport, readFailureReports } from '../../../src/capture/page-report.ts';
import { diagnoseExchange } from '../../../src/diagnosis/analyze.ts';
import type { Exchange } from '../../../src/types.ts';

const REPORT = {
  id: 'a1b2c3d4e5f60718293a4b5c',
  url: 'http://cdn.example.tv/hls/101/index.m3u8?token=SECRET-TOKEN-1&expires=1',
  method: 'GET',
  status: 403,
  startedAt: 1717236000000,
  durationMs: 12.4,
  via: 'xhr',
  excerpt: '<title>Access denied</title>\nError 1009',
};

describe('failure reports, checked at every boundary', () => {
  it('keeps a valid report, URL redacted again, duration rounded', () => {
    const report = readFailureReport(REPORT);
    expect(report).toMatchObject({ status: 403, via: 'xhr', durationMs: 12, excerpt: REPORT.excerpt });
    expect(report?.url).not.toContain('SECRET-TOKEN-1');
  });

  it.each([
    ['a success status', { status: 200 }],
    ['a 3xx', { status: 302 }],
    ['a short id', { id: 'abc' }],
    ['a non-http URL', { url: 'file:///etc/passwd' }],
    ['an odd method', { method: 'get me' }],
    ['an unknown transport', { via: 'websocket' }],
    ['no start time', { startedAt: 0 }],
  ])('drops %s', (_, change) => {
    expect(readFailureReport({ ...REPORT, ...change })).toBeNull();
  });

  it('takes no excerpt with a transport failure, nor on a panel API (its body goes through the panel filter)', () => {
    expect(readFailureReport({ ...REPORT, status: 0 })?.excerpt).toBeUndefined();
    const panel = { ...REPORT, url: 'http://panel.example.tv/player_api.php?username=a&password=b' };
    expect(readFailureReport(panel)?.excerpt).toBeUndefined();
    expect(readFailureReport({ ...REPORT, excerpt: 'x'.repeat(10_000) })?.excerpt).toHaveLength(4096);
  });

  it('reads a batch: valid reports only, at most 100', () => {
    const batch = [REPORT, { nope: true }, ...Array.from({ length: 150 }, () => REPORT)];
    expect(readFailureReports(batch)).toHaveLength(99);
    expect(readFailureReports('not a list')).toEqual([]);
  });

  it('reads textual error types only', () => {
    expect(isErrorTextType('text/html; charset=UTF-8')).toBe(true);
    expect(isErrorTextType('application/problem+json')).toBe(true);
    expect(isErrorTextType(null)).toBe(true);
    expect(isErrorTextType('application/vnd.apple.mpegurl')).toBe(false);
    expect(isErrorTextType('video/mp2t')).toBe(false);
  });
});

/** The simulator's pages are text (a SimResponse body may be bytes for media). */
const text = (page: { body: unknown }): string => String(page.body);

/** The simulator's vendor pages (written from the vendors' public documentation) as a 403 exchange. */
function exchangeOf(page: { status: number; headers: Record<string, string> }, body: string): Exchange {
  return {
    url: 'http://cdn.example.tv/hls/101/index.m3u8',
    method: 'GET',
    status: page.status,
    startedAt: 1717236000000,
    requestHeaders: [],
    responseHeaders: Object.entries(page.headers).map(([name, value]) => ({ name, value })),
    body,
  };
}

const CLIENT_IP = '198.51.100.23';
const ctx = {
  context: (): PageContext => ({
    prng: createPrng(5),
    now: 1717236000000,
    site: 'cdn.example.tv',
    url: 'http://cdn.example.tv/hls/101/index.m3u8',
    clientIp: CLIENT_IP,
    country: 'FR',
    cloudflareColo: 'CDG',
    cloudFrontPop: 'CDG50-P1',
    acceptsHtml: false,
  }),
  clientIp: CLIENT_IP,
};

describe('the excerpt of an error body read in the page', () => {
  it("Cloudflare 1009: title, error number, Ray ID and asset path kept; the visitor's IP line dropped", () => {
    const page = cloudflare1009(ctx.context());
    const excerpt = bodyExcerpt(text(page), page.headers['content-type']);
    expect(excerpt.length).toBeLessThanOrEqual(4096);
    expect(excerpt).toMatch(/^<title>Access denied \| .* used Cloudflare to restrict access<\/title>/);
    expect(excerpt).toContain('Error 1009');
    expect(excerpt).toContain('/cdn-cgi/styles/main.css');
    expect(excerpt).toMatch(/Cloudflare Ray ID: [0-9a-f]{16}/);
    expect(excerpt).not.toContain(ctx.clientIp);
    expect(excerpt).not.toMatch(/<span|<div|&bull;/);
    // Headers alone say "Cloudflare WAF"; the excerpt lets the engine name the country block.
    expect(diagnoseExchange(exchangeOf(page, ''), 0)?.layer).toBe('waf');
    expect(diagnoseExchange(exchangeOf(page, excerpt), 0)).toMatchObject({
      layer: 'geo',
      vendor: 'cloudflare',
    });
  });

  it('CloudFront: the geo sentence and the WAF block page stay apart', () => {
    const geo = cloudFrontGeoBlock(ctx.context());
    const waf = cloudFrontWafBlock(ctx.context());
    const geoExcerpt = bodyExcerpt(text(geo), 'text/html');
    expect(geoExcerpt).toContain('configured to block access from your country');
    expect(geoExcerpt).toContain('Generated by cloudfront (CloudFront)');
    expect(diagnoseExchange(exchangeOf(geo, geoExcerpt), 0)).toMatchObject({
      layer: 'geo',
      vendor: 'cloudfront',
    });
    const wafExcerpt = bodyExcerpt(text(waf), 'text/html');
    expect(diagnoseExchange(exchangeOf(waf, wafExcerpt), 0)).toMatchObject({
      layer: 'waf',
      vendor: 'aws-waf',
    });
  });

  it('a plain-text or JSON body keeps its lines, without an empty title and without an address', () => {
    const excerpt = bodyExcerpt(
      '{"error":"forbidden"}\nYour IP: 198.51.100.7\nfrom 198.51.100.8',
      'application/json',
    );
    expect(excerpt).toBe('{"error":"forbidden"}\nfrom [ip]');
  });

  it('decodes entities and drops scripts and comments', () => {
    const html =
      '<html><body><script>var ip="1.2.3.4"</script><!-- x --><p>Caf&eacute; &amp; &#76;&#x69;ve</p></body></html>';
    expect(bodyExcerpt(html, 'text/html')).toBe('<title></title>\nCaf&eacute; & Live');
  });
});
