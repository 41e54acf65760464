/** The contract between the server and the per-host route tables. */
import type { PageContext, SimResponse } from './response.ts';
import type { Endpoint, Scenario } from './scenarios.ts';

/** Where the other simulated hosts live, as seen from the request being served. */
export interface SiteLinks {
  /** "iptv.test" or "localhost": the suffix the client used, so links it gets back resolve for it too. */
  domain: string;
  port: number;
  /** A port on 127.0.0.1 where nothing listens (the `refused` scenario points there). */
  closedPort: number;
  origin(site: 'panel' | 'cdn' | 'epg', scheme?: 'http' | 'https', port?: number): string;
}

export interface HandlerContext {
  page: PageContext;
  url: URL;
  scenario: Scenario;
  links: SiteLinks;
  /** Secret the panel signs CDN links with and the CDN checks them against. */
  secret: string;
}

export interface Route {
  endpoint: Endpoint;
  /** The channel the request is about, when its URL names one. */
  streamId: number | null;
  handle(ctx: HandlerContext): SimResponse;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}
