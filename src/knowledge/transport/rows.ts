/**
 * The transport failure rows by id: which layer each kind of failure belongs to, and the name families that
 * fall back to it. The browsers' own names per id live in names-chrome.ts and names-firefox.ts; names.ts
 * joins them.
 */
import type { Layer } from '../../types.ts';

export interface TransportRow {
  id: string;
  families?: readonly string[];
  layer: Layer;
}

export const TRANSPORT_ROWS = [
  {
    // net_error_list.h NAME_NOT_RESOLVED -105, NAME_RESOLUTION_FAILED -137, DNS_TIMED_OUT -803;
    // ErrorList.py NS_ERROR_UNKNOWN_HOST; NS_ERROR_NET_ON_RESOLVING is Firefox's "died while resolving".
    id: 'name-not-resolved',
    families: ['ERR_NAME_', 'ERR_DNS_'],
    layer: 'network',
  },
  {
    // net_error_list.h CONNECTION_REFUSED -102; ErrorList.py NS_ERROR_CONNECTION_REFUSED.
    id: 'connection-refused',
    layer: 'network',
  },
  {
    // net_error_list.h CONNECTION_RESET -101 (TCP RST), CONNECTION_ABORTED -103, CONNECTION_FAILED -104;
    // ErrorList.py NS_ERROR_NET_RESET.
    id: 'connection-reset',
    layer: 'network',
  },
  {
    // net_error_list.h CONNECTION_CLOSED -100 (TCP FIN); ErrorList.py NS_ERROR_NET_INTERRUPT,
    // NS_ERROR_NET_PARTIAL_TRANSFER; Firefox's activity-phase names for a drop after connecting.
    id: 'connection-closed',
    layer: 'network',
  },
  {
    // net_error_list.h TIMED_OUT -7, CONNECTION_TIMED_OUT -118; ErrorList.py NS_ERROR_NET_TIMEOUT,
    // NS_ERROR_NET_TIMEOUT_EXTERNAL.
    id: 'timed-out',
    layer: 'network',
  },
  {
    // net_error_list.h ADDRESS_UNREACHABLE -109; Firefox reports a failure while connecting as
    // NS_ERROR_NET_ON_RESOLVED / NS_ERROR_NET_ON_CONNECTING_TO.
    id: 'address-unreachable',
    layer: 'network',
  },
  {
    // net_error_list.h INTERNET_DISCONNECTED -106; ErrorList.py NS_ERROR_OFFLINE.
    id: 'internet-disconnected',
    layer: 'network',
  },
  {
    // net_error_list.h NETWORK_CHANGED -21. Firefox has no dedicated name (it resets the connection).
    id: 'network-changed',
    layer: 'network',
  },
  {
    // net_error_list.h CERT_DATE_INVALID -201; Mozilla PKIX SEC_ERROR_EXPIRED_CERTIFICATE and the
    // NOT_YET_VALID pair. A wrong device clock makes every certificate look expired or not yet valid.
    id: 'cert-date-invalid',
    layer: 'device',
  },
  {
    // net_error_list.h CERT_AUTHORITY_INVALID -202; SEC_ERROR_UNKNOWN_ISSUER, MOZILLA_PKIX_ERROR_MITM_DETECTED
    // (Firefox detects an HTTPS-inspecting antivirus or proxy).
    id: 'cert-authority-invalid',
    layer: 'network',
  },
  {
    // net_error_list.h CERT_COMMON_NAME_INVALID -200; NSS SSL_ERROR_BAD_CERT_DOMAIN.
    id: 'cert-name-invalid',
    layer: 'network',
  },
  {
    // Every other net_error_list.h CERT_* (200–299 range) and NSS SEC_ERROR_* / MOZILLA_PKIX_ERROR_*.
    id: 'cert-invalid',
    families: ['ERR_CERT_', 'SEC_ERROR_', 'MOZILLA_PKIX_ERROR_'],
    layer: 'network',
  },
  {
    // net_error_list.h SSL_PROTOCOL_ERROR -107, SSL_VERSION_OR_CIPHER_MISMATCH -113; NSS SSL_ERROR_*.
    id: 'ssl-protocol',
    families: ['ERR_SSL_', 'SSL_ERROR_'],
    layer: 'network',
  },
  {
    // net_error_list.h PROXY_CONNECTION_FAILED -130, TUNNEL_CONNECTION_FAILED -111, SOCKS_CONNECTION_FAILED
    // -120, MANDATORY_PROXY_CONFIGURATION_FAILED -131; ErrorList.py NS_ERROR_PROXY_* and UNKNOWN_PROXY_HOST.
    id: 'proxy',
    families: ['ERR_PROXY_', 'ERR_TUNNEL_', 'ERR_SOCKS_', 'NS_ERROR_PROXY_'],
    layer: 'network',
  },
  {
    // net_error_list.h BLOCKED_BY_CLIENT -20 ("the client chose to block"), BLOCKED_BY_ADMINISTRATOR -22,
    // NETWORK_ACCESS_DENIED -138. Firefox cancels an extension-blocked request with NS_ERROR_ABORT
    // (WebRequest.sys.mjs), and its own tracking protection with NS_ERROR_TRACKING_URI / BLOCKED_URI.
    id: 'blocked-by-client',
    layer: 'device',
  },
  {
    // net_error_list.h BLOCKED_BY_RESPONSE -27, BLOCKED_BY_CSP -30, BLOCKED_BY_ORB -32 ("blocked by CORB
    // or ORB"); ErrorList.py NS_ERROR_DOM_CORP_FAILED, NS_ERROR_BLOCKED_BY_POLICY.
    id: 'blocked-by-response',
    families: ['ERR_BLOCKED_BY_'],
    layer: 'app',
  },
  {
    // net_error_list.h EMPTY_RESPONSE -324; ErrorList.py NS_ERROR_NET_EMPTY_RESPONSE; Firefox reports
    // NS_ERROR_NET_ON_RECEIVING_FROM when a server closes without any response (its xpcshell tests).
    id: 'empty-response',
    layer: 'network',
  },
  {
    // net_error_list.h HTTP2_PROTOCOL_ERROR -337 and the HTTP2_* family; ErrorList.py
    // NS_ERROR_NET_HTTP2_SENT_GOAWAY, NS_ERROR_NET_INADEQUATE_SECURITY.
    id: 'http2-protocol',
    families: ['ERR_HTTP2_', 'ERR_SPDY_'],
    layer: 'network',
  },
  {
    // net_error_list.h QUIC_PROTOCOL_ERROR -356; ErrorList.py NS_ERROR_NET_HTTP3_PROTOCOL_ERROR.
    id: 'quic-protocol',
    families: ['ERR_QUIC_'],
    layer: 'network',
  },
  {
    // net_error_list.h ABORTED -3 ("due to user action"); nsNetError.h NS_BINDING_ABORTED.
    id: 'aborted',
    layer: 'none',
  },
] as const satisfies readonly TransportRow[];

