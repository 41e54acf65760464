/**
 * Where the cause sits when a single failure's own nature says it, before any comparison: a refused
 * connection is the server's door being shut, a signature ban follows the software, not the network.
 */
import { transportFacts } from '../../knowledge/transport/facts.ts';
import type { Finding, Scope } from '../../types.ts';
import type { Rule } from './rule.ts';

/** Transport failures by the transport table's row id. */
const TRANSPORT_SCOPE: Readonly<Record<string, Scope>> = {
  // Nothing listens at the server's address (RST to the SYN): the service is down or moved (RFC 9293 §3.10.7.1).
  'connection-refused': 'server',
  // The browser or another extension cancelled it on this device (Chromium net_error_list.h BLOCKED_BY_CLIENT).
  'blocked-by-client': 'device',
  // Certificate dates are checked against the device clock (RFC 5280 §6.1.3).
  'cert-date-invalid': 'device',
};

/** Vendor error numbers whose documentation puts the cause on the client software. */
const VENDOR_CODE_SCOPE: Readonly<Record<string, Scope>> = {
  // Cloudflare 1010: "The owner of this website has banned your access based on your browser's signature"
  // (Cloudflare docs, Error 1010): another network does not help, another app or device does.
  'cloudflare-1010': 'device',
};

function hintFor(finding: Finding): Scope | undefined {
  if (finding.basis === 'transport') return TRANSPORT_SCOPE[transportFacts(finding.error ?? '').id];
  if (finding.vendor && finding.vendorErrorCode)
    return VENDOR_CODE_SCOPE[`${finding.vendor}-${finding.vendorErrorCode}`];
  return undefined;
}

export const scopeHints: Rule = ({ root, related }) => {
  const scope = hintFor(root);
  if (!scope) return null;
  // Only when the root's story is told by failures of the same kind.
  const same = related.filter((finding) => hintFor(finding) === scope).length;
  return {
    scope,
    proven: false,
    evidence: [`${same} ${same === 1 ? 'failure' : 'failures'} of a kind that sits on the ${scope} side`],
  };
};
