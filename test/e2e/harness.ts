/**
 * Drives Debian's Chromium through playwright-core for the end-to-end tests and the demo: launch (with or
 * without the built extension), grant host access the way a user would, stop the service worker, and read
 * storage and the badge back from an extension page. What works and why is in shared/notes/real-browser.md.
 * A missing browser is an error with instructions, never a skipped test.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { MessageType, Reply, Request } from '../../src/messages.ts';
import type { Lang } from '../../src/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const RESULTS_DIR = join(ROOT, 'test-results');
/** The simulator's names; the browser resolves them to loopback. */
const HOST_RULES = 'MAP *.iptv.test 127.0.0.1';

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The browser binary, or an error that says how to get it. */
function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `Chromium is missing at ${path}. Install Debian's package (sudo apt-get install -y chromium, or run ` +
        '`node scripts/ensure-chromium.mjs`) or point CHROMIUM_PATH at an existing Chromium binary.',
    );
  }
  return path;
}

/** The built extension, or an error that says how to build it. */
function requireBuiltExtension(dir = DIST_CHROME): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir} (manifest.json missing). Run \`npm run build\` first.`);
  }
  return dir;
}

/** Flags that keep the browser off the network and quiet; extension flags when one is loaded. */
function chromiumArgs(extensionDir: string | null): string[] {
  const args = [
    `--host-resolver-rules=${HOST_RULES}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--autoplay-policy=no-user-gesture-required',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  if (extensionDir) {
    args.push(
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Branded Chrome dropped --load-extension; Chromium keeps it, this keeps it on where it is a feature.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    );
  }
  return args;
}

export interface Browser {
  context: BrowserContext;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Directory of an unpacked extension, or null for a plain browser. */
  extensionDir?: string | null;
  /** Defaults to true (Chromium's new headless mode, which runs extensions). */
  headless?: boolean;
  /**
   * An existing profile to reuse (a browser restart on the same profile). The caller owns it: close()
   * leaves it in place. Without it a fresh temporary profile is made and removed on close().
   */
  profileDir?: string;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = requireChromium();
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'iptv-lens-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    args: chromiumArgs(options.extensionDir ?? null),
    // Playwright disables extensions by default; ours must load.
    ignoreDefaultArgs: options.extensionDir ? ['--disable-extensions'] : [],
    viewport: { width: 1100, height: 800 },
  });
  return {
    context,
    profileDir,
    close: async () => {
      await context.close().catch(() => undefined);
      if (ownProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export interface ExtensionBrowser extends Browser {
  extensionId: string;
  worker: Worker;
}

/** Launch with the built extension and wait for its service worker (about 1.5 s after launch). */
export async function launchWithExtension(
  options: { extensionDir?: string; headless?: boolean; profileDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = requireBuiltExtension(options.extensionDir ?? DIST_CHROME);
  const browser = await launchBrowser({
    extensionDir,
    headless: options.headless ?? true,
    ...(options.profileDir ? { profileDir: options.profileDir } : {}),
  });
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      browser.context.serviceWorkers().find(isOurs) ??
      (await browser.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }));
    return { ...browser, extensionId: new URL(worker.url()).host, worker };
  } catch (error) {
    await browser.close();
    throw new Error(`The extension's service worker never started: ${String(error)}`);
  }
}

/** The popup path from the built manifest (action.default_popup), used as "an extension page". */
export function popupPath(extensionDir = DIST_CHROME): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
  };
  return manifest.action?.default_popup ?? 'popup.html';
}

/** Runs `fn` in a fresh extension page (full chrome.* access) and closes it. */
export async function inExtensionPage<T>(
  context: BrowserContext,
  extensionId: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/${popupPath()}`);
    return await fn(page);
  } finally {
    await page.close();
  }
}

/**
 * Grants optional host permissions without a prompt (headless prompts never resolve): chrome://extensions
 * adds them through developerPrivate, then permissions.request from an extension page resolves true.
 */
export async function grantHosts(
  context: BrowserContext,
  extensionId: string,
  origins: string[],
): Promise<boolean> {
  const settings = await context.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      async ({ id, patterns }) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        for (const pattern of patterns) await api.addHostPermission(id, pattern);
      },
      { id: extensionId, patterns: origins },
    );
  } finally {
    await settings.close();
  }
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate((wanted) => chrome.permissions.request({ origins: wanted }), origins),
  );
}

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

/**
 * Stops the extension's service worker through CDP (ServiceWorker.stopWorker on its running version).
 * Afterwards the old Playwright Worker object hangs on evaluate: read state through extension pages.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const prefix = `chrome-extension://${extensionId}/`;
    type Version = { versionId: string; scriptURL: string; runningStatus: string };
    const running = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no running service worker version reported')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
        const version = versions.find((v) => v.scriptURL.startsWith(prefix) && v.runningStatus === 'running');
        if (version) {
          clearTimeout(timer);
          resolve(version.versionId);
        }
      });
    });
    const stopped = (versionId: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`service worker ${versionId} did not stop`)), 10_000);
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
          if (versions.some((v) => v.versionId === versionId && v.runningStatus === 'stopped')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    await cdp.send('ServiceWorker.enable');
    const versionId = await running;
    const done = stopped(versionId);
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await done;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export async function readStorage(
  context: BrowserContext,
  extensionId: string,
  area: 'local' | 'session' = 'local',
): Promise<Record<string, unknown>> {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate((which) => chrome.storage[which].get(null), area),
  );
}

export interface Badge {
  text: string;
  /** RGBA, 0-255 each. */
  color: [number, number, number, number];
}

