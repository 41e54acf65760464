/**
 * What a vendor's own error number or marker means: the facts the engine reads (src/knowledge/vendors/errors/facts.ts)
 * joined with the plain-word titles and meanings a viewer reads (src/vendors/errors-*.ts), for `explain` and
 * the CLI. The worker reads the facts alone.
 */

import type { Localized } from '../../../types.ts';
import { type VendorErrorFacts, vendorErrorFacts, vendorErrorKeys } from './facts.ts';
import { CLOUDFLARE_ERRORS } from './words-cloudflare.ts';
import { DELIVERY_ERRORS } from './words-delivery.ts';
import { OTHER_VENDOR_ERRORS } from './words-others.ts';
import type { VendorErrorText } from './words-row.ts';

export { vendorErrorKeys } from './facts.ts';

/** What a vendor's own error number or marker means, in plain words a viewer understands. */
export interface VendorErrorInfo extends VendorErrorFacts {
  title: Localized;
  meaning: Localized;
}

const TEXTS: ReadonlyMap<string, VendorErrorText> = new Map(
  [...CLOUDFLARE_ERRORS, ...OTHER_VENDOR_ERRORS, ...DELIVERY_ERRORS].map((text) => [text.key, text]),
);

// Joined once; a fact without its text is a table error that test/unit/knowledge/vendors/errors.test.ts reports.
const BY_KEY: ReadonlyMap<string, VendorErrorInfo> = new Map(
  vendorErrorKeys().flatMap((key) => {
    const facts = vendorErrorFacts(key);
    const text = TEXTS.get(key);
    return facts && text ? [[key, { ...facts, title: text.title, meaning: text.meaning }] as const] : [];
  }),
);

/** Keys that have display text, whether or not the engine knows them: the parity test compares both. */
export const VENDOR_ERROR_TEXT_KEYS: readonly string[] = [...TEXTS.keys()];

/** The meaning of a vendor error key; null for a key nobody documented (an unknown Cloudflare number). */
export function vendorErrorInfo(key: string): VendorErrorInfo | null {
  return BY_KEY.get(key.toLowerCase()) ?? null;
}
