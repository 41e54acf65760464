/**
 * webRequest events → stored records and success counts. A failure on a watched host is normalised,
 * given its context, redacted, diagnosed once, and handed to the store, which persists it with the next
 * batch; the returned promise settles only then. Successes are only counted.
 */

import { endpointRole } from '../src/endpoint-roles.ts';
import { diagnoseExchange } from '../src/engine/analyze.ts';
import { hostOfUrl, isWatched } from '../src/host-patterns.ts';
import type { CapturedRecord } from '../src/messages.ts';
import type { FailureReport } from '../src/page-report.ts';
import { collectSecrets, redactExchange, redactUrl } from '../src/redact.ts';
import { capturesStatus, type Settings } from '../src/settings.ts';
import type { Exchange, Finding } from '../src/types.ts';
import { captureContext } from './context.ts';
import { mimeTypeOf, type RequestStart, toExchange } from './normalize.ts';
import { FailureMeetingPoint } from './panel-failure-meeting.ts';
import { PanelMeetingPoint } from './panel-observer.ts';
import type { BrowserPort, RequestDetails } from './port.ts';
import type { ProofTracker } from './proof-session.ts';
import { RecentRequests } from './recent-requests.ts';
import { recordId } from './record-codec.ts';
import type { Store } from './store.ts';
import { minuteOf } from './success-counts.ts';
import type { TabBadges } from './tab-badges.ts';
import { undiagnosed } from './undiagnosed.ts';

/**
 * Transport errors that are the page's own doing, not a refusal: Chromium's net_error_list.h describes
 * ERR_ABORTED as "An operation was aborted (due to user action)" — navigation away, a media element
 * seeking, HLS.js dropping a segment on a quality switch. NS_BINDING_ABORTED is Firefox's twin.
 */
const PAGE_CANCELLED_ERRORS: ReadonlySet<string> = new Set(['net::ERR_ABORTED', 'NS_BINDING_ABORTED']);

/** Error bodies (a panel's JSON, a WAF page) are short; this keeps a record small. */
export const MAX_BODY_CHARS = 8192;
/** What a panel reply read in the page is stored as: its kept fields, in JSON. */
const JSON_MIME = 'application/json';
/** How long a finished request waits for its body copy (Firefox) before it is stored without one. */
const BODY_WAIT_MS = 2000;
/** Requests seen starting but never finishing (a live stream) must not grow the map forever. */
const MAX_OPEN_REQUESTS = 2000;
/** How long a panel reply read in the page waits for webRequest's view of it (real headers, address). */
const SEEN_WAIT_MS = 1000;
/** Secrets seen in failed requests, kept in memory only, so a body read later is scrubbed of them too. */
const MAX_SECRETS = 200;
/**
 * The page saw the request fail but cannot name the net error: the browsers' generic failure names
 * (Chromium net_error_list.h "ERR_FAILED: A generic failure occurred"; Gecko's NS_ERROR_FAILURE).
 */
const PAGE_TRANSPORT_ERROR = { chrome: 'net::ERR_FAILED', firefox: 'NS_ERROR_FAILURE' } as const;

interface RecordParts {
  body?: string;
  bodyMimeType?: string;
  /** Reuse a record's sequence (and so its id): webRequest completing the page's record. */
  sequence?: number;
  source?: 'page';
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
  log: (message: string, error?: unknown) => void;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

export class Capture {
  readonly #starts = new Map<string, RequestStart>();
  readonly #bodies = new Map<string, Promise<string>>();
  readonly #recent = new RecentRequests();
  readonly #secrets = new Set<string>();
  /** Panel replies read in the page (panel-page-hook.ts): how often each was reported, and their bodies. */
  readonly #reported = new RecentRequests();
  readonly #panelReplies = new PanelMeetingPoint();
  /** Failed responses the page reported (panel-page-failures.ts) meet webRequest's records here. */
  readonly failures = new FailureMeetingPoint();
  #loaded = false;

  constructor(private readonly deps: CaptureDeps) {
    deps.ready.then(() => {
      this.#loaded = true;
    }, deps.log);
  }

