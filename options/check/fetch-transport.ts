/**
 * The check's transport in the extension: fetch from the Test page, with the host permission the person
 * granted (an extension page with host access reads the answer whatever its CORS headers say).
 *
 * Why the page and not the worker: the check is started by a person watching it, lives as long as the page
 * is open and holds the credentials in that page's memory only; the worker has a 40 KB budget and MV3 may
 * stop it between two paced requests. The popup would close (and kill the check) on the first click away.
 *
 * Headers a page may not set (Fetch standard, "forbidden request-header": Referer, Cookie; Chrome still
 * treats User-Agent as one) are sent through `HeaderRules` when the browser offers them: Chrome applies the
 * extension's declarativeNetRequest session rules to the extension's own requests; Firefox lets a page set
 * User-Agent on fetch itself but matches header rules only for requests whose initiator the extension has a
 * host permission for (MDN, declarativeNetRequest "Permissions"), which an extension page never is: there
 * the referrer proofs are reported as not sendable. What fetch cannot show either: the redirect hops
 * (`redirect: "follow"` hides them; the worker's webRequest capture still records each refused hop) and the
 * exact network error (every failure is a TypeError; webRequest has the net::ERR_ name).
 */

import type {
  IdentityHeader,
  Transport,
  TransportOptions,
  TransportResponse,
} from '../../src/check/types.ts';
import type { Header } from '../../src/types.ts';

/** Sets request headers on the extension's own request to exactly `url`; the returned function removes them. */
export interface HeaderRules {
  apply(url: string, headers: readonly Header[]): Promise<() => Promise<void>>;
}

/** What fetch refuses to send from a page; these go through the rules, or are not sent at all. */
const RULE_HEADERS = new Set(['referer', 'cookie', 'user-agent', 'origin']);

export interface FetchTransportOptions {
  rules: HeaderRules | null;
  /** Firefox: fetch may set User-Agent itself. */
  userAgentInFetch: boolean;
}

export function createFetchTransport(options: FetchTransportOptions): Transport {
  const cannotSend = new Set<IdentityHeader>();
  if (!options.rules) {
    cannotSend.add('referer');
    if (!options.userAgentInFetch) cannotSend.add('user-agent');
  }
  return {
    cannotSend,
    async request(
      url: string,
      headers: Readonly<Record<string, string>>,
      transport: TransportOptions,
    ): Promise<TransportResponse> {
      const startedAt = Date.now();
      const direct: Record<string, string> = {};
      const ruled: Header[] = [];
      for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (lower === 'user-agent' && options.userAgentInFetch) direct[name] = value;
        else if (RULE_HEADERS.has(lower)) ruled.push({ name, value });
        else direct[name] = value;
      }
      const sent = Object.entries(headers).map(([name, value]) => ({ name, value }));
      const release = ruled.length > 0 && options.rules ? await options.rules.apply(url, ruled) : null;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), transport.timeoutMs);
      try {
        const response = await fetch(url, {
          headers: direct,
          credentials: 'omit',
          cache: 'no-store',
          redirect: 'follow',
          signal: controller.signal,
        });
        const { bytes, truncated } = await firstBytes(response, transport.maxBytes);
        const answer: TransportResponse = {
          status: response.status,
          statusText: response.statusText,
          url: response.url || url,
          hops: [],
          headers: [...response.headers].map(([name, value]) => ({ name, value })),
          requestHeaders: sent,
          bytes,
          truncated,
          startedAt,
          durationMs: Date.now() - startedAt,
        };
        return answer;
      } catch (error) {
        const timedOut = controller.signal.aborted;
        return {
          status: 0,
          error: timedOut ? 'net::ERR_TIMED_OUT' : 'net::ERR_FAILED',
          url,
          hops: [],
          headers: [],
          requestHeaders: sent,
          bytes: new Uint8Array(),
          truncated: false,
          startedAt,
          durationMs: Date.now() - startedAt,
          ...(timedOut ? {} : { statusText: String((error as Error)?.message ?? error).slice(0, 120) }),
        };
      } finally {
        clearTimeout(timer);
        if (release) await release().catch(() => undefined);
      }
    },
  };
}

/** The first `maxBytes` of a body; a live stream is cancelled there instead of read forever. */
async function firstBytes(
  response: Response,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(), truncated: false };
  const chunks: Uint8Array[] = [];
  let length = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    if (length >= maxBytes) {
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(length, maxBytes));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, Math.min(chunk.length, bytes.length - offset));
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return { bytes, truncated };
}
