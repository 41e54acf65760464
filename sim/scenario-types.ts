/**
 * The shape of a scenario row: which endpoints fail, when, with which answer, and what a browser then
 * reports. The rows themselves live in sim/scenarios/*.ts and are assembled by sim/scenarios.ts.
 */
import type { Layer, Localized, Role } from '../src/types.ts';
import type { PageId } from './pages/index.ts';

export type SimHost = 'panel' | 'cdn' | 'epg';

/** The endpoints of the simulated service, finer than a Role so a row can target exactly what fails. */
export type Endpoint =
  | 'login'
  | 'catalog'
  | 'm3u'
  | 'xmltv'
  | 'live-playlist'
  | 'live-stream'
  | 'hls-playlist'
  | 'hls-segment'
  | 'guide';

export const ENDPOINTS: Record<Endpoint, { host: SimHost; role: Role }> = {
  login: { host: 'panel', role: 'auth' },
  catalog: { host: 'panel', role: 'catalog' },
  m3u: { host: 'panel', role: 'playlist' },
  xmltv: { host: 'panel', role: 'epg' },
  'live-playlist': { host: 'panel', role: 'playlist' },
  'live-stream': { host: 'panel', role: 'stream' },
  'hls-playlist': { host: 'cdn', role: 'playlist' },
  'hls-segment': { host: 'cdn', role: 'stream' },
  guide: { host: 'epg', role: 'epg' },
};

export const PANEL_ALL: readonly Endpoint[] = [
  'login',
  'catalog',
  'm3u',
  'xmltv',
  'live-playlist',
  'live-stream',
];
export const CDN_ALL: readonly Endpoint[] = ['hls-playlist', 'hls-segment'];
export const PANEL_STREAMS: readonly Endpoint[] = ['live-playlist', 'live-stream'];

/** When an affected request fails. */
export type Trigger =
  | { kind: 'always' }
  /** Only while the simulated network has this label (the viewer's Wi-Fi box, say). */
  | { kind: 'on-network'; network: string }
  /** After more than `maxRequests` in `windowMs`, every request fails for `cooldownMs`. */
  | { kind: 'burst'; maxRequests: number; windowMs: number; cooldownMs: number }
  /** Only for this stream id. */
  | { kind: 'channel'; streamId: number };

/** How an affected request fails. */
type Failure =
  | { kind: 'page'; page: PageId }
  /** Headers never come: the socket is reset (RST) as soon as the request arrives. */
  | { kind: 'reset' }
  /** Nothing is ever answered; the simulator gives up and closes after `closeAfterMs`. */
  | { kind: 'hang'; closeAfterMs: number };

/** Where the panel sends a player for a stream. */
type StreamLink = 'signed' | 'expired-segments' | 'closed-port' | 'https-on-http-port';

/** Which CDN/WAF, if any, sits in front of a host and stamps its headers on the answers it relays. */
export type FrontVendor = 'cloudflare' | 'cloudfront' | 'akamai' | 'none';

/** What the panel's player_api says about the demo account. */
export interface AccountOverride {
  auth?: 0 | 1;
  status?: 'Active' | 'Expired' | 'Banned' | 'Disabled';
  expired?: boolean;
  activeConnections?: number;
  maxConnections?: number;
}

export interface Scenario {
  id: ScenarioId;
  label: Localized;
  layer: Layer;
  /** Lowercase vendor id the product should name, null when no CDN/WAF answered. */
  vendor: string | null;
  affects: readonly Endpoint[];
  trigger: Trigger;
  /** null when the service's ordinary logic produces the failure (an expired link, a closed port). */
  failure: Failure | null;
  /** What a browser reports for an affected request: an HTTP status, or 0 and the Chromium net error. */
  expect: { status: number; netError?: string };
  front?: Partial<Record<SimHost, FrontVendor>>;
  account?: AccountOverride;
  streamLink?: StreamLink;
}

export const SCENARIO_IDS = [
  'ok',
  'cloudflare-firewall',
  'cloudflare-challenge',
  'cloudflare-challenge-429',
  'cloudflare-country',
  'cloudfront-geo',
  'aws-waf',
  'aws-waf-captcha',
  'akamai-denied',
  'origin-403',
  'app-rule',
  'expired-signed-url',
  'account-auth0',
  'account-expired',
  'account-banned',
  'too-many-connections',
  'unauthorized-401',
  'channel-404',
  'gone-410',
  'rate-limit-429',
  'legal-451',
  'server-502',
  'server-503',
  'server-504',
  'cloudflare-521',
  'cloudflare-522',
  'cloudflare-524',
  'reset',
  'refused',
  'hang',
  'tls-error',
  'network-dependent',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const CF_CDN = { cdn: 'cloudflare' } as const;
export const CF_PANEL = { panel: 'cloudflare' } as const;
