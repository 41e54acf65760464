/**
 * Transport failures as the engine needs them: the request never got an HTTP answer (status 0), the browser
 * named why, and the name tells which layer failed. Each browser's names are in a table of its own, by the
 * same ids: Chrome's net::ERR_… (net/base/net_error_list.h) in transport-names-chrome.ts, Firefox's
 * NS_ERROR_… and NSS messages in transport-names-firefox.ts; each row's comment here cites both. Titles,
 * meanings and advice: src/knowledge/transport/words.ts, under the same ids; the lookup by name: src/knowledge/transport/facts.ts.
 */
import type { Layer } from '../../types.ts';
import { CHROME_TRANSPORT_NAMES } from './names-chrome.ts';
import { FIREFOX_TRANSPORT_NAMES } from './names-firefox.ts';
import { GENERIC_TRANSPORT_ROW, TRANSPORT_ROWS, type TransportId, type TransportRow } from './rows.ts';

export type { TransportId } from './rows.ts';

export interface TransportFacts {
  readonly id: TransportId;
  /** Chrome names (net::ERR_…) and their Firefox twins (NS_ERROR_…), from the two tables by id. */
  readonly chrome: readonly string[];
  readonly firefox: readonly string[];
  /** Firefox's wording for NSS errors, which is what its webRequest reports instead of a name. */
  readonly firefoxMessages: readonly string[];
  /** Name prefixes that fall back to this row when the exact name is not listed. */
  readonly families: readonly string[];
  readonly layer: Layer;
}

function complete(row: TransportRow): TransportFacts {
  const firefox = FIREFOX_TRANSPORT_NAMES[row.id as TransportId];
  return Object.freeze({
    id: row.id as TransportId,
    chrome: CHROME_TRANSPORT_NAMES[row.id as TransportId] ?? [],
    firefox: firefox?.names ?? [],
    firefoxMessages: firefox?.messages ?? [],
    families: row.families ?? [],
    layer: row.layer,
  });
}

let rows: { all: readonly TransportFacts[]; generic: TransportFacts } | undefined;

/** Joined on first use, not at load: in the worker the tables arrive from its knowledge file (src/knowledge/shipped.ts). */
const joined = () =>
  (rows ??= { all: TRANSPORT_ROWS.map(complete), generic: complete(GENERIC_TRANSPORT_ROW) });

/** Every row but the generic one, in table order. */
export function transportFactsRows(): readonly TransportFacts[] {
  return joined().all;
}

/** The row for a failure nobody listed. */
export function genericTransportFacts(): TransportFacts {
  return joined().generic;
}
