/**
 * Panel replies in Chrome, where webRequest shows no bodies. Two page scripts run on the watched hosts: a
 * MAIN-world hook (panel-page-hook.ts) that reads panel API replies as the page reads them, and an
 * ISOLATED-world relay (panel-relay.ts) that hands the kept fields to the worker. This module keeps their
 * registration in step with the watched hosts (like the webRequest listeners, on every grant, revocation
 * or host change) and takes the reports in.
 *
 * Both paths meet on one record. A refusing reply with a success status is a record only this path makes
 * (webRequest counted it as a success, and that count stays). A reply with a failure status is webRequest's
 * record: the report only lends it a body when it has none (Chrome), whichever of the two arrives first;
 * in Firefox, where filterResponseData already read the body, the report is dropped.
 */
import { hostOfUrl, isWatched, urlFilter } from '../../src/http/host-patterns.ts';
import {
  isPanelApiUrl,
  type PanelReplyReport,
  panelReplyBody,
  readPanelReport,
} from '../../src/knowledge/panels/page-reply.ts';
import type { Reply, Request } from '../../src/messages.ts';
import type { Settings } from '../../src/settings.ts';
import { pageRequestDetails, type RequestStart } from '../capture/normalize.ts';
import type { BrowserPort, PageScript, RequestDetails } from '../port.ts';
import { type ReportGate, receivedTimes } from './report-gate.ts';

export const PANEL_RELAY_ID = 'iptv-lens-panel-relay';
export const PANEL_HOOK_ID = 'iptv-lens-panel-hook';
const PANEL_SCRIPT_IDS: readonly string[] = [PANEL_RELAY_ID, PANEL_HOOK_ID];

/** How long a reply body and the webRequest record of the same request wait for each other. */
const MEET_WINDOW_MS = 10_000;
/** Bounds the waiting room: a page that fires reports in a loop must not grow it. */
const MAX_WAITING = 100;
/** Report ids already taken, so one report delivered twice makes one record. */
const MAX_SEEN_IDS = 500;

/**
 * The relay comes first: scripts of one registration run in order, so it listens before the hook can fire.
 * document_start: the hook must wrap fetch before the page's own scripts log in. Every frame: players are
 * often embedded.
 */
export function panelPageScripts(hosts: readonly string[]): PageScript[] {
  const matches = urlFilter(hosts);
  if (matches.length === 0) return [];
  const common = { matches, runAt: 'document_start', allFrames: true } as const;
  return [
    { id: PANEL_RELAY_ID, file: 'panel-relay.js', world: 'ISOLATED', ...common, matches: [...matches] },
    { id: PANEL_HOOK_ID, file: 'panel-page-hook.js', world: 'MAIN', ...common, matches: [...matches] },
  ];
}

/** Keeps the registered page scripts on the watched hosts; one change at a time, none when nothing changed. */
export class PanelScripts {
  #applied: string | null = null;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly port: BrowserPort,
    private readonly log: (message: string, error?: unknown) => void,
  ) {}

  sync(hosts: readonly string[]): Promise<void> {
    const replace = this.port.replacePageScripts?.bind(this.port);
    if (!replace) return Promise.resolve();
    const scripts = panelPageScripts(hosts);
    const wanted = JSON.stringify(scripts);
    this.#queue = this.#queue.then(async () => {
      if (wanted === this.#applied) return;
      try {
        await replace(PANEL_SCRIPT_IDS, scripts);
        this.#applied = wanted;
      } catch (error) {
        // Registered scripts survive a worker restart (Chrome persists them); the next sync tries again.
        this.#applied = null;
        this.log('panel page scripts not registered', error);
      }
    });
    return this.#queue;
  }
}

/** What webRequest saw of a panel reply that succeeded: real headers, server address, timing. */
export interface SeenReply {
  details: RequestDetails;
  start?: RequestStart;
}

interface Waiting {
  at: number;
  body?: string;
  recordId?: string;
  seen?: SeenReply;
}

/**
 * Where the two views of one panel reply meet — the page's (its body) and webRequest's (status, headers,
 * record) — keyed by tab, status and redacted URL, for a few seconds.
 */
export class PanelMeetingPoint {
  readonly #waiting = new Map<string, Waiting>();
  readonly #wakers = new Map<string, () => void>();

  constructor(private readonly now: () => number = Date.now) {}

