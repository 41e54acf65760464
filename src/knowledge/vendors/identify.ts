import type { Exchange } from '../../types.ts';
import { collectIndexed, collectNaive } from './collect.ts';
import { compileIndex, flattenRows } from './compile.ts';
import { resolveVerdict, type VendorVerdict } from './resolve.ts';
import { VENDOR_TABLE } from './table.ts';

export type { VendorVerdict } from './resolve.ts';

/** The table with parents folded in, and its look-up index: built once, when the worker loads. */
const ROWS = flattenRows(VENDOR_TABLE);
const INDEX = compileIndex(ROWS);

/**
 * Which CDN, firewall or bot manager answered this exchange, from passive evidence only (headers, cookie
 * names, body markers, vendor error numbers), with what its own markers say it did. Null when nothing
 * names a vendor: a plain origin refusal.
 */
export function identifyVendor(exchange: Exchange): VendorVerdict | null {
  return resolveVerdict(ROWS, collectIndexed(exchange, ROWS, INDEX), exchange);
}

/** Same answer as `identifyVendor`, trying every marker of every row one by one: the benchmark's baseline. */
export function identifyVendorNaive(exchange: Exchange): VendorVerdict | null {
  return resolveVerdict(ROWS, collectNaive(exchange, ROWS), exchange);
}

/** Ids of every vendor the table knows, in table order. */
export const VENDOR_IDS: readonly string[] = ROWS.map((row) => row.id);

const NAMES: ReadonlyMap<string, string> = new Map(ROWS.map((row) => [row.id, row.name]));

/** Display name of a vendor id ("cloudfront" → "Amazon CloudFront"); an unknown id is shown as given. */
export function vendorName(id: string): string {
  return NAMES.get(id) ?? id;
}
