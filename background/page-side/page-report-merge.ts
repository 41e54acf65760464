/**
 * Capture's side of the meeting between a failed response the page reported (src/capture/page-report.ts) and
 * webRequest's record of the same request, in both arrival orders. Report first: it waits a moment
 * (panel-failure-intake.ts), and webRequest's record takes its excerpt as the body (`pageSideOf`); if no
 * record comes, the report becomes one itself (`storePageFailure`), which webRequest's late event then
 * completes under the same id (`pageSideOf` again). webRequest first: the report meets the stored record
 * and lends it its excerpt (Capture.lendExcerpt). Which report describes which record is decided in
 * panel-failure-meeting.ts. Separate from capture.ts, which follows webRequest's own events.
 */

import type { FailureReport } from '../../src/capture/page-report.ts';
import { hostOfUrl } from '../../src/http/host-patterns.ts';
import type { TabBadges } from '../badge/tab-badges.ts';
import type { FailureRecords } from '../capture/failure-record.ts';
import { pageRequestDetails } from '../capture/normalize.ts';
import type { RecentRequests } from '../capture/recent-requests.ts';
import type { BrowserPort } from '../port.ts';
import type { ProofTracker } from '../proofs/proof-session.ts';
import type { Store } from '../storage/store.ts';
import type { FailureMeetingPoint, KnownRecord } from './failure-meeting.ts';

/**
 * The page saw the request fail but cannot name the net error: the browsers' generic failure names
 * (Chromium net_error_list.h "ERR_FAILED: A generic failure occurred"; Gecko's NS_ERROR_FAILURE).
 */
const PAGE_TRANSPORT_ERROR = { chrome: 'net::ERR_FAILED', firefox: 'NS_ERROR_FAILURE' } as const;

/** What a page-only record is made with and handed to: capture.ts lends its own. */
export interface PageReportMergeDeps {
  port: Pick<BrowserPort, 'browser'>;
  store: Pick<Store, 'add'>;
  tabs: Pick<TabBadges, 'failure'>;
  proof: Pick<ProofTracker, 'traffic'>;
  records: FailureRecords;
  /** webRequest's retry counter: a page-only record counts the requests webRequest saw, and the reverse. */
  recent: RecentRequests;
  failures: FailureMeetingPoint;
}

/**
 * What webRequest's failure finds of the page's view of it, before anything is stored: the record the
 * page's report already made (webRequest's view completes it), or else a waiting report (its excerpt is
 * the body), or neither.
 */
export type PageSide = readonly [pageRecord: KnownRecord | undefined, report: FailureReport | undefined];

/** webRequest is about to store a failure: the page's record it completes, or else the report it takes. */
export function pageSideOf(
  failures: FailureMeetingPoint,
  tabId: number,
  status: number,
  url: string,
  startedAt: number,
): PageSide {
  const pageRecord = failures.pageRecordFor(tabId, status, url, startedAt);
  return [pageRecord, pageRecord ? undefined : failures.takeReport(tabId, status, url, startedAt)];
}

/**
 * A failed response only the page reported (webRequest's event never reached a live worker): a record
 * from what the page knew — status, URL, time, tab, the excerpt — marked as the page's.
 */
export async function storePageFailure(
  deps: PageReportMergeDeps,
  report: FailureReport,
  tabId: number,
  initiator?: string,
): Promise<void> {
  const details = pageRequestDetails('page', report, tabId, initiator);
  if (report.status > 0) details.statusCode = report.status;
  else details.error = PAGE_TRANSPORT_ERROR[deps.port.browser];
  // No await before the record is registered below: the caller's meeting decided this report has no record,
  // and webRequest's event must find this one (the caller read the knowledge file before meeting).
  const retryCount = deps.recent.note(report.url, report.startedAt);
  const start = { startedAt: report.startedAt, requestHeaders: [] };
  const record = deps.records.make(details, start, retryCount, { body: report.excerpt, source: 'page' });
  if (!record) return;
  deps.failures.recorded({
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
    deps.store.add(record),
    deps.tabs.failure(tabId, record.finding),
    deps.proof.traffic({
      at: details.timeStamp,
      status: report.status,
      ok: false,
      host,
      role: record.finding.role,
    }),
  ]);
}
