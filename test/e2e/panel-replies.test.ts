/**
 * Panel replies in a real Chromium, where webRequest shows the worker no bodies. The simulator's panel
 * refuses the account inside an HTTP 200 (Xtream's user_info), then the streams are refused with 401/403.
 * With the page scripts registered on the watched hosts, the extension must read that 200 in the page and
 * name the account (or the credentials) as the cause, not the stream server's rules, and store no
 * credential on the way.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelPageScripts } from '../../background/page-side/panel-observer.ts';
import type { PageScript } from '../../background/port.ts';
import { DEMO_PASSWORD, DEMO_USER } from '../../sim/panel.ts';
import type { ScenarioId } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import type { CapturedRecord, RecordListing, StateReply } from '../../src/messages.ts';
import type { Layer } from '../../src/types.ts';
import {
  type ExtensionBrowser,
  grantHosts,
  inExtensionPage,
  launchWithExtension,
  readStorage,
  stopServiceWorker,
  tabIdOf,
} from './harness.ts';

let sim: Simulator;
let browser: ExtensionBrowser;

/** Our registered page scripts in the port's shape (what browser.ts compares before re-registering). */
async function registeredScripts(context: BrowserContext, extensionId: string): Promise<PageScript[]> {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((script) => ({
        id: script.id,
        file: script.js?.[0] ?? '',
        matches: script.matches ?? [],
        world: script.world ?? 'ISOLATED',
        runAt: script.runAt ?? 'document_idle',
        allFrames: script.allFrames ?? false,
      })),
    ),
  );
}

async function stateOf(context: BrowserContext, extensionId: string, tabId: number): Promise<StateReply> {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-state', payload: { tabId: id } }), tabId),
  );
}

/** The tab's records as the popup's history lists them. */
async function historyOf(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<{ records: RecordListing[] }> {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-history', payload: { tabId: id } }), tabId),
  );
}

/** Every stored record, whole (get-history gives listings). */
async function logOf(context: BrowserContext, extensionId: string): Promise<{ records: CapturedRecord[] }> {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-log', payload: { limit: 10_000 } })),
  );
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 11 });
  browser = await launchWithExtension();
  expect(await grantHosts(browser.context, browser.extensionId, ['http://*.iptv.test/*'])).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

const CASES: ReadonlyArray<{ scenario: ScenarioId; layer: Layer; evidence: RegExp }> = [
  {
    scenario: 'account-expired',
    layer: 'account',
    evidence: /user_info\.status=Expired|exp_date .* is past/,
  },
  { scenario: 'account-banned', layer: 'account', evidence: /user_info\.status=Banned/ },
  { scenario: 'too-many-connections', layer: 'account', evidence: /active_cons 2 >= max_connections 2/ },
  { scenario: 'account-auth0', layer: 'auth', evidence: /user_info\.auth=0/ },
];

