import { describe, expect, it } from 'vitest';
import { recordId } from '../../../../background/storage/record-codec.ts';
import { HOURS_KEY, Store, type StoreLimits } from '../../../../background/storage/store.ts';
import {
  applyTrim,
  CHUNK_SIZE,
  chunkKey,
  planTrim,
  RING_INDEX_KEY,
  readIndex,
} from '../../../../src/capture/ring.ts';
import type { CapturedRecord } from '../../../../src/messages.ts';
import { FakeBrowser, FakeProfile } from '../fake-browser.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

function record(sequence: number, startedAt = NOW, tabId = 1): CapturedRecord {
  const url = `https://cdn.example.tv/live/${sequence}.ts`;
  return {
    id: recordId(sequence),
    exchange: {
      url,
      method: 'GET',
      status: 403,
      startedAt,
      requestHeaders: [],
      responseHeaders: [{ name: 'Server', value: 'cloudflare' }],
      context: { sequence, tabId },
    },
    finding: {
      entry: sequence,
      status: 403,
      url,
      startedAt,
      layer: 'waf',
      vendor: 'cloudflare',
      role: 'stream',
      confidence: 0.8,
      evidence: ['cf-ray'],
      errorClass: 'refusal',
    },
  };
}

function makeStore(
  profile = new FakeProfile(),
  limits: StoreLimits = { maxEvents: 2000, retentionDays: 7 },
  now = NOW,
) {
  const port = new FakeBrowser(profile);
  const errors: string[] = [];
  const store = new Store(port.local, {
    now: () => now,
    limits: () => limits,
    log: (message) => errors.push(message),
  });
  return { store, profile, errors };
}

async function addAll(store: Store, count: number, startedAt = NOW) {
  await store.load();
  const adds: Array<Promise<void>> = [];
  for (let i = 0; i < count; i += 1) adds.push(store.add(record(store.allocateSequence(), startedAt)));
  await Promise.all(adds);
}

function keysWith(profile: FakeProfile, prefix: string): string[] {
  return [...profile.local.data.keys()].filter((key) => key.startsWith(prefix));
}

describe('ring bounds and retention', () => {
  it('keeps the newest maxEvents records, in chunks, and removes whole old chunks', async () => {
    const { store, profile } = makeStore(undefined, { maxEvents: 100, retentionDays: 7 });
    await addAll(store, 257);
    const records = await store.records();
    expect(records).toHaveLength(100);
    expect(records[0]?.id).toBe('e157');
    expect(records.at(-1)?.id).toBe('e256');
    expect(keysWith(profile, 'rec:').length).toBeLessThanOrEqual(Math.ceil(100 / CHUNK_SIZE) + 1);
  });

  it('drops records older than the retention period at the next write', async () => {
    const limits = { maxEvents: 2000, retentionDays: 2 };
    const { store, profile } = makeStore(undefined, limits);
    await store.load();
    await store.add(record(store.allocateSequence(), NOW - 3 * DAY));
    await store.add(record(store.allocateSequence(), NOW - 1 * DAY));
    await store.add(record(store.allocateSequence(), NOW));
    const kept = await store.records();
    expect(kept.map((r) => r.id)).toEqual(['e1', 'e2']);
    const fresh = makeStore(profile, limits).store;
    await fresh.load();
    expect((await fresh.records()).map((r) => r.id)).toEqual(['e1', 'e2']);
  });

  it('expires records on read too, when nothing new arrived for days', async () => {
    const limits = { maxEvents: 2000, retentionDays: 2 };
    const first = makeStore(undefined, limits, NOW);
    await addAll(first.store, 3, NOW);
    const later = makeStore(first.profile, limits, NOW + 3 * DAY).store;
    await later.load();
    expect(await later.records()).toEqual([]);
    expect(keysWith(first.profile, 'rec:')).toEqual([]);
  });

  it('expires success buckets with the records', async () => {
    const { store, profile } = makeStore(undefined, { maxEvents: 2000, retentionDays: 1 });
    await store.load();
    const old = Math.floor((NOW - 2 * DAY) / 60_000) * 60_000;
    const recent = Math.floor(NOW / 60_000) * 60_000;
    await store.count({ host: 'h', role: 'stream', minute: old, count: 5 });
    await store.count({ host: 'h', role: 'stream', minute: recent, count: 2 });
    expect(await store.successes()).toEqual([{ host: 'h', role: 'stream', minute: recent, count: 2 }]);
    expect(keysWith(profile, 'ok:')).toHaveLength(1);
  });
});

