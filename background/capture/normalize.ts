/**
 * webRequest `details` → the engine's `Exchange`. Both browsers give the same event shapes with small
 * differences (Chrome's `initiator` vs Firefox's `originUrl`, `binaryValue` headers); this is the one
 * place that knows them.
 */
import { getHeader } from '../../src/http/headers.ts';
import type { Exchange, Header } from '../../src/types.ts';
import type { RequestDetails, WireHeader } from '../port.ts';

/** Non-UTF-8 header values arrive as bytes; Latin-1 is how HTTP/1.1 historically carried them (RFC 9110 §5.5). */
function decodeBytes(bytes: ArrayLike<number>): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 1) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

export function headersOf(wire: readonly WireHeader[] | undefined): Header[] {
  if (!wire) return [];
  return wire.map((header) => ({
    name: header.name,
    value: header.value ?? (header.binaryValue ? decodeBytes(header.binaryValue) : ''),
  }));
}

/** "HTTP/1.1 403 Forbidden" → "Forbidden"; HTTP/2 status lines carry no reason phrase. */
export function statusTextOf(statusLine: string | undefined): string | undefined {
  // Cut first: the line is the server's; one space between the parts, as RFC 9112 §4 writes it.
  const reason = statusLine
    ?.slice(0, 256)
    .match(/^\S+ \d{3} (.+)$/)?.[1]
    ?.trim();
  return reason || undefined;
}

export function mimeTypeOf(headers: readonly Header[]): string | undefined {
  const type = getHeader(headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  return type || undefined;
}

export interface RequestStart {
  startedAt: number;
  requestHeaders: WireHeader[];
}

/**
 * One finished (onCompleted) or failed (onErrorOccurred) request. `start` comes from onSendHeaders when the
 * worker saw it; without it the request headers are unknown and the start is the event's own time.
 */
export function toExchange(details: RequestDetails, start?: RequestStart): Exchange {
  const responseHeaders = headersOf(details.responseHeaders);
  const startedAt = start?.startedAt ?? details.timeStamp;
  const exchange: Exchange = {
    url: details.url,
    method: details.method,
    status: details.error ? 0 : (details.statusCode ?? 0),
    startedAt,
    requestHeaders: headersOf(details.requestHeaders ?? start?.requestHeaders),
    responseHeaders,
  };
  const statusText = statusTextOf(details.statusLine);
  if (statusText) exchange.statusText = statusText;
  if (details.error) exchange.error = details.error;
  if (start) exchange.durationMs = Math.max(0, Math.round(details.timeStamp - start.startedAt));
  const mimeType = mimeTypeOf(responseHeaders);
  if (mimeType) exchange.mimeType = mimeType;
  if (details.ip) exchange.serverIp = details.ip;
  return exchange;
}

/** The origin that started a request, in either browser's field; never a full URL (it may carry tokens). */
export function initiatorOf(details: RequestDetails): string | undefined {
  if (details.initiator) return details.initiator;
  if (!details.originUrl) return undefined;
  try {
    const origin = new URL(details.originUrl).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** What the page's reports (failed responses, panel replies) share: enough to stand for webRequest's event. */
interface PageSeen {
  id: string;
  url: string;
  method: string;
  startedAt: number;
  durationMs?: number;
}

/**
 * A response the page reported, in webRequest's shape, for the capture pipeline; the caller adds the
 * status or error. `kind` keeps its request ids apart from webRequest's and from the other report's.
 */
export function pageRequestDetails(
  kind: 'page' | 'panel',
  report: PageSeen,
  tabId: number,
  initiator?: string,
) {
  const details: RequestDetails = {
    requestId: `${kind}-${report.id}`,
    url: report.url,
    method: report.method,
    tabId,
    // fetch() and XHR both reach webRequest as xmlhttprequest.
    type: 'xmlhttprequest',
    timeStamp: report.startedAt + (report.durationMs ?? 0),
  };
  if (initiator) details.initiator = initiator;
  return details;
}
