/**
 * The pure half of the record store: how a bounded ring of records is laid out in a key-value store, and
 * which keys to drop or rewrite to stay within the limits. The worker does the I/O (background/storage/store.ts).
 *
 * Records live in chunks of CHUNK_SIZE under `rec:<n>`, where n = floor(sequence / CHUNK_SIZE): appending
 * rewrites one small chunk, never one giant array, and the oldest records go by removing whole keys. A
 * small index (`ring`) lists the chunks with their counts and time span, so limits are enforced without
 * reading the chunks; when the index is lost or wrong, it is rebuilt from the keys themselves.
 */

export const RING_INDEX_KEY = 'ring';
export const CHUNK_SIZE = 25;
export const CHUNK_PREFIX = 'rec:';

export interface ChunkInfo {
  id: number;
  count: number;
  /** Records only a page reported (no webRequest view): they leave first when the ring is full. */
  pageOnly?: number;
  /** Oldest and newest record time in the chunk (ms since epoch). */
  oldest: number;
  newest: number;
}

export interface RingIndex {
  schema: 1;
  /** The next record's sequence: monotonic for the profile, never reused even after clearing. */
  nextSequence: number;
  /** Sorted by id, oldest first. */
  chunks: ChunkInfo[];
}

export interface RingItem {
  sequence: number;
  time: number;
  pageOnly?: boolean;
}

export function chunkKey(id: number): string {
  return `${CHUNK_PREFIX}${id}`;
}

export function chunkIdOfKey(key: string): number | null {
  if (!key.startsWith(CHUNK_PREFIX)) return null;
  const id = Number(key.slice(CHUNK_PREFIX.length));
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export function chunkIdOf(sequence: number): number {
  return Math.floor(sequence / CHUNK_SIZE);
}

export function emptyIndex(nextSequence = 0): RingIndex {
  return { schema: 1, nextSequence, chunks: [] };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The stored index if it is well-formed, else null (the caller then rebuilds it from the chunks). */
export function readIndex(raw: unknown): RingIndex | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { schema, nextSequence, chunks } = raw as Partial<Record<keyof RingIndex, unknown>>;
  if (schema !== 1 || !isCount(nextSequence) || !Array.isArray(chunks)) return null;
  const valid: ChunkInfo[] = [];
  for (const chunk of chunks) {
    if (typeof chunk !== 'object' || chunk === null) return null;
    const { id, count, oldest, newest, pageOnly } = chunk as Partial<Record<keyof ChunkInfo, unknown>>;
    if (!isCount(id) || !isCount(count) || !isCount(oldest) || !isCount(newest)) return null;
    if (count === 0 || id >= chunkIdOf(nextSequence) + 1) return null;
    const info: ChunkInfo = { id, count, oldest, newest };
    if (isCount(pageOnly) && pageOnly > 0 && pageOnly <= count) info.pageOnly = pageOnly;
    valid.push(info);
  }
  valid.sort((a, b) => a.id - b.id);
  if (valid.some((chunk, i) => i > 0 && valid[i - 1]?.id === chunk.id)) return null;
  return { schema: 1, nextSequence, chunks: valid };
}

/** What the index says about one chunk's content; null for an empty chunk (its key is removed). */
export function describeChunk(id: number, items: readonly RingItem[]): ChunkInfo | null {
  if (items.length === 0) return null;
  let oldest = Number.POSITIVE_INFINITY;
  let newest = 0;
  let pageOnly = 0;
  for (const item of items) {
    oldest = Math.min(oldest, item.time);
    newest = Math.max(newest, item.time);
    if (item.pageOnly) pageOnly += 1;
  }
  const info: ChunkInfo = { id, count: items.length, oldest, newest };
  if (pageOnly > 0) info.pageOnly = pageOnly;
  return info;
}

/**
 * Which page-only records to remove, oldest chunk first, so that the ring is back within `maxItems` before
 * any webRequest record has to go: a page can fill the ring with reports, never push out what the browser saw.
 */
export function pageOnlyOverflow(chunks: readonly ChunkInfo[], maxItems: number): Map<number, number> {
  let overflow = chunks.reduce((sum, chunk) => sum + chunk.count, 0) - maxItems;
  const plan = new Map<number, number>();
  for (const chunk of chunks) {
    if (overflow <= 0) break;
    const take = Math.min(chunk.pageOnly ?? 0, overflow);
    if (take > 0) plan.set(chunk.id, take);
    overflow -= take;
  }
  return plan;
}

/**
 * Items of a stored chunk that belong there: valid (per the caller's check), in the chunk's sequence
 * range, one per sequence, in order. Anything else is what a crash or a bad write left behind.
 */
export function repairChunk<T>(
  id: number,
  raw: unknown,
  parse: (value: unknown) => T | null,
  itemOf: (item: T) => RingItem,
): T[] {
  if (!Array.isArray(raw)) return [];
  const bySequence = new Map<number, T>();
  for (const value of raw) {
    const item = parse(value);
    if (item === null) continue;
    const { sequence } = itemOf(item);
    if (chunkIdOf(sequence) === id) bySequence.set(sequence, item);
  }
  return [...bySequence.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

/** An index for whatever chunks a full scan found (after repair), keeping sequences ahead of them all. */
export function rebuildIndex(found: ReadonlyMap<number, readonly RingItem[]>, nextSequence = 0): RingIndex {
  const chunks: ChunkInfo[] = [];
  let next = nextSequence;
  for (const [id, items] of found) {
    const info = describeChunk(id, items);
    if (info) chunks.push(info);
    for (const item of items) next = Math.max(next, item.sequence + 1);
  }
  chunks.sort((a, b) => a.id - b.id);
  return { schema: 1, nextSequence: next, chunks };
}

export interface RingLimits {
  maxItems: number;
  /** Items older than this time (ms since epoch) are dropped. */
  cutoff: number;
}

export interface TrimPlan {
  /** Chunks removed whole. */
  drop: number[];
  /** The one chunk that keeps part of its items: drop its `removeOldest` first items, then those before cutoff. */
  trim: { id: number; removeOldest: number } | null;
}

/** Which chunks to remove (and which one to cut) so the ring holds ≤ maxItems, none older than cutoff. */
export function planTrim(chunks: readonly ChunkInfo[], limits: RingLimits): TrimPlan {
  let overflow = chunks.reduce((sum, chunk) => sum + chunk.count, 0) - limits.maxItems;
  const drop: number[] = [];
  let trim: TrimPlan['trim'] = null;
  for (const chunk of chunks) {
    if (chunk.count <= overflow || chunk.newest < limits.cutoff) {
      drop.push(chunk.id);
      overflow -= chunk.count;
      continue;
    }
    if (overflow > 0 || chunk.oldest < limits.cutoff) {
      trim = { id: chunk.id, removeOldest: Math.max(0, overflow) };
      overflow = 0;
    }
    // Chunks are in sequence order; once one survives whole, count limits are met. A later chunk can still
    // hold a record older than the cutoff (clocks move), but that one goes at the next pass, not lost.
    if (overflow <= 0) break;
  }
  return { drop, trim };
}

export function applyTrim<T>(
  items: readonly T[],
  removeOldest: number,
  cutoff: number,
  timeOf: (item: T) => number,
): T[] {
  return items.slice(removeOldest).filter((item) => timeOf(item) >= cutoff);
}

export function retentionCutoff(now: number, days: number): number {
  return now - days * 24 * 60 * 60 * 1000;
}
