/**
 * An in-memory BrowserPort that behaves like Chromium where the worker depends on it:
 * - webRequest events flow only for hosts that were granted *when the listener was added* (pitfall 2 of
 *   notes/real-browser.md) and that match the listener's URL filter;
 * - storage areas copy values (structured clone) and can enforce a byte quota like QUOTA_BYTES;
 * - a "restart" gives a new port over the same storage and permissions, and kills the old one: its
 *   listeners are gone and its writes are ignored, as when the service worker is stopped.
 */
import type {
  BadgeLook,
  BrowserPort,
  NetworkInfo,
  RequestDetails,
  StorageArea,
  StorageChange,
  WebRequestListeners,
} from '../../../background/port.ts';

export const EXTENSION_ID = 'fake-extension-id';

type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

/** The data behind a storage area; shared by every port generation, like the browser's own store. */
class FakeStorageData {
  readonly data = new Map<string, unknown>();
  /** Total JSON bytes allowed (keys + values), like chrome.storage.local's QUOTA_BYTES; unlimited if unset. */
  quotaBytes: number | undefined;
  sets = 0;
  /** JSON characters written by set(), to measure what a burst costs. */
  bytesWritten = 0;
  /** Simulated I/O time of each call, like the browser's storage backend. */
  latencyMs = 0;
  readonly listeners = new Set<ChangeListener>();

  constructor(readonly name: 'local' | 'session') {}

  bytesInUse(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + JSON.stringify(value).length;
    return total;
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([key, value]) => [key, structuredClone(value)]));
  }
}

class FakeArea implements StorageArea {
  constructor(
    private readonly store: FakeStorageData,
    private readonly alive: () => boolean,
  ) {}

