/**
 * Takes the relay's batches of failed responses seen in the page (src/capture/page-report.ts) and makes each one
 * count once: it lends its excerpt to webRequest's record of the same request, or, when that record never
 * came (a worker stopped mid-burst loses the events already dispatched to it), becomes the record itself.
 * The reply waits until every report of the batch is settled and stored, so a worker that dies on the way
 * leaves the batch unanswered and the relay sends it again.
 */

import { keepsResponse } from '../../src/capture/marked-refusal.ts';
import { type FailureReport, readFailureReports } from '../../src/capture/page-report.ts';
import { hostOfUrl, isWatched, plainHost } from '../../src/http/host-patterns.ts';
import { endpointRole } from '../../src/knowledge/endpoints/roles.ts';
import type { CapturedRecord, Reply, Request } from '../../src/messages.ts';
import type { Settings } from '../../src/settings.ts';
import type { Capture } from '../capture/capture.ts';
import type { Store } from '../storage/store.ts';
import { describes, type WaitingReport } from './failure-meeting.ts';
import { originOf } from './panel-observer.ts';
import { receivedTimes } from './report-gate.ts';

/**
 * How long a report waits for webRequest's record: in Chrome the event reaches the worker before the page
 * has read the body; Firefox's record waits for its own body copy first (capture.ts, 2 s), and if it comes
 * later still it completes the page's record rather than making a second.
 */
const MEET_WINDOW_MS = 1500;
/** Report ids already handled: a batch sent again (the worker did not answer in time) is not doubled. */
const MAX_SEEN_IDS = 2000;

export interface FailureIntakeDeps {
  capture: Capture;
  store: Pick<Store, 'records' | 'flushed'>;
  settings: () => Settings;
  ready: Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Hosts of reports dropped because nobody watches them (tab-badges.ts `unwatched`). */
  noteUnwatched?: (tabId: number, hosts: string[]) => Promise<void>;
}

/** Media, playlists and keys: what a player's CDN serves (src/knowledge/endpoints). */
const MEDIA_ROLES: ReadonlySet<string> = new Set(['stream', 'playlist', 'key']);

/**
 * Whether a URL is one a player makes: media, a playlist or a key, or a call to a known panel's API (an
 * Xtream or Stalker route; a generic sign-in page is not one).
 */