describe('panel replies read in the page (Chromium, headers-only webRequest)', () => {
  it('registers the page scripts on the granted hosts', async () => {
    // The grant re-registers the page scripts on the new watched host; a page opened before that is not read.
    await expect
      .poll(() => registeredScripts(browser.context, browser.extensionId), { timeout: 10_000 })
      .toEqual(panelPageScripts(['*.iptv.test']));
  });

  it.each(CASES)(
    '$scenario: the verdict is $layer, from the panel reply behind an HTTP 200',
    async (expected) => {
      sim.setScenario(expected.scenario);
      sim.setNetwork('wifi');
      const page = await browser.context.newPage();
      try {
        const streamRefused = page.waitForResponse(
          (response) => response.status() >= 400 && /\/live\//.test(new URL(response.url()).pathname),
          { timeout: 20_000 },
        );
        await page.goto(sim.urls.player);
        await streamRefused;
        const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);

        await expect
          .poll(
            async () => (await stateOf(browser.context, browser.extensionId, tabId)).analysis?.verdict.layer,
            {
              timeout: 15_000,
            },
          )
          .toBe(expected.layer);

        const state = await stateOf(browser.context, browser.extensionId, tabId);
        const { records: listed } = await historyOf(browser.context, browser.extensionId, tabId);
        const fromBody = listed.filter((record) => record.finding.status === 200);
        // The login reply: a record webRequest alone could not make, read from the body, panel evidence kept.
        expect(fromBody.length).toBeGreaterThan(0);
        const login = fromBody[0];
        expect(login?.exchange.url).toMatch(/\/player_api\.php/);
        // The stored record behind it: read from the body, on the player's tab.
        const loginRecord = (await logOf(browser.context, browser.extensionId)).records.find(
          (record) => record.id === login?.id,
        );
        expect(loginRecord?.exchange.context?.headersOnly).toBe(false);
        expect(loginRecord?.exchange.context?.tabId).toBe(tabId);
        expect(login?.finding.layer).toBe(expected.layer);
        // The stream refusals are still there, explained by the login: the root entry is the panel reply.
        expect(listed.some((record) => record.finding.status >= 400)).toBe(true);
        const root = state.analysis?.findings.find(
          (finding) => finding.entry === state.analysis?.verdict.rootEntry,
        );
        expect(root?.status).toBe(200);
        // Its panel evidence is kept (the popup's records are listings; the root finding comes whole).
        expect(root?.evidence.join(' | ')).toMatch(expected.evidence);

        // No credential anywhere in what the extension stored.
        const stored = JSON.stringify(await readStorage(browser.context, browser.extensionId));
        expect(stored).toContain('player_api.php');
        expect(stored).not.toContain(DEMO_PASSWORD);
        expect(stored).not.toMatch(new RegExp(`\\b${DEMO_USER}\\b`));
      } finally {
        await page.close();
      }
    },
  );

  it('a working account adds no record, and the page reads its replies as if nothing were there', async () => {
    sim.setScenario('ok');
    const page = await browser.context.newPage();
    try {
      await page.goto(sim.urls.player);
      await page.waitForSelector('body[data-status="playing"]', { timeout: 20_000 });
      const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);
      const login = `${sim.urls.panel}/player_api.php?username=${DEMO_USER}&password=${DEMO_PASSWORD}`;
      const seen = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const viaFetch = (await response.json()) as { user_info: { username: string } };
        const viaXhr = await new Promise<{ user_info: { username: string } }>((resolve, reject) => {
          const xhr = new XMLHttpRequest();
          xhr.open('GET', url);
          xhr.responseType = 'json';
          xhr.onload = () => resolve(xhr.response);
          xhr.onerror = () => reject(new Error('xhr failed'));
          xhr.send();
        });
        return {
          fetchUser: viaFetch.user_info.username,
          xhrUser: viaXhr.user_info.username,
          isResponse: response instanceof Response,
          hooked: Object.getOwnPropertySymbols(window).some(
            (s) => s.description === 'iptv-access-lens.panel-hook',
          ),
        };
      }, login);
      // The hook runs in the page's world, and the page still gets every field of its replies.
      expect(seen).toEqual({ fetchUser: DEMO_USER, xhrUser: DEMO_USER, isResponse: true, hooked: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { records } = await logOf(browser.context, browser.extensionId);
      expect(records.filter((record) => record.exchange.context?.tabId === tabId)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a stopped worker keeps the scripts registered and wakes up for the report', async () => {
    await stopServiceWorker(browser.context, browser.extensionId);
    expect(await registeredScripts(browser.context, browser.extensionId)).toEqual(
      panelPageScripts(['*.iptv.test']),
    );
    sim.setScenario('account-banned');
    const page = await browser.context.newPage();
    try {
      await page.goto(sim.urls.player);
      await page.waitForSelector('body[data-status="error"]', { timeout: 20_000 });
      const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);
      await expect
        .poll(
          async () => (await stateOf(browser.context, browser.extensionId, tabId)).analysis?.verdict.layer,
          {
            timeout: 15_000,
          },
        )
        .toBe('account');
    } finally {
      await page.close();
    }
  });
});
