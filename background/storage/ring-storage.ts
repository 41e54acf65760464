/**
 * The ring's state as stored in `storage.local`: the index, the chunks and hour buckets read so far, and
 * how a batch of changes is written. Reading repairs: a broken index is rebuilt from the keys, a chunk
 * with foreign values keeps only its valid records, keys in our namespace that we never write go away.
 * A full quota drops the oldest chunk (then the oldest bucket) and retries; storage errors are logged,
 * never thrown.
 */

import {
  CHUNK_PREFIX,
  type ChunkInfo,
  chunkIdOfKey,
  chunkKey,
  describeChunk,
  emptyIndex,
  RING_INDEX_KEY,
  type RingIndex,
  readIndex,
  rebuildIndex,
  repairChunk,
} from '../../src/capture/ring.ts';
import type { CapturedRecord, SuccessCount } from '../../src/messages.ts';
import { hourOfKey, readBucket, SUCCESS_PREFIX, successKey } from '../capture/success-counts.ts';
import type { StorageArea } from '../port.ts';
import { parseRecord, ringItemOf } from './record-codec.ts';

export const HOURS_KEY = 'okHours';
const MAX_QUOTA_RETRIES = 50;

/** Keys to set and keys to remove, written together by `write`. */
export interface WriteBatch {
  items: Record<string, unknown>;
  removals: Set<string>;
}

export function newBatch(items: Record<string, unknown> = {}): WriteBatch {
  return { items, removals: new Set() };
}

function readHours(raw: unknown): Set<number> | null {
  if (!Array.isArray(raw)) return null;
  const hours = raw.map((hour) => (typeof hour === 'number' ? hourOfKey(successKey(hour)) : null));
  return hours.every((hour) => hour !== null) ? new Set(hours as number[]) : null;
}

