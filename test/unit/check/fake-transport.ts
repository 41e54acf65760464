/**
 * A transport for tests: answers from a handler, records every call with its time and host, and counts how
 * many requests were in flight at once, per host and overall. Nothing leaves the process.
 */

import type { Transport, TransportResponse } from '../../../src/check/types.ts';
import type { Header } from '../../../src/types.ts';

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** A transport failure (net::ERR_…) instead of an answer. */
  error?: string;
  /** Redirect target (status defaults to 302). */
  location?: string;
  /** Simulated service time before the answer, in ms. */
  delayMs?: number;
}

interface Call {
  url: string;
  host: string;
  headers: Record<string, string>;
  start: number;
  end: number;
}

export interface FakeTransport extends Transport {
  calls: Call[];
  maxInFlight: number;
  maxInFlightPerHost: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function failure(
  error: string,
  url: string,
  hops: TransportResponse['hops'],
  startedAt: number,
): TransportResponse {
  return {
    status: 0,
    error,
    url,
    hops,
    headers: [],
    requestHeaders: [],
    bytes: new Uint8Array(),
    truncated: false,
    startedAt,
    durationMs: Date.now() - startedAt,
  };
}

export function fakeTransport(
  handler: (url: URL, headers: Record<string, string>) => FakeAnswer,
  cannotSend?: Transport['cannotSend'],
): FakeTransport {
  const inFlight = new Map<string, number>();
  let total = 0;
  const transport: FakeTransport = {
    calls: [],
    maxInFlight: 0,
    maxInFlightPerHost: 0,
    async request(url, headers, options): Promise<TransportResponse> {
      const startedAt = Date.now();
      const hops: TransportResponse['hops'] = [];
      let current = url;
      for (let redirects = 0; redirects < 10; redirects++) {
        const parsed = new URL(current);
        const host = parsed.host;
        const call: Call = { url: current, host, headers: { ...headers }, start: Date.now(), end: 0 };
        transport.calls.push(call);
        total++;
        inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
        transport.maxInFlight = Math.max(transport.maxInFlight, total);
        transport.maxInFlightPerHost = Math.max(transport.maxInFlightPerHost, inFlight.get(host) ?? 0);
        const answer = handler(parsed, { ...headers });
        await wait(answer.delayMs ?? 1);
        call.end = Date.now();
        total--;
        inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
        const responseHeaders: Header[] = Object.entries(answer.headers ?? {}).map(([name, value]) => ({
          name,
          value,
        }));
        if (answer.error) return failure(answer.error, current, hops, startedAt);
        if (answer.location) {
          const next = new URL(answer.location, current).href;
          hops.push({
            url: current,
            status: answer.status ?? 302,
            location: next,
            headers: [...responseHeaders, { name: 'location', value: next }],
          });
          current = next;
          continue;
        }
        const raw =
          typeof answer.body === 'string'
            ? new TextEncoder().encode(answer.body)
            : (answer.body ?? new Uint8Array());
        return {
          status: answer.status ?? 200,
          url: current,
          hops,
          headers: responseHeaders,
          requestHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
          bytes: raw.subarray(0, options.maxBytes),
          truncated: raw.length > options.maxBytes,
          startedAt,
          durationMs: Date.now() - startedAt,
        };
      }
      return failure('net::ERR_TOO_MANY_REDIRECTS', current, hops, startedAt);
    },
  };
  if (cannotSend) Object.assign(transport, { cannotSend });
  return transport;
}