function servedThePlayer(url: string): boolean {
  const match = endpointRole(url);
  return MEDIA_ROLES.has(match.role) || (match.panel !== undefined && match.role !== 'other');
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class FailureIntake {
  readonly #seen = new Set<string>();

  constructor(private readonly deps: FailureIntakeDeps) {}

  /**
   * The reports this worker should keep: new ids, statuses the settings capture, on watched hosts the page
   * may speak of (its own, or one webRequest saw the tab reach: report-gate.ts). The hosts of reports left
   * out because nobody watches them go to `unwatched` — their names only, and only hosts that served the
   * player (a stream, a playlist, a key, a panel call): a page naming a sign-in page gets nothing offered.
   */
  async #wanted(
    reports: readonly FailureReport[],
    tabId: number,
    pageUrl: string | undefined,
    unwatched: Set<string>,
  ): Promise<{ wanted: FailureReport[]; doubtful: FailureReport[] }> {
    const settings = this.deps.settings();
    const wanted: FailureReport[] = [];
    /** On a host webRequest has not shown this tab reaching yet: believed only if it does meanwhile. */
    const doubtful: FailureReport[] = [];
    for (const report of reports) {
      if (this.#seen.has(report.id)) continue;
      this.#seen.add(report.id);
      const host = hostOfUrl(report.url);
      if (!host) continue;
      const captured =
        report.status === 0
          ? settings.capture.transportErrors
          : keepsResponse(report.status, settings.capture, {
              url: report.url,
              responseHeaders: [],
              body: report.excerpt,
            });
      if (!isWatched(settings.watchedHosts, host)) {
        // Only failures we would have captured, on a real single host (a forged `*` is no host).
        const plain = plainHost(host);
        if (captured && plain && servedThePlayer(report.url)) unwatched.add(plain);
        continue;
      }
      if (!captured) continue;
      if (await this.deps.capture.gate.vouches(tabId, pageUrl, report.url)) wanted.push(report);
      else doubtful.push(report);
    }
    for (const id of this.#seen) {
      if (this.#seen.size <= MAX_SEEN_IDS) break;
      this.#seen.delete(id);
    }
    return { wanted, doubtful };
  }

  async receive(request: Request<'page-failures'>): Promise<Reply<'page-failures'>> {
    const tabId = request?.tabId;
    if (typeof tabId !== 'number' || tabId < 0) return { recorded: 0 };
    await this.deps.ready;
    const { capture } = this.deps;
    const now = (this.deps.now ?? Date.now)();
    // Every frame of the tab draws on one budget; times are the worker's, within the page's claim.
    const offered = readFailureReports(request?.reports);
    // Which reports are kept reads the vendor table (a block marker on a 4xx the settings skip).
    if (offered.length > 0) await capture.tables();
    const reports = offered
      .slice(0, capture.gate.admit(tabId, offered.length))
      .map((report) => receivedTimes(report, now));
    const lent: Promise<void>[] = [];
    const waiting: WaitingReport[] = [];
    const unwatched = new Set<string>();
    const { wanted, doubtful } = await this.#wanted(reports, tabId, request.pageUrl, unwatched);
    // A hint for the popup: never a reason to lose the batch (its ids are already marked seen).
    if (unwatched.size > 0) await this.deps.noteUnwatched?.(tabId, [...unwatched]).catch(() => undefined);
    for (const report of wanted) {
      const met = capture.failures.meet(tabId, report);
      if (!met) waiting.push(capture.failures.wait(tabId, report));
      else if (report.excerpt && met.headersOnly) {
        met.headersOnly = false;
        lent.push(capture.lendExcerpt(met.recordId, report.excerpt));
      }
    }
    let recorded = 0;
    if (waiting.length > 0 || doubtful.length > 0) {
      await (this.deps.sleep ?? defaultSleep)(MEET_WINDOW_MS);
      const unmet = waiting.filter((entry) => !capture.failures.settle(entry)).map((entry) => entry.report);
      for (const report of doubtful) {
        // webRequest saw the tab reach the host meanwhile: the report is about a real request after all.
        if (!(await capture.gate.vouches(tabId, request.pageUrl, report.url))) continue;
        const met = capture.failures.meet(tabId, report);
        if (!met) unmet.push(report);
        else if (report.excerpt && met.headersOnly) {
          met.headersOnly = false;
          lent.push(capture.lendExcerpt(met.recordId, report.excerpt));
        }
      }
      // A record an earlier worker stored (and this one never saw) still counts: look in the store.
      const stored = unmet.length > 0 ? await this.deps.store.records() : [];
      const initiator = originOf(request.pageUrl);
      for (const report of unmet) {
        const old = storedRecordOf(stored, report, tabId, (id) => capture.failures.isMet(id));
        if (old) {
          capture.failures.markMet(old.id);
          if (report.excerpt) lent.push(capture.lendExcerpt(old.id, report.excerpt));
          continue;
        }
        lent.push(capture.pageFailure(report, tabId, initiator));
        recorded += 1;
      }
    }
    await Promise.all(lent);
    await this.deps.store.flushed();
    return { recorded };
  }
}

/** The stored record of the request a report describes, that no other report met. */
function storedRecordOf(
  records: readonly CapturedRecord[],
  report: FailureReport,
  tabId: number,
  isMet: (id: string) => boolean,
): CapturedRecord | undefined {
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const record = records[i];
    if (!record || record.exchange.context?.tabId !== tabId || isMet(record.id)) continue;
    const { url, status, startedAt } = record.exchange;
    if (describes(report, { tabId, url, status, startedAt })) return record;
  }
  return undefined;
}
