/**
 * Assembles the worker over a BrowserPort. `startWorker` registers every listener synchronously, before
 * its first await: a worker woken by an event must find its listener already there. The webRequest
 * listeners start with the widest filter optional host permissions allow (events only flow for granted
 * hosts anyway) and are re-registered with the watched hosts' filter once the settings are read — and
 * again on every grant, revocation or host change, since a listener never sees hosts granted after it
 * was added.
 */

import { hostsOfPatterns, urlFilter } from '../src/http/host-patterns.ts';
import { type Handlers, isEnvelope, type MessageType, PAGE_MESSAGES } from '../src/messages.ts';
import { redactUrl } from '../src/redact/index.ts';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../src/settings.ts';
import { TabBadges } from './badge/tab-badges.ts';
import { Capture } from './capture/capture.ts';
import { withBody } from './capture/failure-record.ts';
import { createHandlers } from './handlers.ts';
import { knowledgeLoader } from './knowledge-file.ts';
import { FailureIntake } from './page-side/failure-intake.ts';
import { readPageResult } from './page-side/page-excerpt.ts';
import { PanelIntake, PanelScripts } from './page-side/panel-observer.ts';
import type { BrowserPort, MessageSender, StorageChange, WebRequestListeners } from './port.ts';
import { PROOF_KEY, ProofTracker } from './proofs/proof-session.ts';
import { Store } from './storage/store.ts';

/** What the manifest's optional_host_permissions can grant; nothing flows before a grant. */
export const STARTUP_FILTER: readonly string[] = ['http://*/*', 'https://*/*'];

export interface WorkerOptions {
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

export interface Worker {
  /** Settings, store index and proof loaded, listeners narrowed to the watched hosts. */
  ready: Promise<void>;
  handlers: Handlers;
  /** Resolves when every queued storage write is done (tests, and nothing else, need this). */
  idle(): Promise<void>;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function startWorker(port: BrowserPort, options: WorkerOptions = {}): Worker {
  const now = options.now ?? Date.now;
  const log =
    options.log ??
    ((message: string, error?: unknown) => console.warn(`[iptv-lens] ${message}`, error ?? ''));
  let settings: Settings = normalizeSettings(undefined);
  let proxyMode: string | undefined;
  let markReady: () => void = () => {};
  const loaded = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const store = new Store(port.local, { now, limits: () => settings, log });
  const proof = new ProofTracker((session) => store.put(PROOF_KEY, session), now);
  const knowledge = knowledgeLoader(port, log);
  const tabs = new TabBadges(port, () => settings.badge, now, knowledge);
  const capture = new Capture({
    port,
    store,
    tabs,
    proof,
    settings: () => settings,
    proxyMode: () => proxyMode,
    ready: loaded,
    knowledge,
    log,
    now,
  });
  const pending = new Set<Promise<unknown>>();
  /** Returns the work itself: a listener's return value is how tests (and only tests) await an event. */
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    work.finally(() => pending.delete(work)).catch(() => undefined);
    return work;
  };

  const listeners: WebRequestListeners = {
    onSendHeaders: (details) => capture.sendHeaders(details),
    onHeadersReceived: (details) => capture.headersReceived(details),
    onCompleted: (details) => track(capture.finished(details)),
    onErrorOccurred: (details) => track(capture.finished(details)),
  };
  const panelScripts = new PanelScripts(port, log);
  const panelIntake = new PanelIntake({ capture, settings: () => settings, ready: loaded, now });
  const failureIntake = new FailureIntake({
    capture,
    store,
    settings: () => settings,
    ready: loaded,
    now,
    noteUnwatched: (tabId, hosts) => tabs.unwatched(tabId, hosts),
  });
  /** The page scripts that read panel replies follow the same hosts as the listeners. */
  const listen = () => {
    port.listenWebRequest(urlFilter(settings.watchedHosts), listeners);
    track(panelScripts.sync(settings.watchedHosts));
  };

  async function saveSettings(next: Settings): Promise<void> {
    const previous = settings;
    settings = normalizeSettings(next);
    await port.local.set({ [SETTINGS_KEY]: settings });
    await applied(previous);
  }

