// PENDING (helper: redaction).
import type { Exchange } from './types.ts';

export function redactExchange(_exchange: Exchange): Exchange {
  throw new Error('pending');
}
export function redactUrl(_url: string): string {
  throw new Error('pending');
}
