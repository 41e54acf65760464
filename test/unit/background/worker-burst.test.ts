import { describe, expect, it } from 'vitest';
import { startWorker } from '../../../background/worker.ts';
import type { CapturedRecord, SuccessCount } from '../../../src/messages.ts';
import { completed, FakeBrowser } from './fake-browser.ts';

const HOST = 'cdn.example.tv';

describe('a burst of 500 watched responses per second for 20 s', () => {
  it('loses nothing, counts every success, and batches its writes', async () => {
    const fake = new FakeBrowser();
    fake.profile.granted.push(`*://${HOST}/*`);
    fake.profile.local.latencyMs = 2; // a storage write is not free in a real browser either
    const worker = startWorker(fake, { log: () => {} });
    await worker.ready;
    const setsBefore = fake.profile.local.sets;
    const start = Date.now() - 20_000;
    const started = performance.now();
    let failures = 0;
    for (let second = 0; second < 20; second += 1) {
      const events: Array<Promise<boolean>> = [];
      for (let i = 0; i < 500; i += 1) {
        const n = second * 500 + i;
        // One in twenty is refused, as when a CDN starts rejecting some segments of a live channel.
        const status = n % 20 === 0 ? 403 : 200;
        if (status === 403) failures += 1;
        const url = `https://${HOST}/hls/ch${n % 7}/seg${n}.ts`;
        events.push(
          fake.fire('onCompleted', completed(url, status, { timeStamp: start + second * 1000 + i * 2 })),
        );
      }
      await Promise.all(events);
    }
    await worker.idle();
    const elapsed = performance.now() - started;

    const log = (await fake.send({ type: 'get-log', payload: { limit: 5000 } })) as {
      records: CapturedRecord[];
      successes: SuccessCount[];
    };
    expect(log.records).toHaveLength(failures);
    expect(log.successes.reduce((sum, count) => sum + count.count, 0)).toBe(10_000 - failures);
    const writes = fake.profile.local.sets - setsBefore;
    expect(writes).toBeLessThan(10_000 / 10);
    console.info(
      `burst: 10000 events in ${elapsed.toFixed(0)} ms, ${writes} storage writes, ` +
        `${(fake.profile.local.bytesWritten / 1e6).toFixed(1)} MB serialised, ` +
        `${(fake.profile.local.bytesInUse() / 1e3).toFixed(0)} KB stored`,
    );
  }, 60_000);

  it('keeps writes batched when events arrive one task apart instead of all at once', async () => {
    const fake = new FakeBrowser();
    fake.profile.granted.push(`*://${HOST}/*`);
    fake.profile.local.latencyMs = 2;
    const worker = startWorker(fake, { log: () => {} });
    await worker.ready;
    const setsBefore = fake.profile.local.sets;
    const start = Date.now() - 20_000;
    const started = performance.now();
    const events: Array<Promise<boolean>> = [];
    for (let n = 0; n < 10_000; n += 1) {
      const status = n % 20 === 0 ? 403 : 200;
      events.push(
        fake.fire(
          'onCompleted',
          completed(`https://${HOST}/hls/seg${n}.ts`, status, { timeStamp: start + n * 2 }),
        ),
      );
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(events);
    await worker.idle();
    const elapsed = performance.now() - started;
    const log = (await fake.send({ type: 'get-log', payload: { limit: 5000 } })) as {
      records: CapturedRecord[];
      successes: SuccessCount[];
    };
    expect(log.records).toHaveLength(500);
    expect(log.successes.reduce((sum, count) => sum + count.count, 0)).toBe(9_500);
    const writes = fake.profile.local.sets - setsBefore;
    expect(writes).toBeLessThan(10_000 / 4);
    console.info(
      `trickle: 10000 events in ${elapsed.toFixed(0)} ms, ${writes} storage writes, ` +
        `${(fake.profile.local.bytesWritten / 1e6).toFixed(1)} MB serialised`,
    );
  }, 60_000);
});
