/**
 * Transport failures (status 0, the browser named why), facts and texts joined: the names and layer of
 * src/knowledge/transport/names.ts with the title, meaning and advice of src/knowledge/transport/words.ts. For the CLI,
 * `explain` and the text packs; the engine reads the facts alone.
 */

import type { Layer, Localized } from '../../types.ts';
import { adviceLine, dontAdvice } from '../guide/advice.ts';
import {
  findTransportFacts,
  genericTransportFacts,
  type TransportFacts,
  transportFactsRows,
} from './facts.ts';
import { TRANSPORT_TEXTS } from './words.ts';

export { looksLikeTransportError } from './facts.ts';

export interface TransportInfo {
  id: string;
  /** Chrome names (net::ERR_…) and their Firefox twins (NS_ERROR_…). */
  chrome: string[];
  firefox: string[];
  /** Firefox's wording for NSS errors, which is what its webRequest reports instead of a name. */
  firefoxMessages: string[];
  /** Name prefixes that fall back to this row when the exact name is not listed. */
  families: string[];
  title: Localized;
  meaning: Localized;
  layer: Layer;
  nextSteps: Localized[];
  dont: Localized[];
}

function resolve(facts: TransportFacts): TransportInfo {
  const text = TRANSPORT_TEXTS[facts.id];
  return Object.freeze({
    id: facts.id,
    chrome: Object.freeze([...facts.chrome]) as string[],
    firefox: Object.freeze([...facts.firefox]) as string[],
    firefoxMessages: Object.freeze([...facts.firefoxMessages]) as string[],
    families: Object.freeze([...facts.families]) as string[],
    title: text.title,
    meaning: text.meaning,
    layer: facts.layer,
    nextSteps: Object.freeze(text.next.map(adviceLine)) as Localized[],
    dont: Object.freeze(text.dont.map(dontAdvice)) as Localized[],
  });
}

export const TRANSPORT_ROWS: readonly TransportInfo[] = transportFactsRows().map(resolve);
export const GENERIC_TRANSPORT: TransportInfo = resolve(genericTransportFacts());

const byId = new Map<string, TransportInfo>(
  [...TRANSPORT_ROWS, GENERIC_TRANSPORT].map((row) => [row.id, row]),
);

/** The row for a transport error name, or null when nothing in the text looks like one we know. */
export function findTransport(error: string): TransportInfo | null {
  const facts = findTransportFacts(error);
  return facts ? (byId.get(facts.id) ?? null) : null;
}

/** Never throws: an unknown or empty name gets the generic row. */
export function transportInfo(error: string): TransportInfo {
  return findTransport(error) ?? GENERIC_TRANSPORT;
}
