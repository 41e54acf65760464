import { describe, expect, it } from 'vitest';
import { STARTUP_FILTER, startWorker } from '../../../background/worker.ts';
import type { CapturedRecord, SuccessCount } from '../../../src/messages.ts';
import { completed, FakeBrowser, failed } from './fake-browser.ts';

const HOST = 'cdn.example.tv';
const ORIGIN = `*://${HOST}/*`;
const quiet = () => {};

async function boot(fake = new FakeBrowser()) {
  const worker = startWorker(fake, { log: quiet });
  await worker.ready;
  return { fake, worker };
}

function granted(): FakeBrowser {
  const fake = new FakeBrowser();
  fake.profile.granted.push(ORIGIN);
  return fake;
}

async function log(fake: FakeBrowser) {
  return (await fake.send({ type: 'get-log', payload: {} })) as {
    records: CapturedRecord[];
    successes: SuccessCount[];
  };
}

describe('listener registration', () => {
  it('registers every listener synchronously, with the startup filter, before anything is read', () => {
    const fake = new FakeBrowser();
    startWorker(fake, { log: quiet });
    expect(fake.listenerCounts()).toEqual({
      webRequest: 1,
      storage: 1,
      permissions: 1,
      tabUpdated: 1,
      tabRemoved: 1,
      message: 1,
      installed: 1,
    });
    expect(fake.filters[0]).toEqual(STARTUP_FILTER);
  });

  it('stops listening to webRequest when no host is watched', async () => {
    const { fake } = await boot();
    expect(fake.filters.at(-1)).toEqual([]);
    expect(fake.registration).toBeNull();
  });

  it('narrows the filter to the granted hosts and keeps the setting in step', async () => {
    const { fake } = await boot(granted());
    expect(fake.filters.at(-1)).toEqual([ORIGIN]);
    const settings = (await fake.local.get('settings')).settings as { watchedHosts: string[] };
    expect(settings.watchedHosts).toEqual([HOST]);
  });

  it('re-registers on a grant, so the newly granted host is seen (listeners keep their old view)', async () => {
    const { fake, worker } = await boot();
    const url = `https://${HOST}/live/a/b/1.ts`;
    fake.profile.granted.push(ORIGIN); // granted, but no event to tell the worker yet
    expect(await fake.fire('onCompleted', completed(url, 403))).toBe(false);
    const before = fake.filters.length;
    fake.grant(`*://other.tv/*`); // permissions.onAdded
    await worker.idle();
    expect(fake.filters.length).toBeGreaterThan(before);
    expect(await fake.fire('onCompleted', completed(url, 403))).toBe(true);
    await worker.idle();
    expect((await log(fake)).records).toHaveLength(1);
  });

  it('re-registers on a revocation and on hosts-changed', async () => {
    const { fake, worker } = await boot(granted());
    fake.revoke(ORIGIN);
    await worker.idle();
    expect(fake.registration).toBeNull();
    fake.profile.granted.push(ORIGIN);
    const reply = await fake.send({ type: 'hosts-changed', payload: {} });
    expect(reply).toEqual({ watchedHosts: [HOST] });
    expect(fake.filters.at(-1)).toEqual([ORIGIN]);
  });

  it('re-registers when the options page changes the watched hosts in storage', async () => {
    const { fake, worker } = await boot(granted());
    const stored = (await fake.local.get('settings')).settings as Record<string, unknown>;
    await fake.local.set({ settings: { ...stored, watchedHosts: [HOST, '*.panel.tv'] } });
    await worker.idle();
    expect(fake.filters.at(-1)).toEqual(['*://*.panel.tv/*', ORIGIN]);
  });
});