  /** Reacts to a settings change, whoever made it (this worker, the options page, a migration). */
  async function applied(previous: Settings): Promise<void> {
    if (!sameList(previous.watchedHosts, settings.watchedHosts)) listen();
    if (JSON.stringify(previous.badge) !== JSON.stringify(settings.badge)) await tabs.refreshAll();
  }

  /** Watched hosts = granted hosts: a grant is the user saying "watch this", a revocation the opposite. */
  async function syncHosts(): Promise<string[]> {
    const granted = hostsOfPatterns(await port.grantedOrigins().catch(() => settings.watchedHosts));
    if (!sameList(granted, settings.watchedHosts)) {
      settings = { ...settings, watchedHosts: granted };
      await port.local.set({ [SETTINGS_KEY]: settings });
    }
    listen();
    return settings.watchedHosts;
  }

  async function readPage(tabId: number, recordId: string): Promise<void> {
    const excerpt = readPageResult(await port.readPage(tabId).catch(() => null));
    if (!excerpt) return;
    await capture.tables();
    await store.update(recordId, (record) => withBody(record, excerpt, capture.secrets));
  }

  async function tabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
    await loaded;
    const readId = await tabs.updated(tabId, change.status, change.url ? redactUrl(change.url) : undefined);
    if (readId && settings.readErrorPages) await readPage(tabId, readId);
  }

  function storageChanged(changes: Record<string, StorageChange>, area: string): void {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    track(
      loaded.then(() => {
        const previous = settings;
        settings = normalizeSettings(change.newValue);
        return applied(previous);
      }),
    );
  }

  const handlers = createHandlers({
    port,
    store,
    tabs,
    proof,
    settings: () => settings,
    saveSettings,
    syncHosts,
    ready: loaded,
    knowledge,
    now,
    panelReply: (request) => panelIntake.receive(request),
    pageFailures: (request) => failureIntake.receive(request),
  });

  function message(
    raw: unknown,
    senderId: string | undefined,
    sender?: MessageSender,
  ): Promise<unknown> | undefined {
    if (senderId !== port.extensionId || !isEnvelope(raw)) return undefined;
    // Content scripts live inside web pages: they report what the page saw and may ask for nothing else.
    const fromPage = sender?.fromContentScript === true;
    if (fromPage !== PAGE_MESSAGES.has(raw.type)) return undefined;
    // The tab is the browser's word, not the script's.
    const payload = fromPage ? { ...raw.payload, tabId: sender?.tabId, pageUrl: sender?.url } : raw.payload;
    const handler = handlers[raw.type] as (payload: unknown) => Promise<unknown>;
    return handler(payload).catch((error: unknown) => {
      log(`message ${raw.type satisfies MessageType} failed`, error);
      return { error: error instanceof Error ? error.message : String(error) };
    });
  }

  // Synchronous registration, first thing on every start.
  port.listenWebRequest(STARTUP_FILTER, listeners);
  port.onStorageChanged(storageChanged);
  port.onPermissionsChanged(() => track(loaded.then(syncHosts)));
  port.onTabUpdated((tabId, change) => track(tabUpdated(tabId, change)));
  port.onTabRemoved((tabId) => {
    capture.gate.forget(tabId);
    track(tabs.forget(tabId));
  });
  port.onMessage(message);
  // An update may bring a settings migration: write the normalised settings back once.
  port.onInstalled(() => track(loaded.then(() => port.local.set({ [SETTINGS_KEY]: settings }))));

  const ready = (async () => {
    try {
      const stored = await port.local
        .get([SETTINGS_KEY, PROOF_KEY])
        .catch(() => ({}) as Record<string, unknown>);
      settings = normalizeSettings(stored[SETTINGS_KEY]);
      proof.load(stored[PROOF_KEY]);
      await store.load();
      proxyMode = await port.proxyMode().catch(() => undefined);
    } finally {
      markReady();
    }
    await syncHosts();
  })();
  track(ready);

  return {
    ready,
    handlers,
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
      await store.flushed();
    },
  };
}
