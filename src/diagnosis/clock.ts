import { getHeader } from '../http/headers.ts';
import type { Exchange } from '../types.ts';

/**
 * Signed tokens, TLS and many panels' handshakes break when the device clock is wrong (the guide's
 * "date/heure automatiques"). Five minutes is the usual tolerance of signed URLs and Kerberos-like tokens.
 */
export const CLOCK_SKEW_LIMIT_SECONDS = 300;

/** Server `Date` minus the local start of the request, in seconds; the context's value wins when present. */
export function clockSkewSeconds(exchange: Exchange): number | undefined {
  if (typeof exchange.context?.clockSkewSeconds === 'number') return exchange.context.clockSkewSeconds;
  const date = getHeader(exchange.responseHeaders, 'date');
  if (!date || !exchange.startedAt) return undefined;
  const serverTime = Date.parse(date);
  if (Number.isNaN(serverTime)) return undefined;
  // The request's own duration is not skew: compare with the middle of the exchange.
  const localTime = exchange.startedAt + (exchange.durationMs ?? 0) / 2;
  return Math.round((serverTime - localTime) / 1000);
}

export function clockSkewEvidence(exchange: Exchange): string | null {
  const skew = clockSkewSeconds(exchange);
  if (skew === undefined || Math.abs(skew) < CLOCK_SKEW_LIMIT_SECONDS) return null;
  return `clock skew ${formatSkew(skew)} between this device and the server (Date header)`;
}

export function formatSkew(seconds: number): string {
  const sign = seconds > 0 ? 'server ahead by ' : 'server behind by ';
  const abs = Math.abs(seconds);
  if (abs >= 86400) return `${sign}${Math.round(abs / 3600)} h`;
  if (abs >= 3600) return `${sign}${(abs / 3600).toFixed(1)} h`;
  return `${sign}${Math.round(abs / 60)} min`;
}
