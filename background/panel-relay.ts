/**
 * Runs in the extension's isolated world on watched hosts (document_start), built to panel-relay.js. It
 * listens for the page hook's event (panel-page-hook.ts) and forwards each report to the worker as a typed
 * `panel-reply` message. The page can fire that event too, so every report is checked and filtered again
 * (src/panel-api.ts), and a page firing in a loop is throttled.
 */
import type { Envelope } from '../src/messages.ts';
import { MAX_REPORT_CHARS, PANEL_REPLY_CHANNEL, readPanelReport } from '../src/panel-api.ts';

/** A player logs in a few times a minute at most; anything beyond this is a page playing games. */
const MAX_REPORTS_PER_MINUTE = 30;
const MINUTE_MS = 60_000;

export type SendMessage = (message: Envelope<'panel-reply'>) => Promise<unknown> | undefined;

/** Starts forwarding; returns the function that stops it. Exported for tests (the IIFE build drops it). */
export function startPanelRelay(
  target: EventTarget,
  send: SendMessage,
  now: () => number = Date.now,
): () => void {
  const sentAt: number[] = [];
  const listener = (event: Event): void => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string' || detail.length > MAX_REPORT_CHARS) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(detail);
    } catch {
      return;
    }
    const report = readPanelReport(parsed);
    if (!report) return;
    const time = now();
    while (sentAt.length > 0 && (sentAt[0] ?? 0) <= time - MINUTE_MS) sentAt.shift();
    if (sentAt.length >= MAX_REPORTS_PER_MINUTE) return;
    sentAt.push(time);
    try {
      // The worker answers; nothing here waits for it. An extension reloaded under the page throws here.
      send({ type: 'panel-reply', payload: { report } })?.catch(() => undefined);
    } catch {
      // The extension context is gone (updated or reloaded): the page carries on without us.
    }
  };
  target.addEventListener(PANEL_REPLY_CHANNEL, listener);
  return () => target.removeEventListener(PANEL_REPLY_CHANNEL, listener);
}

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (whose sendMessage returns a promise in MV3). */
const runtime =
  (globalThis as { browser?: { runtime?: RuntimeLike } }).browser?.runtime ??
  (globalThis as { chrome?: { runtime?: RuntimeLike } }).chrome?.runtime;

if (runtime?.id && typeof window !== 'undefined') {
  startPanelRelay(window, (message) => runtime.sendMessage(message));
}
