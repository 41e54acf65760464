/**
 * Every simulator scenario, met the way a user meets it: the built extension in Chromium, the player open on
 * the scenario until it fails, then the toolbar badge of that tab, the popup's headline and layer in English
 * and in French (the language picked in the options page), and the context the stored records carry.
 * The popup answers in one screen: in every scenario and both languages, the headline, the "do this now"
 * line, the three don'ts and the Diagnose / Copy report buttons sit inside the first 600 px of the 400×600
 * popup (measured from their boxes in the real layout).
 *
 * The expected layer is the scenario row's. A disagreement fails the test and is also written, with the
 * verdict's evidence, to test-results/layer-disagreements.json for whoever fixes the engine.
 * Popup screenshots (EN/FR × light/dark) go to test-results/screenshots/; with UPDATE_DOCS_SCREENSHOTS=1
 * four of them are copied to docs/screenshots/ for the README.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { RETRY_WINDOW_MS } from '../../background/capture/recent-requests.ts';
import { ENDPOINTS, type FrontVendor, SCENARIOS, type Scenario, type SimHost } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import { addFailure, type BadgeLook, badgeFor, emptyFailures } from '../../src/capture/badge-rules.ts';
import type { Catalogs } from '../../src/i18n.ts';
import type { CapturedRecord } from '../../src/messages.ts';
import { DEFAULT_SETTINGS } from '../../src/settings.ts';
import type { Lang } from '../../src/types.ts';
import type { CurrentVerdict } from '../../src/verdict/current.ts';
import { wordVerdict } from '../../src/verdict/wording.ts';
import { verdictWords } from '../../src/verdict/words.ts';
import {
  type Badge,
  badgeOf,
  chooseLanguage,
  type ExtensionBrowser,
  grantHosts,
  inExtensionPage,
  launchWithExtension,
  openExtensionPage,
  popupUrl,
  RESULTS_DIR,
  SIM_ORIGINS,
  sendFrom,
  tabIdOf,
  waitFor,
} from './harness.ts';

const CATALOGS: Catalogs = { en, fr };
const SHOTS_DIR = join(RESULTS_DIR, 'screenshots');
const DOCS_SHOTS_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
/** The README's four: both languages, both schemes, a Cloudflare block and an overloaded server. */
const DOCS_SHOTS = [
  'popup-cloudflare-firewall-en-light',
  'popup-cloudflare-firewall-fr-dark',
  'popup-server-503-en-dark',
  'popup-server-503-fr-light',
];
/** A popup is at most 800×600; ours is 400 px wide (popup.css). */
const POPUP_VIEWPORT = { width: 400, height: 600 };

/**
 * The POP a front reveals on the simulator's Wi-Fi network (sim/server.ts EDGES): Cloudflare's cf-ray
 * colo, CloudFront's x-amz-cf-pop. Akamai exposes no POP in clear text, so no edge is expected there.
 */
const WIFI_EDGE: Record<FrontVendor, string | undefined> = {
  cloudflare: 'CDG',
  cloudfront: 'CDG50-P1',
  akamai: undefined,
  none: undefined,
};

interface Disagreement {
  scenario: string;
  expected: { layer: string; vendor: string | null; status: number; netError?: string };
  got: { layer: string; vendor: string | null; confidence: number; probable: boolean };
  evidence: string[];
  records: { status: number; error?: string; url: string; layer: string; vendor: string | null }[];
}

let sim: Simulator;
let browser: ExtensionBrowser;
let options: Page;
let popup: Page;
/** The language the options page last chose. */
let shownLang: Lang = 'en';
const disagreements: Disagreement[] = [];

beforeAll(async () => {
  // A hung request is closed after a second, so `hang` shows its final net error quickly.
  sim = await startSimulator({ port: 0, seed: 11, hangMs: 1_000 });
  browser = await launchWithExtension();
  expect(await grantHosts(browser.context, browser.extensionId, SIM_ORIGINS)).toBe(true);
  options = await openExtensionPage(browser.context, browser.extensionId);
  await options.waitForSelector('#lang-select');
  // 405 (AWS WAF CAPTCHA), 410 and 451 are "other 4xx", off by default: a user diagnosing them turns it on.
  await options.check('#capture-4xx');
  await waitFor('the capture setting to be stored', () =>
    options.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      return (settings as { capture?: { otherClientErrors?: boolean } } | undefined)?.capture
        ?.otherClientErrors
        ? true
        : undefined;
    }),
  );
  await chooseLanguage(options, 'en');
  popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  mkdirSync(SHOTS_DIR, { recursive: true });
});

afterAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'layer-disagreements.json'), `${JSON.stringify(disagreements, null, 2)}\n`);
  if (process.env.UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync(DOCS_SHOTS_DIR, { recursive: true });
    for (const name of DOCS_SHOTS)
      copyFileSync(join(SHOTS_DIR, `${name}.png`), join(DOCS_SHOTS_DIR, `${name}.png`));
  }
  await browser?.close();
  await sim?.close();
});

function playerUrl(scenario: Scenario): string {
  const channel = scenario.trigger.kind === 'channel' ? `?channel=${scenario.trigger.streamId}` : '';
  return `${sim.urls.player}${channel}`;
}

function failingHosts(scenario: Scenario): Set<string> {
  return new Set(scenario.affects.map((e) => `${ENDPOINTS[e].host}.iptv.test`));
}

/** The records that show the scenario's own failure: its status (or net error) on a host it affects. */
function scenarioRecords(scenario: Scenario, records: readonly CapturedRecord[]): CapturedRecord[] {
  const hosts = failingHosts(scenario);
  return records.filter(
    (r) =>
      hosts.has(new URL(r.exchange.url).hostname) &&
      (scenario.expect.status === 0
        ? r.exchange.error === scenario.expect.netError
        : r.exchange.status === scenario.expect.status),
  );
}

function hexToRgba(hex: string): [number, number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 255];
}

/** What src/capture/badge-rules.ts says the tab's badge must be, given the failures recorded on it. */
function expectedBadge(records: readonly CapturedRecord[]): BadgeLook | null {
  let failures = emptyFailures();
  for (const { finding } of records) failures = addFailure(failures, finding);
  return badgeFor(failures, DEFAULT_SETTINGS.badge);
}

async function tabRecords(tabId: number): Promise<CapturedRecord[]> {
  const { records } = await sendFrom(options, 'get-log', { limit: 5_000 });
  return records.filter((r) => r.exchange.context?.tabId === tabId);
}

/**
 * Waits until the scenario's failure is stored, then until the tab settles: the record count unchanged for
 * a second (hls.js retries before it gives up) and the badge showing that count.
 */
async function settledRecords(
  scenario: Scenario,
  tabId: number,
): Promise<{ records: CapturedRecord[]; badge: Badge }> {
  await waitFor(
    `a stored ${scenario.expect.netError ?? scenario.expect.status} on ${scenario.id}`,
    async () => (scenarioRecords(scenario, await tabRecords(tabId)).length > 0 ? true : undefined),
  );
  let last = -1;
  let stableSince = Date.now();
  return waitFor(
    `${scenario.id}: the tab's records and badge to settle`,
    async () => {
      const records = await tabRecords(tabId);
      if (records.length !== last) {
        last = records.length;
        stableSince = Date.now();
        return undefined;
      }
      const badge = await badgeOf(browser.context, browser.extensionId, tabId);
      // Read after the records: if a failure slipped in between, the badge differs and we poll again.
      const settled = Date.now() - stableSince >= 1_000 && badge.text === expectedBadge(records)?.text;
      return settled ? { records, badge } : undefined;
    },
    20_000,
    250,
  );
}

interface PopupView {
  headline: string;
  layer: string | null;
  vendor: string | null;
  /** Bottom edge (px from the top of the popup) of each part of the first screen. */
  bottoms: Record<string, number>;
}

/** The parts that must be on the first screen, by their stable hooks. */
const FIRST_SCREEN = {
  headline: '[data-verdict] .headline-text',
  doNow: '[data-verdict] .do-now',
  dont1: '[data-verdict] .donts-short li:nth-child(1)',
  dont2: '[data-verdict] .donts-short li:nth-child(2)',
  dont3: '[data-verdict] .donts-short li:nth-child(3)',
  diagnose: '[data-verdict] [data-action="diagnose"]',
  copyReport: '[data-verdict] [data-action="copy-report"]',
};

