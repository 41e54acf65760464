/**
 * webRequest events → stored records and success counts. A failure on a watched host is made a record
 * (failure-record.ts: normalised, given its context, redacted, diagnosed once), met with the page's own
 * report of it (page-report-merge.ts), and handed to the store, which persists it with the next batch;
 * the returned promise settles only then. Successes are only counted. Panel replies read in the page meet
 * webRequest's view of them here too. This class stays the one door the worker and the intakes know.
 */

import { keepsResponse, type SeenResponse } from '../../src/capture/marked-refusal.ts';
import type { FailureReport } from '../../src/capture/page-report.ts';
import { hostOfUrl, isWatched } from '../../src/http/host-patterns.ts';
import { endpointRole } from '../../src/knowledge/endpoints/roles.ts';
import { knowledgeInstalled } from '../../src/knowledge/shipped.ts';
import { redactUrl } from '../../src/redact/index.ts';
import type { Settings } from '../../src/settings.ts';
import type { TabBadges } from '../badge/tab-badges.ts';
import type { KnowledgeReady } from '../knowledge-file.ts';
import { FailureMeetingPoint } from '../page-side/failure-meeting.ts';
import { pageSideOf, storePageFailure } from '../page-side/page-report-merge.ts';
import { PanelMeetingPoint } from '../page-side/panel-observer.ts';
import { ReportGate } from '../page-side/report-gate.ts';
import type { BrowserPort, RequestDetails } from '../port.ts';
import type { ProofTracker } from '../proofs/proof-session.ts';
import type { Store } from '../storage/store.ts';
import { FailureRecords, MAX_BODY_CHARS } from './failure-record.ts';
import { mimeTypeOf, type RequestStart, statusTextOf } from './normalize.ts';
import { RecentRequests } from './recent-requests.ts';
import { minuteOf } from './success-counts.ts';
import { withTimeout } from './with-timeout.ts';

/**
 * Transport errors that are the page's own doing, not a refusal: Chromium's net_error_list.h describes
 * ERR_ABORTED as "An operation was aborted (due to user action)" — navigation away, a media element
 * seeking, HLS.js dropping a segment on a quality switch. NS_BINDING_ABORTED is Firefox's twin.
 */
const PAGE_CANCELLED_ERRORS: ReadonlySet<string> = new Set(['net::ERR_ABORTED', 'NS_BINDING_ABORTED']);

/** What a panel reply read in the page is stored as: its kept fields, in JSON. */
const JSON_MIME = 'application/json';
/** How long a finished request waits for its body copy (Firefox) before it is stored without one. */
const BODY_WAIT_MS = 2000;
/** Requests seen starting but never finishing (a live stream) must not grow the map forever. */
const MAX_OPEN_REQUESTS = 2000;
/** How long a panel reply read in the page waits for webRequest's view of it (real headers, address). */
const SEEN_WAIT_MS = 1000;

/** What webRequest shows of a response when capture decides whether to keep it: its headers. */
function seenOf(details: RequestDetails): SeenResponse {
  const seen: SeenResponse = {
    url: details.url,
    responseHeaders: details.responseHeaders?.map((h) => ({ name: h.name, value: h.value ?? '' })) ?? [],
  };
  const statusText = statusTextOf(details.statusLine);
  if (statusText) seen.statusText = statusText;
  return seen;
}

export interface CaptureDeps {
  port: BrowserPort;
  store: Store;
  tabs: TabBadges;
  proof: ProofTracker;
  settings: () => Settings;
  proxyMode: () => string | undefined;
  /** Settings, store index and proof loaded. */
  ready: Promise<void>;
  /** The knowledge file read (background/knowledge-file.ts): the tables every response is read with. */
  knowledge: KnowledgeReady;
  log: (message: string, error?: unknown) => void;
  now?: () => number;
}

export class Capture {
  readonly #starts = new Map<string, RequestStart>();
  readonly #bodies = new Map<string, Promise<string>>();
  readonly #recent = new RecentRequests();
  readonly #records: FailureRecords;
  /** Panel replies read in the page (panel-page-hook.ts): how often each was reported, and their bodies. */
  readonly #reported = new RecentRequests();
  readonly #panelReplies = new PanelMeetingPoint();
  /** Failed responses the page reported (panel-page-failures.ts) meet webRequest's records here. */
  readonly failures = new FailureMeetingPoint();
  /** What a page may report about: the hosts webRequest saw each tab reach, and each tab's report budget. */
  readonly gate: ReportGate;
  #loaded = false;

