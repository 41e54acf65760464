import { requiredTexts } from './required-text.ts';
import type { Marker, VendorRow } from './schema.ts';

/** A row with its parent's markers and rules folded in, so matching never walks the hierarchy. */
export interface FlatRow extends VendorRow {
  /** Index of the parent row in the flattened table, for "also seen" de-duplication. */
  parentIndex?: number;
  /** A product row counts only when one of its first `ownMarkers` markers (its own, not inherited) matched. */
  ownMarkers: number;
  /** Vendor id error keys start with: the parent's for a product (`cloudflare-1020` on a Stream URL). */
  errorVendor: string;
}

/** Where one marker lives: row index and marker index in the flattened table. */
export interface MarkerRef {
  row: number;
  marker: number;
}

/** What the hot path needs, built once at module load. */
export interface CompiledIndex {
  /** Lower-case header name → header markers. */
  headers: ReadonlyMap<string, readonly MarkerRef[]>;
  headerPrefixes: readonly { prefix: string; refs: readonly MarkerRef[] }[];
  /** Exact cookie name (case kept) → cookie markers. */
  cookies: ReadonlyMap<string, readonly MarkerRef[]>;
  cookiePrefixes: readonly { prefix: string; refs: readonly MarkerRef[] }[];
  hosts: readonly { suffix: string; refs: readonly MarkerRef[] }[];
  /** Lower-case host suffix → its position in `hosts`. */
  hostAt: ReadonlyMap<string, number>;
  /** Lower-case URL parameter name → markers (token parameters). */
  params: ReadonlyMap<string, readonly MarkerRef[]>;
  /** The few markers tried one by one: reason phrases, URL and body patterns. */
  scans: readonly MarkerRef[];
  /**
   * Per scan, its pattern's slot: rows share patterns (a parent's markers are every product's), and one answer
   * runs each pattern once. The slot's required texts, when known, let an answer without them skip the run.
   */
  scanSlots: readonly number[];
  /** Per slot: its pattern (null for a reason phrase or a stateful pattern), whether it reads the URL, its texts. */
  slotPatterns: readonly (RegExp | null)[];
  slotOnUrl: readonly boolean[];
  slotTexts: readonly (readonly string[] | null)[];
  /**
   * One alternation of every body literal and every body pattern's required text, longest first; null when the
   * table has none.
   */
  body: RegExp | null;
  /** Lower-case literal → markers it proves: its own and those of every literal that is a prefix of it. */
  bodyRefs: ReadonlyMap<string, readonly MarkerRef[]>;
  /** Lower-case text the body scan found → the body patterns' required texts it holds at its start. */
  bodyTexts: ReadonlyMap<string, readonly string[]>;
}

/** Error pages are small; a playlist or a JS bundle is not worth scanning to its end. */
export const BODY_SCAN_LIMIT = 64 * 1024;

