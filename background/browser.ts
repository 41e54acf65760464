/**
 * The worker's only door to the extension APIs: a BrowserPort over the browser's own namespace. MV3 Chrome
 * and Firefox both return promises from the calls we make, so no polyfill rides in the worker (it weighed
 * ~10 KB of the worker's size budget); the one behaviour that differs, how a message listener replies, is
 * bridged in `onMessage` below. No other worker file touches `chrome`/`browser`.
 */
import { BUILD_BROWSER } from './build-info.ts';
import type {
  BrowserPort,
  MessageSender,
  NetworkInfo,
  PageScript,
  RequestDetails,
  WebRequestListeners,
} from './port.ts';

type DetailsListener = (details: RequestDetails) => void;
interface WebRequestEvent {
  addListener(
    listener: DetailsListener,
    filter: chrome.webRequest.RequestFilter,
    extraInfoSpec?: string[],
  ): void;
  removeListener(listener: DetailsListener): void;
}

/** Firefox's webRequest.StreamFilter (MDN), the part we use; @types/chrome does not know it. */
interface StreamFilter {
  ondata: ((event: { data: ArrayBuffer }) => void) | null;
  onstop: (() => void) | null;
  onerror: (() => void) | null;
  write(data: ArrayBuffer): void;
  disconnect(): void;
  close(): void;
}
type FilterResponseData = (requestId: string) => StreamFilter;

/**
 * Firefox exposes `browser` (Chrome also does since about version 147); older Chrome only `chrome`. For
 * what we call, both have the same shape and return promises.
 */
