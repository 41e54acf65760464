/**
 * Failed responses the page reported, on the worker's side: one record per request whichever of webRequest
 * and the page arrives first (or alone), the page's error excerpt lent to webRequest's headers-only record
 * and re-diagnosed, records made from the page when webRequest's event never came (a worker stopped
 * mid-burst), and no duplicate when the event comes late, when a report comes late, or twice.
 */
import { describe, expect, it } from 'vitest';
import type { MessageSender } from '../../../../background/port.ts';
import { startWorker } from '../../../../background/worker.ts';
import type { FailureReport } from '../../../../src/capture/page-report.ts';
import type { CapturedRecord, StateReply } from '../../../../src/messages.ts';
import { completed, EXTENSION_ID, FakeBrowser, type FakeProfile, failed } from '../fake-browser.ts';

const HOST = 'cdn.example.tv';
const ORIGIN = `*://${HOST}/*`;
const URL_403 = `http://${HOST}/hls/101/index.m3u8?token=SECRET-TOKEN-9`;
const REDACTED_403 = `http://${HOST}/hls/101/index.m3u8?token=REDACTED`;
const PAGE = `http://${HOST}/player?autoplay=1`;
const TAB = 7;
const quiet = () => {};
/** The visible text of Cloudflare's 1009 page, as the page hook excerpts it. */
const EXCERPT_1009 =
  '<title>Access denied | cdn.example.tv used Cloudflare to restrict access</title>\n/cdn-cgi/styles/main.css\nError 1009\nCloudflare Ray ID: 8a1b2c3d4e5f6071';
/** Cloudflare's headers on the 1009 page: alone they say "Cloudflare refused", not why. */
const CLOUDFLARE_403 = [
  { name: 'Server', value: 'cloudflare' },
  { name: 'CF-RAY', value: '8a1b2c3d4e5f6071-CDG' },
  { name: 'Content-Type', value: 'text/html; charset=UTF-8' },
];

type Listener = (message: unknown, senderId: string | undefined, sender?: MessageSender) => unknown;

class PageBrowser extends FakeBrowser {
  readonly #listeners: Listener[] = [];

  override onMessage(listener: Listener & Parameters<FakeBrowser['onMessage']>[0]): void {
    this.#listeners.push(listener);
    super.onMessage(listener);
  }

  /** A batch as the relay sends it from a tab; the sender is the browser's word. */
  async failures(reports: FailureReport[], tabId = TAB): Promise<unknown> {
    const sender: MessageSender = { fromContentScript: true, tabId, frameId: 0, url: PAGE };
    const message = { type: 'page-failures', payload: { reports } };
    for (const listener of this.#listeners) {
      const reply = listener(message, EXTENSION_ID, sender);
      if (reply) return reply;
    }
    return undefined;
  }
}

async function boot(profile?: FakeProfile) {
  const fake = new PageBrowser(profile);
  if (!profile) fake.profile.granted.push(ORIGIN);
  const worker = startWorker(fake, { log: quiet });
  await worker.ready;
  await worker.idle();
  return { fake, worker };
}

let counter = 0;
function report(overrides: Partial<FailureReport> = {}): FailureReport {
  counter += 1;
  return {
    id: `feedc0de0000${String(counter).padStart(8, '0')}`,
    url: REDACTED_403,
    method: 'GET',
    status: 403,
    startedAt: Date.now() - 30,
    durationMs: 20,
    via: 'xhr',
    excerpt: EXCERPT_1009,
    ...overrides,
  };
}

function refused(extra = {}) {
  return completed(URL_403, 403, { responseHeaders: CLOUDFLARE_403, ...extra });
}

async function records(fake: FakeBrowser): Promise<CapturedRecord[]> {
  return ((await fake.send({ type: 'get-log', payload: {} })) as { records: CapturedRecord[] }).records;
}

