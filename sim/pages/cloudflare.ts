/**
 * Cloudflare's answers, rebuilt from its public documentation and from error pages people have posted.
 * Markers kept: `server: cloudflare`, `cf-ray: <16 hex>-<IATA>`, the "Error NNNN" heading split over
 * `cf-error-type`/`cf-error-code` spans, "Ray ID", "Performance & security by Cloudflare", and on challenges
 * `cf-mitigated: challenge` with the "Just a moment..." interstitial. The prose around them is ours.
 */
import { cloudflareRayId } from '../prng.ts';
import { escapeHtml, httpDate, type PageContext, type SimResponse, utcStamp } from '../response.ts';

/** Headers on every Cloudflare-generated error page (observed in published 1xxx/5xx responses). */
function errorHeaders(ctx: PageContext, ray: string): Record<string, string> {
  return {
    date: httpDate(ctx.now),
    'content-type': 'text/html; charset=UTF-8',
    'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
    expires: 'Thu, 01 Jan 1970 00:00:01 GMT',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'SAMEORIGIN',
    server: 'cloudflare',
    'cf-ray': ray,
  };
}

/** Headers Cloudflare adds when it proxies a normal answer from the origin. */
export function cloudflarePassHeaders(ctx: PageContext, cacheStatus: string): Record<string, string> {
  return {
    server: 'cloudflare',
    'cf-ray': cloudflareRayId(ctx.prng, ctx.cloudflareColo),
    'cf-cache-status': cacheStatus,
  };
}

interface ErrorPageText {
  code: string;
  title: string;
  headline: string;
  explanation: string;
}

function errorPage(ctx: PageContext, status: number, text: ErrorPageText): SimResponse {
  const ray = cloudflareRayId(ctx.prng, ctx.cloudflareColo);
  const rayHex = ray.slice(0, 16);
  const body = `<!DOCTYPE html>
<html class="no-js" lang="en-US">
<head>
<title>${escapeHtml(text.title)}</title>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
<div id="cf-error-details" class="p-0">
<header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
<h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">
<span class="cf-error-type" data-translate="error">Error</span> <span class="cf-error-code">${text.code}</span>
</h1>
<span class="inline-block sm:block font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: ${rayHex} &bull;</span>
<span class="inline-block sm:block font-mono text-15 lg:text-sm lg:leading-relaxed">${utcStamp(ctx.now)}</span>
<h2 class="text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light">${escapeHtml(text.headline)}</h2>
</header>
<section class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
<div id="what-happened-section" class="w-1/2 md:w-full">
<h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased" data-translate="what_happened">What happened?</h2>
<p>${escapeHtml(text.explanation)}</p>
</div>
</section>
<div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
<p class="text-13">
<span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">${rayHex}</strong></span>
<span class="cf-footer-separator sm:hidden">&bull;</span>
<span id="cf-footer-item-ip" class="cf-footer-item sm:block sm:mb-1">Your IP: ${escapeHtml(ctx.clientIp)}</span>
<span class="cf-footer-separator sm:hidden">&bull;</span>
<span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing" id="brand_link" target="_blank">Cloudflare</a></span>
</p>
</div>
</div>
</div>
</body>
</html>
`;
  return { status, headers: errorHeaders(ctx, ray), body };
}

const restrictTitle = (ctx: PageContext) => `Access denied | ${ctx.site} used Cloudflare to restrict access`;

/** Error 1020: a customer firewall rule blocked the request, HTTP 403 (developers.cloudflare.com, Error 1020). */
export function cloudflare1020(ctx: PageContext): SimResponse {
  return errorPage(ctx, 403, {
    code: '1020',
    title: restrictTitle(ctx),
    headline: 'Access denied',
    explanation: `A security rule set by the owner of ${ctx.site} refused this request before it reached the site.`,
  });
}

/** Error 1009: the owner banned the visitor's country or region, HTTP 403 (developers.cloudflare.com, Error 1009). */
export function cloudflare1009(ctx: PageContext): SimResponse {
  return errorPage(ctx, 403, {
    code: '1009',
    title: restrictTitle(ctx),
    headline: 'Access denied',
    explanation: `The owner of this website (${ctx.site}) has banned the country or region your IP address is in (${ctx.country}) from accessing this website.`,
  });
}

/** Error 1015: a rate limiting rule fired, HTTP 429 (developers.cloudflare.com, Error 1015; error page types: ratelimit_block is 429). */
export function cloudflare1015(ctx: PageContext): SimResponse {
  return errorPage(ctx, 429, {
    code: '1015',
    title: restrictTitle(ctx),
    headline: 'You are being rate limited',
    explanation: `Too many requests reached ${ctx.site} from your address in a short time, so access is paused for a while.`,
  });
}

/** Origin-side 5xx that Cloudflare reports itself (developers.cloudflare.com, Cloudflare 5xx errors). */
const ORIGIN_ERRORS = {
  521: { name: 'Web server is down', why: 'The web server did not accept the connection from Cloudflare.' },
  522: {
    name: 'Connection timed out',
    why: 'The first connection between Cloudflare and the web server timed out.',
  },
  524: {
    name: 'A timeout occurred',
    why: 'The web server accepted the connection but took too long to answer.',
  },
} as const;

export function cloudflareOriginError(ctx: PageContext, status: keyof typeof ORIGIN_ERRORS): SimResponse {
  const info = ORIGIN_ERRORS[status];
  return errorPage(ctx, status, {
    code: String(status),
    title: `${ctx.site} | ${status}: ${info.name}`,
    headline: info.name,
    explanation: info.why,
  });
}

/**
 * A managed challenge, HTTP 403 with `cf-mitigated: challenge` ("Detect a Challenge Page response",
 * developers.cloudflare.com). Apps that are not browsers cannot solve it. The script only records options;
 * the platform script it would load does not exist here.
 */
export function cloudflareChallenge(ctx: PageContext): SimResponse {
  const ray = cloudflareRayId(ctx.prng, ctx.cloudflareColo);
  const rayHex = ray.slice(0, 16);
  const body = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"></head><body><div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript></div></div><script>window._cf_chl_opt={cvId:'3',cZone:'${escapeHtml(ctx.site)}',cType:'managed',cRay:'${rayHex}',cH:'${ctx.prng.hex(32)}'};</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>${rayHex}</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div></div></div></body></html>`;
  return {
    status: 403,
    headers: {
      ...errorHeaders(ctx, ray),
      'cf-mitigated': 'challenge',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-opener-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}
