/**
 * Every canned answer the simulator can give instead of the real content, by id. The scenario table names
 * these ids; each builder's own file says where its markers come from.
 */
import type { PageContext, SimResponse } from '../response.ts';
import { akamaiAccessDenied } from './akamai.ts';
import { awsWafCaptcha, cloudFrontGeoBlock, cloudFrontWafBlock } from './aws.ts';
import {
  cloudflare1009,
  cloudflare1015,
  cloudflare1020,
  cloudflareChallenge,
  cloudflareOriginError,
} from './cloudflare.ts';
import {
  invalidToken,
  legalBlock,
  nginxError,
  panelRefusal,
  rateLimited,
  serviceUnavailable,
  signedUrlRefused,
} from './origin.ts';

/** `edge` pages are written by the CDN/WAF itself; `origin` pages come from behind it and get its headers. */
export interface CannedPage {
  from: 'edge' | 'origin';
  build: (ctx: PageContext) => SimResponse;
}

export const PAGES = {
  'cloudflare-1020': { from: 'edge', build: cloudflare1020 },
  'cloudflare-1009': { from: 'edge', build: cloudflare1009 },
  'cloudflare-1015': { from: 'edge', build: cloudflare1015 },
  'cloudflare-challenge': { from: 'edge', build: cloudflareChallenge },
  'cloudflare-521': { from: 'edge', build: (ctx) => cloudflareOriginError(ctx, 521) },
  'cloudflare-522': { from: 'edge', build: (ctx) => cloudflareOriginError(ctx, 522) },
  'cloudflare-524': { from: 'edge', build: (ctx) => cloudflareOriginError(ctx, 524) },
  'cloudfront-geo': { from: 'edge', build: cloudFrontGeoBlock },
  'cloudfront-waf-block': { from: 'edge', build: cloudFrontWafBlock },
  'aws-waf-captcha': { from: 'edge', build: awsWafCaptcha },
  'akamai-denied': { from: 'edge', build: akamaiAccessDenied },
  'nginx-403': { from: 'origin', build: (ctx) => nginxError(ctx, 403) },
  'nginx-404': { from: 'origin', build: (ctx) => nginxError(ctx, 404) },
  'nginx-410': { from: 'origin', build: (ctx) => nginxError(ctx, 410) },
  'nginx-429': { from: 'origin', build: rateLimited },
  'nginx-502': { from: 'origin', build: (ctx) => nginxError(ctx, 502) },
  'nginx-503': { from: 'origin', build: serviceUnavailable },
  'nginx-504': { from: 'origin', build: (ctx) => nginxError(ctx, 504) },
  'bearer-401': { from: 'origin', build: invalidToken },
  'legal-451': { from: 'origin', build: legalBlock },
  'signed-url-expired': { from: 'origin', build: (ctx) => signedUrlRefused(ctx, 'expired') },
  'panel-401': { from: 'origin', build: (ctx) => panelRefusal(ctx, 401) },
  'panel-403': { from: 'origin', build: (ctx) => panelRefusal(ctx, 403) },
} satisfies Record<string, CannedPage>;

export type PageId = keyof typeof PAGES;
