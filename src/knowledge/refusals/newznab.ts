/**
 * The Newznab API (Usenet indexers) and Torznab (the same API for torrent indexers: Jackett, Prowlarr) answer a refused
 * call with HTTP 200 and one element, `<error code="100" description="Incorrect user credentials"/>` (Sonarr's recorded
 * answer for a bad key). How the media managers that call them read it is what this module reads
 * (Sonarr/Sonarr@49df353fa14c453929b79f32144b2c8c86d94b09:src/NzbDrone.Core/Indexers/Newznab/NewznabRssParser.cs,
 * CheckError): a code from 100 to 199 is the key or the account's login, "Request limit reached" is the indexer's
 * limit. Prowlarr puts an HTTP status in the code for its own limits, `<error code="429" description="Grab limit
 * reached (5)" />` on a 200 (cross-seed's author's `curl -v`, https://github.com/Prowlarr/Prowlarr/pull/1168). Any
 * other code says only that the call failed: its description is read with the cause tables by the caller.
 */
import type { Layer } from '../../types.ts';

const LIMIT = 1024;
// The element alone, after an XML declaration at most: the same element inside a feed or a page is its data.
const ERROR_ELEMENT =
  /^\s*(?:<\?xml[^>]{0,100}>\s*)?<error\s+code\s*=\s*"(\d{1,4})"\s+description\s*=\s*"([^"<>]{1,200})"\s*\/>\s*$/;

export interface IndexerError {
  code: number;
  description: string;
  /** The layer the code or its words name by themselves, if they do. */
  layer?: Layer;
}

/** The indexer's error element, if the answer is one. */
export function indexerError(body: string): IndexerError | null {
  if (body.length > LIMIT) return null;
  const match = ERROR_ELEMENT.exec(body);
  if (!match) return null;
  const code = Number(match[1]);
  const description = match[2]!.trim();
  // The login's range, unless its words name the account itself (101 "Account suspended", review "77.").
  if (code >= 100 && code <= 199)
    return {
      code,
      description,
      layer: /\baccount (?:is |has been )?(?:suspended|disabled|banned)\b/i.test(description)
        ? 'account'
        : 'auth',
    };
  if (code === 429 || /^request limit reached\b/i.test(description))
    return { code, description, layer: 'rate-limit' };
  return { code, description };
}
