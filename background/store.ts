/**
 * Records and success counts in `storage.local`, bounded and crash-safe.
 *
 * Events only enqueue; one flush per `setTimeout(0)` window writes everything that arrived (a few chunk
 * keys, the touched hour buckets, the index) in a single `set`. While a write is in flight, new events
 * pile up for the next one, so a burst makes bigger batches rather than more writes. Every storage
 * operation runs in one queue, so a flush, a read and a clear never interleave.
 *
 * Reading back repairs: a broken index is rebuilt from the keys, and a chunk with foreign values keeps
 * only its valid records. A full quota drops the oldest chunk and retries; nothing here throws at the
 * caller because of storage.
 */
import type { CapturedRecord, SuccessCount } from '../src/messages.ts';
import {
  applyTrim,
  chunkIdOf,
  chunkIdOfKey,
  chunkKey,
  describeChunk,
  emptyIndex,
  planTrim,
  RING_INDEX_KEY,
  type RingIndex,
  readIndex,
  rebuildIndex,
  repairChunk,
  retentionCutoff,
} from '../src/ring.ts';
import type { StorageArea } from './port.ts';
import { parseRecord, ringItemOf, sequenceOfId } from './record-codec.ts';
import { addCounts, hourOfKey, PendingCounts, readBucket, successKey } from './success-counts.ts';

export const HOURS_KEY = 'okHours';
const MAX_QUOTA_RETRIES = 50;

export interface StoreLimits {
  maxEvents: number;
  retentionDays: number;
}

export interface StoreOptions {
  now: () => number;
  limits: () => StoreLimits;
  log?: (message: string, error?: unknown) => void;
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

export class Store {
  #index: RingIndex = emptyIndex();
  #hours = new Set<number>();
  #nextSequence = 0;
  readonly #chunks = new Map<number, CapturedRecord[]>();
  readonly #buckets = new Map<number, SuccessCount[]>();
  /** True once every stored chunk is in #chunks (after a full scan). */
  #complete = false;
  #pending: CapturedRecord[] = [];
  #updates = new Map<string, (record: CapturedRecord) => CapturedRecord>();
  readonly #counts = new PendingCounts();
  #extra = new Map<string, unknown>();
  #queue: Promise<unknown> = Promise.resolve();
  #batch: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor(
    private readonly area: StorageArea,
    private readonly options: StoreOptions,
  ) {}

