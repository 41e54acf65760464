/**
 * Firefox's names for the transport failures of src/knowledge/transport/names.ts, by the same ids: the
 * NS_ERROR_… names of xpcom/base/ErrorList.py and, for certificates, the NSS/PKIX names and the English
 * messages Firefox's webRequest reports instead of a name (ChannelWrapper::GetErrorString asks
 * nsINSSErrorsService for the message; texts from NSS's SECerrs.h / SSLerrs.h). Each id's sources are in
 * the comment of its row in transport-names.ts.
 *
 * A table of its own so the Chrome service worker can leave it out (build.mjs): Chrome never reports
 * these names, and the worker wakes on every refused request. HAR files from Firefox are read by the CLI
 * and the options page, which keep it.
 */
import type { TransportId } from './rows.ts';

export interface FirefoxTransportNames {
  readonly names: readonly string[];
  /** Firefox's wording for NSS errors, which is what its webRequest reports instead of a name. */
  readonly messages?: readonly string[];
}

export const FIREFOX_TRANSPORT_NAMES: Readonly<Partial<Record<TransportId, FirefoxTransportNames>>> = {
  'name-not-resolved': { names: ['NS_ERROR_UNKNOWN_HOST', 'NS_ERROR_NET_ON_RESOLVING'] },
  'connection-refused': { names: ['NS_ERROR_CONNECTION_REFUSED'] },
  'connection-reset': { names: ['NS_ERROR_NET_RESET'] },
  'connection-closed': {
    names: [
      'NS_ERROR_NET_INTERRUPT',
      'NS_ERROR_NET_PARTIAL_TRANSFER',
      'NS_ERROR_NET_ON_CONNECTED_TO',
      'NS_ERROR_NET_ON_SENDING_TO',
      'NS_ERROR_NET_ON_WAITING_FOR',
      'NS_ERROR_NET_ON_TRANSACTION_CLOSE',
    ],
  },
  'timed-out': { names: ['NS_ERROR_NET_TIMEOUT', 'NS_ERROR_NET_TIMEOUT_EXTERNAL'] },
  'address-unreachable': { names: ['NS_ERROR_NET_ON_RESOLVED', 'NS_ERROR_NET_ON_CONNECTING_TO'] },
  'internet-disconnected': { names: ['NS_ERROR_OFFLINE'] },
  'cert-date-invalid': {
    names: [
      'SEC_ERROR_EXPIRED_CERTIFICATE',
      'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE',
      'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE',
      'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE',
    ],
    messages: ["Peer's Certificate has expired."],
  },
  'cert-authority-invalid': {
    names: [
      'SEC_ERROR_UNKNOWN_ISSUER',
      'SEC_ERROR_UNTRUSTED_ISSUER',
      'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
      'MOZILLA_PKIX_ERROR_MITM_DETECTED',
    ],
    messages: ["Peer's Certificate issuer is not recognized."],
  },
  'cert-name-invalid': {
    names: ['SSL_ERROR_BAD_CERT_DOMAIN'],
    messages: [
      "Unable to communicate securely with peer: requested domain name does not match the server's certificate.",
    ],
  },
  'cert-invalid': {
    names: ['SEC_ERROR_REVOKED_CERTIFICATE', 'SEC_ERROR_BAD_SIGNATURE'],
    messages: ["Peer's Certificate has been revoked."],
  },
  'ssl-protocol': {
    names: ['SSL_ERROR_NO_CYPHER_OVERLAP', 'SSL_ERROR_UNSUPPORTED_VERSION', 'SSL_ERROR_RX_RECORD_TOO_LONG'],
    messages: ['Peer using unsupported version of security protocol.'],
  },
  proxy: {
    names: [
      'NS_ERROR_PROXY_CONNECTION_REFUSED',
      'NS_ERROR_UNKNOWN_PROXY_HOST',
      'NS_ERROR_PROXY_AUTHENTICATION_FAILED',
      'NS_ERROR_PROXY_BAD_GATEWAY',
      'NS_ERROR_PROXY_GATEWAY_TIMEOUT',
    ],
  },
  'blocked-by-client': { names: ['NS_ERROR_ABORT', 'NS_ERROR_TRACKING_URI', 'NS_ERROR_BLOCKED_URI'] },
  'blocked-by-response': { names: ['NS_ERROR_DOM_CORP_FAILED', 'NS_ERROR_BLOCKED_BY_POLICY'] },
  'empty-response': { names: ['NS_ERROR_NET_EMPTY_RESPONSE', 'NS_ERROR_NET_ON_RECEIVING_FROM'] },
  'http2-protocol': { names: ['NS_ERROR_NET_HTTP2_SENT_GOAWAY', 'NS_ERROR_NET_INADEQUATE_SECURITY'] },
  'quic-protocol': { names: ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR'] },
  aborted: { names: ['NS_BINDING_ABORTED'] },
  unknown: { names: ['NS_ERROR_FAILURE'] },
};