  async #io(): Promise<void> {
    const latency = this.store.latencyMs;
    await (latency > 0 ? new Promise((resolve) => setTimeout(resolve, latency)) : Promise.resolve());
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await this.#io();
    const wanted = keys === null || keys === undefined ? [...this.store.data.keys()] : [keys].flat();
    const result: Record<string, unknown> = {};
    for (const key of wanted)
      if (this.store.data.has(key)) result[key] = structuredClone(this.store.data.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.#io();
    if (!this.alive()) return;
    this.store.bytesWritten += JSON.stringify(items).length;
    const copy = structuredClone(items);
    const before = new Map(this.store.data);
    for (const [key, value] of Object.entries(copy)) this.store.data.set(key, value);
    if (this.store.quotaBytes !== undefined && this.store.bytesInUse() > this.store.quotaBytes) {
      this.store.data.clear();
      for (const [key, value] of before) this.store.data.set(key, value);
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.store.sets += 1;
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(copy))
      changes[key] = { oldValue: before.get(key), newValue: value };
    for (const listener of this.store.listeners) listener(changes, this.store.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.#io();
    if (!this.alive()) return;
    for (const key of [keys].flat()) this.store.data.delete(key);
  }
}

/** Shared state that outlives a worker: storage, granted origins, badges, pages. */
export class FakeProfile {
  readonly local = new FakeStorageData('local');
  readonly session = new FakeStorageData('session');
  granted: string[] = [];
  readonly badges = new Map<number, BadgeLook>();
  /** What page-reader.js evaluates to, per tab. */
  readonly pages = new Map<number, unknown>();
  /** What tabs.get / tabs.query answer: each open tab's URL, and the focused window's active tab. */
  readonly tabUrls = new Map<number, string>();
  activeTab: number | undefined;
  /** Response bodies Firefox's filterResponseData would copy, per request id. */
  readonly bodies = new Map<string, string>();
  readonly injections: number[] = [];
}

interface Registration {
  urls: string[];
  /** Hosts granted at the time the listener was added: the only ones it will ever see. */
  grantedAtAdd: string[];
  listeners: WebRequestListeners;
}

function patternMatches(pattern: string, url: URL): boolean {
  const match = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!match) return pattern === '<all_urls>';
  const [, scheme, host] = match;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (host === '*') return true;
  if (host?.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

export class FakeBrowser implements BrowserPort {
  readonly extensionId = EXTENSION_ID;
  readonly local: StorageArea;
  readonly session: StorageArea;
  #alive = true;
  registration: Registration | null = null;
  /** How many times listenWebRequest was called, and with which filters. */
  readonly filters: string[][] = [];
  readonly #storage: ChangeListener[] = [];
  readonly #permissions: Array<() => void> = [];
  readonly #tabUpdated: Array<(tabId: number, change: { status?: string; url?: string }) => void> = [];
  readonly #tabRemoved: Array<(tabId: number) => void> = [];
  readonly #messages: Array<
    (message: unknown, senderId: string | undefined) => Promise<unknown> | undefined
  > = [];
  readonly #installed: Array<(reason: string) => void> = [];
  network: NetworkInfo = { online: true, effectiveType: '4g', rtt: 50, downlink: 10 };

  constructor(
    readonly profile: FakeProfile = new FakeProfile(),
    readonly browser: 'chrome' | 'firefox' = 'chrome',
  ) {
    this.local = new FakeArea(profile.local, () => this.#alive);
    this.session = new FakeArea(profile.session, () => this.#alive);
  }

  /** Stops this worker (listeners gone, writes ignored) and returns a fresh port over the same profile. */
  restart(): FakeBrowser {
    this.#alive = false;
    this.registration = null;
    for (const listener of this.#storage) this.profile.local.listeners.delete(listener);
    return new FakeBrowser(this.profile, this.browser);
  }

  listenWebRequest(urls: readonly string[], listeners: WebRequestListeners): void {
    this.filters.push([...urls]);
    this.registration =
      urls.length > 0 ? { urls: [...urls], grantedAtAdd: [...this.profile.granted], listeners } : null;
  }

  /** Whether a request to this URL would reach the current listeners. */
  sees(url: string): boolean {
    const registration = this.registration;
    if (!registration || !this.#alive) return false;
    const parsed = new URL(url);
    return (
      registration.urls.some((pattern) => patternMatches(pattern, parsed)) &&
      registration.grantedAtAdd.some((pattern) => patternMatches(pattern, parsed))
    );
  }

  /** Fires one event; resolves with what the listener returned (the worker returns its persistence promise). */
  async fire(event: keyof WebRequestListeners, details: RequestDetails): Promise<boolean> {
    if (!this.sees(details.url)) return false;
    await (this.registration?.listeners[event](details) as unknown);
    return true;
  }

  grant(origin: string): void {
    this.profile.granted.push(origin);
    for (const listener of this.#permissions) listener();
  }

  revoke(origin: string): void {
    this.profile.granted = this.profile.granted.filter((granted) => granted !== origin);
    for (const listener of this.#permissions) listener();
  }

  tabUpdated(tabId: number, change: { status?: string; url?: string }): void {
    for (const listener of this.#tabUpdated) listener(tabId, change);
  }

  tabRemoved(tabId: number): void {
    for (const listener of this.#tabRemoved) listener(tabId);
  }

  /** Chromium resets a tab's badge when it commits a new document. */
  commitDocument(tabId: number, url?: string): void {
    this.profile.badges.delete(tabId);
    this.tabUpdated(tabId, url ? { status: 'loading', url } : { status: 'loading' });
  }

  install(reason = 'install'): void {
    for (const listener of this.#installed) listener(reason);
  }

  async send(message: unknown, senderId: string | undefined = EXTENSION_ID): Promise<unknown> {
    for (const listener of this.#messages) {
      const reply = listener(message, senderId);
      if (reply) return reply;
    }
    return undefined;
  }

  onStorageChanged(listener: ChangeListener): void {
    this.#storage.push(listener);
    this.profile.local.listeners.add(listener);
  }
  onPermissionsChanged(listener: () => void): void {
    this.#permissions.push(listener);
  }
  onTabUpdated(listener: (tabId: number, change: { status?: string; url?: string }) => void): void {
    this.#tabUpdated.push(listener);
  }
  onTabRemoved(listener: (tabId: number) => void): void {
    this.#tabRemoved.push(listener);
  }
  onMessage(
    listener: (message: unknown, senderId: string | undefined) => Promise<unknown> | undefined,
  ): void {
    this.#messages.push(listener);
  }
  onInstalled(listener: (reason: string) => void): void {
    this.#installed.push(listener);
  }

  /** Listener counts, to check that a fresh worker registered everything synchronously. */
  listenerCounts(): Record<string, number> {
    return {
      webRequest: this.registration ? 1 : 0,
      storage: this.#storage.length,
      permissions: this.#permissions.length,
      tabUpdated: this.#tabUpdated.length,
      tabRemoved: this.#tabRemoved.length,
      message: this.#messages.length,
      installed: this.#installed.length,
    };
  }

  async grantedOrigins(): Promise<string[]> {
    return [...this.profile.granted];
  }
  async setBadge(tabId: number, look: BadgeLook | null): Promise<void> {
    if (!this.#alive) return;
    if (look) this.profile.badges.set(tabId, look);
    else this.profile.badges.delete(tabId);
  }
  async tabUrl(tabId: number): Promise<string | undefined> {
    return this.profile.tabUrls.get(tabId);
  }
  async activeTab(): Promise<{ tabId?: number; url?: string }> {
    const active = this.profile.activeTab;
    return active === undefined ? {} : { tabId: active, url: this.profile.tabUrls.get(active) };
  }
  async readPage(tabId: number): Promise<unknown> {
    this.profile.injections.push(tabId);
    if (!this.profile.pages.has(tabId)) throw new Error('Cannot access contents of the page');
    return this.profile.pages.get(tabId);
  }
  captureBody(requestId: string, maxChars: number): Promise<string> | null {
    if (this.browser !== 'firefox') return null;
    return Promise.resolve((this.profile.bodies.get(requestId) ?? '').slice(0, maxChars));
  }
  networkInfo(): NetworkInfo {
    return { ...this.network };
  }
  /** The tests run the worker over the source modules: nothing is shipped, so nothing asks for a file. */
  packagedText(path: string): Promise<string> {
    return Promise.reject(new Error(`no packaged file ${path} in the fake browser`));
  }
  async proxyMode(): Promise<string | undefined> {
    return undefined;
  }
  uiLanguage(): string {
    return 'fr-FR';
  }
  userAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) FakeBrowser/1.0';
  }
}

let requestCounter = 0;

/** webRequest details as Chromium sends them for a finished request. */
export function completed(url: string, status: number, extra: Partial<RequestDetails> = {}): RequestDetails {
  requestCounter += 1;
  return {
    requestId: String(requestCounter),
    url,
    method: 'GET',
    tabId: 7,
    type: 'xmlhttprequest',
    timeStamp: Date.now(),
    statusCode: status,
    statusLine: `HTTP/1.1 ${status}`,
    ip: '203.0.113.10',
    fromCache: false,
    responseHeaders: [{ name: 'Content-Type', value: 'text/html' }],
    ...extra,
  };
}

export function failed(url: string, error: string, extra: Partial<RequestDetails> = {}): RequestDetails {
  requestCounter += 1;
  return {
    requestId: String(requestCounter),
    url,
    method: 'GET',
    tabId: 7,
    type: 'media',
    timeStamp: Date.now(),
    error,
    ...extra,
  };
}
