/**
 * The Test page ("Test my service") in a real Chromium against the check lab on loopback: reached from the
 * options page, host access granted, the behaviour playlist run (the engine's layer and vendor per channel,
 * the user-agent and referrer proofs sent through the extension's header rules), an Xtream account in
 * French, and one guided-diagnosis step recorded from the check's own traffic. No credential is shown.
 *
 * Build first (`node build.mjs`), then `npx vitest run --project e2e test/e2e/check-view.test.ts`.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED_TOKEN } from '../../sim/check/channels.ts';
import { type CheckLab, startCheckLab } from '../../sim/check/lab.ts';
import { XTREAM_ACCOUNTS } from '../../sim/check/xtream.ts';
import {
  chooseLanguage,
  type ExtensionBrowser,
  grantHosts,
  launchWithExtension,
  openExtensionPage,
  screenshot,
  sendFrom,
} from './harness.ts';

const DOCS = join(import.meta.dirname, '../../docs/screenshots');
let lab: CheckLab;
let browser: ExtensionBrowser;

beforeAll(async () => {
  lab = await startCheckLab({ hangMs: 4000 });
  browser = await launchWithExtension();
  // Headless Chromium cannot show the permission prompt: the harness's documented grant, after which the
  // page's own permissions.request resolves at once.
  // The page asks for both schemes of each host (popup/browser.ts requestableOrigins).
  expect(
    await grantHosts(browser.context, browser.extensionId, [
      'http://*.lab.localhost/*',
      'https://*.lab.localhost/*',
    ]),
  ).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await lab?.close();
});

async function openTestPage(): Promise<Page> {
  const options = await openExtensionPage(browser.context, browser.extensionId);
  const link = options.locator('nav [data-open-check]');
  await expect.poll(() => link.count()).toBe(1);
  await options.goto(`chrome-extension://${browser.extensionId}/${await link.getAttribute('href')}`);
  await options.waitForSelector('[data-check-form]');
  return options;
}

async function runAndWait(page: Page, timeoutSeconds = 2): Promise<void> {
  await page.click('.check-advanced summary');
  await page.fill('#check-timeout', String(timeoutSeconds));
  await page.click('[data-check-run]');
  // The channels may live on other servers than the link: the page asks access to them, as a person allows.
  const outcome = await Promise.race([
    page.waitForSelector('[data-check-grant-button]', { timeout: 90_000 }).then(() => 'grant' as const),
    page.waitForSelector('[data-check-summary]', { timeout: 90_000 }).then(() => 'done' as const),
  ]);
  if (outcome === 'grant') await page.click('[data-check-grant-button]');
  await page.waitForSelector('[data-check-summary]', { timeout: 90_000 });
}

function card(page: Page, name: string) {
  return page.locator(`[data-check-channel="${name}"]`);
}

const SECRETS = [
  PLANTED_TOKEN,
  ...Object.values(XTREAM_ACCOUNTS).map((account) => account.password),
  'full-7c1',
];

describe('the Test page', () => {
  it('tests a playlist: who said no for each channel, the proofs sent through header rules, no credential shown (EN)', async () => {
    const page = await openTestPage();
    await page.check('[data-check-kind="link"]');
    await page.fill('#check-link', lab.playlistUrl);
    await runAndWait(page);

    const attributes = async (name: string) => {
      const element = card(page, name);
      return {
        outcome: await element.getAttribute('data-outcome'),
        layer: await element.getAttribute('data-layer'),
        vendor: await element.getAttribute('data-vendor'),
        fixedBy: await element.getAttribute('data-fixed-by'),
      };
    };
    expect(await attributes('Lab HLS')).toMatchObject({ outcome: 'works' });
    expect(await attributes('Lab app UA')).toMatchObject({ outcome: 'works' });
    expect(await attributes('Lab geo')).toMatchObject({
      outcome: 'refused',
      layer: 'geo',
      vendor: 'cloudfront',
    });
    expect(await attributes('Lab player UA')).toMatchObject({ outcome: 'refused', fixedBy: 'user-agent' });
    expect(await attributes('Lab referrer')).toMatchObject({ outcome: 'refused', fixedBy: 'referer' });
    expect(await attributes('Lab account full')).toMatchObject({ outcome: 'refused', layer: 'account' });
    expect(await attributes('Lab dead')).toMatchObject({ outcome: 'refused', layer: 'not-found' });
    expect(await attributes('Lab not media')).toMatchObject({ outcome: 'failed' });
    expect(await attributes('Lab slow')).toMatchObject({ outcome: 'failed', layer: 'network' });
    await expect
      .poll(() => page.locator('[data-check-account]').textContent())
      .toContain('2 of 2 connections are in use: that is why streams are refused.');
    expect(await page.locator('[data-check-limits]').textContent()).toContain('declarativeNetRequest');
    expect(lab.trips()).toEqual({});
    const text = await page.locator('body').textContent();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(await screenshot(page, 'check-view-en'), join(DOCS, 'check-view-en.png'));
    await page.close();
  }, 180_000);

  it('tests an Xtream account in French and words its facts', async () => {
    const options = await openExtensionPage(browser.context, browser.extensionId);
    await chooseLanguage(options, 'fr');
    const page = await openTestPage();
    await page.check('[data-check-kind="xtream"]');
    await page.fill('#check-server', lab.origin('xtream'));
    await page.fill('#check-username', 'full-7c1');
    await page.fill('#check-password', XTREAM_ACCOUNTS['full-7c1']!.password);
    await runAndWait(page);
    expect(await page.locator('[data-check-account]').textContent()).toContain(
      "2 connexions sur 2 sont utilisées : c'est pour cela que les flux sont refusés.",
    );
    expect(await card(page, 'Lab News 1').textContent()).toContain('Qui a dit non');
    const text = await page.locator('body').textContent();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    copyFileSync(await screenshot(page, 'check-view-fr'), join(DOCS, 'check-view-fr.png'));
    await chooseLanguage(options, 'en');
    await Promise.all([page.close(), options.close()]);
  }, 180_000);

  it('records a guided-diagnosis step from the check: Test now, the Test page, Done', async () => {
    const options = await openExtensionPage(browser.context, browser.extensionId);
    await sendFrom(options, 'proof-reset', {});
    const channel = `${lab.origin('tv')}/uaplayer/5.ts`;
    // The failure the diagnosis starts from: the channel refused, captured by the worker like any refusal.
    let page = await openTestPage();
    await page.check('[data-check-kind="link"]');
    await page.fill('#check-link', channel);
    await runAndWait(page);
    await page.close();
    // What the step's "Test now" sends: the step runs, labelled with the network it is on.
    await sendFrom(options, 'proof-start', { step: 'hotspot', context: { network: 'phone hotspot' } });
    page = await openTestPage();
    await page.waitForSelector('[data-check-proof="hotspot"]');
    await page.check('[data-check-kind="link"]');
    await page.fill('#check-link', channel);
    await runAndWait(page);
    // While a step records, the check looks like the app: no identity proofs of its own.
    expect(await card(page, channel).getAttribute('data-fixed-by')).toBe('');
    // The worker counted the check's traffic into the step as webRequest reported it; Done closes the step.
    await page.click('[data-check-proof-done]');
    await page.waitForSelector('[data-check-proof-recorded]');
    expect(await page.getAttribute('[data-check-proof-recorded]', 'data-check-proof-recorded')).toBe(
      'same-refusal',
    );
    const state = await sendFrom(options, 'get-state', {});
    const step = state.proof?.results.find((result) => result.step === 'hotspot');
    expect(step).toMatchObject({ outcome: 'same-refusal', label: 'phone hotspot', statuses: [403] });
    expect(step?.failures).toBeGreaterThan(0);
    await Promise.all([page.close(), options.close()]);
  }, 180_000);
});