async function readPopup(tabId: number, hasVerdict: boolean): Promise<PopupView> {
  await popup.goto(popupUrl(browser.extensionId, tabId));
  // A background tab gets about one frame a second; a screenshot waits for a frame.
  await popup.bringToFront();
  await popup.waitForSelector(hasVerdict ? '[data-verdict]' : '.empty').catch(async (error: unknown) => {
    const shown = (await popup.textContent('body').catch(() => null))?.slice(0, 400);
    throw new Error(`${String(error)}\nThe popup shows: ${shown}`);
  });
  return popup.evaluate((parts) => {
    const verdict = document.querySelector('[data-verdict]');
    const bottoms: Record<string, number> = {};
    for (const [name, selector] of Object.entries(parts)) {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      bottoms[name] = box ? box.bottom + window.scrollY : Number.POSITIVE_INFINITY;
    }
    return {
      headline: document.querySelector('.headline-text')?.textContent ?? '',
      layer: verdict?.getAttribute('data-layer') ?? null,
      vendor: verdict?.getAttribute('data-vendor') ?? null,
      bottoms,
    };
  }, FIRST_SCREEN);
}

async function shoot(name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({ path: join(SHOTS_DIR, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

/** The headline the worker's verdict reads as in `lang`: the same function the reports use. */
function expectedHeadline(verdict: CurrentVerdict, lang: Lang): string {
  return wordVerdict(verdict, verdictWords(lang), lang).headline;
}

function assertContext(scenario: Scenario, records: CapturedRecord[], tabId: number, since: number): void {
  for (const { exchange } of records) {
    const context = exchange.context ?? {};
    const which = `${exchange.status || exchange.error} ${exchange.url}`;
    expect.soft(exchange.startedAt).toBeGreaterThanOrEqual(since - 1_000);
    expect.soft(exchange.startedAt).toBeLessThanOrEqual(Date.now());
    expect.soft(context.tabId).toBe(tabId);
    expect.soft(context.retryCount).toSatisfy((n: unknown) => Number.isInteger(n) && (n as number) >= 0);
    // Chrome's webRequest gives headers only; a record is marked otherwise only when a body was read.
    expect.soft(context.headersOnly, `headersOnly of ${which}`).toBe(exchange.body === undefined);
    if (exchange.status > 0) {
      expect.soft(context.serverIp, `serverIp of ${which}`).toBe('127.0.0.1');
      // The simulator stamps Date from the same clock: no skew beyond rounding.
      expect
        .soft(Math.abs(context.clockSkewSeconds ?? Number.NaN), `clock skew of ${which}`)
        .toBeLessThanOrEqual(2);
    } else {
      expect.soft(context.clockSkewSeconds).toBeUndefined();
      expect.soft([undefined, '127.0.0.1']).toContain(context.serverIp);
    }
  }
  // Each earlier request for the same URL within the minute is one more retry (successes count too, so
  // the stored failures only give a lower bound).
  for (const { exchange } of records) {
    const earlier = records.filter(
      (other) =>
        other.exchange.url === exchange.url &&
        other.exchange.startedAt < exchange.startedAt &&
        exchange.startedAt - other.exchange.startedAt <= RETRY_WINDOW_MS,
    ).length;
    expect.soft(exchange.context?.retryCount).toBeGreaterThanOrEqual(earlier);
  }
  for (const { exchange } of scenarioRecords(scenario, records)) {
    const host = new URL(exchange.url).hostname.split('.')[0] as SimHost;
    const edge = exchange.status > 0 ? WIFI_EDGE[scenario.front?.[host] ?? 'none'] : undefined;
    expect.soft(exchange.context?.edge).toBe(edge);
  }
}

describe('every simulator scenario in the real browser', () => {
  it.each(SCENARIOS)('$id: badge, popup (EN and FR) and record context', async (scenario) => {
    sim.setScenario(scenario.id);
    sim.setNetwork('wifi');
    await sendFrom(options, 'clear-log', {});
    const since = Date.now();
    const player = await browser.context.newPage();
    try {
      await player.goto(playerUrl(scenario));
      const tabId = await tabIdOf(browser.context, browser.extensionId, playerUrl(scenario));
      const failing = scenario.layer !== 'none';
      let records: CapturedRecord[] = [];
      let badge: Badge;
      if (failing) {
        ({ records, badge } = await settledRecords(scenario, tabId));
      } else {
        await player.waitForSelector('body[data-status="playing"]', { timeout: 20_000 });
        records = await tabRecords(tabId);
        badge = await badgeOf(browser.context, browser.extensionId, tabId);
      }

      // The badge of this tab, per src/capture/badge-rules.ts with the default badge settings.
      const look = expectedBadge(records);
      if (failing) {
        expect.soft(look).not.toBeNull();
        // The code by default: the most telling class's latest status, ERR without one.
        expect.soft(badge.text).toMatch(/^(\d{3}|ERR|!)$/);
      } else {
        expect.soft(records).toEqual([]);
      }
      expect.soft(badge.text).toBe(look?.text ?? '');
      if (look) expect.soft(badge.color).toEqual(hexToRgba(look.color));
      // The tab's tooltip names the code and who refused (chrome.i18n, in the browser's language).
      const title = await inExtensionPage(browser.context, browser.extensionId, (page) =>
        page.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
      );
      if (look?.tip)
        expect
          .soft(title)
          .toMatch(new RegExp(`^${look.tip.code.replace('!', '\\!')} — .+ — click for details$`));
      else expect.soft(title).toBe(en.actionTitle.message);

      const state = await sendFrom(options, 'get-state', { tabId });
      const verdict = state.analysis?.verdict;
      const current = state.verdict;
      // Both languages are read (and photographed) before anything is asserted, so a failure still leaves
      // every screenshot behind.
      // The language in force is read first, so each scenario switches only once.
      const views: Record<Lang, PopupView> = {} as Record<Lang, PopupView>;
      for (const lang of shownLang === 'en' ? (['en', 'fr'] as const) : (['fr', 'en'] as const)) {
        if (lang !== shownLang) await chooseLanguage(options, lang);
        shownLang = lang;
        views[lang] = await readPopup(tabId, failing);
        await shoot(`popup-${scenario.id}-${lang}`);
      }
      if (failing && (views.en.layer !== scenario.layer || current.vendor !== scenario.vendor)) {
        disagreements.push({
          scenario: scenario.id,
          expected: { layer: scenario.layer, vendor: scenario.vendor, ...scenario.expect },
          got: {
            layer: views.en.layer ?? 'none',
            vendor: verdict?.vendor ?? null,
            confidence: verdict?.confidence ?? 0,
            probable: verdict?.probable ?? false,
          },
          evidence: verdict?.evidence ?? [],
          records: records.map((r) => ({
            status: r.exchange.status,
            ...(r.exchange.error ? { error: r.exchange.error } : {}),
            url: r.exchange.url,
            layer: r.finding.layer,
            vendor: r.finding.vendor,
          })),
        });
      }
      for (const lang of ['en', 'fr'] as const) {
        const view = views[lang];
        if (!failing) {
          expect(view.layer).toBeNull();
          expect(view.headline).toBe(CATALOGS[lang].emptyNothingTitle?.message);
          continue;
        }
        // The popup shows the worker's current verdict, in the words the reports use…
        expect(view.layer).toBe(current.layer);
        expect(view.vendor).toBe(current.vendor ?? '');
        expect(view.headline).toBe(expectedHeadline(current, lang));
        // …on one screen: every part of the answer ends inside the first 600 px.
        for (const [part, bottom] of Object.entries(view.bottoms))
          expect.soft(bottom, `${scenario.id} ${lang}: ${part}`).toBeLessThanOrEqual(POPUP_VIEWPORT.height);
      }
      // …and that verdict is the one the scenario table promises, in both languages.
      for (const lang of failing ? (['en', 'fr'] as const) : []) {
        expect.soft(views[lang].layer).toBe(scenario.layer);
      }
      if (failing) expect.soft(verdict?.vendor ?? null).toBe(scenario.vendor);
      assertContext(scenario, records, tabId, since);
    } finally {
      await player.close();
    }
  });
});