  #key(tabId: number, status: number, redactedUrl: string): string | null {
    return isPanelApiUrl(redactedUrl) ? `${tabId} ${status} ${redactedUrl}` : null;
  }

  #expire(): void {
    const oldest = this.now() - MEET_WINDOW_MS;
    for (const [key, waiting] of this.#waiting) if (waiting.at < oldest) this.#waiting.delete(key);
    while (this.#waiting.size > MAX_WAITING) {
      const first = this.#waiting.keys().next().value;
      if (first === undefined) break;
      this.#waiting.delete(first);
    }
  }

  /** webRequest is storing a record without a body: the body reported earlier, if any. */
  take(tabId: number, status: number, redactedUrl: string): string | undefined {
    const key = this.#key(tabId, status, redactedUrl);
    if (!key) return undefined;
    this.#expire();
    const body = this.#waiting.get(key)?.body;
    if (body !== undefined) this.#waiting.delete(key);
    return body;
  }

  /** webRequest stored a record without a body: a report arriving later may fill it in. */
  stored(tabId: number, status: number, redactedUrl: string, recordId: string): void {
    const key = this.#key(tabId, status, redactedUrl);
    if (!key) return;
    this.#expire();
    this.#waiting.set(key, { at: this.now(), recordId });
  }

  /** A reported body: the id of the record waiting for it, or undefined (then the body waits instead). */
  offer(tabId: number, status: number, redactedUrl: string, body: string): string | undefined {
    const key = this.#key(tabId, status, redactedUrl);
    if (!key) return undefined;
    this.#expire();
    const recordId = this.#waiting.get(key)?.recordId;
    if (recordId !== undefined) {
      this.#waiting.delete(key);
      return recordId;
    }
    this.#waiting.set(key, { at: this.now(), body });
    return undefined;
  }

  /** webRequest saw a panel reply succeed: its report may follow, or be waiting already. */
  succeeded(tabId: number, status: number, redactedUrl: string, seen: SeenReply): void {
    const key = this.#key(tabId, status, redactedUrl);
    if (!key) return;
    this.#expire();
    this.#waiting.set(key, { at: this.now(), seen });
    this.#wakers.get(key)?.();
  }

  /** What webRequest saw of a reported success; waits up to `waitMs` for it (the two race). */
  seen(tabId: number, status: number, redactedUrl: string, waitMs: number): Promise<SeenReply | undefined> {
    const key = this.#key(tabId, status, redactedUrl);
    if (!key) return Promise.resolve(undefined);
    this.#expire();
    const takeSeen = (): SeenReply | undefined => {
      const seen = this.#waiting.get(key)?.seen;
      if (seen) this.#waiting.delete(key);
      return seen;
    };
    const found = takeSeen();
    if (found || waitMs <= 0) return Promise.resolve(found);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        if (this.#wakers.get(key) === wake) this.#wakers.delete(key);
        resolve(takeSeen());
      };
      const timer = setTimeout(wake, waitMs);
      this.#wakers.set(key, wake);
    });
  }
}

/** The webRequest-shaped details of a reported reply: what the capture pipeline takes. */
function reportDetails(report: PanelReplyReport, tabId: number, initiator?: string): RequestDetails {
  const details = pageRequestDetails('panel', report, tabId, initiator);
  details.statusCode = report.status;
  // The kept fields are JSON, whatever the panel labelled its reply.
  details.responseHeaders = [{ name: 'Content-Type', value: 'application/json' }];
  return details;
}

export function originOf(url: string | undefined): string | undefined {
  try {
    const origin = url ? new URL(url).origin : undefined;
    return origin && origin !== 'null' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** What the intake hands a checked report to (background/capture/capture.ts implements it). */
interface PageRecorder {
  gate: Pick<ReportGate, 'vouches' | 'admit'>;
  pageReply(details: RequestDetails, startedAt: number, body: string): Promise<boolean>;
  pageBody(tabId: number, status: number, redactedUrl: string, body: string): Promise<boolean>;
}

export interface PanelIntakeDeps {
  capture: PageRecorder;
  settings: () => Settings;
  ready: Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** How long a reply on a host the tab was not seen reaching waits for webRequest to show it did. */
const VOUCH_WAIT_MS = 1000;

/** Takes the relay's reports: checks them again, drops repeats and unwatched hosts, then hands them on. */
export class PanelIntake {
  readonly #seen = new Set<string>();

  constructor(private readonly deps: PanelIntakeDeps) {}

  async receive(request: Request<'panel-reply'>): Promise<Reply<'panel-reply'>> {
    const read = readPanelReport(request?.report);
    const tabId = request?.tabId;
    if (!read || typeof tabId !== 'number' || tabId < 0 || this.#seen.has(read.id)) {
      return { recorded: false };
    }
    this.#seen.add(read.id);
    for (const id of this.#seen) {
      if (this.#seen.size <= MAX_SEEN_IDS) break;
      this.#seen.delete(id);
    }
    await this.deps.ready;
    const { capture } = this.deps;
    // The same gate as failure reports (report-gate.ts): one budget per tab, hosts the page may speak of.
    if (capture.gate.admit(tabId, 1) < 1) return { recorded: false };
    const report = receivedTimes(read, (this.deps.now ?? Date.now)());
    const host = hostOfUrl(report.url);
    if (!host || !isWatched(this.deps.settings().watchedHosts, host)) return { recorded: false };
    const body = panelReplyBody(report);
    if (report.status >= 200 && report.status < 300) {
      // A record of its own: only about a host the page may speak of (a failure status only lends a body
      // to webRequest's own record, below). The reply may be read before webRequest's event for it.
      const vouched = () => capture.gate.vouches(tabId, request.pageUrl, report.url);
      if (!(await vouched())) {
        await (this.deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(VOUCH_WAIT_MS);
        if (!(await vouched())) return { recorded: false };
      }
      const details = reportDetails(report, tabId, originOf(request.pageUrl));
      return { recorded: await capture.pageReply(details, report.startedAt, body) };
    }
    return { recorded: await capture.pageBody(tabId, report.status, report.url, body) };
  }
}
