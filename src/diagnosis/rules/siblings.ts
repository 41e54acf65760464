/**
 * What the other requests to the same host say when the refused one says nothing: a signed-link token in
 * their URLs (the service protects its streams with tokens, so a bare refusal there is its token rule), and
 * the streaming server or CDN their responses name when the refusal arrived without a single header.
 */
import { tokenIn } from '../../knowledge/refusals/tokens.ts';
import { identifyVendor } from '../../knowledge/vendors/identify.ts';
import type { Rule } from './rule.ts';

/** Enough siblings to see the host's habits; a 100k-entry HAR must not be walked for a hint. */
const LOOK_AT = 200;

const MEDIA = new Set(['playlist', 'stream', 'key', 'other']);

export const siblings: Rule = ({ set, root, host }) => {
  const rootExchange = set.exchanges[root.entry];
  const bare = rootExchange !== undefined && rootExchange.responseHeaders.length === 0 && !root.vendor;
  // Only a 403: a 401 is the credentials' own story, a 410 a link that is gone.
  const refused = root.basis === 'status' && root.status === 403;
  if (!bare && !refused) return null;
  let token: string | null = null;
  let vendor: { id: string; line: string } | null = null;
  let looked = 0;
  for (const observation of set.observations) {
    if (observation.host !== host || observation.entry === undefined || observation.entry === root.entry)
      continue;
    if (++looked > LOOK_AT) break;
    const exchange = set.exchanges[observation.entry];
    if (!exchange) continue;
    if (refused && MEDIA.has(root.role)) token ??= tokenIn(exchange.url);
    if (bare && !vendor && exchange.responseHeaders.length > 0) {
      const named = identifyVendor({ ...exchange, body: '' });
      if (named && named.kind !== 'origin' && named.confidence >= 0.5)
        vendor = { id: named.vendor, line: named.evidence[0] ?? named.name };
    }
    if ((token || !refused) && (vendor || !bare)) break;
  }
  if (!token && !vendor) return null;
  const evidence: string[] = [];
  if (token)
    evidence.push(
      `other requests to ${host} carry a token (${token}): the service's token rule refused this one`,
    );
  if (vendor)
    evidence.push(
      `the refusal came without headers; other responses from ${host} name ${vendor.id} (${vendor.line})`,
    );
  return { ...(token ? { layer: 'app' as const } : {}), ...(vendor ? { vendor: vendor.id } : {}), evidence };
};
