/**
 * Successes are counted per host / role / minute / labels / proof step, never stored one by one: enough
 * for the engine to say "the same endpoint works on the other network" without keeping traffic. Counts
 * are kept in one storage key per hour (`ok:<hour start>`), so a flush rewrites one small bucket.
 */
import type { SuccessCount } from '../../src/messages.ts';

export const SUCCESS_PREFIX = 'ok:';
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export function minuteOf(time: number): number {
  return Math.floor(time / MINUTE_MS) * MINUTE_MS;
}

export function hourOf(time: number): number {
  return Math.floor(time / HOUR_MS) * HOUR_MS;
}

export function successKey(hour: number): string {
  return `${SUCCESS_PREFIX}${hour}`;
}

export function hourOfKey(key: string): number | null {
  if (!key.startsWith(SUCCESS_PREFIX)) return null;
  const hour = Number(key.slice(SUCCESS_PREFIX.length));
  return Number.isSafeInteger(hour) && hour >= 0 && hour % HOUR_MS === 0 ? hour : null;
}

/** Identity of a counter: everything but the count. */
function tallyKey(count: Omit<SuccessCount, 'count'>): string {
  return [
    count.host,
    count.role,
    count.minute,
    count.network ?? '',
    count.device ?? '',
    count.proofStep ?? '',
  ].join('\u0000');
}

function optionalText(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

function parseSuccessCount(value: unknown): SuccessCount | null {
  if (typeof value !== 'object' || value === null) return null;
  const { host, role, minute, network, device, proofStep, count } = value as Record<string, unknown>;
  if (typeof host !== 'string' || typeof role !== 'string') return null;
  if (typeof minute !== 'number' || !Number.isSafeInteger(minute) || minute % MINUTE_MS !== 0) return null;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count <= 0) return null;
  if (!optionalText(network) || !optionalText(device) || !optionalText(proofStep)) return null;
  const parsed: SuccessCount = { host, role, minute, count };
  if (network !== undefined) parsed.network = network;
  if (device !== undefined) parsed.device = device;
  if (proofStep !== undefined) parsed.proofStep = proofStep;
  return parsed;
}

/** A stored bucket, repaired: entries that are not counters are dropped, duplicates are summed. */
export function readBucket(raw: unknown): SuccessCount[] {
  return Array.isArray(raw)
    ? addCounts(
        [],
        raw.map(parseSuccessCount).filter((c) => c !== null),
      )
    : [];
}

/** Adds counts into a bucket (new array; the input is not changed). */
export function addCounts(bucket: readonly SuccessCount[], added: Iterable<SuccessCount>): SuccessCount[] {
  const merged = new Map<string, SuccessCount>();
  for (const count of bucket) merged.set(tallyKey(count), { ...count });
  for (const count of added) {
    const key = tallyKey(count);
    const existing = merged.get(key);
    if (existing) existing.count += count.count;
    else merged.set(key, { ...count });
  }
  return [...merged.values()];
}

/** Counts waiting for the next flush, keyed by hour so each flush touches only the buckets it must. */
export class PendingCounts {
  readonly #byHour = new Map<number, Map<string, SuccessCount>>();

  add(count: SuccessCount): void {
    const hour = hourOf(count.minute);
    let counts = this.#byHour.get(hour);
    if (!counts) {
      counts = new Map();
      this.#byHour.set(hour, counts);
    }
    const key = tallyKey(count);
    const existing = counts.get(key);
    if (existing) existing.count += count.count;
    else counts.set(key, { ...count });
  }

  get size(): number {
    return this.#byHour.size;
  }

  /** Empties the pending set and returns it, hour → counts. */
  take(): Map<number, SuccessCount[]> {
    const taken = new Map<number, SuccessCount[]>();
    for (const [hour, counts] of this.#byHour) taken.set(hour, [...counts.values()]);
    this.#byHour.clear();
    return taken;
  }
}