function isQuotaError(error: unknown): boolean {
  // Chrome: "QUOTA_BYTES quota exceeded"; Firefox's IndexedDB backend: QuotaExceededError.
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

export class RingStorage {
  #index: RingIndex = emptyIndex();
  #hours = new Set<number>();
  #nextSequence = 0;
  readonly #chunks = new Map<number, CapturedRecord[]>();
  readonly #buckets = new Map<number, SuccessCount[]>();
  /** True once every stored chunk is in #chunks (after a full scan). */
  #complete = false;

  constructor(
    private readonly area: StorageArea,
    private readonly log: (message: string, error?: unknown) => void,
  ) {}

  get chunks(): readonly ChunkInfo[] {
    return this.#index.chunks;
  }

  get hours(): ReadonlySet<number> {
    return this.#hours;
  }

  allocateSequence(): number {
    const sequence = this.#nextSequence;
    this.#nextSequence += 1;
    return sequence;
  }

  /** Reads the index (and rebuilds it from the keys when it is missing or broken). */
  async load(): Promise<void> {
    const stored = await this.#get([RING_INDEX_KEY, HOURS_KEY]);
    const index = readIndex(stored[RING_INDEX_KEY]);
    const hours = readHours(stored[HOURS_KEY]);
    if (index && hours) {
      this.#index = index;
      this.#hours = hours;
      this.#nextSequence = index.nextSequence;
    } else {
      await this.#scan(index?.nextSequence ?? 0);
    }
  }

  /** Every record, oldest first; the first call reads (and repairs) every key. */
  async allRecords(): Promise<CapturedRecord[]> {
    if (!this.#complete) await this.#scan(this.#nextSequence);
    return [...this.#chunks.keys()].sort((a, b) => a - b).flatMap((id) => this.#chunks.get(id) ?? []);
  }

  async allCounts(): Promise<SuccessCount[]> {
    const hours = [...this.#hours].sort((a, b) => a - b);
    await this.loadBuckets(hours);
    return hours.flatMap((hour) => this.#buckets.get(hour) ?? []);
  }

  /** A chunk's records (a copy); load it first. */
  chunk(id: number): CapturedRecord[] {
    return [...(this.#chunks.get(id) ?? [])];
  }

  bucket(hour: number): SuccessCount[] {
    return this.#buckets.get(hour) ?? [];
  }

  async loadChunks(ids: Iterable<number>): Promise<void> {
    const listed = new Set(this.#index.chunks.map((chunk) => chunk.id));
    const missing = [...new Set(ids)].filter((id) => !this.#chunks.has(id));
    const toRead = missing.filter((id) => listed.has(id));
    const stored = toRead.length > 0 ? await this.#get(toRead.map(chunkKey)) : {};
    for (const id of missing)
      this.#chunks.set(id, repairChunk(id, stored[chunkKey(id)], parseRecord, ringItemOf));
  }

  async loadBuckets(hours: Iterable<number>): Promise<void> {
    const missing = [...new Set(hours)].filter((hour) => !this.#buckets.has(hour));
    const toRead = missing.filter((hour) => this.#hours.has(hour));
    const stored = toRead.length > 0 ? await this.#get(toRead.map(successKey)) : {};
    for (const hour of missing) this.#buckets.set(hour, readBucket(stored[successKey(hour)]));
  }

  /** A chunk's new content into the cache, the index and the batch (removed when empty). */
  setChunk(id: number, records: CapturedRecord[], batch: WriteBatch): void {
    const info = describeChunk(id, records.map(ringItemOf));
    const others = this.#index.chunks.filter((chunk) => chunk.id !== id);
    const key = chunkKey(id);
    if (info) {
      this.#chunks.set(id, records);
      this.#index.chunks = [...others, info].sort((a, b) => a.id - b.id);
      batch.items[key] = records;
      batch.removals.delete(key);
    } else {
      this.#chunks.delete(id);
      this.#index.chunks = others;
      delete batch.items[key];
      batch.removals.add(key);
    }
  }

  setBucket(hour: number, bucket: SuccessCount[], batch: WriteBatch): void {
    const key = successKey(hour);
    if (bucket.length > 0) {
      this.#buckets.set(hour, bucket);
      this.#hours.add(hour);
      batch.items[key] = bucket;
      batch.removals.delete(key);
    } else {
      this.#buckets.delete(hour);
      this.#hours.delete(hour);
      delete batch.items[key];
      batch.removals.add(key);
    }
  }

  /** Removals first (they free quota), then one `set` with the index; on a full quota, drop oldest and retry. */
  async write(batch: WriteBatch): Promise<void> {
    if (batch.removals.size > 0) {
      try {
        await this.area.remove([...batch.removals]);
      } catch (error) {
        this.log('storage remove failed', error);
      }
    }
    for (let attempt = 0; attempt <= MAX_QUOTA_RETRIES; attempt += 1) {
      this.#index.nextSequence = this.#nextSequence;
      batch.items[RING_INDEX_KEY] = this.#index;
      batch.items[HOURS_KEY] = [...this.#hours].sort((a, b) => a - b);
      try {
        await this.area.set(batch.items);
        return;
      } catch (error) {
        if (!isQuotaError(error)) return this.log('storage write failed', error);
        if (!(await this.#dropOldest(batch))) return this.log('storage full: batch not saved', error);
      }
    }
  }

  /** Frees room for a write that hit the quota: the oldest chunk, else the oldest count bucket. */
  async #dropOldest(batch: WriteBatch): Promise<boolean> {
    const oldest = this.#index.chunks[0];
    let hour = Number.POSITIVE_INFINITY;
    for (const each of this.#hours) hour = Math.min(hour, each);
    const freed = newBatch();
    if (oldest) this.setChunk(oldest.id, [], freed);
    else if (Number.isFinite(hour)) this.setBucket(hour, [], freed);
    else return false;
    for (const key of freed.removals) delete batch.items[key];
    try {
      await this.area.remove([...freed.removals]);
    } catch (error) {
      this.log('storage remove failed', error);
    }
    return true;
  }

  async #get(keys: string[] | null): Promise<Record<string, unknown>> {
    try {
      return await this.area.get(keys);
    } catch (error) {
      this.log('storage read failed', error);
      return {};
    }
  }

  /** Reads every key, keeps what is valid, rewrites what was not, and rebuilds the index. */
  async #scan(nextSequence: number): Promise<void> {
    const stored = await this.#get(null);
    const batch = newBatch();
    this.#chunks.clear();
    this.#buckets.clear();
    this.#hours.clear();
    for (const [key, raw] of Object.entries(stored)) {
      const id = chunkIdOfKey(key);
      const hour = hourOfKey(key);
      if (id !== null) {
        const records = repairChunk(id, raw, parseRecord, ringItemOf);
        if (records.length > 0) this.#chunks.set(id, records);
        if (records.length === 0) batch.removals.add(key);
        else if (!Array.isArray(raw) || raw.length !== records.length) batch.items[key] = records;
      } else if (hour !== null) {
        const bucket = readBucket(raw);
        if (bucket.length === 0) batch.removals.add(key);
        else this.#hours.add(hour);
        this.#buckets.set(hour, bucket);
      } else if (key.startsWith(CHUNK_PREFIX) || key.startsWith(SUCCESS_PREFIX)) {
        batch.removals.add(key); // our namespace, but not a key we would ever write
      }
    }
    const found = new Map([...this.#chunks].map(([id, records]) => [id, records.map(ringItemOf)]));
    this.#index = rebuildIndex(found, Math.max(nextSequence, this.#nextSequence));
    this.#nextSequence = this.#index.nextSequence;
    this.#complete = true;
    await this.write(batch);
  }
}
