/** What every handler of the simulator produces: one HTTP answer, or a way of not answering. */
import type { Prng } from './prng.ts';

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** Everything a vendor page needs to look like the real one for this request. */
export interface PageContext {
  prng: Prng;
  now: number;
  /** The host name the client asked for, which vendor pages quote back. */
  site: string;
  /** The full URL as the client sent it. */
  url: string;
  clientIp: string;
  /** ISO country the simulated client appears to come from. */
  country: string;
  /** Cloudflare colo code (IATA) of the edge that answered, e.g. "CDG". */
  cloudflareColo: string;
  /** CloudFront POP code, e.g. "CDG50-P1". */
  cloudFrontPop: string;
  /** The request's Accept header allows text/html (AWS WAF only sends its interstitial then). */
  acceptsHtml: boolean;
}

export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/** "2025-01-31 12:34:56 UTC", the timestamp format of Cloudflare's error pages. */
export function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
