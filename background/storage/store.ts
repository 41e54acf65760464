/**
 * Records and success counts in `storage.local`, bounded and crash-safe.
 *
 * Events only enqueue; one flush per `setTimeout(0)` window writes everything that arrived (the touched
 * chunk keys, the touched hour buckets, the index) in a single `set` (see task-queue.ts). Limits
 * (maxEvents, retention days) are enforced on every flush by dropping whole old chunks and cutting at
 * most one. Layout and repair: src/capture/ring.ts and ring-storage.ts.
 */

import { applyTrim, chunkIdOf, pageOnlyOverflow, planTrim, retentionCutoff } from '../../src/capture/ring.ts';
import type { CapturedRecord, SuccessCount } from '../../src/messages.ts';
import { addCounts, hourOf, PendingCounts } from '../capture/success-counts.ts';
import type { StorageArea } from '../port.ts';
import { sequenceOfId } from './record-codec.ts';
import { newBatch, RingStorage, type WriteBatch } from './ring-storage.ts';
import { TaskQueue } from './task-queue.ts';

export { HOURS_KEY } from './ring-storage.ts';

/** What a clear removed, kept for its undo. */
export interface Cleared {
  records: CapturedRecord[];
  successes: SuccessCount[];
}

export interface StoreLimits {
  maxEvents: number;
  retentionDays: number;
}

export interface StoreOptions {
  now: () => number;
  limits: () => StoreLimits;
  log?: (message: string, error?: unknown) => void;
}

const chunkOfId = (id: string) => chunkIdOf(sequenceOfId(id) ?? 0);

export class Store {
  readonly #ring: RingStorage;
  readonly #queue: TaskQueue;
  #pending: CapturedRecord[] = [];
  #updates = new Map<string, (record: CapturedRecord) => CapturedRecord>();
  readonly #counts = new PendingCounts();
  #extra = new Map<string, unknown>();

  constructor(
    area: StorageArea,
    private readonly options: StoreOptions,
  ) {
    const log = options.log ?? (() => {});
    this.#ring = new RingStorage(area, log);
    this.#queue = new TaskQueue((error) => log('store task failed', error));
  }

  load(): Promise<void> {
    return this.#queue.run(() => this.#ring.load());
  }

  /** The sequence for the next record; call only after load(). */
  allocateSequence(): number {
    return this.#ring.allocateSequence();
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
    return this.#queue.run(() => this.#flush());
  }

  /** Every stored record, oldest first. */
  records(): Promise<CapturedRecord[]> {
    return this.#queue.run(async () => {
      await this.#flush();
      await this.#expire();
      return this.#ring.allRecords();
    });
  }

  successes(): Promise<SuccessCount[]> {
    return this.#queue.run(async () => {
      await this.#flush();
      await this.#expire();
      return this.#ring.allCounts();
    });
  }

  /**
   * Removes the records of one tab, or everything (records and counts) when no tab is given, and returns
   * what it removed so the clear can be undone.
   */
  clear(tabId?: number): Promise<Cleared> {
    return this.#queue.run(async () => {
      await this.#flush();
      // Loads every chunk (and hour) before reading them one by one.
      await this.#ring.allRecords();
      const removed: Cleared = {
        records: [],
        successes: tabId === undefined ? await this.#ring.allCounts() : [],
      };
      const batch = newBatch();
      for (const { id } of [...this.#ring.chunks]) {
        const records = this.#ring.chunk(id);
        const kept = tabId === undefined ? [] : records.filter((r) => r.exchange.context?.tabId !== tabId);
        if (kept.length === records.length) continue;
        for (const record of records) if (!kept.includes(record)) removed.records.push(record);
        this.#ring.setChunk(id, kept, batch);
      }
      if (tabId === undefined)
        for (const hour of [...this.#ring.hours]) this.#ring.setBucket(hour, [], batch);
      await this.#ring.write(batch);
      return removed;
    });
  }

  /** Puts back what `clear` removed (an undo): records into their chunks, counts into their hours. */
  async restore({ records, successes }: Cleared): Promise<void> {
    for (const count of successes) this.#counts.add(count);
    await Promise.all(records.map((record) => this.add(record)));
  }

  #schedule(): Promise<void> {
    return this.#queue.coalesce(() => this.#flush());
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
    const batch = newBatch(Object.fromEntries(extra));
    const ring = this.#ring;

    await ring.loadChunks([...records.map((r) => chunkOfId(r.id)), ...[...updates.keys()].map(chunkOfId)]);
    const touched = new Map<number, CapturedRecord[]>();
    const content = (id: number) => touched.get(id) ?? ring.chunk(id);
    for (const record of records)
      touched.set(chunkOfId(record.id), [...content(chunkOfId(record.id)), record]);
    for (const [id, change] of updates) {
      touched.set(
        chunkOfId(id),
        content(chunkOfId(id)).map((record) => (record.id === id ? change(record) : record)),
      );
    }
    for (const [id, chunk] of touched) ring.setChunk(id, chunk, batch);

    await ring.loadBuckets(counts.keys());
    for (const [hour, added] of counts) ring.setBucket(hour, addCounts(ring.bucket(hour), added), batch);
    await this.#trim(batch);
    await ring.write(batch);
  }

  /** Adds to the batch what the limits remove: whole old chunks, at most one cut chunk, expired hours. */
  async #trim(batch: WriteBatch): Promise<void> {
    const ring = this.#ring;
    const { maxEvents, retentionDays } = this.options.limits();
    const cutoff = retentionCutoff(this.options.now(), retentionDays);
    // Page-only records go first: a page that floods reports never evicts what webRequest saw.
    const pageOnly = pageOnlyOverflow(ring.chunks, maxEvents);
    if (pageOnly.size > 0) await ring.loadChunks(pageOnly.keys());
    for (const [id, remove] of pageOnly) {
      let left = remove;
      const kept = ring.chunk(id).filter((record) => {
        if (left <= 0 || record.exchange.context?.source !== 'page') return true;
        left -= 1;
        return false;
      });
      ring.setChunk(id, kept, batch);
    }
    const plan = planTrim(ring.chunks, { maxItems: maxEvents, cutoff });
    for (const id of plan.drop) ring.setChunk(id, [], batch);
    if (plan.trim) {
      const { id, removeOldest } = plan.trim;
      await ring.loadChunks([id]);
      ring.setChunk(
        id,
        applyTrim(ring.chunk(id), removeOldest, cutoff, (r) => r.exchange.startedAt),
        batch,
      );
    }
    for (const hour of [...ring.hours]) if (hour < hourOf(cutoff)) ring.setBucket(hour, [], batch);
  }

  /** Limits also apply when nothing new arrives: a popup opened days later must not show expired records. */
  async #expire(): Promise<void> {
    const batch = newBatch();
    await this.#trim(batch);
    if (Object.keys(batch.items).length > 0 || batch.removals.size > 0) await this.#ring.write(batch);
  }
}
