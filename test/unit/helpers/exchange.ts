import type { CaptureContext, Exchange, Header } from '../../../src/types.ts';

export const T0 = Date.parse('2026-11-20T20:00:00Z');

/** A compact way to write an exchange: headers as a record, sensible defaults for the rest. */
export function ex(
  url: string,
  status: number,
  options: {
    at?: number;
    headers?: Record<string, string>;
    body?: string;
    error?: string;
    context?: CaptureContext;
    mimeType?: string;
    serverIp?: string;
  } = {},
): Exchange {
  const responseHeaders: Header[] = Object.entries(options.headers ?? {}).map(([name, value]) => ({
    name,
    value,
  }));
  const exchange: Exchange = {
    url,
    method: 'GET',
    status,
    startedAt: options.at ?? T0,
    requestHeaders: [],
    responseHeaders,
  };
  if (options.body !== undefined) exchange.body = options.body;
  if (options.error) exchange.error = options.error;
  if (options.context) exchange.context = options.context;
  if (options.mimeType) exchange.mimeType = options.mimeType;
  if (options.serverIp) exchange.serverIp = options.serverIp;
  return exchange;
}

export const CF_1020_BODY = `<!DOCTYPE html><html><head><title>Access denied | cdn.example.tv used Cloudflare to restrict access</title></head>
<body><div id="cf-wrapper"><h1><span class="cf-error-type">Error</span> <span class="cf-error-code">1020</span></h1>
<h2 class="cf-subheadline">Access denied</h2><p>This website is using a security service to protect itself from online attacks.</p>
<span>Cloudflare Ray ID: <strong>8f1a2b3c4d5e6f70</strong></span></div></body></html>`;

export const CF_HEADERS = {
  server: 'cloudflare',
  'cf-ray': '8f1a2b3c4d5e6f70-CDG',
  'content-type': 'text/html; charset=UTF-8',
};