export async function badgeOf(context: BrowserContext, extensionId: string, tabId: number): Promise<Badge> {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate(async (id) => {
      const text = await chrome.action.getBadgeText({ tabId: id });
      const color = (await chrome.action.getBadgeBackgroundColor({ tabId: id })) as [
        number,
        number,
        number,
        number,
      ];
      return { text, color };
    }, tabId),
  );
}

/** The browser's tab id for the first tab whose URL starts with `urlPrefix` (seen from the extension). */
export async function tabIdOf(
  context: BrowserContext,
  extensionId: string,
  urlPrefix: string,
): Promise<number> {
  return inExtensionPage(context, extensionId, async (page) => {
    const id = await page.evaluate(async (prefix) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? -1;
    }, urlPrefix);
    if (id < 0) throw new Error(`no tab open on ${urlPrefix}`);
    return id;
  });
}

/** Saves a PNG under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name.replace(/[^A-Za-z0-9_.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Every simulator origin, both schemes: the tls-error scenario hands out an https:// link to the
 * simulator's plain-HTTP port, and only a watched host is captured.
 */
export const SIM_ORIGINS = ['http://*.iptv.test/*', 'https://*.iptv.test/*'];

/** An extension page (options.html by default) left open, to send messages and change settings from. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path = 'options.html',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** One typed message to the worker from an extension page, as the popup and options page send them. */
export async function sendFrom<T extends MessageType>(
  page: Page,
  type: T,
  payload: Request<T>,
): Promise<Reply<T>> {
  const reply = await page.evaluate((envelope) => chrome.runtime.sendMessage(envelope) as Promise<unknown>, {
    type,
    payload,
  });
  if (reply === undefined || reply === null) throw new Error(`the worker gave no reply to ${type}`);
  if (typeof reply === 'object' && 'error' in reply) {
    throw new Error(`the worker failed ${type}: ${String((reply as { error: unknown }).error)}`);
  }
  return reply as Reply<T>;
}

/** The popup as the toolbar would open it for `tabId` (the popup reads `?tabId=`). */
export function popupUrl(extensionId: string, tabId: number): string {
  return `chrome-extension://${extensionId}/${popupPath()}?tabId=${tabId}`;
}

/**
 * Picks the language in the options page's select, as a user does, then waits until the worker answers
 * in it (it learns the change through storage.onChanged).
 */
export async function chooseLanguage(optionsPage: Page, lang: Lang): Promise<void> {
  await optionsPage.selectOption('#lang-select', lang);
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const state = await sendFrom(optionsPage, 'get-state', {});
    if (state.lang === lang) return;
    await optionsPage.waitForTimeout(50);
  }
  throw new Error(`the worker never switched to "${lang}"`);
}

/** Polls `probe` every `intervalMs` until it returns a value other than undefined, or throws on timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Polls `probe` until it reports `done`, for as long as it keeps making progress: a slow machine only takes
 * longer, and the wait fails only when nothing moved for `stallMs` (a hang, not slowness).
 */
export async function waitWhileProgressing<T>(
  what: string,
  probe: () => Promise<{ value: T; progress: number; done: boolean }>,
  stallMs = 30_000,
  intervalMs = 300,
): Promise<T> {
  let last = Number.NaN;
  let movedAt = Date.now();
  for (;;) {
    const { value, progress, done } = await probe();
    if (done) return value;
    if (progress !== last) {
      last = progress;
      movedAt = Date.now();
    } else if (Date.now() - movedAt > stallMs) {
      throw new Error(`${what}: no progress for ${stallMs} ms (stuck at ${progress})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * CPU time of the extension's service worker thread, from V8's sampling profiler on the worker target
 * (the Performance domain is not offered on service-worker targets). The browser-level CDP session reaches
 * the worker through Target.attachToTarget; busy time is the sum of sample intervals not spent idle.
 */
export interface WorkerProfiler {
  /**
   * Stops profiling and returns the busy time in ms (JS, GC and the engine's own work on that thread), and
   * the functions with the most self time, to say where it went.
   */
  stop(): Promise<{ busyMs: number; sampledMs: number; top: { name: string; selfMs: number }[] }>;
}

export async function profileServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<WorkerProfiler> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context: cannot reach the worker target');
  const session = await browser.newBrowserCDPSession();
  type TargetInfo = { targetId: string; type: string; url: string };
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!target) throw new Error('the extension has no running service worker to profile');
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 0;
  const replies = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const waiting = message.id === undefined ? undefined : replies.get(message.id);
    if (!waiting || message.id === undefined) return;
    replies.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      nextId += 1;
      replies.set(nextId, { resolve, reject });
      session
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: nextId, method, params }),
        })
        .catch(reject);
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 500 });
  await send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await send('Profiler.stop')) as {
        profile: {
          nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      await session.detach().catch(() => undefined);
      const idle = new Set(
        profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
      );
      const names = new Map(
        profile.nodes.map((n) => {
          const file = n.callFrame.url.split('/').pop() ?? '';
          return [n.id, `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`];
        }),
      );
      const selfUs = new Map<string, number>();
      let busyUs = 0;
      let sampledUs = 0;
      // timeDeltas[i] is the time since the previous sample, i.e. what sample i stands for.
      profile.samples.forEach((node, i) => {
        const delta = profile.timeDeltas[i] ?? 0;
        sampledUs += delta;
        if (idle.has(node)) return;
        busyUs += delta;
        const name = names.get(node) ?? '?';
        selfUs.set(name, (selfUs.get(name) ?? 0) + delta);
      });
      const top = [...selfUs]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([name, us]) => ({ name, selfMs: Math.round(us / 1000) }));
      return { busyMs: busyUs / 1000, sampledMs: sampledUs / 1000, top };
    },
  };
}
