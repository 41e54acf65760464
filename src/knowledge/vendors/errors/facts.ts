/**
 * What a vendor's own error number or marker says, as the engine needs it: the vendor, its code, what it did
 * (block, challenge, geo, rate limit, origin error) and the layer that said no. One row per key
 * `<vendor>-<code>` (a few keys name the product differently, e.g. `azure-waf-block` answered by Azure Front
 * Door). The plain-word titles and meanings are display text: src/knowledge/vendors/errors/words-cloudflare.ts
 * and src/knowledge/vendors/errors/words-others.ts, under the same keys.
 *
 * The rows themselves are data of their own: src/knowledge/vendors/errors/facts-table.ts.
 */
import type { BlockKind, Layer } from '../../../types.ts';
import { ROWS } from './facts-table.ts';

export interface VendorErrorFacts {
  /** `<vendor>-<code>`, e.g. `cloudflare-1020`, `cloudfront-geo`, `akamai-reference`. */
  readonly key: string;
  readonly vendor: string;
  /** The vendor's number or a short label when it has none (`geo`, `challenge`). */
  readonly code: string;
  readonly action: BlockKind;
  readonly layer: Layer;
}

const ACTIONS: Readonly<Record<string, BlockKind>> = {
  b: 'block',
  c: 'challenge',
  g: 'geo',
  r: 'rate-limit',
  o: 'origin-error',
  a: 'auth',
  u: 'unknown',
};

let byKey: ReadonlyMap<string, VendorErrorFacts> | undefined;

/** Read from the rows on first use: like the vendor table, a worker woken for anything else never needs it. */
const table = (): ReadonlyMap<string, VendorErrorFacts> =>
  (byKey ??= new Map(
    Object.entries(ROWS).flatMap(([vendor, list]) =>
      list.split(' ').map((row) => {
        const [named, action = 'u', layer = 'none'] = row.split(':');
        const [key, code] = named!.includes('=') ? named!.split('=') : [`${vendor}-${named}`, named];
        const facts = { key: key!, vendor, code: code!, action: ACTIONS[action]!, layer: layer as Layer };
        return [facts.key, Object.freeze(facts)] as const;
      }),
    ),
  ));

/** Every key the table knows, in table order. */
export function vendorErrorKeys(): readonly string[] {
  return [...table().keys()];
}

/** The facts of a vendor error key; null for a key nobody documented (an unknown Cloudflare number). */
export function vendorErrorFacts(key: string): VendorErrorFacts | null {
  return table().get(key.toLowerCase()) ?? null;
}
