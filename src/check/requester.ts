/**
 * One request of the check, the polite way: through the pacer (its host's turn), then turned into the
 * engine's Exchange (each redirect hop its own entry, as a browser's HAR has them), diagnosed by the same
 * `diagnoseExchange` that explains captured refusals, and shown to the anti-abuse watch, which may pause
 * the host or delay its next request.
 */
import { diagnoseExchange } from '../diagnosis/analyze.ts';
import { getHeader } from '../http/headers.ts';
import type { Exchange, Finding, Header } from '../types.ts';
import type { HostWatch } from './abuse.ts';
import { mediaKind, utf8 } from './media-bytes.ts';
import type { Clock, Pacer } from './pacing.ts';
import type { PausedHost, Transport, TransportResponse } from './types.ts';

/** Refusal pages and panel replies are read by the engine up to this size; media bodies never. */
const MAX_BODY_TEXT = 65_536;

export interface Sent {
  response: TransportResponse;
  /** Hops then the final answer. */
  exchanges: Exchange[];
  /** The engine's finding on the final answer, null when it found nothing wrong. */
  finding: Finding | null;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

function headerList(headers: Readonly<Record<string, string>>): Header[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

/** The final answer and its hops as the engine's exchanges. */
function exchangesOf(response: TransportResponse, sent: Readonly<Record<string, string>>): Exchange[] {
  const requestHeaders = response.requestHeaders.length > 0 ? response.requestHeaders : headerList(sent);
  const exchanges: Exchange[] = response.hops.map((hop) => ({
    url: hop.url,
    method: 'GET',
    status: hop.status,
    startedAt: response.startedAt,
    requestHeaders,
    responseHeaders: hop.headers,
  }));
  const final: Exchange = {
    url: response.url,
    method: 'GET',
    status: response.status,
    startedAt: response.startedAt,
    durationMs: response.durationMs,
    requestHeaders,
    responseHeaders: response.headers,
  };
  if (response.statusText) final.statusText = response.statusText;
  if (response.error) final.error = response.error;
  if (response.serverIp) final.serverIp = response.serverIp;
  const mimeType = getHeader(response.headers, 'content-type');
  if (mimeType) final.mimeType = mimeType;
  if (response.bytes.length > 0 && !mediaKind(response.bytes)) {
    final.body = utf8(response.bytes.subarray(0, MAX_BODY_TEXT));
  }
  exchanges.push(final);
  return exchanges;
}

export class Requester {
  #entries = 0;

  constructor(
    private readonly transport: Transport,
    private readonly pacer: Pacer,
    private readonly watch: HostWatch,
    private readonly clock: Clock,
    private readonly timeoutMs: number,
    private readonly onPause: (paused: PausedHost) => void,
  ) {}

  get requests(): number {
    return this.pacer.requests;
  }

  paused(url: string): PausedHost | undefined {
    return this.pacer.paused(hostOf(url));
  }

  /** Null when the host is paused: nothing was sent. `retry`: one of the check's own identity retries. */
  async get(
    url: string,
    headers: Readonly<Record<string, string>>,
    maxBytes: number,
    retry = false,
  ): Promise<Sent | null> {
    const host = hostOf(url);
    const response = await this.pacer.run(host, () =>
      this.transport.request(url, headers, { timeoutMs: this.timeoutMs, maxBytes }),
    );
    if (!response) return null;
    const exchanges = exchangesOf(response, headers);
    const final = exchanges[exchanges.length - 1] as Exchange;
    const finding = diagnoseExchange(final, this.#entries);
    this.#entries += exchanges.length;
    // The host that answered last is the one that spoke (a redirect may have moved us to a CDN).
    const answering = hostOf(response.url) || host;
    const verdict = this.watch.note(answering, final, finding, this.clock.now(), retry);
    if (verdict.kind === 'wait') this.pacer.notBefore(answering, verdict.untilMs);
    if (verdict.kind === 'pause') {
      this.pacer.pause(verdict.paused);
      this.onPause(verdict.paused);
    }
    return { response, exchanges, finding };
  }

  /** The account's facts explain refused streams: refusals in a row are no anti-abuse sign then. */
  accountRefuses(): void {
    this.watch.accountRefuses = true;
  }

  /** A variant made this host serve: its earlier refusals were not a wall. */
  served(url: string): void {
    this.watch.served(hostOf(url));
  }
}