  sendHeaders(details: RequestDetails): void {
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
    if (!capturesStatus(details.statusCode, settings.capture)) return;
    const body = this.deps.port.captureBody(details.requestId, MAX_BODY_CHARS);
    if (body) this.#bodies.set(details.requestId, body);
  }

  /** onCompleted and onErrorOccurred; resolves once whatever this event produced is persisted. */
  async finished(details: RequestDetails): Promise<void> {
    const start = this.#starts.get(details.requestId);
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
    const redactedUrl = redactUrl(details.url);
    const retryCount = this.#recent.note(redactedUrl, start?.startedAt ?? details.timeStamp);
    const mainFrame = details.type === 'main_frame';
    const status = details.error ? 0 : (details.statusCode ?? 0);
    const kept = details.error
      ? settings.capture.transportErrors && !PAGE_CANCELLED_ERRORS.has(details.error)
      : capturesStatus(status, settings.capture);
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
    const fromPage = this.failures.pageRecordFor(details.tabId, status, redactedUrl, startedAt);
    const report = fromPage
      ? undefined
      : this.failures.takeReport(details.tabId, status, redactedUrl, startedAt);
    const text = body
      ? await withTimeout(body, BODY_WAIT_MS)
      : (this.#panelReplies.take(details.tabId, status, redactedUrl) ?? report?.excerpt ?? fromPage?.body);
    if (fromPage) {
      // The page's report made this record first: webRequest's view completes it (headers, address).
      const completed = this.#record(details, start, retryCount, { body: text, sequence: fromPage.sequence });
      if (completed) await this.deps.store.update(fromPage.recordId, () => completed);
      return;
    }
    const record = this.#record(details, start, retryCount, { body: text });
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
      this.deps.tabs.failure(details.tabId, record.finding.errorClass, status, readPage),
      this.deps.proof.traffic({ at: details.timeStamp, status, ok: false, host, role: record.finding.role }),
    ]);
  }