describe('exact success counts', () => {
  it('adds to the stored bucket after a restart instead of overwriting it', async () => {
    const minute = Math.floor(NOW / 60_000) * 60_000;
    const first = makeStore();
    await first.store.load();
    await Promise.all(
      Array.from({ length: 7 }, () => first.store.count({ host: 'h', role: 'epg', minute, count: 1 })),
    );
    const second = makeStore(first.profile);
    await second.store.load();
    await second.store.count({ host: 'h', role: 'epg', minute, count: 1 });
    expect(await second.store.successes()).toEqual([{ host: 'h', role: 'epg', minute, count: 8 }]);
  });
});

describe('repair on read', () => {
  it('rebuilds a broken index and keeps only valid records from damaged chunks', async () => {
    const profile = new FakeProfile();
    profile.local.data.set(RING_INDEX_KEY, { schema: 1, nextSequence: 'twelve', chunks: null });
    profile.local.data.set(chunkKey(0), [
      record(0),
      { id: 'e1', exchange: 'oops' },
      null,
      record(2),
      record(99),
    ]);
    profile.local.data.set(chunkKey(1), 'not an array');
    profile.local.data.set(chunkKey(3), [record(80), record(80)]);
    profile.local.data.set('ok:123', [{ host: 'h', role: 'x', minute: 'now', count: 1 }]);
    profile.local.data.set('settings', { untouched: true });
    const { store } = makeStore(profile);
    await store.load();
    expect((await store.records()).map((r) => r.id)).toEqual(['e0', 'e2', 'e80']);
    expect(store.allocateSequence()).toBe(81);
    expect(profile.local.data.has(chunkKey(1))).toBe(false);
    expect(profile.local.data.has('ok:123')).toBe(false);
    expect(profile.local.data.get(chunkKey(0))).toHaveLength(2);
    expect(profile.local.data.get('settings')).toEqual({ untouched: true });
    const index = profile.local.data.get(RING_INDEX_KEY) as { chunks: Array<{ id: number; count: number }> };
    expect(index.chunks.map((chunk) => [chunk.id, chunk.count])).toEqual([
      [0, 2],
      [3, 1],
    ]);
  });

  it('finds records of a chunk the index lost (a write torn by a crash)', async () => {
    const { store, profile } = makeStore();
    await addAll(store, 3);
    profile.local.data.set(chunkKey(4), [record(100)]);
    const fresh = makeStore(profile).store;
    await fresh.load();
    expect((await fresh.records()).map((r) => r.id)).toEqual(['e0', 'e1', 'e2', 'e100']);
    expect(fresh.allocateSequence()).toBe(101);
  });

  it('treats a listed chunk that vanished as empty', async () => {
    const { store, profile } = makeStore();
    await addAll(store, 30);
    profile.local.data.delete(chunkKey(0));
    const fresh = makeStore(profile).store;
    await fresh.load();
    await fresh.add(record(fresh.allocateSequence()));
    expect((await fresh.records()).map((r) => r.id)).toEqual(['e25', 'e26', 'e27', 'e28', 'e29', 'e30']);
  });

  it('survives a storage that refuses to be read', async () => {
    const area = new FakeBrowser().local;
    area.get = () => Promise.reject(new Error('IO error'));
    const errors: string[] = [];
    const limits = { maxEvents: 2000, retentionDays: 7 };
    const store = new Store(area, {
      now: () => NOW,
      limits: () => limits,
      log: (message) => errors.push(message),
    });
    await store.load();
    expect(await store.records()).toEqual([]);
    expect(errors).toContain('storage read failed');
  });
});

