/**
 * Answers from the IPTV service's own servers (no CDN in front): nginx's built-in error pages, which carry
 * `server: nginx` and the "<center>nginx</center>" footer, and the few statuses the app sends itself.
 */
import { httpDate, type PageContext, type SimResponse } from '../response.ts';

/** Reason phrases exactly as nginx's built-in pages print them (src/http/ngx_http_special_response.c). */
const NGINX_REASONS: Record<number, string> = {
  401: '401 Authorization Required',
  403: '403 Forbidden',
  404: '404 Not Found',
  410: '410 Gone',
  429: '429 Too Many Requests',
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};

export function nginxHeaders(ctx: PageContext, contentType: string): Record<string, string> {
  return { server: 'nginx', date: httpDate(ctx.now), 'content-type': contentType };
}

export function nginxError(
  ctx: PageContext,
  status: number,
  extra: Record<string, string> = {},
): SimResponse {
  const reason = NGINX_REASONS[status] ?? `${status}`;
  const body = `<html>\r\n<head><title>${reason}</title></head>\r\n<body>\r\n<center><h1>${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { ...nginxHeaders(ctx, 'text/html'), ...extra }, body };
}

/** 429 with Retry-After in seconds (RFC 6585 §4 allows it; RFC 9110 §10.2.3 defines it). */
export function rateLimited(ctx: PageContext): SimResponse {
  return nginxError(ctx, 429, { 'retry-after': '30' });
}

/** 503 with Retry-After, the way an overloaded stream server asks clients to come back later. */
export function serviceUnavailable(ctx: PageContext): SimResponse {
  return nginxError(ctx, 503, { 'retry-after': '120' });
}

/** 401 with a Bearer challenge naming an invalid token (RFC 6750 §3). */
export function invalidToken(ctx: PageContext): SimResponse {
  return {
    status: 401,
    headers: {
      ...nginxHeaders(ctx, 'application/json'),
      'www-authenticate':
        'Bearer realm="stream", error="invalid_token", error_description="The access token is invalid"',
    },
    body: '{"error":"invalid_token"}',
  };
}

/** 451 with the `Link: rel="blocked-by"` header RFC 7725 §3 asks for. */
export function legalBlock(ctx: PageContext): SimResponse {
  return {
    status: 451,
    headers: {
      ...nginxHeaders(ctx, 'text/html; charset=utf-8'),
      link: '<https://authority.iptv.test/>; rel="blocked-by"',
    },
    body: '<!DOCTYPE html><html><head><title>Unavailable For Legal Reasons</title></head><body><h1>Unavailable For Legal Reasons</h1><p>This channel cannot be delivered in your region because of a legal demand.</p></body></html>',
  };
}

/** A signed CDN link whose `expires` is past or whose token does not match: the CDN refuses it. */
export function signedUrlRefused(ctx: PageContext, reason: 'expired' | 'invalid'): SimResponse {
  return {
    status: 403,
    headers: nginxHeaders(ctx, 'text/plain; charset=utf-8'),
    body: reason === 'expired' ? 'Forbidden: link expired\n' : 'Forbidden: invalid token\n',
  };
}

/** What an Xtream-style panel answers on /live/ when it will not hand out the stream: an empty body. */
export function panelRefusal(ctx: PageContext, status: 401 | 403): SimResponse {
  return { status, headers: nginxHeaders(ctx, 'text/html; charset=UTF-8'), body: '' };
}
