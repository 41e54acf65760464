/**
 * Failed responses as the page saw them. Chrome's webRequest gives the worker headers only, and a worker
 * stopped mid-burst loses the events already dispatched to it; the page hook (background/page-side/page-hook.ts)
 * saw every failed response and reports each one: status (0 for a transport failure), redacted URL, time,
 * and for a small textual error page a short excerpt of what it says. The relay and the worker check every
 * report again here, as a page can forge the event.
 */
import { isPanelApiUrl } from '../knowledge/panels/page-reply.ts';
import { redactText, redactUrl } from '../redact/index.ts';

/** The DOM event the page hook fires and the relay listens to; the detail is the report as JSON text. */
export const PAGE_FAILURE_CHANNEL = 'iptv-access-lens:page-failure:v1';
/** Error pages (a CDN's block page, a server's JSON error) are small; larger bodies are not read. */
export const MAX_ERROR_BODY_CHARS = 64 * 1024;
/** The excerpt kept of an error body: the lines that name who refused, like the page reader's. */
const MAX_EXCERPT_CHARS = 4096;
/** A report is a URL, a few numbers and the excerpt: anything longer was not made by our hook. */
export const MAX_FAILURE_REPORT_CHARS = 8 * 1024;
/** Reports of one page in one batch message; the relay sends one batch per ~50 ms. */
export const MAX_FAILURE_BATCH = 100;
const MAX_URL = 2048;

/** One failed response read in the page. */
export interface FailureReport {
  /** Random, one per response: a report delivered twice (a retry after the worker died) is handled once. */
  id: string;
  /** Redacted in the page already. */
  url: string;
  method: string;
  /** 400–599, or 0 when fetch rejected / XHR ended in error or timeout (never an abort: the page's doing). */
  status: number;
  /** When the page asked, ms since epoch. */
  startedAt: number;
  durationMs?: number;
  via: 'fetch' | 'xhr';
  /** Visible text of a small textual error body (title, vendor markers first), ≤ MAX_EXCERPT_CHARS. */
  excerpt?: string;
}

const REPORT_ID = /^[A-Za-z0-9-]{8,64}$/;
const METHOD = /^[A-Z]{1,10}$/;

/** Whether a status is one the page reports: a refusal or server error, or a transport failure (0). */
function isReportedStatus(status: number): boolean {
  return status === 0 || (status >= 400 && status <= 599);
}

/**
 * Content types whose body may say who refused: HTML and plain-text error pages, JSON errors. Media,
 * playlists and binaries are not read. A missing type is read too (many error pages omit it).
 */
export function isErrorTextType(contentType: string | null | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'text/html' || type === 'text/plain' || type.includes('json');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A report as received from the other side of a boundary (page → relay → worker): checked field by field,
 * URL redacted again. Null when anything is off. A panel API URL never carries an excerpt: its body goes
 * through the panel filter (src/knowledge/panels/page-reply.ts), which keeps only allow-listed fields.
 */
export function readFailureReport(raw: unknown): FailureReport | null {
  if (!isObject(raw)) return null;
  const { id, url, method, status, startedAt, durationMs, via, excerpt } = raw;
  if (typeof id !== 'string' || !REPORT_ID.test(id)) return null;
  if (typeof url !== 'string' || url.length > MAX_URL || !/^https?:\/\//i.test(url)) return null;
  if (typeof method !== 'string' || !METHOD.test(method)) return null;
  if (typeof status !== 'number' || !Number.isInteger(status) || !isReportedStatus(status)) return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt <= 0) return null;
  if (via !== 'fetch' && via !== 'xhr') return null;
  const redactedUrl = redactUrl(url);
  const report: FailureReport = { id, url: redactedUrl, method, status, startedAt, via };
  if (typeof durationMs === 'number' && Number.isFinite(durationMs) && durationMs >= 0) {
    report.durationMs = Math.round(durationMs);
  }
  if (typeof excerpt === 'string' && excerpt.trim() !== '' && status > 0 && !isPanelApiUrl(redactedUrl)) {
    // Redacted in the page already; again here, as a page can forge the event (the worker then scrubs it
    // of every secret its session has seen, case-insensitively, when the record is made).
    report.excerpt = redactText(excerpt.slice(0, MAX_EXCERPT_CHARS));
  }
  return report;
}

/** A batch as received by the worker: the valid reports, at most MAX_FAILURE_BATCH of them. */
export function readFailureReports(raw: unknown): FailureReport[] {
  if (!Array.isArray(raw)) return [];
  const reports: FailureReport[] = [];
  for (const item of raw.slice(0, MAX_FAILURE_BATCH)) {
    const report = readFailureReport(item);
    if (report) reports.push(report);
  }
  return reports;
}
