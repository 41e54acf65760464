import type { BlockKind, Layer, Localized } from './types.ts';
import { CLOUDFLARE_ERRORS } from './vendors/errors-cloudflare.ts';
import { OTHER_VENDOR_ERRORS } from './vendors/errors-others.ts';

/** What a vendor's own error number or marker means, in plain words a viewer understands. */
export interface VendorErrorInfo {
  /** `<vendor>-<code>`, e.g. `cloudflare-1020`, `cloudfront-geo`, `akamai-reference`. */
  key: string;
  vendor: string;
  /** The vendor's number or a short label when it has none (`geo`, `challenge`). */
  code: string;
  action: BlockKind;
  layer: Layer;
  title: Localized;
  meaning: Localized;
}

const BY_KEY: ReadonlyMap<string, VendorErrorInfo> = new Map(
  [...CLOUDFLARE_ERRORS, ...OTHER_VENDOR_ERRORS].map((info) => [info.key, info]),
);

/** Every key the table explains, in table order. */
export const VENDOR_ERROR_KEYS: readonly string[] = [...BY_KEY.keys()];

/** The meaning of a vendor error key; null for a key nobody documented (an unknown Cloudflare number). */
export function vendorErrorInfo(key: string): VendorErrorInfo | null {
  return BY_KEY.get(key.toLowerCase()) ?? null;
}
