/**
 * Chrome's names for the transport failures of src/knowledge/transport/names.ts, by the same ids: the
 * net::ERR_… names of net/base/net_error_list.h, as webRequest and DevTools' HAR report them. Each id's
 * sources are in the comment of its row in transport-names.ts.
 *
 * A table of its own, like Firefox's (transport-names-firefox.ts), so each browser's worker carries only
 * the names that browser reports (build.mjs); the CLI and the pages, which read HAR files from both, keep
 * both tables.
 */
import type { TransportId } from './rows.ts';

export const CHROME_TRANSPORT_NAMES: Readonly<Partial<Record<TransportId, readonly string[]>>> = {
  'name-not-resolved': [
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_NAME_RESOLUTION_FAILED',
    'net::ERR_DNS_TIMED_OUT',
  ],
  'connection-refused': ['net::ERR_CONNECTION_REFUSED'],
  'connection-reset': [
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_ABORTED',
    'net::ERR_CONNECTION_FAILED',
  ],
  'connection-closed': ['net::ERR_CONNECTION_CLOSED'],
  'timed-out': ['net::ERR_TIMED_OUT', 'net::ERR_CONNECTION_TIMED_OUT'],
  'address-unreachable': ['net::ERR_ADDRESS_UNREACHABLE'],
  'internet-disconnected': ['net::ERR_INTERNET_DISCONNECTED'],
  'network-changed': ['net::ERR_NETWORK_CHANGED'],
  'cert-date-invalid': ['net::ERR_CERT_DATE_INVALID'],
  'cert-authority-invalid': ['net::ERR_CERT_AUTHORITY_INVALID'],
  'cert-name-invalid': ['net::ERR_CERT_COMMON_NAME_INVALID'],
  'cert-invalid': ['net::ERR_CERT_INVALID', 'net::ERR_CERT_REVOKED'],
  'ssl-protocol': ['net::ERR_SSL_PROTOCOL_ERROR', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'],
  proxy: [
    'net::ERR_PROXY_CONNECTION_FAILED',
    'net::ERR_TUNNEL_CONNECTION_FAILED',
    'net::ERR_SOCKS_CONNECTION_FAILED',
    'net::ERR_MANDATORY_PROXY_CONFIGURATION_FAILED',
  ],
  'blocked-by-client': [
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_BLOCKED_BY_ADMINISTRATOR',
    'net::ERR_NETWORK_ACCESS_DENIED',
  ],
  'blocked-by-response': [
    'net::ERR_BLOCKED_BY_RESPONSE',
    'net::ERR_BLOCKED_BY_ORB',
    'net::ERR_BLOCKED_BY_CSP',
  ],
  'empty-response': ['net::ERR_EMPTY_RESPONSE'],
  'http2-protocol': ['net::ERR_HTTP2_PROTOCOL_ERROR'],
  'quic-protocol': ['net::ERR_QUIC_PROTOCOL_ERROR'],
  aborted: ['net::ERR_ABORTED'],
  unknown: ['net::ERR_FAILED'],
};