function extensionApi(): typeof chrome {
  return (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;
}

/** Firefox alone can read response bodies. Called on its namespace: API methods may not work detached. */
function bodyFilter(api: typeof chrome): FilterResponseData | undefined {
  const webRequest = api.webRequest as { filterResponseData?: FilterResponseData };
  const open = webRequest.filterResponseData;
  return typeof open === 'function' ? (requestId) => open.call(webRequest, requestId) : undefined;
}

/** navigator.connection exists in Chromium workers (Network Information API), not in Firefox. */
interface NetworkInformationLike {
  type?: string;
  effectiveType?: string;
  rtt?: number;
  downlink?: number;
}

const BADGE_TEXT_COLOR = '#FFFFFF';

function event(source: unknown): WebRequestEvent {
  return source as WebRequestEvent;
}

/** Copies a response body while passing every byte through unchanged; stops copying at `maxChars`. */
function copyBody(
  filterResponseData: FilterResponseData,
  requestId: string,
  maxChars: number,
): Promise<string> {
  const filter = filterResponseData(requestId);
  const decoder = new TextDecoder('utf-8');
  let text = '';
  return new Promise((resolve) => {
    filter.ondata = ({ data }) => {
      filter.write(data);
      text += decoder.decode(data, { stream: true });
      if (text.length >= maxChars) {
        // Enough to diagnose: let the rest of the response flow without us.
        filter.disconnect();
        resolve(text.slice(0, maxChars));
      }
    };
    filter.onstop = () => {
      filter.close();
      resolve((text + decoder.decode()).slice(0, maxChars));
    };
    filter.onerror = () => resolve(text.slice(0, maxChars));
  });
}

/** Our own pages (popup, options) live under the extension's URL; content scripts report the web page's. */
function senderOf(sender: chrome.runtime.MessageSender, ownPrefix: string): MessageSender {
  const plain: MessageSender = { fromContentScript: !(sender.url ?? '').startsWith(ownPrefix) };
  if (sender.tab?.id !== undefined) plain.tabId = sender.tab.id;
  if (sender.frameId !== undefined) plain.frameId = sender.frameId;
  if (sender.url) plain.url = sender.url;
  return plain;
}

/** A registered content script in our own shape, to compare with what we want registered. */
function pageScriptOf(script: chrome.scripting.RegisteredContentScript): PageScript {
  return {
    id: script.id,
    file: script.js?.[0] ?? '',
    matches: script.matches ?? [],
    world: script.world ?? 'ISOLATED',
    runAt: script.runAt ?? 'document_idle',
    allFrames: script.allFrames ?? false,
  };
}

/** Same scripts, whatever the order of the list or of each object's keys. */
function sameScripts(a: readonly PageScript[], b: readonly PageScript[]): boolean {
  const canonical = (list: readonly PageScript[]) =>
    list
      .map((s) => JSON.stringify([s.id, s.file, s.matches, s.world, s.runAt, s.allFrames]))
      .sort()
      .join('\n');
  return canonical(a) === canonical(b);
}

export function createBrowserPort(): BrowserPort {
  const browser = extensionApi();
  const isChrome = BUILD_BROWSER === 'chrome';
  // Chrome hides Cookie/Referer and Set-Cookie from webRequest without 'extraHeaders'; cookie *names*
  // (__cf_bm, AWSALB…) are vendor markers. Firefox shows them anyway.
  const extra = isChrome ? ['extraHeaders'] : [];
  const filterResponseData = isChrome ? undefined : bodyFilter(browser);
  let added: Array<[WebRequestEvent, DetailsListener]> = [];

  return {
    browser: BUILD_BROWSER,
    extensionId: browser.runtime.id,
    local: browser.storage.local,
    session: browser.storage.session,

    listenWebRequest(urls: readonly string[], listeners: WebRequestListeners) {
      for (const [source, listener] of added) source.removeListener(listener);
      added = [];
      if (urls.length === 0) return;
      const filter = { urls: [...urls] };
      const add = (source: WebRequestEvent, listener: DetailsListener, spec?: string[]) => {
        // Firefox validates the argument count: onErrorOccurred takes no extraInfoSpec, and an explicit
        // `undefined` third argument fails with "Incorrect argument types" (seen in Firefox ESR 153).
        if (spec) source.addListener(listener, filter, spec);
        else source.addListener(listener, filter);
        added.push([source, listener]);
      };
      add(event(browser.webRequest.onSendHeaders), listeners.onSendHeaders, ['requestHeaders', ...extra]);
      add(event(browser.webRequest.onCompleted), listeners.onCompleted, ['responseHeaders', ...extra]);
      add(event(browser.webRequest.onErrorOccurred), listeners.onErrorOccurred);
      // filterResponseData must be attached before the body flows: a blocking listener holds the response
      // until it returns (it returns nothing, so nothing is changed).
      if (filterResponseData) {
        add(event(browser.webRequest.onHeadersReceived), listeners.onHeadersReceived, [
          'blocking',
          'responseHeaders',
        ]);
      }
    },

    onStorageChanged(listener) {
      browser.storage.onChanged.addListener((changes, area) => listener(changes, area));
    },
    onPermissionsChanged(listener) {
      browser.permissions.onAdded.addListener(() => listener());
      browser.permissions.onRemoved.addListener(() => listener());
    },
    onTabUpdated(listener) {
      browser.tabs.onUpdated.addListener((tabId, change) => {
        const plain: { status?: string; url?: string } = {};
        if (change.status) plain.status = change.status;
        if (change.url) plain.url = change.url;
        listener(tabId, plain);
      });
    },
    onTabRemoved(listener) {
      browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
    },
    onMessage(listener) {
      const ownPrefix = browser.runtime.getURL('');
      // A promise returned by the listener is the reply in Firefox, but Chrome ignored it (and answered
      // undefined at once) until about version 147 (w3c/webextensions#338, mdn/browser-compat-data#30194);
      // we support Chrome 110+. `sendResponse` with a literal `true` (keep the channel open) works in both.
      browser.runtime.onMessage.addListener(
        (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
          const reply = listener(message, sender.id, senderOf(sender, ownPrefix));
          if (!reply) return false;
          // The worker turns a failed handler into `{ error }` already; this keeps the sender from waiting on
          // a channel that would never answer if a listener's promise still rejected.
          reply.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
          return true;
        },
      );
    },
    onInstalled(listener) {
      browser.runtime.onInstalled.addListener((details) => listener(details.reason));
    },

    async grantedOrigins() {
      return (await browser.permissions.getAll()).origins ?? [];
    },

    async setBadge(tabId, look) {
      await browser.action.setBadgeText({ tabId, text: look?.text ?? '' });
      // The tooltip names the code and who said no, in the browser's language (_locales, no wording table
      // in the worker): "403 — CDN firewall (Cloudflare) — click for details".
      const tip = look?.tip;
      const i18n = browser.i18n;
      const who = tip && i18n.getMessage(`badgeWho_${tip.layer.replace('-', '_')}`);
      await browser.action.setTitle({
        tabId,
        title: tip
          ? i18n.getMessage('badgeTip', [tip.code, tip.vendor ? `${who} (${tip.vendor})` : who || tip.layer])
          : i18n.getMessage('actionTitle'),
      });
      if (!look) return;
      await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
      await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
    },

    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
    },

    async activeTab() {
      // A popup is not a window: the browser window focused last is the one whose toolbar opened it.
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return { tabId: tab?.id, url: tab?.url };
    },

    async readPage(tabId) {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['page-reader.js'] });
      return first?.result;
    },

    async replacePageScripts(ids, scripts) {
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [...ids] });
      // Chrome keeps registrations across worker restarts: a worker waking up finds them as it wants them,
      // and re-registering would leave pages loading in between without the scripts.
      if (sameScripts(existing.map(pageScriptOf), scripts)) return;
      if (existing.length > 0) {
        await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
      }
      if (scripts.length === 0) return;
      await browser.scripting.registerContentScripts(
        scripts.map((script) => ({
          id: script.id,
          js: [script.file],
          matches: [...script.matches],
          world: script.world,
          runAt: script.runAt,
          allFrames: script.allFrames,
        })),
      );
    },

    captureBody(requestId, maxChars) {
      return filterResponseData ? copyBody(filterResponseData, requestId, maxChars) : null;
    },

    async packagedText(path) {
      const response = await fetch(browser.runtime.getURL(path));
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.text();
    },

    networkInfo(): NetworkInfo {
      const connection = (navigator as { connection?: NetworkInformationLike }).connection;
      const info: NetworkInfo = { online: navigator.onLine };
      if (connection?.type) info.connection = connection.type;
      if (connection?.effectiveType) info.effectiveType = connection.effectiveType;
      if (typeof connection?.rtt === 'number') info.rtt = connection.rtt;
      if (typeof connection?.downlink === 'number') info.downlink = connection.downlink;
      return info;
    },

    async proxyMode() {
      // Only readable with the `proxy` permission, which we do not ask for (see manifest notes); the
      // check keeps this working if a build ever adds it. Firefox reports the proxy per request instead.
      const settings = (
        browser as unknown as {
          proxy?: { settings?: { get(details: object): Promise<{ value?: unknown }> } };
        }
      ).proxy?.settings;
      if (!settings) return undefined;
      const { value } = await settings.get({});
      const mode = (value as { mode?: unknown; proxyType?: unknown } | undefined)?.mode;
      return typeof mode === 'string' ? mode : undefined;
    },

    uiLanguage: () => browser.i18n.getUILanguage(),
    userAgent: () => navigator.userAgent,
  };
}
