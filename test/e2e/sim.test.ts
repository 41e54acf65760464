/**
 * The simulator seen by a real Chromium. (a) Without the extension: the player loads through the
 * *.iptv.test host mapping and plays, and every scenario reaches the browser exactly as the table promises
 * (status, vendor header, or Chromium's net error). (b) With the built extension: it loads, host access to
 * the simulator is granted, and its service worker answers.
 */
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, SCENARIOS, type Scenario } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import {
  type Browser,
  badgeOf,
  type ExtensionBrowser,
  grantHosts,
  launchBrowser,
  launchWithExtension,
  readStorage,
  screenshot,
  stopServiceWorker,
  tabIdOf,
} from './harness.ts';

let sim: Simulator;

beforeAll(async () => {
  // A hung request is closed after a second here, so `hang` shows its final net error quickly.
  sim = await startSimulator({ port: 0, seed: 5, hangMs: 1_000 });
});
afterAll(async () => {
  await sim?.close();
});

/** Hosts a scenario's failures come from, e.g. "cdn.iptv.test". */
function failingHosts(scenario: Scenario): Set<string> {
  return new Set(scenario.affects.map((e) => `${ENDPOINTS[e].host}.iptv.test`));
}

function playerUrl(scenario: Scenario): string {
  const channel = scenario.trigger.kind === 'channel' ? `?channel=${scenario.trigger.streamId}` : '';
  return `${sim.urls.player}${channel}`;
}

/** Resolves with the first response or failed request on the scenario's hosts that matches its promise. */
function outcomeOf(page: Page, scenario: Scenario, timeoutMs: number): Promise<string> {
  const hosts = failingHosts(scenario);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${scenario.id}: nothing matching within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const finish = (what: string) => {
      clearTimeout(timer);
      resolve(what);
    };
    page.on('response', (response: Response) => {
      if (hosts.has(new URL(response.url()).hostname) && response.status() === scenario.expect.status) {
        finish(`${response.status()} ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText;
      if (hosts.has(new URL(request.url()).hostname) && error === scenario.expect.netError) {
        finish(`${error} ${request.url()}`);
      }
    });
  });
}

describe('(a) the simulator in Chromium, no extension', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: null });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the player through the host mapping, logs in and plays a channel', async () => {
    sim.setScenario('ok');
    sim.setNetwork('wifi');
    const page = await browser.context.newPage();
    const seen: string[] = [];
    page.on('response', (r) => seen.push(`${new URL(r.url()).hostname} ${r.status()}`));
    await page.goto(sim.urls.player);
    await page.waitForSelector('body[data-status="playing"]', { timeout: 20_000 });
    await expect
      .poll(() => page.evaluate(() => (document.getElementById('video') as HTMLVideoElement).currentTime), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    expect(seen).toContain('panel.iptv.test 200');
    expect(seen).toContain('panel.iptv.test 302');
    expect(seen).toContain('epg.iptv.test 200');
    expect(seen).toContain('cdn.iptv.test 200');
    expect(await page.locator('#channels li').count()).toBe(5);
    await screenshot(page, 'sim-player-ok');
    await page.close();
  });

  it('switching the scenario in the page changes what the browser gets: 403 with a Cloudflare ray', async () => {
    sim.setScenario('ok');
    const page = await browser.context.newPage();
    await page.goto(sim.urls.player);
    await page.waitForSelector('body[data-status="playing"]', { timeout: 20_000 });
    const refused = page.waitForResponse((r) => r.status() === 403 && r.url().includes('cdn.iptv.test'));
    await page.selectOption('#scenario', 'cloudflare-firewall');
    const response = await refused;
    const headers = await response.allHeaders();
    expect(headers.server).toBe('cloudflare');
    expect(headers['cf-ray']).toMatch(/^[0-9a-f]{16}-CDG$/);
    expect(await response.text()).toContain('<span class="cf-error-code">1020</span>');
    await page.waitForSelector('body[data-status="error"]', { timeout: 20_000 });
    expect(sim.current().scenario).toBe('cloudflare-firewall');
    await screenshot(page, 'sim-player-cloudflare-firewall');
    await page.close();
  });

  it('the network switch in the page turns the Wi-Fi 403 into a 4G 200 from another edge', async () => {
    sim.setScenario('network-dependent');
    sim.setNetwork('wifi');
    const page = await browser.context.newPage();
    const blocked = page.waitForResponse((r) => r.status() === 403 && r.url().includes('cdn.iptv.test'));
    await page.goto(sim.urls.player);
    expect((await (await blocked).allHeaders())['cf-ray']).toMatch(/-CDG$/);
    const served = page.waitForResponse((r) => r.status() === 200 && r.url().includes('cdn.iptv.test'));
    await page.check('input[name="network"][value="4g"]');
    expect((await (await served).allHeaders())['cf-ray']).toMatch(/-MRS$/);
    expect(sim.current().network).toBe('4g');
    await page.waitForSelector('body[data-status="playing"]', { timeout: 20_000 });
    sim.setNetwork('wifi');
    await page.close();
  });

  it.each(SCENARIOS.filter((s) => s.id !== 'ok'))(
    '$id reaches the browser as the table says',
    async (scenario) => {
      sim.setScenario(scenario.id);
      sim.setNetwork('wifi');
      const page = await browser.context.newPage();
      try {
        const outcome = outcomeOf(page, scenario, 20_000);
        await page.goto(playerUrl(scenario));
        expect(await outcome).toMatch(
          scenario.expect.status === 0 ? /^net::ERR_/ : new RegExp(`^${scenario.expect.status} `),
        );
      } finally {
        await page.close();
      }
    },
  );
});

describe('(b) the built extension in Chromium', () => {
  let browser: ExtensionBrowser;

  afterAll(async () => {
    await browser?.close();
  });

  it('loads, gets host access to the simulator, and its service worker answers', async () => {
    browser = await launchWithExtension();
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const granted = await grantHosts(browser.context, browser.extensionId, ['http://*.iptv.test/*']);
    expect(granted).toBe(true);
    expect(await browser.worker.evaluate(() => chrome.runtime.id)).toBe(browser.extensionId);
    const hasHosts = await browser.worker.evaluate(() =>
      chrome.permissions.contains({ origins: ['http://cdn.iptv.test/*'] }),
    );
    expect(hasHosts).toBe(true);
    expect(typeof (await readStorage(browser.context, browser.extensionId))).toBe('object');
  });

  it('a refusal on the simulator lights the badge of the player tab, and the capture outlives a worker stop', async () => {
    sim.setScenario('cloudflare-firewall');
    const page = await browser.context.newPage();
    await page.goto(sim.urls.player);
    await page.waitForSelector('body[data-status="error"]', { timeout: 20_000 });
    const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);
    await expect
      .poll(async () => (await badgeOf(browser.context, browser.extensionId, tabId)).text, {
        timeout: 10_000,
      })
      .not.toBe('');
    const before = JSON.stringify(await readStorage(browser.context, browser.extensionId));
    expect(before).toContain('cdn.iptv.test');
    await stopServiceWorker(browser.context, browser.extensionId);
    expect(JSON.stringify(await readStorage(browser.context, browser.extensionId))).toContain(
      'cdn.iptv.test',
    );
    await page.close();
  });
});
