/**
 * Runs in the extension's isolated world on watched hosts (document_start), built to panel-relay.js. It
 * listens for the page hook's event (panel-page-hook.ts) and forwards each report to the worker as a typed
 * `panel-reply` message. The page can fire that event too, so every report is checked and filtered again
 * (src/knowledge/panels/page-reply.ts), and a page firing in a loop is throttled. Failed responses the hook reports
 * (src/capture/page-report.ts) are forwarded in batches (`page-failures`), resent when the worker died before
 * answering.
 */

import {
  type FailureReport,
  MAX_FAILURE_BATCH,
  MAX_FAILURE_REPORT_CHARS,
  PAGE_FAILURE_CHANNEL,
  readFailureReport,
} from '../../src/capture/page-report.ts';
import {
  MAX_REPORT_CHARS,
  PANEL_REPLY_CHANNEL,
  readPanelReport,
} from '../../src/knowledge/panels/page-reply.ts';
import type { Envelope } from '../../src/messages.ts';

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

/**
 * A player's burst of refusals (a segment list retried by hls.js, a worker-kill test's 300 fetches) stays
 * well under this; a page firing in a loop does not get further.
 */
const MAX_FAILURES_PER_MINUTE = 500;
/** One message per this many ms carries every failure seen meanwhile. */
const BATCH_MS = 50;
/** A batch the worker did not answer (it was stopped meanwhile) is sent again, a few times, spaced out. */
const MAX_ATTEMPTS = 4;
const RETRY_MS = 300;

export type SendFailures = (message: Envelope<'page-failures'>) => Promise<unknown> | undefined;

/** Forwards failure reports in batches; returns the function that stops it. Exported for tests. */
export function startFailureRelay(
  target: EventTarget,
  send: SendFailures,
  now: () => number = Date.now,
): () => void {
  const sentAt: number[] = [];
  let queue: FailureReport[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const deliver = (reports: FailureReport[], attempt: number): void => {
    const retry = () => {
      if (attempt + 1 < MAX_ATTEMPTS)
        setTimeout(() => deliver(reports, attempt + 1), RETRY_MS * (attempt + 1));
    };
    try {
      const reply = send({ type: 'page-failures', payload: { reports } });
      // Only the worker's own reply (it answers once every report is matched or stored) settles a batch.
      reply?.then((answer) => {
        if (typeof (answer as { recorded?: unknown } | undefined)?.recorded !== 'number') retry();
      }, retry);
    } catch {
      // The extension context is gone (updated or reloaded): nothing to send to.
    }
  };
  const flush = (): void => {
    timer = undefined;
    while (queue.length > 0) deliver(queue.splice(0, MAX_FAILURE_BATCH), 0);
  };
  const listener = (event: Event): void => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string' || detail.length > MAX_FAILURE_REPORT_CHARS) return;
    let report: FailureReport | null;
    try {
      report = readFailureReport(JSON.parse(detail));
    } catch {
      return;
    }
    if (!report) return;
    const time = now();
    while (sentAt.length > 0 && (sentAt[0] ?? 0) <= time - MINUTE_MS) sentAt.shift();
    if (sentAt.length >= MAX_FAILURES_PER_MINUTE) return;
    sentAt.push(time);
    queue.push(report);
    timer ??= setTimeout(flush, BATCH_MS);
  };
  target.addEventListener(PAGE_FAILURE_CHANNEL, listener);
  return () => {
    target.removeEventListener(PAGE_FAILURE_CHANNEL, listener);
    if (timer !== undefined) clearTimeout(timer);
    queue = [];
  };
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
  startFailureRelay(window, (message) => runtime.sendMessage(message));
}
