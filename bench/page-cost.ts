/**
 * What being watched costs a web page, measured two ways (`npm run bench` calls both):
 *
 * - per failed response, at the size limits, the work the page hook does on the page's main thread: the
 *   excerpt of a 64 KB error body (HTML made to freeze regex-based tag stripping, plain text, a real block
 *   page), its redaction with the raw URL's secrets, and the kept fields of a 64 KB panel reply. Pure
 *   functions, timed in Node (the same code the hook bundles).
 * - a page making 2,000 requests to a watched host, in Chromium with the extension loaded and without it,
 *   the two runs alternated in one process so both see the same machine load: back to back, 32 at a time
 *   (the page's throughput, the goal's figure), and paced the way a busy player asks (one request every
 *   20 ms, one at a time: what each request waits more, which is what a viewer could feel).
 */
import { performance } from 'node:perf_hooks';
import { bodyExcerpt } from '../background/page-side/page-excerpt.ts';
import { type Simulator, startSimulator } from '../sim/server.ts';
import { MAX_ERROR_BODY_CHARS } from '../src/capture/page-report.ts';
import { MAX_PANEL_BODY_CHARS, panelFieldsOfText } from '../src/knowledge/panels/page-reply.ts';
import { redactText, secretsOfUrls } from '../src/redact/index.ts';
import {
  type Browser,
  grantHosts,
  launchBrowser,
  launchWithExtension,
  SIM_ORIGINS,
} from '../test/e2e/harness.ts';

const RAW_URL = 'http://panel.iptv.test/live/viewer42/pa55-Word-9/1234.ts?token=abcdef0123456789';

function worstMs(fn: () => unknown, rounds = 5): number {
  let worst = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

/** Error bodies at the size the hook still reads, each built to hurt a different step. */
function hostileBodies(): Record<string, string> {
  const size = MAX_ERROR_BODY_CHARS;
  const blockPage = `<html><head><title>Access denied</title></head><body><h1>Error 1020</h1>${'<p>Ray ID: 8a1b2c3d4e5f6071</p>'.repeat(2000)}</body></html>`;
  return {
    '64 KB of "<"': '<'.repeat(size),
    '64 KB of "<p" without ">"': '<p'.repeat(size / 2),
    '64 KB of unclosed <script>': '<html><script>'.repeat(size / 14),
    '64 KB of "<title>"': '<html><title>'.repeat(size / 13),
    '64 KB block page': blockPage.slice(0, size),
    '64 KB of one text line': `403 Forbidden ${'x'.repeat(size - 14)}`,
    '64 KB echoing the account': `<html><body>${'USER VIEWER42 pa55-Word-9 banned. '.repeat(size / 34)}</body></html>`,
  };
}

export function measurePageWork(): { name: string; ms: number }[] {
  const results: { name: string; ms: number }[] = [];
  const secrets = () => secretsOfUrls([RAW_URL]);
  for (const [name, body] of Object.entries(hostileBodies())) {
    results.push({
      name: `excerpt + redaction, ${name}`,
      ms: worstMs(() => redactText(bodyExcerpt(body, 'text/html'), secrets())),
    });
  }
  const message = `<b>${'<'.repeat(MAX_PANEL_BODY_CHARS - 200)}</b>`;
  const reply = JSON.stringify({ js: { error: 'limit', msg: message } }).slice(0, MAX_PANEL_BODY_CHARS);
  results.push({
    name: 'panel reply fields, 64 KB operator message of "<"',
    ms: worstMs(() => panelFieldsOfText(reply, 'http://panel.iptv.test/portal.php?type=stb')),
  });
  return results;
}

/**
 * Runs `script(url)` in a fresh tab of the player's page, `url` being the player's own (watched) host answering
 * 200, as most of a player's requests do. A string, not a function: tsx's name-keeping helper (__name) does
 * not exist in the page.
 */
async function inPlayerPage<T>(
  browser: Browser,
  sim: Simulator,
  script: (url: string) => string,
): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${sim.urls.player}?autoplay=0`);
    return (await page.evaluate(script(JSON.stringify(sim.urls.player)))) as T;
  } finally {
    await page.close();
  }
}

/** 2,000 fetches to the watched host, 32 at a time; returns the page's own elapsed time. */
function pageRun(browser: Browser, sim: Simulator, requests: number): Promise<number> {
  return inPlayerPage(
    browser,
    sim,
    (url) => `(async () => {
      const url = ${url};
      const count = ${requests};
      const start = performance.now();
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const n = next++;
          const response = await fetch(url + (url.includes('?') ? '&' : '?') + 'n=' + n).catch(() => null);
          if (response) await response.text().catch(() => '');
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      return performance.now() - start;
    })()`,
  );
}

/** Per-request times of `requests` fetches made one at a time, one every `everyMs`, in the page. */
function pacedRun(browser: Browser, sim: Simulator, requests: number, everyMs: number): Promise<number[]> {
  return inPlayerPage(
    browser,
    sim,
    (url) => `(async () => {
      const url = ${url};
      const times = [];
      for (let n = 0; n < ${requests}; n++) {
        const start = performance.now();
        const response = await fetch(url + (url.includes('?') ? '&' : '?') + 'paced=' + n).catch(() => null);
        if (response) await response.text().catch(() => '');
        const took = performance.now() - start;
        times.push(took);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, ${everyMs} - took)));
      }
      return times;
    })()`,
  );
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

export interface WatchedCost {
  /** Median wall time of the back-to-back runs, ms. */
  with: number;
  without: number;
  /** Paced requests: median and 95th percentile of one request's time, ms. */
  paced: { with: { p50: number; p95: number }; without: { p50: number; p95: number } };
}

export async function measureWatchedCost(requests = 2000, rounds = 3): Promise<WatchedCost> {
  let sim: Simulator | undefined;
  const browsers: Browser[] = [];
  try {
    sim = await startSimulator({ port: 0, seed: 51 });
    const watched = await launchWithExtension();
    browsers.push(watched);
    if (!(await grantHosts(watched.context, watched.extensionId, SIM_ORIGINS)))
      throw new Error('bench: host access to the simulator was refused');
    const bare = await launchBrowser();
    browsers.push(bare);
    const withTimes: number[] = [];
    const withoutTimes: number[] = [];
    // Paired and alternated: a warm-up pair first, then each round runs both, in turn.
    await pageRun(watched, sim, 200);
    await pageRun(bare, sim, 200);
    for (let round = 0; round < rounds; round++) {
      withTimes.push(await pageRun(watched, sim, requests));
      withoutTimes.push(await pageRun(bare, sim, requests));
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    // Paced: the same two browsers, alternated in halves so both meet the same load.
    const pacedWith: number[] = [];
    const pacedWithout: number[] = [];
    for (let half = 0; half < 2; half++) {
      pacedWith.push(...(await pacedRun(watched, sim, 250, 20)));
      pacedWithout.push(...(await pacedRun(bare, sim, 250, 20)));
    }
    const spread = (times: number[]) => ({ p50: quantile(times, 0.5), p95: quantile(times, 0.95) });
    return {
      with: median(withTimes),
      without: median(withoutTimes),
      paced: { with: spread(pacedWith), without: spread(pacedWithout) },
    };
  } finally {
    for (const browser of browsers) await browser.close();
    await sim?.close();
  }
}
