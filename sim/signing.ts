/**
 * Signed stream links the way CDN token auth and nginx secure_link do it: an HMAC over the path and an
 * expiry time, carried as `?token=…&expires=<unix seconds>`. The CDN refuses a bad token or a past expiry.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

function linkToken(secret: string, path: string, expires: number): string {
  return createHmac('sha256', secret).update(`${path}:${expires}`).digest('hex').slice(0, 32);
}

export function signPath(secret: string, path: string, expires: number): string {
  return `${path}?token=${linkToken(secret, path, expires)}&expires=${expires}`;
}

export type LinkCheck = 'valid' | 'expired' | 'invalid';

export function checkLink(secret: string, url: URL, nowSeconds: number): LinkCheck {
  const token = url.searchParams.get('token') ?? '';
  const expires = Number(url.searchParams.get('expires'));
  if (!Number.isInteger(expires)) return 'invalid';
  const wanted = Buffer.from(linkToken(secret, url.pathname, expires));
  const given = Buffer.from(token);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return 'invalid';
  return expires < nowSeconds ? 'expired' : 'valid';
}
