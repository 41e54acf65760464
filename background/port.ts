/**
 * The worker's view of the browser, as plain data and callbacks. `browser.ts` implements it over the real
 * extension APIs; `test/unit/background/fake-browser.ts` implements it in memory. Every other worker module takes a
 * `BrowserPort`, so it runs under vitest.
 */

/** webRequest's header: Chrome may send `binaryValue` (bytes) instead of `value` for non-UTF-8 values. */
export interface WireHeader {
  name: string;
  value?: string;
  binaryValue?: ArrayLike<number>;
}

/** The union of the webRequest `details` fields we read, from both browsers (Firefox-only ones noted). */
export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  tabId: number;
  /** main_frame, sub_frame, xmlhttprequest, media… */
  type: string;
  /** Event time, ms since epoch. */
  timeStamp: number;
  frameId?: number;
  /** Chrome: the origin that started the request. */
  initiator?: string;
  /** Firefox: the URL that started the request. */
  originUrl?: string;
  ip?: string;
  fromCache?: boolean;
  statusCode?: number;
  statusLine?: string;
  requestHeaders?: WireHeader[];
  responseHeaders?: WireHeader[];
  /** onErrorOccurred: net::ERR_… (Chrome) or NS_ERROR_… / NS_BINDING_… (Firefox). */
  error?: string;
  /** Firefox: the proxy this request went through, null when direct. */
  proxyInfo?: { type?: string } | null;
}

export interface WebRequestListeners {
  onSendHeaders(details: RequestDetails): void;
  /** Only used where response bodies can be read (Firefox's filterResponseData). */
  onHeadersReceived(details: RequestDetails): void;
  onCompleted(details: RequestDetails): void;
  onErrorOccurred(details: RequestDetails): void;
}

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** navigator.connection (Chromium only) and navigator.onLine, as the worker sees them. */
export interface NetworkInfo {
  connection?: string;
  effectiveType?: string;
  rtt?: number;
  downlink?: number;
  online?: boolean;
}

export interface BadgeLook {
  text: string;
  color: string;
  /** For the tab's tooltip: the code, who refused (a layer) and the vendor's name. */
  tip?: { code: string; layer: string; vendor: string | null };
}

/** Who sent a runtime message, as the browser says (never as the message says). */
export interface MessageSender {
  /** True for our content scripts, which run inside web pages; false for our own pages, even in a tab. */
  fromContentScript: boolean;
  tabId?: number;
  frameId?: number;
  /** The sending document's URL. */
  url?: string;
}

/** A script registered for the pages of the watched hosts (scripting.registerContentScripts). */
export interface PageScript {
  id: string;
  /** Built file, relative to the extension root. */
  file: string;
  matches: string[];
  world: 'MAIN' | 'ISOLATED';
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
}

export interface BrowserPort {
  readonly browser: 'chrome' | 'firefox';
  readonly extensionId: string;
  readonly local: StorageArea;
  readonly session: StorageArea;
  /**
   * Removes the webRequest listeners added before (if any), then adds them with this URL filter; an empty
   * filter adds none. Newly granted hosts are only seen by listeners added after the grant.
   */
  listenWebRequest(urls: readonly string[], listeners: WebRequestListeners): void;
  onStorageChanged(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
  onPermissionsChanged(listener: () => void): void;
  onTabUpdated(listener: (tabId: number, change: { status?: string; url?: string }) => void): void;
  onTabRemoved(listener: (tabId: number) => void): void;
  /** The listener's promise is the reply; undefined means "not for us". */
  onMessage(
    listener: (
      message: unknown,
      senderId: string | undefined,
      sender?: MessageSender,
    ) => Promise<unknown> | undefined,
  ): void;
  onInstalled(listener: (reason: string) => void): void;
  grantedOrigins(): Promise<string[]>;
  /** null clears the tab's badge. */
  setBadge(tabId: number, look: BadgeLook | null): Promise<void>;
  /** The tab's URL, where the extension may read it (activeTab or a host permission); undefined otherwise. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The active tab of the last focused window: the one a toolbar popup was opened on. */
  activeTab(): Promise<{ tabId?: number; url?: string }>;
  /** Runs page-reader.js in the tab's top frame and returns what it evaluated to. */
  readPage(tabId: number): Promise<unknown>;
  /**
   * Starts copying the response body of a request while passing it through untouched; resolves with the
   * first `maxBytes` decoded as text. Returns null where the browser cannot (Chrome).
   */
  captureBody(requestId: string, maxBytes: number): Promise<string> | null;
  /**
   * Unregisters our page scripts with these ids (those that exist), then registers `scripts`. Optional: a
   * port that cannot register scripts (a test double) leaves it out, and panel replies stay unread.
   */
  replacePageScripts?(ids: readonly string[], scripts: readonly PageScript[]): Promise<void>;
  networkInfo(): NetworkInfo;
  /** A file of the extension's package, as text (the worker's knowledge file). */
  packagedText(path: string): Promise<string>;
  /** The browser's proxy mode when readable ("direct", "system"…), else undefined. */
  proxyMode(): Promise<string | undefined>;
  uiLanguage(): string;
  userAgent(): string;
}
