/**
 * Where the two views of one failed request meet: webRequest's record (headers, address, timing) and the
 * page's report (src/capture/page-report.ts: its status, and the excerpt of its error page). One request is one
 * record whichever arrives first: a report that finds the record lends it its excerpt; a record that finds
 * a waiting report takes the excerpt as its body; a report nobody met becomes a record itself, and a
 * webRequest event arriving after that completes the page's record instead of making a second one.
 *
 * A request is known by tab and redacted URL (retries of one URL are told apart by time), and by status,
 * except that a page's transport failure (status 0) meets any status: a refusal without CORS headers reaches
 * the page as a network error while webRequest saw the 403.
 */
import type { FailureReport } from '../../src/capture/page-report.ts';

/** How far webRequest's start time may sit from the page's (they stamp different moments of one request). */
const SLACK_MS = 2000;
/** How long a stored record stays known here; older ones are found in the store. */
const RECENT_MS = 60_000;
/** Bounds both lists: a burst of 300 refusals fits, a page in a loop does not grow them. */
const MAX_ENTRIES = 2000;

/** A failure record stored by either side. */
export interface KnownRecord {
  tabId: number;
  status: number;
  url: string;
  startedAt: number;
  recordId: string;
  sequence: number;
  /** No body yet: a page report's excerpt may complete it. */
  headersOnly: boolean;
  /** Made from the page's report; webRequest's late event completes it. */
  fromPage: boolean;
  /** A page report already met this record (a second one, a retry of the URL, must not). */
  metByPage: boolean;
  /** The excerpt it was stored with, kept for webRequest's late completion. */
  body?: string;
  at: number;
}

export interface WaitingReport {
  report: FailureReport;
  tabId: number;
  at: number;
  /** webRequest's record took it (with its excerpt) while it waited. */
  taken: boolean;
}

/** Whether a record (tab, status, URL, start) is the one a page report describes. */
export function describes(
  report: FailureReport,
  record: Omit<KnownRecord, 'recordId' | 'sequence' | 'headersOnly' | 'fromPage' | 'metByPage' | 'at'>,
): boolean {
  if (record.url !== report.url) return false;
  if (report.status !== 0 && record.status !== report.status) return false;
  const end = report.startedAt + (report.durationMs ?? 0);
  return record.startedAt >= report.startedAt - SLACK_MS && record.startedAt <= end + SLACK_MS;
}

function bounded<T extends { at: number }>(lists: Map<string, T[]>, oldest: number): void {
  let total = 0;
  for (const [key, list] of lists) {
    const kept = list.filter((entry) => entry.at >= oldest);
    if (kept.length === 0) lists.delete(key);
    else lists.set(key, kept);
    total += kept.length;
  }
  for (const [key, list] of lists) {
    if (total <= MAX_ENTRIES) break;
    lists.delete(key);
    total -= list.length;
  }
}

export class FailureMeetingPoint {
  readonly #records = new Map<string, KnownRecord[]>();
  readonly #waiting = new Map<string, WaitingReport[]>();
  /** Ids of stored records a page report met, including ones found in the store (older than RECENT_MS). */
  readonly #met = new Set<string>();

  constructor(private readonly now: () => number = Date.now) {}

  #expire(): void {
    const oldest = this.now() - RECENT_MS;
    bounded(this.#records, oldest);
    bounded(this.#waiting, oldest);
    for (const id of this.#met) {
      if (this.#met.size <= MAX_ENTRIES) break;
      this.#met.delete(id);
    }
  }

  /** webRequest is storing a failure: the page report waiting for it, if any (its excerpt is the body). */
  takeReport(tabId: number, status: number, url: string, startedAt: number): FailureReport | undefined {
    this.#expire();
    const sighting = { tabId, status, url, startedAt };
    const waiting = this.#waiting
      .get(`${tabId} ${url}`)
      ?.find((w) => !w.taken && describes(w.report, sighting));
    if (!waiting) return undefined;
    waiting.taken = true;
    return waiting.report;
  }

  /** webRequest's event for a request the page already made a record of: that record, now completed. */
  pageRecordFor(tabId: number, status: number, url: string, startedAt: number): KnownRecord | undefined {
    this.#expire();
    const found = this.#records
      .get(`${tabId} ${url}`)
      ?.find(
        (known) =>
          known.fromPage &&
          (known.status === status || known.status === 0) &&
          Math.abs(known.startedAt - startedAt) <= SLACK_MS,
      );
    if (found) found.fromPage = false;
    return found;
  }

  /** A failure record was stored, by either side. */
  recorded(record: Omit<KnownRecord, 'at'>): void {
    this.#expire();
    const key = `${record.tabId} ${record.url}`;
    this.#records.set(key, [...(this.#records.get(key) ?? []), { ...record, at: this.now() }]);
    if (record.metByPage) this.#met.add(record.recordId);
  }

  /** A page report: the record of the same request no report met yet, now met (or undefined). */
  meet(tabId: number, report: FailureReport): KnownRecord | undefined {
    this.#expire();
    const found = this.#records
      .get(`${tabId} ${report.url}`)
      ?.find((known) => !known.metByPage && known.tabId === tabId && describes(report, known));
    if (!found) return undefined;
    found.metByPage = true;
    this.#met.add(found.recordId);
    return found;
  }

  /** A page report that met no record waits for webRequest's. */
  wait(tabId: number, report: FailureReport): WaitingReport {
    this.#expire();
    const waiting: WaitingReport = { report, tabId, at: this.now(), taken: false };
    const key = `${tabId} ${report.url}`;
    this.#waiting.set(key, [...(this.#waiting.get(key) ?? []), waiting]);
    return waiting;
  }

  /** The wait is over: the report leaves the waiting room; true when webRequest's record took it. */
  settle(waiting: WaitingReport): boolean {
    const key = `${waiting.tabId} ${waiting.report.url}`;
    const rest = (this.#waiting.get(key) ?? []).filter((w) => w !== waiting);
    if (rest.length > 0) this.#waiting.set(key, rest);
    else this.#waiting.delete(key);
    return waiting.taken;
  }

  /** Whether a page report already met this stored record. */
  isMet(recordId: string): boolean {
    return this.#met.has(recordId);
  }

  /** A stored record (found in the store, from an earlier worker) that a page report met. */
  markMet(recordId: string): void {
    this.#met.add(recordId);
  }
}
