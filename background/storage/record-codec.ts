/**
 * Stored records as the store reads them back: ids carry the capture sequence (`e<sequence>`), and a
 * value that is not a record (wrong types, half-written, from a future version) is refused so the chunk
 * that holds it is repaired instead of crashing the popup.
 */

import type { RingItem } from '../../src/capture/ring.ts';
import type { CapturedRecord } from '../../src/messages.ts';

const ID = /^e(\d{1,15})$/;

export function recordId(sequence: number): string {
  return `e${sequence}`;
}

export function sequenceOfId(id: string): number | null {
  const digits = ID.exec(id)?.[1];
  return digits === undefined ? null : Number(digits);
}

export function ringItemOf(record: CapturedRecord): RingItem {
  const item: RingItem = { sequence: sequenceOfId(record.id) ?? -1, time: record.exchange.startedAt };
  if (record.exchange.context?.source === 'page') item.pageOnly = true;
  return item;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHeaderList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (header) => isObject(header) && typeof header.name === 'string' && typeof header.value === 'string',
    )
  );
}

function isExchange(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    typeof value.url === 'string' &&
    typeof value.method === 'string' &&
    typeof value.status === 'number' &&
    typeof value.startedAt === 'number' &&
    Number.isFinite(value.startedAt) &&
    isHeaderList(value.requestHeaders) &&
    isHeaderList(value.responseHeaders) &&
    (value.context === undefined || isObject(value.context))
  );
}

function isFinding(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    typeof value.status === 'number' &&
    typeof value.url === 'string' &&
    typeof value.layer === 'string' &&
    typeof value.role === 'string' &&
    typeof value.errorClass === 'string' &&
    typeof value.confidence === 'number' &&
    Array.isArray(value.evidence)
  );
}

export function parseRecord(value: unknown): CapturedRecord | null {
  if (!isObject(value) || typeof value.id !== 'string' || sequenceOfId(value.id) === null) return null;
  if (!isExchange(value.exchange) || !isFinding(value.finding)) return null;
  return value as unknown as CapturedRecord;
}