  constructor(private readonly deps: CaptureDeps) {
    this.#records = new FailureRecords(deps);
    this.gate = new ReportGate(deps.port.session, deps.now);
    deps.ready.then(() => {
      this.#loaded = true;
    }, deps.log);
  }

  sendHeaders(details: RequestDetails): void {
    this.gate.saw(details.tabId, details.url, details.type === 'main_frame');
    this.#starts.set(details.requestId, {
      startedAt: details.timeStamp,
      requestHeaders: details.requestHeaders ?? [],
    });
    if (this.#starts.size > MAX_OPEN_REQUESTS) {
      const oldest = this.#starts.keys().next().value;
      if (oldest !== undefined) this.#starts.delete(oldest);
    }
  }

  /** Firefox only: start copying the body of a response we will keep (settings must be loaded to know). */
  headersReceived(details: RequestDetails): void {
    if (!this.#loaded || details.statusCode === undefined) return;
    const settings = this.deps.settings();
    const host = hostOfUrl(details.url);
    if (!host || !isWatched(settings.watchedHosts, host)) return;
    // This listener holds the response and cannot wait for the knowledge file: until it is read, a 4xx the
    // settings skip is copied anyway, in case it carries a block marker; #handle decides once it is.
    const undecided = !knowledgeInstalled() && details.statusCode >= 400 && details.statusCode <= 499;
    if (undecided) this.deps.knowledge().catch(() => undefined);
    if (!undecided && !keepsResponse(details.statusCode, settings.capture, seenOf(details))) return;
    const body = this.deps.port.captureBody(details.requestId, MAX_BODY_CHARS);
    if (body) this.#bodies.set(details.requestId, body);
  }

  /** onCompleted and onErrorOccurred; resolves once whatever this event produced is persisted. */
  async finished(details: RequestDetails): Promise<void> {
    const start = this.#starts.get(details.requestId);
    // A worker woken mid-request missed onSendHeaders: the request still shows the tab reached its host.
    if (!start) this.gate.saw(details.tabId, details.url, details.type === 'main_frame');
    this.#starts.delete(details.requestId);
    const body = this.#bodies.get(details.requestId);
    this.#bodies.delete(details.requestId);
    try {
      await this.deps.ready;
      await this.#handle(details, start, body);
    } catch (error) {
      this.deps.log(`capture failed for a ${details.type} request`, error);
    }
  }

  async #handle(details: RequestDetails, start: RequestStart | undefined, body: Promise<string> | undefined) {
    const settings = this.deps.settings();
    const host = hostOfUrl(details.url);
    if (!host || !isWatched(settings.watchedHosts, host)) return;
    // Every response is read with the tables: a success's role (src/knowledge/endpoints/patterns.ts), a block
    // marker on a 4xx the settings skip, the diagnosis. Awaited only while the file is unread, and before any
    // bookkeeping of this response. Redaction never waits for it: its rules stay in the worker's script, so a
    // missing file can cost a diagnosis, never a secret.
    if (!knowledgeInstalled()) await this.#records.tables();
    const redactedUrl = redactUrl(details.url);
    const retryCount = this.#recent.note(redactedUrl, start?.startedAt ?? details.timeStamp);
    const mainFrame = details.type === 'main_frame';
    const status = details.error ? 0 : (details.statusCode ?? 0);
    const kept = details.error
      ? settings.capture.transportErrors && !PAGE_CANCELLED_ERRORS.has(details.error)
      : keepsResponse(status, settings.capture, seenOf(details));
    if (!kept) {
      if (details.error || status >= 400 || status < 100) return;
      this.#panelReplies.succeeded(details.tabId, status, redactedUrl, { details, start });
      await Promise.all([
        this.#countSuccess(details, host),
        mainFrame && this.deps.tabs.mainFrame(details.tabId, redactedUrl),
      ]);
      return;
    }
    const startedAt = start?.startedAt ?? details.timeStamp;
    const [pageRecord, report] = pageSideOf(this.failures, details.tabId, status, redactedUrl, startedAt);
    const text = body
      ? await withTimeout(body, BODY_WAIT_MS)
      : (this.#panelReplies.take(details.tabId, status, redactedUrl) ?? report?.excerpt ?? pageRecord?.body);
    if (pageRecord) {
      // The page's report made this record first: webRequest's view completes it (headers, address).
      const completed = this.#records.make(details, start, retryCount, {
        body: text,
        sequence: pageRecord.sequence,
      });
      if (completed) await this.deps.store.update(pageRecord.recordId, () => completed);
      return;
    }
    const record = this.#records.make(details, start, retryCount, { body: text });
    if (!record) return;
    this.failures.recorded({
      tabId: details.tabId,
      status,
      url: redactedUrl,
      startedAt,
      recordId: record.id,
      sequence: record.finding.entry,
      headersOnly: text === undefined,
      fromPage: false,
      metByPage: report !== undefined,
    });
    if (text === undefined) this.#panelReplies.stored(details.tabId, status, redactedUrl, record.id);
    const readPage = mainFrame && text === undefined && settings.readErrorPages ? record.id : undefined;
    await Promise.all([
      this.deps.store.add(record),
      mainFrame && this.deps.tabs.mainFrame(details.tabId, redactedUrl),
      this.deps.tabs.failure(details.tabId, record.finding, readPage),
      this.deps.proof.traffic({ at: details.timeStamp, status, ok: false, host, role: record.finding.role }),
    ]);
  }

  /**
   * A panel reply read in the page whose success status hid a refusal: stored like any failure when the
   * engine finds one. webRequest already counted it as a success; that count stays.
   */
  async pageReply(details: RequestDetails, startedAt: number, body: string): Promise<boolean> {
    await this.deps.ready;
    if (!knowledgeInstalled()) await this.#records.tables();
    const redactedUrl = redactUrl(details.url);
    const status = details.statusCode ?? 0;
    const retryCount = this.#reported.note(redactedUrl, startedAt);
    // webRequest's view when it has one: the real headers, server address and clock, like any record.
    const seen = await this.#panelReplies.seen(details.tabId, status, redactedUrl, SEEN_WAIT_MS);
    const record = this.#records.make(
      seen ? seen.details : details,
      seen ? seen.start : { startedAt, requestHeaders: [] },
      retryCount,
      { body, bodyMimeType: JSON_MIME },
    );
    if (!record) return false;
    await Promise.all([this.deps.store.add(record), this.deps.tabs.failure(details.tabId, record.finding)]);
    return true;
  }

  /** The body of a failed panel reply, read in the page: it completes webRequest's record, never a second one. */
  async pageBody(tabId: number, status: number, redactedUrl: string, body: string): Promise<boolean> {
    await this.deps.ready;
    const recordId = this.#panelReplies.offer(tabId, status, redactedUrl, body);
    if (recordId === undefined) return false;
    await this.#records.lendBody(recordId, body);
    return true;
  }

  /** A failed response only the page reported: a record of its own (page-report-merge.ts). */
  pageFailure(report: FailureReport, tabId: number, initiator?: string): Promise<void> {
    const lent = { ...this.deps, records: this.#records, recent: this.#recent, failures: this.failures };
    return storePageFailure(lent, report, tabId, initiator);
  }

  /** A page report's excerpt for a stored record that has no body yet. */
  lendExcerpt(recordId: string, excerpt: string): Promise<void> {
    return this.#records.lendBody(recordId, excerpt);
  }

  /** Resolves once the engine's tables can be read (logged, not thrown, when the file cannot be). */
  tables(): Promise<void> {
    return this.#records.tables();
  }

  /** Secrets seen so far this session (memory only), for redacting text that arrives later. */
  get secrets(): ReadonlySet<string> {
    return this.#records.secrets;
  }

  async #countSuccess(details: RequestDetails, host: string): Promise<void> {
    const headers = details.responseHeaders?.map((h) => ({ name: h.name, value: h.value ?? '' })) ?? [];
    const role = endpointRole(details.url, mimeTypeOf(headers)).role;
    const labels = this.deps.proof.labels(this.deps.settings().labels);
    const step = this.deps.proof.step;
    await Promise.all([
      this.deps.store.count({
        host,
        role,
        minute: minuteOf(details.timeStamp),
        count: 1,
        ...(labels.network ? { network: labels.network } : {}),
        ...(labels.device ? { device: labels.device } : {}),
        ...(step ? { proofStep: step } : {}),
      }),
      this.deps.proof.traffic({
        at: details.timeStamp,
        status: details.statusCode ?? 0,
        ok: true,
        host,
        role,
      }),
    ]);
  }
}
