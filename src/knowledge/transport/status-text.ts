/**
 * Whether a status text names a transport failure, for a HAR entry with no answer (status 0) whose tool wrote the
 * failure there instead of in `_error` (src/outputs/har/read.ts). Its own module: only the HAR reader needs it, and the
 * worker's bundle does not carry it.
 */
import { looksLikeTransportError } from './facts.ts';

/**
 * Words a transport failure is named by in a status text besides its net error names (looksLikeTransportError: ERR_,
 * NS_ERROR_, NS_BINDING_, SEC_ERROR_, SSL_ERROR_, MOZILLA_PKIX_ERROR_): socket errors, HTTP/2 frames, and a failure's
 * own verb. Not a bare "SSL", "TLS" or "INTERNAL_ERROR": a tool's label or a handshake that went well (review).
 */
const TRANSPORT_WORDS =
  /(?<![A-Za-z])(?:E(?:CONNRESET|CONNREFUSED|CONNABORTED|TIMEDOUT|NOTFOUND|AI_AGAIN|PIPE|HOSTUNREACH|NETUNREACH)|GOAWAY|RST_STREAM|ENHANCE_YOUR_CALM|PROTOCOL_ERROR|REFUSED_STREAM)(?![A-Za-z])|\b(?:timed out|connection (?:reset|refused|closed|aborted)|certificate (?:has expired|is not (?:yet )?valid|not valid|verify failed|problem)|not yet valid|handshake failed|could not resolve|name not resolved)\b/i;

export function namesTransportFailure(text: string): boolean {
  return looksLikeTransportError(text) || TRANSPORT_WORDS.test(text);
}
