/**
 * Popup first paint with a full log, measured in real Chromium (`npm run bench` calls this).
 *
 * Starts the simulator and Chromium with the built extension, opens the player on one tab, then seeds
 * `storage.local` with `events` records for that tab in the worker's own layout (chunks of CHUNK_SIZE under
 * `rec:<n>` plus the `ring` index, src/capture/ring.ts), each record redacted and diagnosed the way the worker does
 * it (bench/generate.ts gives realistic refusals: Cloudflare, CloudFront, nginx 403/503, resets). The worker
 * is stopped so it starts again from that storage, as after a browser restart.
 *
 * Each run opens `popup.html?tabId=N` in a new page and reads two times from the popup's own clock
 * (navigation start = 0): first contentful paint (the shell and "Loading…"), and the first frame on which
 * the verdict is on screen (an init script watches for the verdict's `[data-verdict]` and waits for the next animation frame).
 * The function returns the median verdict time over RUNS runs; both medians are printed.
 */
import type { Page } from 'playwright-core';
import { type Simulator, startSimulator } from '../sim/server.ts';
import {
  CHUNK_SIZE,
  chunkIdOf,
  chunkKey,
  describeChunk,
  RING_INDEX_KEY,
  type RingIndex,
} from '../src/capture/ring.ts';
import { diagnoseExchange } from '../src/diagnosis/analyze.ts';
import type { CapturedRecord } from '../src/messages.ts';
import { redactExchange } from '../src/redact/index.ts';
import {
  type ExtensionBrowser,
  grantHosts,
  launchWithExtension,
  openExtensionPage,
  popupUrl,
  SIM_ORIGINS,
  stopServiceWorker,
  tabIdOf,
} from '../test/e2e/harness.ts';
import { errorExchanges } from './generate.ts';

const RUNS = 5;

/**
 * Runs in the popup before its own scripts. Written as a string: tsx's name-keeping helpers do not exist in
 * the page.
 */
const VERDICT_WATCH = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-verdict]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__verdictPaint = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

/** `events` refusals on the simulator's hosts, spread over the last `events` seconds, as the worker stores them. */
function seededRecords(events: number, tabId: number, port: number): CapturedRecord[] {
  const now = Date.now();
  return errorExchanges(events).map((generated, sequence) => {
    const url = new URL(generated.url);
    url.host = `cdn.iptv.test:${port}`;
    const startedAt = now - (events - sequence) * 1_000;
    const exchange = redactExchange({
      ...generated,
      url: url.href,
      startedAt,
      context: {
        sequence,
        browser: 'chrome' as const,
        tabId,
        resourceType: 'xmlhttprequest',
        retryCount: sequence % 4,
        headersOnly: generated.body === undefined,
        ...(generated.status > 0 ? { serverIp: '127.0.0.1', clockSkewSeconds: 0 } : {}),
      },
    });
    const finding = diagnoseExchange(exchange, sequence);
    if (!finding) throw new Error(`bench: entry ${sequence} was not diagnosed as a failure`);
    return { id: `e${sequence}`, exchange, finding };
  });
}

/** Storage items in the ring's layout: one key per chunk, and the index. */
function ringItems(records: readonly CapturedRecord[]): Record<string, unknown> {
  const chunks = new Map<number, CapturedRecord[]>();
  records.forEach((record, sequence) => {
    const id = chunkIdOf(sequence);
    chunks.set(id, [...(chunks.get(id) ?? []), record]);
  });
  const index: RingIndex = { schema: 1, nextSequence: records.length, chunks: [] };
  const items: Record<string, unknown> = {};
  for (const [id, chunk] of chunks) {
    const info = describeChunk(
      id,
      chunk.map((r, i) => ({ sequence: id * CHUNK_SIZE + i, time: r.exchange.startedAt })),
    );
    if (info) index.chunks.push(info);
    items[chunkKey(id)] = chunk;
  }
  items[RING_INDEX_KEY] = index;
  items.okHours = [];
  return items;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function oneRun(browser: ExtensionBrowser, tabId: number): Promise<{ fcp: number; verdict: number }> {
  const page: Page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(VERDICT_WATCH);
    await page.goto(popupUrl(browser.extensionId, tabId));
    // Functions, not strings: the popup's CSP forbids eval, and these contain no named inner function.
    await page.waitForFunction(
      () => (window as { __verdictPaint?: number }).__verdictPaint !== undefined,
      undefined,
      {
        timeout: 30_000,
      },
    );
    // The paint entry can be queued a frame after the verdict's frame: wait for it rather than read NaN.
    await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
        timeout: 5_000,
      })
      .catch(() => {});
    return page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      verdict: (window as { __verdictPaint?: number }).__verdictPaint ?? Number.NaN,
    }));
  } finally {
    await page.close();
  }
}

export async function measurePopupPaint(events: number): Promise<number> {
  let sim: Simulator | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    sim = await startSimulator({ port: 0, seed: 51 });
    browser = await launchWithExtension();
    if (!(await grantHosts(browser.context, browser.extensionId, SIM_ORIGINS)))
      throw new Error('bench: host access to the simulator was refused');
    const player = await browser.context.newPage();
    await player.goto(`${sim.urls.player}?autoplay=0`);
    const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);

    const seeder = await openExtensionPage(browser.context, browser.extensionId);
    const items = ringItems(seededRecords(events, tabId, sim.port));
    await seeder.evaluate((all) => chrome.storage.local.set(all), items);
    const stored = await seeder.evaluate(() => chrome.storage.local.getBytesInUse(null));
    await seeder.close();
    // A fresh worker reads the seeded index, as after a browser restart.
    await stopServiceWorker(browser.context, browser.extensionId);

    const runs: { fcp: number; verdict: number }[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await oneRun(browser, tabId));
    const verdictMs = median(runs.map((r) => r.verdict));
    console.log(
      `  popup with ${events} stored events (${(stored / 1048576).toFixed(1)} MB): first contentful paint ` +
        `median ${median(runs.map((r) => r.fcp)).toFixed(0)} ms; verdict on screen ` +
        `${runs.map((r) => r.verdict.toFixed(0)).join(', ')} ms (first run wakes the worker)`,
    );
    return verdictMs;
  } finally {
    await browser?.close();
    await sim?.close();
  }
}
