/**
 * Firefox. `web-ext lint` on dist/firefox always; then a real run in Debian's Firefox ESR, driven over
 * WebDriver BiDi (Firefox's built-in remote protocol; no geckodriver, no puppeteer):
 *   - the built extension is installed with `webExtension.install` (a temporary add-on from dist/firefox);
 *   - its options page is opened from the browser chrome (BiDi cannot navigate to moz-extension:// URLs;
 *     `--remote-allow-system-access` lets a chrome-scope script open it with gBrowser.addTab);
 *   - the simulator's hosts are added the way a user does: typed into the options page's host field and
 *     submitted with real key events (`input.performActions`), so permissions.request runs in a user
 *     input handler; the profile turns the permission prompt off (extensions.webextOptionalPermissionPrompts);
 *   - the player plays core scenarios; the badge, the stored records and the worker's verdict are read
 *     from the options page, and the popup is opened for the player tab and photographed.
 * Name resolution for *.iptv.test comes from network.dns.localDomains; every other connection is sent to a
 * closed loopback proxy port, so the browser never reaches the network.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ENDPOINTS, type Scenario, type ScenarioId, scenarioById } from '../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../sim/server.ts';
import { addFailure, badgeFor, emptyFailures } from '../../src/capture/badge-rules.ts';
import type { CapturedRecord, StateReply } from '../../src/messages.ts';
import { DEFAULT_SETTINGS } from '../../src/settings.ts';
import { RESULTS_DIR, waitFor } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
const run = promisify(execFile);
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const ADDON_ID = 'iptv-access-lens@example.org';
/** Pinned in the profile (extensions.webextensions.uuids) so the extension's pages have a known origin. */
const ADDON_UUID = '5d1e0c2a-7b1f-4e8e-9d3c-1a2b3c4d5e6f';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
const CORE: readonly ScenarioId[] = [
  'cloudflare-firewall',
  'cloudflare-country',
  'server-503',
  'account-expired',
  'refused',
];

