/**
 * A CDN in front of a host relays the origin's answers and stamps its own headers on them: Cloudflare
 * replaces `server` and adds `cf-ray`/`cf-cache-status`, CloudFront adds `x-cache`/`via`/`x-amz-cf-*`.
 * Akamai's relayed answers carry no marker without debug pragmas, so they pass unchanged.
 */
import { cloudFrontPassHeaders } from './pages/aws.ts';
import { cloudflarePassHeaders } from './pages/cloudflare.ts';
import type { PageContext, SimResponse } from './response.ts';
import type { FrontVendor } from './scenarios.ts';

export function throughFront(front: FrontVendor, ctx: PageContext, response: SimResponse): SimResponse {
  const cacheable = response.status === 200 && response.headers['content-type'] === 'video/mp2t';
  switch (front) {
    case 'cloudflare':
      return {
        ...response,
        headers: { ...response.headers, ...cloudflarePassHeaders(ctx, cacheable ? 'HIT' : 'DYNAMIC') },
      };
    case 'cloudfront':
      return { ...response, headers: { ...response.headers, ...cloudFrontPassHeaders(ctx, cacheable) } };
    case 'akamai':
    case 'none':
      return response;
  }
}
