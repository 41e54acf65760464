/**
 * The check's transport on Node: node:http/https, redirects followed by hand so every hop is kept, only the
 * first bytes of a body read, one deadline per request. Errors are named the way Chrome names them
 * (net::ERR_…), so the engine's transport table reads them like a browser's.
 *
 * `*.localhost` names resolve to loopback here as in browsers (RFC 6761 §6.3: "localhost." and its
 * subdomains are loopback addresses, and resolution APIs should return them without asking DNS); the
 * system resolver of most Linux machines does not.
 */

import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Hop, Transport, TransportOptions, TransportResponse } from '../../src/check/types.ts';
import type { Header } from '../../src/types.ts';

const MAX_REDIRECTS = 10;

const lookup: LookupFunction = (hostname, options, callback) => {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) {
    if ((options as { all?: boolean }).all)
      (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address: '127.0.0.1', family: 4 },
      ]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  dnsLookup(hostname, options, callback);
};

/** Node's error codes → Chromium's net error names (net/base/net_error_list.h). */
const ERROR_NAMES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  ECONNABORTED: 'net::ERR_CONNECTION_ABORTED',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_RESOLUTION_FAILED',
  EHOSTUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
  ETIMEDOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  EPROTO: 'net::ERR_SSL_PROTOCOL_ERROR',
  CERT_HAS_EXPIRED: 'net::ERR_CERT_DATE_INVALID',
  CERT_NOT_YET_VALID: 'net::ERR_CERT_DATE_INVALID',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'net::ERR_CERT_AUTHORITY_INVALID',
  SELF_SIGNED_CERT_IN_CHAIN: 'net::ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'net::ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'net::ERR_CERT_AUTHORITY_INVALID',
  ERR_TLS_CERT_ALTNAME_INVALID: 'net::ERR_CERT_COMMON_NAME_INVALID',
  CERT_REVOKED: 'net::ERR_CERT_REVOKED',
};

function netErrorName(error: NodeJS.ErrnoException): string {
  // The server closed the connection without a byte of answer.
  if (error.message === 'socket hang up') return 'net::ERR_EMPTY_RESPONSE';
  const code = error.code ?? '';
  if (ERROR_NAMES[code]) return ERROR_NAMES[code];
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) return 'net::ERR_SSL_PROTOCOL_ERROR';
  if (code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) return 'net::ERR_INVALID_HTTP_RESPONSE';
  return 'net::ERR_FAILED';
}

function headerList(raw: readonly string[]): Header[] {
  const headers: Header[] = [];
  for (let index = 0; index + 1 < raw.length; index += 2)
    headers.push({ name: raw[index] as string, value: raw[index + 1] as string });
  return headers;
}

interface OneAnswer {
  status: number;
  statusText: string;
  headers: Header[];
  bytes: Uint8Array;
  truncated: boolean;
  serverIp?: string;
  sent: Header[];
}

class TransportFailure extends Error {
  constructor(readonly netError: string) {
    super(netError);
  }
}

function once(
  url: URL,
  headers: Readonly<Record<string, string>>,
  maxBytes: number,
  deadline: number,
): Promise<OneAnswer> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const sent: Header[] = [
      { name: 'Host', value: url.host },
      ...Object.entries(headers).map(([name, value]) => ({ name, value })),
    ];
    const request = send(
      url,
      { method: 'GET', headers: { Accept: '*/*', ...headers }, lookup, agent: false },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let length = 0;
        let truncated = false;
        const finish = () => {
          clearTimeout(timer);
          const answer: OneAnswer = {
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            headers: headerList(response.rawHeaders),
            bytes: new Uint8Array(Buffer.concat(chunks, Math.min(length, maxBytes))),
            truncated,
            sent,
          };
          if (response.socket?.remoteAddress)
            answer.serverIp = response.socket.remoteAddress.replace(/^::ffff:/, '');
          resolve(answer);
        };
        response.on('data', (chunk: Buffer) => {
          if (length >= maxBytes) return;
          chunks.push(chunk);
          length += chunk.length;
          if (length >= maxBytes) {
            // The first bytes are all the check needs: a live stream would never end.
            truncated = true;
            response.destroy();
            finish();
          }
        });
        response.on('end', () => {
          if (!truncated) finish();
        });
        response.on('error', (error) => {
          if (truncated) return;
          // An answer cut after its headers is still an answer: what arrived is kept.
          if (chunks.length > 0 || response.statusCode) {
            truncated = true;
            finish();
          } else reject(error);
        });
      },
    );
    const timer = setTimeout(
      () => {
        request.destroy(new TransportFailure('net::ERR_TIMED_OUT'));
      },
      Math.max(1, deadline - Date.now()),
    );
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end();
  });
}

export function createNodeTransport(): Transport {
  return {
    async request(
      url: string,
      headers: Readonly<Record<string, string>>,
      options: TransportOptions,
    ): Promise<TransportResponse> {
      const startedAt = Date.now();
      const deadline = startedAt + options.timeoutMs;
      const hops: Hop[] = [];
      let current = url;
      let sentHeaders: Header[] = [];
      for (let redirects = 0; ; redirects++) {
        let answer: OneAnswer;
        try {
          const parsed = new URL(current);
          if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new TransportFailure('net::ERR_UNKNOWN_URL_SCHEME');
          answer = await once(parsed, headers, options.maxBytes, deadline);
        } catch (error) {
          const netError =
            error instanceof TransportFailure
              ? error.netError
              : error instanceof TypeError
                ? 'net::ERR_INVALID_URL'
                : netErrorName(error as NodeJS.ErrnoException);
          return {
            status: 0,
            error: netError,
            url: current,
            hops,
            headers: [],
            requestHeaders: sentHeaders,
            bytes: new Uint8Array(),
            truncated: false,
            startedAt,
            durationMs: Date.now() - startedAt,
          };
        }
        sentHeaders = answer.sent;
        const location = answer.headers.find((header) => header.name.toLowerCase() === 'location')?.value;
        if (answer.status >= 300 && answer.status < 400 && location && redirects < MAX_REDIRECTS) {
          let next: string;
          try {
            next = new URL(location, current).href;
          } catch {
            next = '';
          }
          if (next) {
            hops.push({ url: current, status: answer.status, location: next, headers: answer.headers });
            current = next;
            continue;
          }
        }
        const response: TransportResponse = {
          status: answer.status,
          statusText: answer.statusText,
          url: current,
          hops,
          headers: answer.headers,
          requestHeaders: sentHeaders,
          bytes: answer.bytes,
          truncated: answer.truncated,
          startedAt,
          durationMs: Date.now() - startedAt,
        };
        if (answer.status >= 300 && answer.status < 400 && location)
          response.error = 'net::ERR_TOO_MANY_REDIRECTS';
        if (answer.serverIp) response.serverIp = answer.serverIp;
        return response;
      }
    },
  };
}
