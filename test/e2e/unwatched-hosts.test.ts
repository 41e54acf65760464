/**
 * A player on one site that streams from another, in a real Chromium. Chrome shows an extension a request
 * only when it may access both the request's host and the page that made it, so with only the player's
 * site watched, webRequest reports nothing of the CDN's refusals. The page's own failure reports still see
 * them: the popup must name those hosts (names only) and offer to watch them, and once they are granted
 * the next refusal is captured and explained.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, scenarioById } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import type { StateReply } from '../../src/messages.ts';
import {
  type ExtensionBrowser,
  grantHosts,
  inExtensionPage,
  launchWithExtension,
  readStorage,
  tabIdOf,
} from './harness.ts';

let sim: Simulator;
let browser: ExtensionBrowser;

const SCENARIO = 'cloudflare-firewall';
const PLAYER_HOST = 'player.iptv.test';

async function stateOf(tabId: number): Promise<StateReply> {
  return inExtensionPage(browser.context, browser.extensionId, (page) =>
    page.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-state', payload: { tabId: id } }), tabId),
  );
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 5 });
  browser = await launchWithExtension();
  expect(await grantHosts(browser.context, browser.extensionId, [`http://${PLAYER_HOST}/*`])).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

describe('a player whose servers are not watched (Chromium)', () => {
  it('names the failing hosts the extension cannot see, then explains the refusal once they are watched', async () => {
    const failing = [
      ...new Set(scenarioById(SCENARIO).affects.map((endpoint) => `${ENDPOINTS[endpoint].host}.iptv.test`)),
    ].filter((host) => host !== PLAYER_HOST);
    expect(failing.length).toBeGreaterThan(0);
    sim.setScenario(SCENARIO);
    sim.setNetwork('wifi');
    // The page scripts follow the watched hosts: wait until the player's site has them.
    await expect
      .poll(
        () =>
          inExtensionPage(browser.context, browser.extensionId, (page) =>
            page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
          ),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);

    const page = await browser.context.newPage();
    const refused = page.waitForResponse((response) => response.status() === 403, { timeout: 20_000 });
    await page.goto(sim.urls.player);
    await refused;
    const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);

    await expect
      .poll(async () => (await stateOf(tabId)).unwatchedHosts ?? [], { timeout: 15_000 })
      .toEqual(expect.arrayContaining(failing));
    const before = await stateOf(tabId);
    // webRequest saw none of it: nothing on those hosts was recorded, and only host names were kept.
    expect(before.recordCount).toBe(0);
    const stored = JSON.stringify(await readStorage(browser.context, browser.extensionId));
    expect(stored).not.toMatch(/\/live\/|player_api|username=/);

    // What the popup offers, one host at a time; then the same refusal is captured and explained.
    expect(
      await grantHosts(
        browser.context,
        browser.extensionId,
        failing.map((host) => `http://${host}/*`),
      ),
    ).toBe(true);
    await page.reload();
    await expect
      .poll(async () => (await stateOf(tabId)).analysis?.verdict.layer, { timeout: 20_000 })
      .toBe('waf');
    const after = await stateOf(tabId);
    expect(after.unwatchedHosts ?? []).toEqual([]);
    expect(after.analysis?.verdict.vendor).toBe('cloudflare');
    await page.close();
  });
});
