/**
 * What leaves the machine. After a few failing scenarios in one player tab, the popup's "Export HAR" and
 * "Export JSON" buttons are clicked and the downloads captured (Playwright's download event on the popup
 * page), and "Copy support report" is clicked and the text it hands to the clipboard caught. The HAR must
 * be valid HAR 1.2 (the hand-written schema in test/fixtures/har, checked with ajv), the CLI must reach
 * the popup's verdict
 * from it, and none of the credentials the browser actually sent (the simulator's user and password, the
 * signed links' tokens, a MAC address and a bearer token planted in a Stalker-style request) may appear in
 * any of the three texts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScenarioId, scenarioById } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import {
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

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'iptv-lens.mjs');
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/har/har-1.2.schema.json'), 'utf8'));
const validateHar = new Ajv({ allErrors: true, strict: false }).compile(schema);
const run = promisify(execFile);

/** Scenarios whose URLs carry credentials: the panel's /live/USER/PASS/ links and signed CDN links. */
const SCENARIOS: readonly ScenarioId[] = ['account-auth0', 'expired-signed-url', 'cloudflare-firewall'];
/** A Stalker-style MAC and a bearer token, sent by the page itself so they are on the wire. */
const PLANTED_MAC = '00:1A:79:4E:C2:9B';
const PLANTED_BEARER = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJlLWZvci10ZXN0cw';

let sim: Simulator;
let browser: ExtensionBrowser;
let options: Page;
let workDir: string;
/** Every URL the player tab asked for, as the browser sent it. */
const sentUrls: string[] = [];
/** Request headers of the planted handshake, as the browser sent them. */
let handshakeHeaders: Record<string, string> = {};

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 21, hangMs: 1_000 });
  browser = await launchWithExtension();
  expect(await grantHosts(browser.context, browser.extensionId, SIM_ORIGINS)).toBe(true);
  options = await openExtensionPage(browser.context, browser.extensionId);
  workDir = mkdtempSync(join(tmpdir(), 'iptv-lens-export-'));
});

