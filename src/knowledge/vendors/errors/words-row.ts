import type { Localized } from '../../../types.ts';

/** The display side of one vendor error row, keyed like its facts. */
export interface VendorErrorText {
  key: string;
  title: Localized;
  meaning: Localized;
}
