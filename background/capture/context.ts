/**
 * The context a record carries (HAR `_context`): what the guide's proofs compare (network and device
 * labels, the proof step, the edge that answered, the clock) and what the browser told us about the
 * request. Only fields that have a value are set, so exports stay small.
 */

import { getHeader } from '../../src/http/headers.ts';
import { edgeLocation } from '../../src/knowledge/edges/locations.ts';
import type { Labels } from '../../src/settings.ts';
import type { CaptureContext, Exchange } from '../../src/types.ts';
import type { NetworkInfo, RequestDetails } from '../port.ts';
import { initiatorOf } from './normalize.ts';

export interface ContextSources {
  sequence: number;
  browser: 'chrome' | 'firefox';
  network: NetworkInfo;
  labels: Labels;
  proofStep?: string;
  retryCount: number;
  /** The browser-wide proxy mode, when readable. */
  proxyMode?: string;
  headersOnly: boolean;
}

/** Response `Date` minus the local clock when the response arrived, in whole seconds. */
export function clockSkewOf(details: RequestDetails, exchange: Exchange): number | undefined {
  // A cached response's Date is the time it was first served, not now.
  if (details.fromCache || exchange.status === 0) return undefined;
  const date = getHeader(exchange.responseHeaders, 'date');
  if (!date) return undefined;
  const serverTime = Date.parse(date);
  if (Number.isNaN(serverTime)) return undefined;
  return Math.round((serverTime - details.timeStamp) / 1000);
}

/** Firefox reports the proxy per request; null there means it went direct. */
function proxyOf(details: RequestDetails, proxyMode: string | undefined): string | undefined {
  if ('proxyInfo' in details) return details.proxyInfo?.type ?? 'direct';
  return proxyMode;
}

function localZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Optional context: a lookup that fails leaves the field out rather than losing the record. */
function edgeOf(exchange: Exchange): string | undefined {
  if (exchange.responseHeaders.length === 0) return undefined;
  try {
    return edgeLocation(exchange.responseHeaders)?.pop;
  } catch {
    return undefined;
  }
}

export function captureContext(
  details: RequestDetails,
  exchange: Exchange,
  sources: ContextSources,
): CaptureContext {
  const context: CaptureContext = {
    sequence: sources.sequence,
    browser: sources.browser,
    tabId: details.tabId,
    resourceType: details.type,
    utcOffsetMinutes: -new Date(exchange.startedAt).getTimezoneOffset(),
    retryCount: sources.retryCount,
    headersOnly: sources.headersOnly,
  };
  const optional: Partial<CaptureContext> = {
    network: sources.labels.network,
    device: sources.labels.device,
    proofStep: sources.proofStep,
    timeZone: localZone(),
    initiator: initiatorOf(details),
    connection: sources.network.connection,
    effectiveType: sources.network.effectiveType,
    rtt: sources.network.rtt,
    downlink: sources.network.downlink,
    online: sources.network.online,
    proxy: proxyOf(details, sources.proxyMode),
    serverIp: details.ip,
    fromCache: details.fromCache,
    edge: edgeOf(exchange),
    clockSkewSeconds: clockSkewOf(details, exchange),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (context as Record<string, unknown>)[key] = value;
  }
  return context;
}