/** A throwaway profile: loopback only, no prompts, no update or telemetry traffic. */
function profilePrefs(): string {
  const prefs: Record<string, string | number | boolean> = {
    'network.dns.localDomains': ['player', 'panel', 'cdn', 'epg'].map((h) => `${h}.iptv.test`).join(','),
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    // Anything not on loopback goes to a closed port on loopback, so nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '.iptv.test, localhost, 127.0.0.1',
    'network.trr.mode': 5,
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'app.update.auto': false,
    'toolkit.telemetry.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.region.update.enabled': false,
    'browser.newtabpage.enabled': false,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

interface BiDiResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

/** Firefox ESR with a BiDi session: just the commands these tests use. */
class Firefox {
  #id = 0;
  readonly #replies = new Map<
    number,
    (message: { type: string; result?: unknown; message?: string }) => void
  >();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        result?: unknown;
        message?: string;
      };
      const reply = message.id === undefined ? undefined : this.#replies.get(message.id);
      if (reply && message.id !== undefined) {
        this.#replies.delete(message.id);
        reply(message);
      }
    });
  }

  static async launch(): Promise<Firefox> {
    if (!existsSync(FIREFOX)) {
      throw new Error(
        `Firefox ESR is missing at ${FIREFOX}. Install Debian's package (sudo apt-get install -y firefox-esr, ` +
          'or run `node scripts/ensure-chromium.mjs`) or point FIREFOX_PATH at an existing Firefox binary.',
      );
    }
    const profile = mkdtempSync(join(tmpdir(), 'iptv-lens-firefox-'));
    writeFileSync(join(profile, 'user.js'), `${profilePrefs()}\n`);
    const args = ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'];
    const child = spawn(FIREFOX, [...args, '--remote-allow-system-access', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let said = '';
      const timer = setTimeout(
        () => reject(new Error(`Firefox never opened WebDriver BiDi:\n${said}`)),
        30_000,
      );
      child.stderr?.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(said)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi:\n${said}`)));
    });
    const socket = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const firefox = new Firefox(child, socket, profile);
    await firefox.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return firefox;
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    this.#id += 1;
    const id = this.#id;
    return new Promise((resolve, reject) => {
      this.#replies.set(id, (message) =>
        message.type === 'error'
          ? reject(new Error(`${method}: ${message.message}`))
          : resolve(message.result as T),
      );
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates an expression (awaiting a promise) in a browsing context and returns its value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const reply = await this.send<BiDiResult>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    if (reply.type !== 'success')
      throw new Error(`in Firefox: ${reply.exceptionDetails?.text} (${expression})`);
    return reply.result?.value as T;
  }

  async contexts(scope?: 'chrome'): Promise<{ context: string; url: string }[]> {
    const tree = await this.send<{ contexts: { context: string; url: string }[] }>(
      'browsingContext.getTree',
      scope ? { 'moz:scope': scope } : {},
    );
    return tree.contexts;
  }

  /** Opens one of the extension's pages in a new tab, from the browser chrome, and returns its context. */
  async openExtensionPage(path: string): Promise<string> {
    const [window] = await this.contexts('chrome');
    if (!window) throw new Error('Firefox has no browser window');
    const url = `${EXTENSION_ORIGIN}/${path}`;
    await this.evaluate(
      window.context,
      `(gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }), true)`,
    );
    return waitFor(`${path} open`, async () => (await this.contexts()).find((c) => c.url === url)?.context);
  }

  /** Errors the browser console holds for the extension's own files (a background that failed to start). */
  async extensionErrors(): Promise<string[]> {
    const [window] = await this.contexts('chrome');
    if (!window) return [];
    const errors = await this.evaluate<string>(
      window.context,
      `JSON.stringify(Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && (m.sourceName ?? '').startsWith(${JSON.stringify(EXTENSION_ORIGIN)}))
        .map((m) => m.errorMessage + ' at ' + m.sourceName.slice(${EXTENSION_ORIGIN.length}) + ':' + m.lineNumber))`,
    );
    return JSON.parse(errors) as string[];
  }

  /** Real key events into the focused element of a context. */
  async type(context: string, text: string, enter: boolean): Promise<void> {
    const keys = [...text, ...(enter ? ['\uE007'] : [])].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: keys }],
    });
  }

  async close(): Promise<void> {
    this.socket.close();
    this.process.kill();
    await new Promise((resolve) =>
      this.process.exitCode === null ? this.process.once('exit', resolve) : resolve(0),
    );
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A message to the extension's worker from one of its pages, as the UI sends it. */
function message(firefox: Firefox, page: string, type: string, payload: object): Promise<string> {
  const envelope = JSON.stringify({ type, payload });
  return firefox.evaluate<string>(
    page,
    `browser.runtime.sendMessage(${envelope}).then((r) => JSON.stringify(r))`,
  );
}

function failingHosts(scenario: Scenario): Set<string> {
  return new Set(scenario.affects.map((e) => `${ENDPOINTS[e].host}.iptv.test`));
}

describe('Firefox', () => {
  it('web-ext lint reports no error on dist/firefox', async () => {
    const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
    const { stdout } = await run(webExt, ['lint', '--source-dir', DIST_FIREFOX, '-o', 'json', '--no-input'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  describe('Firefox ESR, driven over WebDriver BiDi', () => {
    let sim: Simulator;
    let firefox: Firefox;
    let options: string;

    beforeAll(async () => {
      sim = await startSimulator({ port: 0, seed: 61, hangMs: 1_000 });
      firefox = await Firefox.launch();
      await firefox.send('webExtension.install', { extensionData: { type: 'path', path: DIST_FIREFOX } });
      options = await firefox.openExtensionPage('options.html');
      await waitFor('the options page', () =>
        firefox
          .evaluate<boolean>(options, `Boolean(document.getElementById('host-input'))`)
          .then((ok) => ok || undefined),
      );
    });

    afterAll(async () => {
      await firefox?.close();
      await sim?.close();
    });

    it('the background script starts without an error', async () => {
      expect(await firefox.extensionErrors()).toEqual([]);
    });

    it('the simulator hosts are granted from the options page, and the worker watches them', async () => {
      await firefox.evaluate(options, `(document.getElementById('host-input').focus(), true)`);
      await firefox.type(options, '*.iptv.test', true);
      const origins = await waitFor('the grant', async () => {
        const granted = JSON.parse(
          await firefox.evaluate<string>(
            options,
            'browser.permissions.getAll().then((p) => JSON.stringify(p.origins))',
          ),
        ) as string[];
        return granted.length > 0 ? granted : undefined;
      });
      expect(origins).toContain('http://*.iptv.test/*');
      const state = JSON.parse(await message(firefox, options, 'get-state', {})) as StateReply;
      expect(state.watchedHosts).toEqual(['*.iptv.test']);
    });

    it.each(CORE)('%s: badge, stored records (bodies read) and verdict', async (id) => {
      const scenario = scenarioById(id);
      sim.setScenario(id);
      await message(firefox, options, 'clear-log', {});
      const tab = (await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' }))
        .context;
      try {
        await firefox.send('browsingContext.navigate', {
          context: tab,
          url: sim.urls.player,
          wait: 'complete',
        });
        const tabId = await firefox.evaluate<number>(
          options,
          `browser.tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').startsWith(${JSON.stringify(sim.urls.player)}))?.id ?? -1)`,
        );
        expect(tabId).toBeGreaterThan(0);
        const hosts = failingHosts(scenario);
        const ofTab = async () =>
          (
            JSON.parse(await message(firefox, options, 'get-log', {})) as { records: CapturedRecord[] }
          ).records.filter((r) => r.exchange.context?.tabId === tabId);
        let last = -1;
        let since = Date.now();
        const records = await waitFor(
          `${id}: its failure stored and the log settled`,
          async () => {
            const found = await ofTab();
            const shows = found.some(
              (r) =>
                hosts.has(new URL(r.exchange.url).hostname) &&
                (scenario.expect.status === 0
                  ? r.exchange.status === 0
                  : r.exchange.status === scenario.expect.status),
            );
            if (!shows || found.length !== last) {
              last = found.length;
              since = Date.now();
              return undefined;
            }
            return Date.now() - since >= 1_000 ? found : undefined;
          },
          30_000,
          250,
        );

        let failures = emptyFailures();
        for (const { finding } of records) failures = addFailure(failures, finding);
        const look = badgeFor(failures, DEFAULT_SETTINGS.badge);
        const badge = await firefox.evaluate<string>(
          options,
          `browser.action.getBadgeText({ tabId: ${tabId} })`,
        );
        const color = JSON.parse(
          await firefox.evaluate<string>(
            options,
            `browser.action.getBadgeBackgroundColor({ tabId: ${tabId} }).then((c) => JSON.stringify(c))`,
          ),
        ) as number[];
        expect(look).not.toBeNull();
        expect(badge).toBe(look?.text);
        const hex = Number.parseInt((look?.color ?? '#000000').slice(1), 16);
        expect(color).toEqual([(hex >> 16) & 255, (hex >> 8) & 255, hex & 255, 255]);
        // Firefox reads the bodies (filterResponseData): a record rests on headers alone only without one.
        for (const { exchange } of records) {
          expect(exchange.context?.browser).toBe('firefox');
          expect(exchange.context?.headersOnly).toBe(exchange.status === 0);
        }

        const state = JSON.parse(await message(firefox, options, 'get-state', { tabId })) as StateReply;
        const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
        const shownLayer = await waitFor('the popup verdict', () =>
          firefox
            .evaluate<string | null>(
              popup,
              `document.querySelector('[data-verdict]')?.getAttribute('data-layer') ?? null`,
            )
            .then((layer) => layer ?? undefined),
        );
        const shot = await firefox.send<{ data: string }>('browsingContext.captureScreenshot', {
          context: popup,
          origin: 'document',
        });
        mkdirSync(join(RESULTS_DIR, 'screenshots'), { recursive: true });
        writeFileSync(
          join(RESULTS_DIR, 'screenshots', `firefox-popup-${id}.png`),
          Buffer.from(shot.data, 'base64'),
        );
        await firefox.send('browsingContext.close', { context: popup });

        expect(shownLayer).toBe(state.analysis?.verdict.layer);
        expect(state.analysis?.verdict.layer).toBe(scenario.layer);
        expect(state.analysis?.verdict.vendor ?? null).toBe(scenario.vendor);
      } finally {
        await firefox.send('browsingContext.close', { context: tab });
      }
    });
  });
});
