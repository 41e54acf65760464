/**
 * Transport error name → its facts row: exact name (any case, with or without "net::"), a name embedded in a
 * longer message, then the longest matching family. The rows are in src/knowledge/transport/names.ts.
 */
import { genericTransportFacts, type TransportFacts, transportFactsRows } from './names.ts';

export { genericTransportFacts, type TransportFacts, transportFactsRows } from './names.ts';

/** Chrome prefixes its names with "net::" in webRequest and HAR but not everywhere; match without it. */
function normalize(error: string): string {
  return error
    .trim()
    .replace(/^net::/i, '')
    .replace(/\.$/, '')
    .toUpperCase();
}

interface Lookup {
  byName: ReadonlyMap<string, TransportFacts>;
  /** Longest prefix first, so a narrower family always wins over a wider one. */
  byFamily: readonly (readonly [string, TransportFacts])[];
}

let tables: Lookup | undefined;

// One lookup table and one family list, built on first use: the worker calls this for every failed request.
function lookupTables(): Lookup {
  if (tables) return tables;
  const byName = new Map<string, TransportFacts>();
  const byFamily: [string, TransportFacts][] = [];
  for (const facts of [...transportFactsRows(), genericTransportFacts()]) {
    for (const name of [...facts.chrome, ...facts.firefox, ...facts.firefoxMessages])
      byName.set(normalize(name), facts);
    for (const prefix of facts.families) byFamily.push([prefix, facts]);
  }
  byFamily.sort((a, b) => b[0].length - a[0].length);
  tables = { byName, byFamily };
  return tables;
}

/** Names as they appear inside longer messages, e.g. Playwright's "page.goto: net::ERR_… at https://…". */
const NAME_IN_TEXT = /\b(?:ERR_|NS_ERROR_|NS_BINDING_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_ERROR_)[A-Z0-9_]+/;

function lookup(key: string): TransportFacts | undefined {
  const { byName, byFamily } = lookupTables();
  const exact = byName.get(key);
  if (exact) return exact;
  for (const [prefix, facts] of byFamily) if (key.startsWith(prefix)) return facts;
  return undefined;
}

/**
 * The row for a transport error name, or null when nothing in the text looks like one we know.
 * Exact name (with or without "net::", any case) first, then a name found inside the text, then the family.
 */
export function findTransportFacts(error: string): TransportFacts | null {
  if (typeof error !== 'string') return null;
  const found = lookup(normalize(error));
  if (found) return found;
  const embedded = NAME_IN_TEXT.exec(error.toUpperCase());
  return embedded ? (lookup(normalize(embedded[0])) ?? null) : null;
}

/** True when the text names a transport error, known or not (net::ERR_…, NS_ERROR_…, SEC_ERROR_…). */
export function looksLikeTransportError(text: string): boolean {
  return typeof text === 'string' && NAME_IN_TEXT.test(text.toUpperCase());
}

/** Never throws: an unknown or empty name gets the generic row. */
export function transportFacts(error: string): TransportFacts {
  return findTransportFacts(error) ?? genericTransportFacts();
}
