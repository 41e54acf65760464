/**
 * A seeded pseudo-random source, so two runs with the same seed hand out the same ray ids, request ids and
 * references: a failing test can be replayed byte for byte. Not for anything secret.
 */

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Lowercase hex string of `length` characters. */
  hex(length: number): string;
  /** Characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
}

/** mulberry32: tiny, fast and good enough to make ids look varied. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chars = (length: number, alphabet: string): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)] ?? '';
    return out;
  };
  return {
    next,
    hex: (length) => chars(length, '0123456789abcdef'),
    chars,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Cloudflare Ray ID: 16 hex digits, a dash, the IATA code of the data centre (developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/). */
export function cloudflareRayId(prng: Prng, colo: string): string {
  return `${prng.hex(16)}-${colo}`;
}

/** CloudFront request id (x-amz-cf-id, "Request ID:" in its error pages): 54 base64url characters then "==". */
export function cloudFrontRequestId(prng: Prng): string {
  return `${prng.chars(54, BASE64URL)}==`;
}

/** Akamai error reference "18.<hex>.<unix seconds>.<hex>": 18 is the "access denied" family. */
export function akamaiReference(prng: Prng, nowMs: number): string {
  return `18.${prng.hex(8)}.${Math.floor(nowMs / 1000)}.${prng.hex(8)}`;
}