afterAll(async () => {
  await browser?.close();
  await sim?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The secrets the browser put on the wire: query values, path credentials, MAC, bearer token. */
function secretsSent(): string[] {
  const secrets = new Set<string>(['demo', 's3cret-pass', PLANTED_MAC, PLANTED_BEARER]);
  for (const raw of sentUrls) {
    const url = new URL(raw);
    const token = url.searchParams.get('token');
    if (token) secrets.add(token);
  }
  return [...secrets];
}

/** Occurrences of a secret, case-insensitive; "demo" only as a word (it is not part of any other word here). */
function leaks(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => {
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = /^[a-z]+$/i.test(secret) ? `\\b${escaped}\\b` : escaped;
    return (
      new RegExp(pattern, 'i').test(text) ||
      text.toLowerCase().includes(encodeURIComponent(secret).toLowerCase())
    );
  });
}

async function download(popup: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(workDir, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('exports from the popup', () => {
  it('HAR is valid 1.2, the CLI agrees with the popup, and no credential leaves in HAR, JSON or report', async () => {
    const player = await browser.context.newPage();
    player.on('request', (request) => {
      sentUrls.push(request.url());
      if (request.url().includes('load.php')) void request.allHeaders().then((h) => (handshakeHeaders = h));
    });
    for (const id of SCENARIOS) {
      sim.setScenario(id);
      const since = Date.now();
      await player.goto(sim.urls.player);
      await waitFor(`${id}: its failure stored`, async () => {
        const { records } = await sendFrom(options, 'get-log', {});
        const status = scenarioById(id).expect.status;
        return records.some((r) => r.exchange.startedAt >= since && r.exchange.status === status)
          ? true
          : undefined;
      });
      await player.waitForSelector('body[data-status="error"]', { timeout: 20_000 });
    }
    const tabId = await tabIdOf(browser.context, browser.extensionId, sim.urls.player);
    // A Stalker portal handshake, sent from the portal's own page as a set-top-box web client does: the MAC
    // in the query and in the `mac` cookie, a bearer token. The simulator has no Stalker portal, so the
    // page and the handshake are 404s, which are captured.
    await browser.context.addCookies([
      { name: 'mac', value: encodeURIComponent(PLANTED_MAC), url: `${sim.urls.panel}/stalker_portal/` },
    ]);
    await player.goto(`${sim.urls.panel}/stalker_portal/c/`);
    const planted = await player.evaluate(
      async ({ mac, bearer }) => {
        const response = await fetch(
          `/stalker_portal/server/load.php?type=stb&action=handshake&mac=${encodeURIComponent(mac)}`,
          { headers: { Authorization: `Bearer ${bearer}` } },
        );
        return response.status;
      },
      { mac: PLANTED_MAC, bearer: PLANTED_BEARER },
    );
    expect(planted).toBe(404);
    await waitFor('the planted request stored', async () => {
      const { records } = await sendFrom(options, 'get-log', {});
      return records.some((r) => r.exchange.url.includes('load.php')) ? true : undefined;
    });

    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.waitForSelector('[data-verdict]');
    const popupLayer = await popup.getAttribute('[data-verdict]', 'data-layer');

    // The files are in the collapsed "files for support" section.
    await popup.click('details[data-section="files"] > summary');
    const harText = await download(popup, 'Save the technical file for support');
    const har = JSON.parse(harText) as {
      log: { entries: { request: { url: string; headers: { name: string; value: string }[] } }[] };
    };
    expect(validateHar(har), JSON.stringify(validateHar.errors)).toBe(true);
    const stored = (await sendFrom(options, 'get-log', {})).records.filter(
      (r) => r.exchange.context?.tabId === tabId,
    );
    expect(har.log.entries).toHaveLength(stored.length);
    // The handshake is there with its Authorization header, so redaction (not absence) kept the token out.
    const handshake = har.log.entries.find((e) => e.request.url.includes('load.php'));
    expect(handshake?.request.headers.map((h) => h.name.toLowerCase())).toContain('authorization');

    const harPath = join(workDir, 'export.har');
    writeFileSync(harPath, harText);
    const { stdout } = await run(process.execPath, [CLI, 'analyze', harPath, '--json']);
    const cli = JSON.parse(stdout) as { verdict: { layer: string }; findings: unknown[] };
    expect(cli.findings).toHaveLength(stored.length);
    expect(cli.verdict.layer).toBe(popupLayer);

    const jsonText = await download(popup, 'Save every record (JSON)');
    expect((JSON.parse(jsonText) as { records: unknown[] }).records).toHaveLength(stored.length);

    // The clipboard cannot be granted to an extension origin from Playwright; the text the button hands
    // to navigator.clipboard.writeText is caught instead, which is exactly what would be pasted.
    await popup.evaluate(() => {
      const page = window as unknown as { __copied?: string };
      navigator.clipboard.writeText = async (text: string) => {
        page.__copied = text;
      };
    });
    await popup.getByRole('button', { name: 'Copy the report for support', exact: true }).click();
    const report = await waitFor('the copied report', () =>
      popup.evaluate(() => (window as unknown as { __copied?: string }).__copied),
    );
    expect(report.length).toBeGreaterThan(200);

    const secrets = secretsSent();
    // The test is only worth something if the secrets really were on the wire.
    expect(secrets.length).toBeGreaterThan(4);
    expect(sentUrls.some((url) => url.includes('/s3cret-pass/'))).toBe(true);
    expect(sentUrls.some((url) => /[?&]token=[0-9a-f]{32}/.test(url))).toBe(true);
    expect(handshakeHeaders.authorization).toBe(`Bearer ${PLANTED_BEARER}`);
    expect(handshakeHeaders.cookie).toContain(encodeURIComponent(PLANTED_MAC));
    expect(leaks(harText, secrets)).toEqual([]);
    expect(leaks(jsonText, secrets)).toEqual([]);
    expect(leaks(report, secrets)).toEqual([]);
    // No MAC-shaped value at all, whichever request it came from.
    for (const text of [harText, jsonText, report])
      expect(text).not.toMatch(/\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b/i);
    await popup.close();
    await player.close();
  });
});