export function flattenRows(rows: readonly VendorRow[]): FlatRow[] {
  const byId = new Map(rows.map((row, index) => [row.id, index]));
  return rows.map((row) => {
    if (!row.parent) return { ...row, ownMarkers: row.markers.length, errorVendor: row.id };
    const parentIndex = byId.get(row.parent);
    const parent = parentIndex === undefined ? undefined : rows[parentIndex];
    if (!parent || parentIndex === undefined)
      throw new Error(`vendor ${row.id}: unknown parent ${row.parent}`);
    return {
      ...row,
      parentIndex,
      ownMarkers: row.markers.length,
      errorVendor: parent.id,
      markers: [...row.markers, ...parent.markers],
      codes: [...(row.codes ?? []), ...(parent.codes ?? [])],
      statusRules: [...(row.statusRules ?? []), ...(parent.statusRules ?? [])],
    };
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function compileIndex(rows: readonly FlatRow[]): CompiledIndex {
  const headers = new Map<string, MarkerRef[]>();
  const headerPrefixes = new Map<string, MarkerRef[]>();
  const cookies = new Map<string, MarkerRef[]>();
  const cookiePrefixes = new Map<string, MarkerRef[]>();
  const hosts = new Map<string, MarkerRef[]>();
  const params = new Map<string, MarkerRef[]>();
  const scans: MarkerRef[] = [];
  const literals = new Map<string, MarkerRef[]>();
  const push = (map: Map<string, MarkerRef[]>, key: string, ref: MarkerRef) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  rows.forEach((row, rowIndex) => {
    row.markers.forEach((marker: Marker, markerIndex) => {
      const ref = { row: rowIndex, marker: markerIndex };
      switch (marker.on) {
        case 'header':
          push(headers, marker.key.toLowerCase(), ref);
          break;
        case 'header-prefix':
          push(headerPrefixes, marker.key.toLowerCase(), ref);
          break;
        case 'cookie':
          push(cookies, marker.key, ref);
          break;
        case 'cookie-prefix':
          push(cookiePrefixes, marker.key, ref);
          break;
        case 'host':
          push(hosts, marker.key.toLowerCase(), ref);
          break;
        case 'body':
          push(literals, marker.key.toLowerCase(), ref);
          break;
        case 'param':
          push(params, marker.key.toLowerCase(), ref);
          break;
        default:
          scans.push(ref);
      }
    });
  });
  const slots = new Map<string, number>();
  const slotPatterns: (RegExp | null)[] = [];
  const slotOnUrl: boolean[] = [];
  const slotTexts: (readonly string[] | null)[] = [];
  const scanSlots = scans.map((ref) => {
    const marker = rows[ref.row]?.markers[ref.marker];
    // A reason phrase runs no pattern: its own slot, empty. The same pattern on the URL and on the body are two runs.
    const pattern =
      marker && (marker.on === 'url' || marker.on === 'body-match') ? (marker.value ?? null) : null;
    const key = pattern ? `${marker?.on}/${pattern.flags}/${pattern.source}` : `#${slotPatterns.length}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slotPatterns.length;
      slots.set(key, slot);
      // A global or sticky pattern keeps state between runs: run it as the naive path does, never shared.
      const stateful = pattern !== null && (pattern.global || pattern.sticky);
      slotPatterns.push(stateful ? null : pattern);
      slotOnUrl.push(marker?.on === 'url');
      slotTexts.push(pattern && !stateful ? requiredTexts(pattern) : null);
    }
    return slot;
  });
  const patternTexts = new Set(slotTexts.flatMap((texts, slot) => (slotOnUrl[slot] ? [] : (texts ?? []))));
  // At any position the alternation takes the longest key that matches there; every shorter key matching at the
  // same position is a prefix of it, so it is credited through bodyRefs and bodyTexts. Scanning again from the
  // next position finds keys that start inside a longer match.
  const sorted = [...new Set([...literals.keys(), ...patternTexts])].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : 1),
  );
  const bodyRefs = new Map<string, MarkerRef[]>();
  const bodyTexts = new Map<string, string[]>();
  for (const key of sorted) {
    const refs: MarkerRef[] = [];
    const texts: string[] = [];
    for (const other of sorted)
      if (key.startsWith(other)) {
        for (const ref of literals.get(other) ?? []) refs.push(ref);
        if (patternTexts.has(other)) texts.push(other);
      }
    if (refs.length > 0) bodyRefs.set(key, refs);
    if (texts.length > 0) bodyTexts.set(key, texts);
  }
  const list = (map: Map<string, MarkerRef[]>) => [...map].map(([key, refs]) => ({ key, refs }));
  return {
    headers,
    headerPrefixes: list(headerPrefixes).map(({ key, refs }) => ({ prefix: key, refs })),
    cookies,
    cookiePrefixes: list(cookiePrefixes).map(({ key, refs }) => ({ prefix: key, refs })),
    hosts: list(hosts).map(({ key, refs }) => ({ suffix: key, refs })),
    hostAt: new Map([...hosts.keys()].map((suffix, at) => [suffix, at])),
    params,
    scans,
    scanSlots,
    slotPatterns,
    slotOnUrl,
    slotTexts,
    body: sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'gi') : null,
    bodyRefs,
    bodyTexts,
  };
}