  /** Reads the index (and rebuilds it from the keys when it is missing or broken). */
  load(): Promise<void> {
    return this.#run(async () => {
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
    });
  }

  /** The sequence for the next record; call only after load(). */
  allocateSequence(): number {
    const sequence = this.#nextSequence;
    this.#nextSequence += 1;
    return sequence;
  }

  /** Resolves once the record is in storage (or storage refused it and that was logged). */
  add(record: CapturedRecord): Promise<void> {
    this.#pending.push(record);
    return this.#schedule();
  }

  count(count: SuccessCount): Promise<void> {
    this.#counts.add(count);
    return this.#schedule();
  }

  /** Replaces a stored record (a body read after the fact); unknown ids are ignored. */
  update(id: string, change: (record: CapturedRecord) => CapturedRecord): Promise<void> {
    const previous = this.#updates.get(id);
    this.#updates.set(id, previous ? (record) => change(previous(record)) : change);
    return this.#schedule();
  }

  /** Any other key written with the next batch (the proof session). */
  put(key: string, value: unknown): Promise<void> {
    this.#extra.set(key, value);
    return this.#schedule();
  }

  flushed(): Promise<void> {
    return this.#run(() => this.#flush());
  }

  /** Every stored record, oldest first. */
  records(): Promise<CapturedRecord[]> {
    return this.#run(async () => {
      await this.#flush();
      if (!this.#complete) await this.#scan(this.#nextSequence);
      return this.#allRecords();
    });
  }

  successes(): Promise<SuccessCount[]> {
    return this.#run(async () => {
      await this.#flush();
      const missing = [...this.#hours].filter((hour) => !this.#buckets.has(hour));
      await this.#loadBuckets(missing);
      return [...this.#hours].sort((a, b) => a - b).flatMap((hour) => this.#buckets.get(hour) ?? []);
    });
  }

  /** Removes the records of one tab, or everything (records and counts) when no tab is given. */
  clear(tabId?: number): Promise<number> {
    return this.#run(async () => {
      await this.#flush();
      if (!this.#complete) await this.#scan(this.#nextSequence);
      const before = this.#allRecords().length;
      const keep = (record: CapturedRecord) =>
        tabId !== undefined && record.exchange.context?.tabId !== tabId;
      const items: Record<string, unknown> = {};
      const removals = new Set<string>();
      for (const [id, records] of this.#chunks) {
        const kept = records.filter(keep);
        if (kept.length !== records.length) this.#setChunk(id, kept, items, removals);
      }
      if (tabId === undefined) {
        for (const hour of this.#hours) removals.add(successKey(hour));
        this.#hours.clear();
        this.#buckets.clear();
      }
      await this.#write(items, removals);
      return before - this.#allRecords().length;
    });
  }

  #run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch((error: unknown) => this.#log('store task failed', error));
    return result;
  }

  #schedule(): Promise<void> {
    if (this.#batch) return this.#batch.promise;
    let resolve = () => {};
    const promise = new Promise<void>((done) => {
      resolve = done;
    });
    const batch = { promise, resolve };
    this.#batch = batch;
    setTimeout(() => {
      if (this.#batch === batch) this.#batch = null;
      this.#run(() => this.#flush()).then(batch.resolve, batch.resolve);
    }, 0);
    return promise;
  }

  #log(message: string, error?: unknown): void {
    this.options.log?.(message, error);
  }

  async #get(keys: string[] | null): Promise<Record<string, unknown>> {
    try {
      return await this.area.get(keys);
    } catch (error) {
      this.#log('storage read failed', error);
      return {};
    }
  }

  #allRecords(): CapturedRecord[] {
    return [...this.#chunks.keys()].sort((a, b) => a - b).flatMap((id) => this.#chunks.get(id) ?? []);
  }

  /** Reads every key, keeps what is valid, rewrites what was not, and rebuilds the index. */
  async #scan(nextSequence: number): Promise<void> {
    const stored = await this.#get(null);
    const found = new Map<number, CapturedRecord[]>();
    const items: Record<string, unknown> = {};
    const removals = new Set<string>();
    this.#hours.clear();
    for (const [key, raw] of Object.entries(stored)) {
      const id = chunkIdOfKey(key);
      const hour = hourOfKey(key);
      if (id !== null) {
        const records = repairChunk(id, raw, parseRecord, ringItemOf);
        if (records.length > 0) found.set(id, records);
        if (records.length === 0) removals.add(key);
        else if (!Array.isArray(raw) || raw.length !== records.length) items[key] = records;
      } else if (hour !== null) {
        const bucket = readBucket(raw);
        if (bucket.length === 0) removals.add(key);
        else this.#hours.add(hour);
        this.#buckets.set(hour, bucket);
      }
    }
    this.#chunks.clear();
    for (const [id, records] of found) this.#chunks.set(id, records);
    this.#index = rebuildIndex(
      new Map([...found].map(([id, records]) => [id, records.map(ringItemOf)])),
      Math.max(nextSequence, this.#nextSequence),
    );
    this.#nextSequence = this.#index.nextSequence;
    this.#complete = true;
    await this.#write(items, removals);
  }

  async #loadChunks(ids: Iterable<number>): Promise<void> {
    const listed = new Set(this.#index.chunks.map((chunk) => chunk.id));
    const missing = [...new Set(ids)].filter((id) => !this.#chunks.has(id));
    const toRead = missing.filter((id) => listed.has(id));
    const stored = toRead.length > 0 ? await this.#get(toRead.map(chunkKey)) : {};
    for (const id of missing) {
      this.#chunks.set(id, repairChunk(id, stored[chunkKey(id)], parseRecord, ringItemOf));
    }
  }

  async #loadBuckets(hours: number[]): Promise<void> {
    const toRead = hours.filter((hour) => this.#hours.has(hour) && !this.#buckets.has(hour));
    const stored = toRead.length > 0 ? await this.#get(toRead.map(successKey)) : {};
    for (const hour of hours)
      if (!this.#buckets.has(hour)) this.#buckets.set(hour, readBucket(stored[successKey(hour)]));
  }

  /** Puts a chunk's new content in the cache, the index and the next write (or removes it when empty). */
  #setChunk(
    id: number,
    records: CapturedRecord[],
    items: Record<string, unknown>,
    removals: Set<string>,
  ): void {
    const info = describeChunk(id, records.map(ringItemOf));
    const others = this.#index.chunks.filter((chunk) => chunk.id !== id);
    if (info) {
      this.#chunks.set(id, records);
      this.#index.chunks = [...others, info].sort((a, b) => a.id - b.id);
      items[chunkKey(id)] = records;
      removals.delete(chunkKey(id));
    } else {
      this.#chunks.delete(id);
      this.#index.chunks = others;
      delete items[chunkKey(id)];
      removals.add(chunkKey(id));
    }
  }

  async #flush(): Promise<void> {
    const records = this.#pending;
    const updates = this.#updates;
    const extra = this.#extra;
    if (records.length === 0 && updates.size === 0 && this.#counts.size === 0 && extra.size === 0) return;
    this.#pending = [];
    this.#updates = new Map();
    this.#extra = new Map();
    const counts = this.#counts.take();
    const items: Record<string, unknown> = Object.fromEntries(extra);
    const removals = new Set<string>();

    const chunkOf = (id: string) => chunkIdOf(sequenceOfId(id) ?? 0);
    await this.#loadChunks([
      ...records.map((record) => chunkOf(record.id)),
      ...[...updates.keys()].map(chunkOf),
    ]);
    const touched = new Map<number, CapturedRecord[]>();
    const chunk = (id: number) => touched.get(id) ?? [...(this.#chunks.get(id) ?? [])];
    for (const record of records) touched.set(chunkOf(record.id), [...chunk(chunkOf(record.id)), record]);
    for (const [id, change] of updates) {
      const content = chunk(chunkOf(id));
      touched.set(
        chunkOf(id),
        content.map((record) => (record.id === id ? change(record) : record)),
      );
    }
    for (const [id, content] of touched) this.#setChunk(id, content, items, removals);

    const { maxEvents, retentionDays } = this.options.limits();
    const cutoff = retentionCutoff(this.options.now(), retentionDays);
    const plan = planTrim(this.#index.chunks, { maxItems: maxEvents, cutoff });
    for (const id of plan.drop) this.#setChunk(id, [], items, removals);
    if (plan.trim) {
      const { id, removeOldest } = plan.trim;
      await this.#loadChunks([id]);
      const kept = applyTrim(this.#chunks.get(id) ?? [], removeOldest, cutoff, (r) => r.exchange.startedAt);
      this.#setChunk(id, kept, items, removals);
    }

    await this.#loadBuckets([...counts.keys()]);
    for (const [hour, added] of counts) {
      const bucket = addCounts(this.#buckets.get(hour) ?? [], added);
      this.#buckets.set(hour, bucket);
      this.#hours.add(hour);
      items[successKey(hour)] = bucket;
    }
    for (const hour of this.#hours) {
      if (hour + 3_600_000 > cutoff) continue;
      this.#hours.delete(hour);
      this.#buckets.delete(hour);
      delete items[successKey(hour)];
      removals.add(successKey(hour));
    }
    await this.#write(items, removals);
  }

  /** Removals first (they free quota), then one `set` with the index; on a full quota, drop oldest and retry. */
  async #write(items: Record<string, unknown>, removals: Set<string>): Promise<void> {
    if (removals.size > 0) {
      try {
        await this.area.remove([...removals]);
      } catch (error) {
        this.#log('storage remove failed', error);
      }
    }
    for (let attempt = 0; attempt <= MAX_QUOTA_RETRIES; attempt += 1) {
      this.#index.nextSequence = this.#nextSequence;
      items[RING_INDEX_KEY] = this.#index;
      items[HOURS_KEY] = [...this.#hours].sort((a, b) => a - b);
      try {
        await this.area.set(items);
        return;
      } catch (error) {
        if (!isQuotaError(error)) return this.#log('storage write failed', error);
        if (!(await this.#dropOldest(items))) return this.#log('storage full: batch not saved', error);
      }
    }
  }

  /** Frees room for a write that hit the quota: the oldest chunk, else the oldest count bucket. */
  async #dropOldest(items: Record<string, unknown>): Promise<boolean> {
    const oldest = this.#index.chunks[0];
    const hour = Math.min(...this.#hours);
    let key: string;
    if (oldest) {
      key = chunkKey(oldest.id);
      this.#setChunk(oldest.id, [], items, new Set());
    } else if (Number.isFinite(hour)) {
      key = successKey(hour);
      this.#hours.delete(hour);
      this.#buckets.delete(hour);
    } else {
      return false;
    }
    delete items[key];
    try {
      await this.area.remove(key);
    } catch (error) {
      this.#log('storage remove failed', error);
    }
    return true;
  }
}
