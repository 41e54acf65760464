// PENDING (helper: endpoint roles and HAR).
import type { Exchange, Finding } from '../types.ts';

export interface HarItem {
  exchange: Exchange;
  finding?: Finding;
}

export function toHar(_items: readonly HarItem[], _creator: { name: string; version: string }): unknown {
  throw new Error('pending');
}
