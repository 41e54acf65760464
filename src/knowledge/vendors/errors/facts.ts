/**
 * What a vendor's own error number or marker says, as the engine needs it: the vendor, its code, what it did
 * (block, challenge, geo, rate limit, origin error) and the layer that said no. One row per key
 * `<vendor>-<code>` (the key is spelled out because a few vendors name their product differently,
 * e.g. `azure-waf-block` answered by Azure Front Door). The plain-word titles and meanings are display text:
 * src/knowledge/vendors/errors/words-cloudflare.ts and src/knowledge/vendors/errors/words-others.ts, under the same keys.
 */
import type { BlockKind, Layer } from '../../../types.ts';

export interface VendorErrorFacts {
  /** `<vendor>-<code>`, e.g. `cloudflare-1020`, `cloudfront-geo`, `akamai-reference`. */
  readonly key: string;
  readonly vendor: string;
  /** The vendor's number or a short label when it has none (`geo`, `challenge`). */
  readonly code: string;
  readonly action: BlockKind;
  readonly layer: Layer;
}

// [key, vendor, code, action, layer]
const ROWS: readonly (readonly [string, string, string, BlockKind, Layer])[] = [
  // Cloudflare 1xxx errors: https://developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-1xxx-errors/
  ['cloudflare-1003', 'cloudflare', '1003', 'block', 'app'],
  ['cloudflare-1005', 'cloudflare', '1005', 'block', 'waf'],
  ['cloudflare-1006', 'cloudflare', '1006', 'block', 'waf'],
  ['cloudflare-1007', 'cloudflare', '1007', 'block', 'waf'],
  ['cloudflare-1008', 'cloudflare', '1008', 'block', 'waf'],
  ['cloudflare-1009', 'cloudflare', '1009', 'geo', 'geo'],
  ['cloudflare-1010', 'cloudflare', '1010', 'block', 'waf'],
  ['cloudflare-1011', 'cloudflare', '1011', 'block', 'app'],
  ['cloudflare-1012', 'cloudflare', '1012', 'block', 'waf'],
  ['cloudflare-1015', 'cloudflare', '1015', 'rate-limit', 'rate-limit'],
  ['cloudflare-1016', 'cloudflare', '1016', 'origin-error', 'server'],
  ['cloudflare-1020', 'cloudflare', '1020', 'block', 'waf'],
  // https://developers.cloudflare.com/cloudflare-challenges/
  ['cloudflare-challenge', 'cloudflare', 'challenge', 'challenge', 'waf'],
  // Cloudflare 5xx: https://developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-5xx-errors/
  // (the server behind Cloudflare failed: a server-side fault, never a refusal of the viewer).
  ['cloudflare-520', 'cloudflare', '520', 'origin-error', 'server'],
  ['cloudflare-521', 'cloudflare', '521', 'origin-error', 'server'],
  ['cloudflare-522', 'cloudflare', '522', 'origin-error', 'server'],
  ['cloudflare-523', 'cloudflare', '523', 'origin-error', 'server'],
  ['cloudflare-524', 'cloudflare', '524', 'origin-error', 'server'],
  ['cloudflare-525', 'cloudflare', '525', 'origin-error', 'server'],
  ['cloudflare-526', 'cloudflare', '526', 'origin-error', 'server'],
  ['cloudflare-527', 'cloudflare', '527', 'origin-error', 'server'],
  ['cloudflare-530', 'cloudflare', '530', 'origin-error', 'server'],
  // https://repost.aws/knowledge-center/cloudfront-troubleshoot-403-errors
  ['cloudfront-geo', 'cloudfront', 'geo', 'geo', 'geo'],
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html
  ['cloudfront-502', 'cloudfront', '502', 'origin-error', 'server'],
  ['cloudfront-503', 'cloudfront', '503', 'origin-error', 'server'],
  ['cloudfront-504', 'cloudfront', '504', 'origin-error', 'server'],
  // https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html
  ['aws-waf-block', 'aws-waf', 'block', 'block', 'waf'],
  ['aws-waf-captcha', 'aws-waf', 'captcha', 'challenge', 'waf'],
  ['aws-waf-challenge', 'aws-waf', 'challenge', 'challenge', 'waf'],
  // Akamai community "Why is Akamai blocking me?" and the Reference # error translator notes.
  ['akamai-reference', 'akamai', 'reference', 'block', 'waf'],
  ['akamai-edge-error', 'akamai', 'edge-error', 'origin-error', 'server'],
  // Imperva block page: "Request unsuccessful. Incapsula incident ID".
  ['imperva-incident', 'imperva', 'incident', 'block', 'waf'],
  // Block pages of web firewalls; each vendor's markers and their sources: src/knowledge/vendors/rows/waf-appliances.ts,
  // src/knowledge/vendors/rows/platforms.ts, src/knowledge/vendors/rows/major-cdns.ts.
  ['sucuri-block', 'sucuri', 'block', 'block', 'waf'],
  ['f5-asm-block', 'f5', 'asm-block', 'block', 'waf'],
  ['barracuda-block', 'barracuda', 'block', 'block', 'waf'],
  ['fortiweb-block', 'fortiweb', 'block', 'block', 'waf'],
  ['modsecurity-block', 'modsecurity', 'block', 'block', 'waf'],
  ['wordfence-block', 'wordfence', 'block', 'block', 'waf'],
  ['reblaze-block', 'reblaze', 'block', 'block', 'waf'],
  ['radware-block', 'radware', 'block', 'block', 'waf'],
  ['stackpath-waf-block', 'stackpath', 'waf-block', 'block', 'waf'],
  ['alibaba-waf-block', 'alibaba', 'waf-block', 'block', 'waf'],
  ['tencent-waf-block', 'tencent', 'waf-block', 'block', 'waf'],
  ['azure-waf-block', 'azure-front-door', 'block', 'block', 'waf'],
  ['google-cloud-armor-deny', 'google-cloud', 'armor-deny', 'block', 'waf'],
  ['vercel-deny', 'vercel', 'deny', 'block', 'waf'],
  // Bot checks only a real browser can pass; markers and sources: src/knowledge/vendors/rows/platforms.ts,
  // src/knowledge/vendors/rows/bot-managers.ts, src/knowledge/vendors/rows/waf-appliances.ts.
  ['ddos-guard-challenge', 'ddos-guard', 'challenge', 'challenge', 'waf'],
  ['datadome-captcha', 'datadome', 'captcha', 'challenge', 'waf'],
  ['perimeterx-captcha', 'perimeterx', 'captcha', 'challenge', 'waf'],
  ['kasada-challenge', 'kasada', 'challenge', 'challenge', 'waf'],
  ['radware-captcha', 'radware', 'captcha', 'challenge', 'waf'],
  ['vercel-challenge', 'vercel', 'challenge', 'challenge', 'waf'],
  // https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues
  ['azure-front-door-unavailable', 'azure-front-door', 'unavailable', 'origin-error', 'server'],
  // Fastly's "unknown domain" page; markers and source: src/knowledge/vendors/rows/major-cdns.ts.
  ['fastly-unknown-domain', 'fastly', 'unknown-domain', 'origin-error', 'not-found'],
  // https://vercel.com/docs/errors
  ['vercel-deployment-not-found', 'vercel', 'deployment-not-found', 'unknown', 'not-found'],
  ['vercel-function-invocation-failed', 'vercel', 'function-invocation-failed', 'origin-error', 'server'],
  ['vercel-function-invocation-timeout', 'vercel', 'function-invocation-timeout', 'origin-error', 'server'],
  ['vercel-function-throttled', 'vercel', 'function-throttled', 'rate-limit', 'rate-limit'],
];

const BY_KEY: ReadonlyMap<string, VendorErrorFacts> = new Map(
  ROWS.map(([key, vendor, code, action, layer]) => [
    key,
    Object.freeze({ key, vendor, code, action, layer }),
  ]),
);

/** Every key the table knows, in table order. */
export const VENDOR_ERROR_KEYS: readonly string[] = [...BY_KEY.keys()];

/** The facts of a vendor error key; null for a key nobody documented (an unknown Cloudflare number). */
export function vendorErrorFacts(key: string): VendorErrorFacts | null {
  return BY_KEY.get(key.toLowerCase()) ?? null;
}
