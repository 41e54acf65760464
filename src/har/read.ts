// PENDING (helper: endpoint roles and HAR).
import type { Exchange } from '../types.ts';

export class HarInputError extends Error {}

export function parseHar(_text: string): Exchange[] {
  throw new Error('pending');
}