export const GENERIC_TRANSPORT_ROW = {
  // net_error_list.h FAILED -2 and anything not listed above.
  id: 'unknown',
  layer: 'network',
} as const satisfies TransportRow;

/** The id of a row, shared by the facts and the texts; `unknown` is the generic row. */
export type TransportId = (typeof TRANSPORT_ROWS)[number]['id'] | typeof GENERIC_TRANSPORT_ROW.id;

/**
 * Words of another tool's transport error (curl's, an HTTP/2 library's) that say more than its class: HTTP/2's
 * ENHANCE_YOUR_CALM is the peer calling the client's load excessive (RFC 9113 §7; Firebase Cloud Messaging's GOAWAY
 * "too_many_pings", https://github.com/codedge-llc/pigeon/issues/92), a rate limit; a certificate issued for a DNS
 * filter's block page is the filter answering in the site's place (NextDNS's "blockpage.nextdns.io",
 * https://github.com/MichaIng/DietPi/issues/4445).
 */
export const TOOL_MESSAGES: readonly (readonly [RegExp, Layer])[] = [
  // Also as Node's NGHTTP2_ENHANCE_YOUR_CALM (review).
  [/(?<![A-Za-z])ENHANCE_YOUR_CALM\b/, 'rate-limit'],
  // In a certificate's words only: a failed look-up of the same name is not the filter's page (review).
  [/\bCN ?= ?blockpage\.nextdns\.io\b|\bNextDNS Blockpage\b/i, 'waf'],
];
