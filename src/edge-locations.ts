// PENDING (helper: vendor fingerprints).
import type { EdgeLocation, Header } from './types.ts';

export function edgeLocation(_headers: readonly Header[]): EdgeLocation | null {
  throw new Error('pending');
}