  /**
   * A panel reply read in the page whose success status hid a refusal: stored like any failure when the
   * engine finds one. webRequest already counted it as a success; that count stays.
   */
  async pageReply(details: RequestDetails, startedAt: number, body: string): Promise<boolean> {
    await this.deps.ready;
    const redactedUrl = redactUrl(details.url);
    const status = details.statusCode ?? 0;
    const retryCount = this.#reported.note(redactedUrl, startedAt);
    // webRequest's view when it has one: the real headers, server address and clock, like any record.
    const seen = await this.#panelReplies.seen(details.tabId, status, redactedUrl, SEEN_WAIT_MS);
    const record = seen
      ? this.#record(seen.details, seen.start, retryCount, { body, bodyMimeType: JSON_MIME })
      : this.#record(details, { startedAt, requestHeaders: [] }, retryCount, {
          body,
          bodyMimeType: JSON_MIME,
        });
    if (!record) return false;
    await Promise.all([
      this.deps.store.add(record),
      this.deps.tabs.failure(details.tabId, record.finding.errorClass, record.finding.status),
    ]);
    return true;
  }

  /** The body of a failed panel reply, read in the page: it completes webRequest's record, never a second one. */
  async pageBody(tabId: number, status: number, redactedUrl: string, body: string): Promise<boolean> {
    await this.deps.ready;
    const recordId = this.#panelReplies.offer(tabId, status, redactedUrl, body);
    if (recordId === undefined) return false;
    await this.deps.store.update(recordId, (record) =>
      record.exchange.context?.headersOnly === false ? record : withBody(record, body, this.#secrets),
    );
    return true;
  }

  /**
   * A failed response only the page reported (webRequest's event never reached a live worker): a record
   * from what the page knew — status, URL, time, tab, the excerpt — marked as the page's.
   */
  async pageFailure(report: FailureReport, tabId: number, initiator?: string): Promise<void> {
    const details: RequestDetails = {
      requestId: `page-${report.id}`,
      url: report.url,
      method: report.method,
      tabId,
      // fetch() and XHR both reach webRequest as xmlhttprequest.
      type: 'xmlhttprequest',
      timeStamp: report.startedAt + (report.durationMs ?? 0),
      ...(report.status > 0
        ? { statusCode: report.status }
        : { error: PAGE_TRANSPORT_ERROR[this.deps.port.browser] }),
      ...(initiator ? { initiator } : {}),
    };
    const retryCount = this.#recent.note(report.url, report.startedAt);
    const start = { startedAt: report.startedAt, requestHeaders: [] };
    const record = this.#record(details, start, retryCount, { body: report.excerpt, source: 'page' });
    if (!record) return;
    this.failures.recorded({
      tabId,
      status: report.status,
      url: report.url,
      startedAt: report.startedAt,
      recordId: record.id,
      sequence: record.finding.entry,
      headersOnly: report.excerpt === undefined,
      fromPage: true,
      metByPage: true,
      ...(report.excerpt ? { body: report.excerpt } : {}),
    });
    const host = hostOfUrl(report.url) ?? '';
    await Promise.all([
      this.deps.store.add(record),
      this.deps.tabs.failure(tabId, record.finding.errorClass, report.status),
      this.deps.proof.traffic({
        at: details.timeStamp,
        status: report.status,
        ok: false,
        host,
        role: record.finding.role,
      }),
    ]);
  }

  /** A page report's excerpt for a stored record that has no body yet. */
  lendExcerpt(recordId: string, excerpt: string): Promise<void> {
    return this.deps.store.update(recordId, (record) =>
      record.exchange.context?.headersOnly === false ? record : withBody(record, excerpt, this.#secrets),
    );
  }

  #record(
    details: RequestDetails,
    start: RequestStart | undefined,
    retryCount: number,
    { body, bodyMimeType, sequence = this.deps.store.allocateSequence(), source }: RecordParts = {},
  ): CapturedRecord | null {
    const settings = this.deps.settings();
    const exchange = toExchange(details, start);
    if (body) exchange.body = body.slice(0, MAX_BODY_CHARS);
    if (bodyMimeType) exchange.mimeType = bodyMimeType;
    exchange.context = captureContext(details, exchange, {
      sequence,
      browser: this.deps.port.browser,
      network: this.deps.port.networkInfo(),
      labels: this.deps.proof.labels(settings.labels),
      proofStep: this.deps.proof.step,
      retryCount,
      proxyMode: this.deps.proxyMode(),
      headersOnly: body === undefined,
    });
    if (source) exchange.context.source = source;
    this.#remember(collectSecrets(exchange));
    const redacted = redactExchange(exchange, this.#secrets);
    const finding = this.#diagnose(redacted, sequence);
    return finding ? { id: recordId(sequence), exchange: redacted, finding } : null;
  }

  /** A failing engine must not cost the record: it is kept with an undiagnosed finding instead. */
  #diagnose(exchange: Exchange, sequence: number): Finding | null {
    try {
      return diagnoseExchange(exchange, sequence);
    } catch (error) {
      this.deps.log('diagnosis failed; record kept undiagnosed', error);
      return undiagnosed(exchange, sequence);
    }
  }

  #remember(secrets: Iterable<string>): void {
    for (const secret of secrets) {
      this.#secrets.delete(secret);
      this.#secrets.add(secret);
    }
    for (const oldest of this.#secrets) {
      if (this.#secrets.size <= MAX_SECRETS) break;
      this.#secrets.delete(oldest);
    }
  }

  /** Secrets seen so far this session (memory only), for redacting text that arrives later. */
  get secrets(): ReadonlySet<string> {
    return this.#secrets;
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

/** A stored record once its body (the refused page's visible text) is known: redacted and diagnosed again. */
export function withBody(record: CapturedRecord, body: string, secrets?: Iterable<string>): CapturedRecord {
  const exchange = {
    ...record.exchange,
    body: body.slice(0, MAX_BODY_CHARS),
    context: { ...record.exchange.context, headersOnly: false },
  };
  const redacted = redactExchange(exchange, secrets);
  const finding = diagnoseExchange(redacted, record.finding.entry) ?? record.finding;
  return { id: record.id, exchange: redacted, finding };
}