describe("the page's report meets webRequest's record", () => {
  it('webRequest first: the excerpt completes its record, re-diagnosed (geo, not WAF), redacted', async () => {
    const { fake, worker } = await boot();
    await fake.fire('onCompleted', refused());
    expect((await records(fake))[0]?.finding.layer).toBe('waf');
    expect(await fake.failures([report()])).toEqual({ recorded: 0 });
    await worker.idle();
    const [record, ...rest] = await records(fake);
    expect(rest).toEqual([]);
    expect(record?.exchange.body).toContain('Error 1009');
    expect(record?.exchange.context).toMatchObject({
      headersOnly: false,
      tabId: TAB,
      serverIp: '203.0.113.10',
    });
    expect(record?.exchange.context?.source).toBeUndefined();
    expect(record?.finding).toMatchObject({ layer: 'geo', vendor: 'cloudflare', status: 403 });
    expect(JSON.stringify(record)).not.toContain('SECRET-TOKEN-9');
  });

  it('the page first: webRequest takes the waiting excerpt as its body, and the report makes no record', async () => {
    const { fake, worker } = await boot();
    const reply = fake.failures([report()]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fake.fire('onCompleted', refused());
    expect(await reply).toEqual({ recorded: 0 });
    await worker.idle();
    const all = await records(fake);
    expect(all).toHaveLength(1);
    expect(all[0]?.exchange.context?.headersOnly).toBe(false);
    expect(all[0]?.finding.layer).toBe('geo');
  });

  it('a late page report (long after the record) completes it and makes none; a retry the worker never saw is its own record', async () => {
    const { fake, worker } = await boot();
    await fake.fire('onCompleted', refused({ timeStamp: Date.now() - 5000 }));
    expect(await fake.failures([report({ startedAt: Date.now() - 5000 })])).toEqual({ recorded: 0 });
    const again = report({ startedAt: Date.now() - 5000, excerpt: 'Error 1020' });
    expect(await fake.failures([again])).toEqual({ recorded: 1 });
    await worker.idle();
    // The second report is another request of the same URL (a retry the worker never saw): its own record.
    const all = await records(fake);
    expect(all).toHaveLength(2);
    expect(all[0]?.exchange.body).toContain('Error 1009');
    expect(all[1]?.exchange.context?.source).toBe('page');
  });

  it('the same report delivered twice (the relay resent it) is handled once', async () => {
    const { fake, worker } = await boot();
    const once = report({ excerpt: undefined });
    expect(await fake.failures([once])).toEqual({ recorded: 1 });
    expect(await fake.failures([once])).toEqual({ recorded: 0 });
    await worker.idle();
    expect(await records(fake)).toHaveLength(1);
  });

  it("a page's transport failure meets webRequest's 403 (the refusal had no CORS header)", async () => {
    const { fake, worker } = await boot();
    await fake.fire('onCompleted', refused());
    expect(await fake.failures([report({ status: 0, excerpt: undefined })])).toEqual({ recorded: 0 });
    await worker.idle();
    expect(await records(fake)).toHaveLength(1);
  });
});

describe("webRequest's event never came", () => {
  it('the report becomes the record after the meeting window, marked as the page’s, with its badge', async () => {
    const { fake, worker } = await boot();
    const before = Date.now();
    expect(await fake.failures([report()])).toEqual({ recorded: 1 });
    expect(Date.now() - before).toBeGreaterThanOrEqual(1400);
    await worker.idle();
    const [record, ...rest] = await records(fake);
    expect(rest).toEqual([]);
    expect(record?.exchange).toMatchObject({ url: REDACTED_403, status: 403, responseHeaders: [] });
    expect(record?.exchange.context).toMatchObject({
      source: 'page',
      tabId: TAB,
      headersOnly: false,
      initiator: `http://${HOST}`,
      resourceType: 'xmlhttprequest',
    });
    expect(record?.finding).toMatchObject({ layer: 'geo', vendor: 'cloudflare' });
    expect(fake.profile.badges.get(TAB)?.text).toBe('403');
  });

  it('a transport failure without a body: status 0 with the generic net error, headers only', async () => {
    const { fake } = await boot();
    expect(await fake.failures([report({ status: 0, excerpt: undefined })])).toEqual({ recorded: 1 });
    const [record] = await records(fake);
    expect(record?.exchange).toMatchObject({ status: 0, error: 'net::ERR_FAILED' });
    expect(record?.exchange.context).toMatchObject({ source: 'page', headersOnly: true });
    expect(record?.finding.layer).toBe('network');
  });

  it("webRequest's event arriving after the page made the record completes it rather than doubling it", async () => {
    const { fake, worker } = await boot();
    expect(await fake.failures([report()])).toEqual({ recorded: 1 });
    await fake.fire('onCompleted', refused());
    await worker.idle();
    const all = await records(fake);
    expect(all).toHaveLength(1);
    expect(all[0]?.exchange.responseHeaders).toContainEqual({ name: 'Server', value: 'cloudflare' });
    expect(all[0]?.exchange.context).toMatchObject({ serverIp: '203.0.113.10', headersOnly: false });
    expect(all[0]?.exchange.context?.source).toBeUndefined();
    expect(all[0]?.finding.layer).toBe('geo');
  });

  it('a record an earlier worker stored is found in the store by the next one: no duplicate', async () => {
    const first = await boot();
    await first.fake.fire('onCompleted', refused());
    await first.worker.idle();
    const fresh = new PageBrowser(first.fake.restart().profile);
    const worker = startWorker(fresh, { log: quiet });
    await worker.ready;
    expect(await fresh.failures([report()])).toEqual({ recorded: 0 });
    await worker.idle();
    const all = await records(fresh);
    expect(all).toHaveLength(1);
    expect(all[0]?.finding.layer).toBe('geo');
  });

  it('ignores unwatched hosts, other tabs’ senders without a tab, statuses the settings do not keep, aborts', async () => {
    const { fake } = await boot();
    const elsewhere = report({ url: 'http://other.example.tv/a.m3u8' });
    // 410 is an "other 4xx", not captured by default (without a vendor's block marker in its excerpt).
    const gone = report({ status: 410, excerpt: undefined });
    expect(await fake.failures([elsewhere, gone])).toEqual({ recorded: 0 });
    expect(await fake.failures([report()], -1)).toEqual({ recorded: 0 });
    expect(await records(fake)).toEqual([]);
    // A cancelled request is not a failure for webRequest either.
    await fake.fire('onErrorOccurred', failed(URL_403, 'net::ERR_ABORTED'));
    expect(await records(fake)).toEqual([]);
  });

  it('names the unwatched hosts the page failed on to the popup (host only, never the URL), until watched', async () => {
    const { fake, worker } = await boot();
    const state = () =>
      fake.send({ type: 'get-state', payload: { tabId: TAB, url: PAGE } }) as Promise<StateReply>;
    expect((await state()).unwatchedHosts).toBeUndefined();
    await fake.failures([
      report({ url: 'https://edge.other-cdn.example/live/marie/Pw0rd/1.ts?token=LEAK' }),
      report({ url: 'https://edge.other-cdn.example/live/marie/Pw0rd/2.ts' }),
      report({ url: 'http://panel.other.example:8080/player_api.php', status: 0 }),
      // A page can forge its reports: a wildcard must never turn into an all-sites permission request.
      report({ url: 'https://*/x' }),
      report({ url: 'https://*.google.com/x' }),
      // A status the settings do not capture is no reason to watch a host either.
      report({ url: 'https://stats.other.example/beacon', status: 410, excerpt: undefined }),
    ]);
    await worker.idle();
    expect((await state()).unwatchedHosts).toEqual(['edge.other-cdn.example', 'panel.other.example']);
    // Only host names were kept: nothing of the paths or queries.
    expect(JSON.stringify(fake.profile.session.snapshot())).not.toMatch(/Pw0rd|LEAK|player_api/);
    expect(await records(fake)).toEqual([]);
    // Another tab has its own list; a granted host drops out of it.
    expect(
      ((await fake.send({ type: 'get-state', payload: { tabId: TAB + 1 } })) as StateReply).unwatchedHosts,
    ).toBeUndefined();
    fake.profile.granted.push('*://edge.other-cdn.example/*');
    await fake.send({ type: 'hosts-changed', payload: {} });
    expect((await state()).unwatchedHosts).toEqual(['panel.other.example']);
  });
});

describe('a page cannot lie', () => {
  const OTHER = 'cdn2.example.tv';
  const otherUrl = (n: number) => `http://${OTHER}/hls/${n}/index.m3u8`;

  it('a report about a watched host the tab never reached makes no record, in this tab or any view', async () => {
    const { fake, worker } = await boot();
    fake.profile.granted.push(`*://${OTHER}/*`);
    await fake.send({ type: 'hosts-changed', payload: {} });
    expect(await fake.failures([report({ url: otherUrl(1) })])).toEqual({ recorded: 0 });
    await worker.idle();
    expect(await records(fake)).toEqual([]);
    // Another tab's popup falls back to the latest records: nothing forged there either.
    const elsewhere = (await fake.send({ type: 'get-state', payload: { tabId: 99 } })) as StateReply;
    expect(elsewhere.recordCount).toBe(0);
    // Once webRequest has seen this tab reach the host, the same kind of report is believed.
    await fake.fire('onSendHeaders', completed(`http://${OTHER}/logo.png`, 200, { tabId: TAB }));
    expect(await fake.failures([report({ url: otherUrl(2) })])).toEqual({ recorded: 1 });
  });

  it('a forged time far in the future is clamped to the arrival, and a long-past one into the window', async () => {
    const { fake, worker } = await boot();
    const before = Date.now();
    await fake.failures([
      report({ startedAt: 8.64e15 + 5, durationMs: 1e300 }),
      report({ startedAt: 1, url: `${REDACTED_403}&n=2` }),
    ]);
    await worker.idle();
    const times = (await records(fake)).map((record) => record.exchange.startedAt);
    expect(times).toHaveLength(2);
    for (const time of times) {
      expect(time).toBeLessThanOrEqual(Date.now());
      expect(time).toBeGreaterThanOrEqual(before - 10 * 60_000);
    }
  });

  it('one budget per tab, every frame counted: a flood is cut, whatever frame sends it', async () => {
    const { fake } = await boot();
    const batch = (n: number) =>
      Array.from({ length: 100 }, (_, i) =>
        report({ excerpt: undefined, url: `${REDACTED_403}&f=${n}-${i}` }),
      );
    // Ten frames of one tab, 100 reports each, at once.
    const replies = (await Promise.all(Array.from({ length: 10 }, (_, n) => fake.failures(batch(n))))) as {
      recorded: number;
    }[];
    const recorded = replies.reduce((sum, reply) => sum + reply.recorded, 0);
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThan(1000);
    const log = (await fake.send({ type: 'get-log', payload: { limit: 5000 } })) as { records: unknown[] };
    expect(log.records).toHaveLength(recorded);
  });

  it('records only a page reported never evict what webRequest saw', async () => {
    const profile = new PageBrowser().profile;
    profile.granted.push(ORIGIN);
    profile.local.data.set('settings', { maxEvents: 100 });
    const { fake, worker } = await boot(profile);
    for (let i = 0; i < 60; i += 1) {
      await fake.fire('onCompleted', completed(`http://${HOST}/hls/${i}/seg.ts?token=SECRET-${i}`, 403));
    }
    await worker.idle();
    const genuine = (await records(fake)).map((record) => record.id);
    expect(genuine).toHaveLength(60);
    // Five frames forge 100 reports each: all fit the budget, all are new requests of the page's own host.
    const forged = (n: number) =>
      Array.from({ length: 100 }, (_, i) =>
        report({ excerpt: undefined, url: `http://${HOST}/f/${n}/${i}.ts` }),
      );
    await Promise.all(Array.from({ length: 5 }, (_, n) => fake.failures(forged(n))));
    await worker.idle();
    const after = await records(fake);
    expect(after.length).toBeLessThanOrEqual(100);
    expect(after.filter((record) => genuine.includes(record.id))).toHaveLength(60);
  });

  it('the worker scrubs a forged excerpt of every secret its session saw, in any case', async () => {
    const { fake, worker } = await boot();
    await fake.fire('onCompleted', completed(`http://${HOST}/live/MartaDemo/Pw0rd-991/5.ts`, 403));
    await worker.idle();
    // A page that skips the hook's redaction still cannot store the account an error page echoed.
    await fake.failures([
      report({
        url: `http://${HOST}/live/REDACTED_USER/REDACTED_PASS/5.ts`,
        excerpt: 'LINE MARTADEMO BANNED pw0rd-991',
      }),
    ]);
    await worker.idle();
    const text = JSON.stringify(await records(fake));
    expect(text).not.toMatch(/martademo|pw0rd-991/i);
  });
});
