/**
 * Accessibility in the real browser: axe-core (through @axe-core/playwright) on every view — the popup's
 * states (no site watched, nothing yet, a refusal, a server error, an expired account, a connection failure,
 * a guided test left running), the guided steps and their verdict, the options page with a record open —
 * in English and French, light and dark, with every collapsed section opened: zero violations. Then the
 * keyboard paths: Tab to Diagnose, Enter, Escape back with the focus where it was; a section opened and
 * closed by keyboard; a log record opened and closed by keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioId } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import type { Lang } from '../../src/types.ts';
import {
  chooseLanguage,
  type ExtensionBrowser,
  grantHosts,
  launchWithExtension,
  openExtensionPage,
  popupUrl,
  SIM_ORIGINS,
  sendFrom,
  tabIdOf,
  waitFor,
} from './harness.ts';

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, headings, target size). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let sim: Simulator;
let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 7, hangMs: 1_000 });
  browser = await launchWithExtension();
  options = await openExtensionPage(browser.context, browser.extensionId);
  await options.waitForSelector('#lang-select');
});

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

interface Found {
  view: string;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

/** Opens every collapsed section, then runs axe in both colour schemes. */
async function audit(page: Page, view: string): Promise<Found[]> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  // A section renders its body once opened (the history lazily): wait until every one has.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.section .section-body')].every(
      (body) => body.childElementCount > 0,
    ),
  );
  const found: Found[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const violation of violations)
      found.push({
        view: `${view} (${colorScheme})`,
        rule: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function playerTab(scenario: ScenarioId): Promise<{ player: Page; tabId: number }> {
  sim.setScenario(scenario);
  // One player tab at a time (each view closes its own), so the player's address names it.
  const player = await browser.context.newPage();
  await player.goto(sim.urls.player);
  const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player).catch(() =>
    // Before any grant the extension cannot read a tab's address: the newest tab is the player's.
    options.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id ?? -1))),
  );
  return { player, tabId };
}

async function popupFor(tabId: number, ready: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl(browser.extensionId, tabId));
  await popup.bringToFront();
  await popup.waitForSelector(ready).catch(async (error) => {
    const shown = (await popup.textContent('body').catch(() => null))?.replace(/\s+/g, ' ').slice(0, 400);
    throw new Error(`${String(error)}\nThe popup shows: ${shown}`);
  });
  return popup;
}

async function waitForRecords(tabId: number): Promise<void> {
  await waitFor(`records of tab ${tabId}`, async () => {
    const state = await sendFrom(options, 'get-state', { tabId });
    return state.recordCount > 0 ? true : undefined;
  });
}

describe('axe: every view, EN/FR, light/dark', () => {
  // Forty audits: the timeout only guards against a hang; nothing here is timed.
  it('finds no violation', { timeout: 900_000 }, async () => {
    const found: Found[] = [];
    for (const lang of ['en', 'fr'] as Lang[]) {
      await chooseLanguage(options, lang);
      // Before any site is watched: the empty state that teaches.
      const idle = await playerTab('ok');
      if (lang === 'en') {
        const first = await popupFor(idle.tabId, '.empty');
        found.push(...(await audit(first, `${lang} popup: no site watched`)));
        await first.close();
        expect(await grantHosts(browser.context, browser.extensionId, SIM_ORIGINS)).toBe(true);
      }
      // A fresh tab shows its site's refusals from other tabs too (a player reopened): start from none.
      await sendFrom(options, 'clear-log', {});
      const nothing = await popupFor(idle.tabId, '.empty');
      found.push(...(await audit(nothing, `${lang} popup: nothing yet`)));
      await nothing.close();
      await idle.player.close();

      for (const scenario of ['cloudflare-firewall', 'server-503', 'account-expired', 'refused'] as const) {
        await sendFrom(options, 'clear-log', {});
        const { player, tabId } = await playerTab(scenario);
        await waitForRecords(tabId);
        const popup = await popupFor(tabId, '[data-verdict]');
        found.push(...(await audit(popup, `${lang} popup: ${scenario}`)));
        if (scenario === 'cloudflare-firewall') {
          // The guided steps, a test left running (the banner), and the verdict screen.
          await popup.locator('[data-action="diagnose"]').click();
          await popup.locator('.proof-step').waitFor();
          found.push(...(await audit(popup, `${lang} guided: a step`)));
          await sendFrom(options, 'proof-start', {
            step: 'wifi-vs-mobile',
            context: { network: 'Wi-Fi' },
            tabId,
          });
          const running = await popupFor(tabId, '[data-running]');
          found.push(...(await audit(running, `${lang} popup: a test running`)));
          await running.close();
          await sendFrom(options, 'proof-finish', {});
          await popup.reload();
          await popup.locator('[data-action="diagnose"]').click();
          await popup.locator('.proof-step').waitFor();
          await popup
            .getByRole('button', { name: lang === 'en' ? 'See the verdict' : 'Voir le verdict' })
            .first()
            .click();
          await popup.locator('.proof-verdict').waitFor();
          found.push(...(await audit(popup, `${lang} guided: the verdict`)));
          await sendFrom(options, 'proof-reset', {});
        }
        await popup.close();
        await player.close();
      }

      // The options page, with the log loaded and a record open.
      const page = await openExtensionPage(browser.context, browser.extensionId);
      await page.locator('.log-table tbody tr').first().waitFor();
      await page.locator('.log-table tbody tr button').first().click();
      await page.locator('.detail').waitFor();
      found.push(...(await audit(page, `${lang} options`)));
      await page.close();
    }
    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('Tab reaches Diagnose, Enter opens it, Escape comes back with the focus on it', async () => {
    expect(await grantHosts(browser.context, browser.extensionId, SIM_ORIGINS)).toBe(true);
    await sendFrom(options, 'clear-log', {});
    await chooseLanguage(options, 'en');
    const { player, tabId } = await playerTab('cloudflare-firewall');
    await waitForRecords(tabId);
    const popup = await popupFor(tabId, '[data-verdict]');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('diagnose');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Guided diagnosis' }).waitFor();
    await popup.keyboard.press('Escape');
    await popup.locator('[data-verdict]').waitFor();
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-action')))
      .toBe('diagnose');

    // Tab on to the first collapsed section, open it with Enter, close it with Escape.
    const summary = popup.locator('details[data-section="why"] > summary');
    for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await popup.keyboard.press('Tab');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    // Each key is handled on the page's next turn: poll for its effect rather than read at once.
    const section = popup.locator('details[data-section="why"]');
    await popup.keyboard.press('Enter');
    await expect.poll(() => section.getAttribute('open')).not.toBeNull();
    await popup.keyboard.press('Escape');
    await expect.poll(() => section.getAttribute('open')).toBeNull();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.close();
    await player.close();
  });

  it('a log record opens with Enter and closes with Escape, the focus back on its button', async () => {
    const page = await openExtensionPage(browser.context, browser.extensionId);
    const open = page.locator('.log-table tbody tr button').first();
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('.detail').waitFor();
    await page.keyboard.press('Escape');
    // The page handles the key on its next turn: wait for the detail to go, not a fixed time.
    await page.locator('.detail').waitFor({ state: 'detached' });
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});
