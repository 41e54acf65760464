import type { Exchange } from '../../types.ts';
import { collectIndexed, collectNaive } from './collect.ts';
import { type CompiledIndex, compileIndex, type FlatRow, flattenRows } from './compile.ts';
import { resolveVerdict, type VendorVerdict } from './resolve.ts';
import { vendorRows } from './table.ts';

export type { VendorVerdict } from './resolve.ts';

interface Table {
  rows: readonly FlatRow[];
  index: CompiledIndex;
  names: ReadonlyMap<string, string>;
  /** The patterns of markers read inside a JSON success (`inSuccess`). */
  inSuccess: readonly RegExp[];
}
let built: Table | undefined;

/**
 * The table with parents folded in, its look-up index and display names: built on first use, not when the
 * module loads. The worker wakes for many things that never name a vendor (a popup asking for its state,
 * success counts, tab changes); unpacking and indexing 120 rows was most of its start-up work (about 5 ms of
 * the 8 ms its top level took, measured in V8 with the Chrome APIs stubbed).
 */
function table(): Table {
  if (!built) {
    const rows = flattenRows(vendorRows());
    const inSuccess = rows.flatMap((row) =>
      row.markers.flatMap((marker) => (marker.inSuccess && marker.value ? [marker.value] : [])),
    );
    built = {
      rows,
      index: compileIndex(rows),
      names: new Map(rows.map((row) => [row.id, row.name])),
      inSuccess: [...new Set(inSuccess)],
    };
  }
  return built;
}

/**
 * Which CDN, firewall or bot manager answered this exchange, from passive evidence only (headers, cookie
 * names, body markers, vendor error numbers), with what its own markers say it did. Null when nothing
 * names a vendor: a plain origin refusal.
 */
export function identifyVendor(exchange: Exchange): VendorVerdict | null {
  const { rows, index } = table();
  const answered = answeredBy(exchange);
  return resolveVerdict(rows, collectIndexed(answered, rows, index), answered);
}

/** Same answer as `identifyVendor`, trying every marker of every row one by one: the benchmark's baseline. */
export function identifyVendorNaive(exchange: Exchange): VendorVerdict | null {
  const { rows } = table();
  const answered = answeredBy(exchange);
  return resolveVerdict(rows, collectNaive(answered, rows), answered);
}

/**
 * A 407 is the proxy's answer: the site asked never answered, so its host, its URL's parameters and the cookies sent
 * to it name no one (youtube-dl through a proxy that wanted credentials was not refused by YouTube,
 * https://github.com/ytdl-org/youtube-dl/issues/22842). Only the response names who answered.
 */
function answeredBy(exchange: Exchange): Exchange {
  return exchange.status === 407 ? { ...exchange, url: '', requestHeaders: [] } : exchange;
}

/**
 * Whether a JSON success carries a platform's own refusal object (a marker marked `inSuccess`): only such a body
 * is worth a vendor look-up, the many JSON successes of a capture cost one pattern test each.
 */
export function mayRefuseInSuccess(body: string): boolean {
  return table().inSuccess.some((pattern) => pattern.test(body));
}

/** Ids of every vendor the table knows, in table order. */
export function vendorIds(): readonly string[] {
  return table().rows.map((row) => row.id);
}

/** Display name of a vendor id ("cloudfront" → "Amazon CloudFront"); an unknown id is shown as given. */
export function vendorName(id: string): string {
  return table().names.get(id) ?? id;
}
