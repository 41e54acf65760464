// PENDING (helper: vendor fingerprints).
import type { Exchange, VendorMatch } from './types.ts';

export function identifyVendor(_exchange: Exchange): VendorMatch | null {
  throw new Error('pending');
}