describe('capture', () => {
  it('stores a refused request redacted: no credential from an Xtream path survives', async () => {
    const { fake, worker } = await boot(granted());
    const url = `http://${HOST}:8080/live/jdupont77/S3cretPw9/12345.ts?token=abcdef123456`;
    await fake.fire(
      'onCompleted',
      completed(url, 403, {
        responseHeaders: [
          { name: 'Server', value: 'cloudflare' },
          { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-CDG' },
          { name: 'Date', value: new Date(Date.now() + 600_000).toUTCString() },
        ],
        requestHeaders: [{ name: 'Authorization', value: 'Basic amR1cG9udDc3OlMzY3JldFB3OQ==' }],
      }),
    );
    await worker.idle();
    const everything = JSON.stringify(fake.profile.local.snapshot());
    expect(everything).not.toContain('jdupont77');
    expect(everything).not.toContain('S3cretPw9');
    expect(everything).not.toContain('abcdef123456');
    const [record] = (await log(fake)).records;
    expect(record?.exchange.status).toBe(403);
    expect(record?.finding.status).toBe(403);
    expect(record?.exchange.context).toMatchObject({
      tabId: 7,
      resourceType: 'xmlhttprequest',
      serverIp: '203.0.113.10',
      headersOnly: true,
      retryCount: 0,
      browser: 'chrome',
      online: true,
      effectiveType: '4g',
    });
    expect(record?.exchange.context?.clockSkewSeconds).toBeGreaterThanOrEqual(599);
    expect(record?.exchange.context?.sequence).toBe(0);
  });

  it('counts successes exactly, per host, role and minute, without storing them', async () => {
    const { fake, worker } = await boot(granted());
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    for (let i = 0; i < 30; i += 1) {
      void fake.fire(
        'onCompleted',
        completed(`https://${HOST}/hls/ch1/seg${i}.ts`, 200, { timeStamp: minute + i }),
      );
    }
    await worker.idle();
    const { records, successes } = await log(fake);
    expect(records).toHaveLength(0);
    expect(successes.reduce((sum, count) => sum + count.count, 0)).toBe(30);
    expect(successes.every((count) => count.host === HOST && count.minute === minute)).toBe(true);
  });

  it('keeps transport failures but not the page cancelling its own requests', async () => {
    const { fake, worker } = await boot(granted());
    await fake.fire('onErrorOccurred', failed(`https://${HOST}/live/1.m3u8`, 'net::ERR_CONNECTION_REFUSED'));
    await fake.fire('onErrorOccurred', failed(`https://${HOST}/live/2.ts`, 'net::ERR_ABORTED'));
    await worker.idle();
    const { records } = await log(fake);
    expect(records.map((record) => record.exchange.error)).toEqual(['net::ERR_CONNECTION_REFUSED']);
    expect(records[0]?.exchange.status).toBe(0);
    expect(records[0]?.finding.errorClass).toBe('network');
  });

  it('follows the capture settings: a 404 is dropped once the user removes it', async () => {
    const { fake, worker } = await boot(granted());
    const stored = (await fake.local.get('settings')).settings as Record<string, unknown>;
    await fake.local.set({ settings: { ...stored, capture: { statuses: [403], serverErrors: false } } });
    await worker.idle();
    for (const status of [403, 404, 503, 200])
      await fake.fire('onCompleted', completed(`https://${HOST}/x`, status));
    await worker.idle();
    expect((await log(fake)).records.map((record) => record.exchange.status)).toEqual([403]);
  });

  it("keeps another 4xx that carries a firewall's own marker, whatever the 'other 4xx' setting", async () => {
    const { fake, worker } = await boot(granted());
    // The default settings leave "other 4xx" off: a plain 406, 410 or 451 is noise.
    await fake.fire('onCompleted', completed(`https://${HOST}/plain`, 406));
    await fake.fire('onCompleted', completed(`https://${HOST}/gone.ts`, 410));
    // Indusface answers its blocks with 406 and Server: IF_WAF (WhatWaf issue #932); AWS WAF's CAPTCHA is a
    // 405 with x-amzn-waf-action (AWS WAF developer guide); Cloudflare's managed challenge on a 418 would be
    // cf-mitigated: challenge.
    await fake.fire(
      'onCompleted',
      completed(`https://${HOST}/live.m3u8`, 406, { responseHeaders: [{ name: 'Server', value: 'IF_WAF' }] }),
    );
    await fake.fire(
      'onCompleted',
      completed(`https://${HOST}/api`, 405, {
        responseHeaders: [{ name: 'x-amzn-waf-action', value: 'captcha' }],
      }),
    );
    await fake.fire(
      'onCompleted',
      completed(`https://${HOST}/teapot`, 418, {
        responseHeaders: [
          { name: 'server', value: 'cloudflare' },
          { name: 'cf-mitigated', value: 'challenge' },
        ],
      }),
    );
    await worker.idle();
    const kept = (await log(fake)).records;
    expect(kept.map((record) => record.exchange.status)).toEqual([406, 405, 418]);
    expect(kept.map((record) => [record.finding.layer, record.finding.vendor])).toEqual([
      ['waf', 'indusface'],
      ['waf', 'aws-waf'],
      ['waf', 'cloudflare'],
    ]);
  });

  it('counts retries of the same redacted URL within the minute', async () => {
    const { fake, worker } = await boot(granted());
    const t = Date.now();
    for (let i = 0; i < 4; i += 1) {
      await fake.fire(
        'onCompleted',
        completed(`https://${HOST}/live/u/p/9.ts`, 403, { timeStamp: t + i * 1000 }),
      );
    }
    await worker.idle();
    expect((await log(fake)).records.map((record) => record.exchange.context?.retryCount)).toEqual([
      0, 1, 2, 3,
    ]);
  });

  it('joins request headers from onSendHeaders and measures the duration', async () => {
    const { fake, worker } = await boot(granted());
    const done = completed(`https://${HOST}/player_api.php`, 401);
    await fake.fire('onSendHeaders', {
      ...done,
      timeStamp: done.timeStamp - 250,
      requestHeaders: [{ name: 'User-Agent', value: 'IPTVSmarters/1.0' }],
    });
    await fake.fire('onCompleted', done);
    await worker.idle();
    const [record] = (await log(fake)).records;
    expect(record?.exchange.requestHeaders).toContainEqual({ name: 'User-Agent', value: 'IPTVSmarters/1.0' });
    expect(record?.exchange.durationMs).toBe(250);
  });

  it('reads error bodies in Firefox through filterResponseData', async () => {
    const fake = new FakeBrowser(undefined, 'firefox');
    fake.profile.granted.push(ORIGIN);
    const { worker } = await boot(fake);
    const details = completed(`https://${HOST}/player_api.php?username=u1&password=p1`, 403, {
      responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    });
    fake.profile.bodies.set(details.requestId, '{"user_info":{"auth":0,"status":"Disabled"}}');
    await fake.fire('onHeadersReceived', details);
    await fake.fire('onCompleted', details);
    await worker.idle();
    const [record] = (await log(fake)).records;
    expect(record?.exchange.body).toContain('"auth":0');
    expect(record?.exchange.context?.headersOnly).toBe(false);
  });

  it('tags records and counts with the network/device labels', async () => {
    const { fake, worker } = await boot(granted());
    await fake.send({ type: 'set-labels', payload: { network: ' home  wifi ', device: 'Fire TV' } });
    await fake.fire('onCompleted', completed(`https://${HOST}/a.ts`, 403));
    await fake.fire('onCompleted', completed(`https://${HOST}/b.ts`, 200));
    await worker.idle();
    const { records, successes } = await log(fake);
    expect(records[0]?.exchange.context).toMatchObject({ network: 'home wifi', device: 'Fire TV' });
    expect(successes[0]).toMatchObject({ network: 'home wifi', device: 'Fire TV', count: 1 });
  });
});

describe('worker restart', () => {
  it('a fresh worker over the same storage finds everything and listens again at once', async () => {
    const first = granted();
    const { worker } = await boot(first);
    for (let i = 0; i < 60; i += 1)
      await first.fire('onCompleted', completed(`https://${HOST}/s/${i}.ts`, i % 3 ? 200 : 403));
    await worker.idle();

    const second = first.restart();
    const next = startWorker(second, { log: quiet });
    expect(second.listenerCounts().webRequest).toBe(1); // before any await: a woken worker gets its event
    await next.ready;
    const { records, successes } = await log(second);
    expect(records).toHaveLength(20);
    expect(successes.reduce((sum, count) => sum + count.count, 0)).toBe(40);
    await second.fire('onCompleted', completed(`https://${HOST}/s/new.ts`, 403));
    await next.idle();
    const after = (await log(second)).records;
    expect(after).toHaveLength(21);
    // Sequences continue after a restart instead of starting over (20 records were numbered 0…19).
    expect(after.at(-1)?.exchange.context?.sequence).toBe(20);
  });

  it('loses nothing already acknowledged when the worker is killed in the middle of a burst', async () => {
    const first = granted();
    const { worker } = await boot(first);
    const acknowledged: Array<Promise<boolean>> = [];
    for (let i = 0; i < 200; i += 1)
      acknowledged.push(first.fire('onCompleted', completed(`https://${HOST}/k/${i}.ts`, 403)));
    await Promise.all(acknowledged.slice(0, 100));
    const persistedBeforeKill = 100;
    const second = first.restart(); // killed: whatever was not written yet is gone
    void worker;
    const next = startWorker(second, { log: quiet });
    await next.ready;
    const { records } = await log(second);
    expect(records.length).toBeGreaterThanOrEqual(persistedBeforeKill);
    const sequences = records.map((record) => record.exchange.context?.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
  });
});

describe('messages', () => {
  it('ignores messages from other extensions and unknown shapes', async () => {
    const { fake } = await boot(granted());
    expect(await fake.send({ type: 'clear-log', payload: {} }, 'someone-else')).toBeUndefined();
    expect(await fake.send({ type: 'format-disk', payload: {} })).toBeUndefined();
  });
});