describe('quota', () => {
  it('drops the oldest records and retries when QUOTA_BYTES is exceeded, never throwing', async () => {
    const { store, profile, errors } = makeStore();
    profile.local.quotaBytes = 60_000;
    await addAll(store, 400);
    const records = await store.records();
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(400);
    expect(records.at(-1)?.id).toBe('e399');
    expect(profile.local.bytesInUse()).toBeLessThanOrEqual(60_000);
    expect(errors).not.toContain('storage full: batch not saved');
    const index = profile.local.data.get(RING_INDEX_KEY) as { chunks: Array<{ id: number }> };
    expect(index.chunks.map((chunk) => chunkKey(chunk.id)).sort()).toEqual(keysWith(profile, 'rec:').sort());
  });

  it('gives up on a batch that cannot fit at all, and says so', async () => {
    const { store, profile, errors } = makeStore();
    profile.local.quotaBytes = 10;
    await addAll(store, 1);
    expect(errors).toContain('storage full: batch not saved');
  });
});

describe('updates and clearing', () => {
  it('replaces a stored record (a body read after the fact)', async () => {
    const { store } = makeStore();
    await addAll(store, 3);
    await store.update('e1', (r) => ({ ...r, exchange: { ...r.exchange, body: 'Error 1020' } }));
    await store.update('e999', (r) => ({ ...r, exchange: { ...r.exchange, body: 'never' } }));
    const records = await store.records();
    expect(records.map((r) => r.exchange.body)).toEqual([undefined, 'Error 1020', undefined]);
  });

  it('clears one tab, then everything, and keeps sequences monotonic', async () => {
    const { store, profile } = makeStore();
    await store.load();
    await Promise.all([1, 2, 1, 2].map((tab) => store.add(record(store.allocateSequence(), NOW, tab))));
    await store.count({ host: 'h', role: 'stream', minute: Math.floor(NOW / 60_000) * 60_000, count: 3 });
    expect((await store.clear(1)).records).toHaveLength(2);
    expect((await store.records()).map((r) => r.exchange.context?.tabId)).toEqual([2, 2]);
    const all = await store.clear();
    expect(all.records).toHaveLength(2);
    expect(all.successes.map((count) => count.count)).toEqual([3]);
    expect(await store.records()).toEqual([]);
    expect(await store.successes()).toEqual([]);
    expect(keysWith(profile, 'rec:')).toEqual([]);
    expect(profile.local.data.get(HOURS_KEY)).toEqual([]);
    expect(store.allocateSequence()).toBe(4);
    // The undo puts back what the last clear removed: records and counts.
    await store.restore(all);
    expect((await store.records()).map((r) => r.exchange.context?.tabId)).toEqual([2, 2]);
    expect((await store.successes()).map((count) => count.count)).toEqual([3]);
  });
});

describe('ring plan (pure)', () => {
  const chunk = (id: number, count: number, oldest: number, newest: number) => ({
    id,
    count,
    oldest,
    newest,
  });

  it('drops whole chunks first and cuts at most one', () => {
    const chunks = [chunk(0, 25, 10, 20), chunk(1, 25, 21, 30), chunk(2, 10, 31, 40)];
    expect(planTrim(chunks, { maxItems: 60, cutoff: 0 })).toEqual({ drop: [], trim: null });
    expect(planTrim(chunks, { maxItems: 35, cutoff: 0 })).toEqual({ drop: [0], trim: null });
    expect(planTrim(chunks, { maxItems: 30, cutoff: 0 })).toEqual({
      drop: [0],
      trim: { id: 1, removeOldest: 5 },
    });
    expect(planTrim(chunks, { maxItems: 100, cutoff: 25 })).toEqual({
      drop: [0],
      trim: { id: 1, removeOldest: 0 },
    });
    expect(applyTrim([{ t: 21 }, { t: 24 }, { t: 26 }], 0, 25, (item) => item.t)).toEqual([{ t: 26 }]);
  });

  it('refuses an index that lies about its chunks', () => {
    const valid = { schema: 1, nextSequence: 50, chunks: [chunk(1, 25, 1, 2)] };
    expect(readIndex(valid)).toEqual(valid);
    expect(readIndex({ ...valid, chunks: [chunk(1, 25, 1, 2), chunk(1, 3, 1, 2)] })).toBeNull();
    expect(readIndex({ ...valid, chunks: [chunk(9, 25, 1, 2)] })).toBeNull(); // beyond nextSequence
    expect(readIndex({ ...valid, chunks: [chunk(1, 0, 1, 2)] })).toBeNull();
    expect(readIndex({ ...valid, schema: 2 })).toBeNull();
  });
});
