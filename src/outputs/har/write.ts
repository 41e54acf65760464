/**
 * Exchange[] → HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), importable by Chrome DevTools
 * (models/har/HARFormat.ts checks every required number and object) and readable back by `parseHar` into
 * equal exchanges. Our context and diagnosis ride along as `_context` / `_diagnosis`.
 *
 * No redaction here: callers pass exchanges that are already redacted (src/redact/index.ts).
 */

import { getHeader } from '../../http/headers.ts';
import { isoTime } from '../../time.ts';
import type { Exchange, Finding, Header } from '../../types.ts';
import { CONTEXT_FIELD, DIAGNOSIS_FIELD, DURATION_UNKNOWN_FIELD } from './schema.ts';

export interface HarItem {
  exchange: Exchange;
  finding?: Finding;
  /** The entry's HAR comment, e.g. what a summary entry stands for. */
  comment?: string;
}

interface HarCreator {
  name: string;
  version: string;
}

export interface HarWriteOptions {
  /** The browser the capture came from (HAR log.browser). */
  browser?: HarCreator;
  /** One page grouping every entry (pageref); DevTools shows its title. */
  page?: { id?: string; title: string };
  /** log.comment, e.g. "redacted by IPTV Access Lens". */
  comment?: string;
}

interface NameValue {
  name: string;
  value: string;
}

let utf8: TextEncoder | undefined;

function byteLength(text: string): number {
  utf8 ??= new TextEncoder();
  return utf8.encode(text).length;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** HAR requires request.queryString: the decoded pairs of the URL's query, in order. */
function queryString(url: string): NameValue[] {
  const hash = url.indexOf('#');
  const question = url.indexOf('?');
  if (question < 0 || (hash >= 0 && hash < question)) return [];
  const search = url.slice(question + 1, hash >= 0 ? hash : undefined);
  const pairs: NameValue[] = [];
  for (const part of search.split('&')) {
    if (!part) continue;
    const equals = part.indexOf('=');
    pairs.push({
      name: decodeComponent(equals >= 0 ? part.slice(0, equals) : part),
      value: equals >= 0 ? decodeComponent(part.slice(equals + 1)) : '',
    });
  }
  return pairs;
}

function copyHeaders(headers: readonly Header[]): NameValue[] {
  return headers.map((header) => ({ name: header.name, value: header.value }));
}

/** HAR dates are ISO 8601; an unknown start (0 or NaN) is written as the epoch rather than an invalid date. */
function isoDate(ms: number): string {
  return isoTime(ms, new Date(0).toISOString());
}

function buildEntry(item: HarItem, pageref: string | undefined): Record<string, unknown> {
  const exchange = item.exchange;
  const duration = exchange.durationMs;
  const known = typeof duration === 'number' && Number.isFinite(duration) && duration >= 0;
  const time = known ? duration : 0;
  const content: Record<string, unknown> = {
    size: exchange.body === undefined ? 0 : byteLength(exchange.body),
    mimeType: exchange.mimeType ?? 'x-unknown',
  };
  if (exchange.body !== undefined) content.text = exchange.body;

  const response: Record<string, unknown> = {
    status: exchange.status,
    statusText: exchange.statusText ?? '',
    httpVersion: '',
    cookies: [],
    headers: copyHeaders(exchange.responseHeaders),
    content,
    redirectURL: getHeader(exchange.responseHeaders, 'location') ?? '',
    headersSize: -1,
    bodySize: -1,
  };
  // Chrome's convention for a transport failure: status 0 and the net error name in response._error.
  if (exchange.error) response._error = exchange.error;
  // And null, as Chrome writes it, on a status 0 without one: a reader then takes no status text for a failure's words
  // (src/outputs/har/read.ts reads a log's status text as the failure where no tool wrote _error).
  else if (exchange.status === 0) response._error = null;

  const entry: Record<string, unknown> = {};
  if (pageref) entry.pageref = pageref;
  entry.startedDateTime = isoDate(exchange.startedAt);
  entry.time = time;
  entry.request = {
    method: exchange.method,
    url: exchange.url,
    httpVersion: '',
    cookies: [],
    headers: copyHeaders(exchange.requestHeaders),
    queryString: queryString(exchange.url),
    headersSize: -1,
    bodySize: -1,
    ...(exchange.requestBody !== undefined
      ? { postData: { mimeType: exchange.requestMimeType ?? '', text: exchange.requestBody } }
      : {}),
  };
  entry.response = response;
  entry.cache = {};
  // Only the total is known: it is all "wait", and the phases we did not see are -1 as the spec allows.
  entry.timings = { blocked: -1, dns: -1, connect: -1, send: 0, wait: time, receive: 0, ssl: -1 };
  if (exchange.serverIp) entry.serverIPAddress = exchange.serverIp;
  if (!known) entry[DURATION_UNKNOWN_FIELD] = true;
  // DevTools reads _resourceType to file the request under XHR/Media/…
  if (exchange.context?.resourceType) entry._resourceType = exchange.context.resourceType;
  if (exchange.context) entry[CONTEXT_FIELD] = { ...exchange.context };
  if (item.finding) entry[DIAGNOSIS_FIELD] = item.finding;
  if (item.comment) entry.comment = item.comment;
  return entry;
}

export function toHar(
  items: readonly HarItem[],
  creator: { name: string; version: string },
  options?: HarWriteOptions,
): unknown {
  const log: Record<string, unknown> = {
    version: '1.2',
    creator: { name: creator.name, version: creator.version },
  };
  if (options?.browser) log.browser = { name: options.browser.name, version: options.browser.version };
  let pageref: string | undefined;
  if (options?.page) {
    pageref = options.page.id ?? 'page_1';
    const first = items.reduce(
      (min, item) => Math.min(min, item.exchange.startedAt),
      Number.POSITIVE_INFINITY,
    );
    log.pages = [
      {
        startedDateTime: isoDate(items.length > 0 ? first : 0),
        id: pageref,
        title: options.page.title,
        pageTimings: { onContentLoad: -1, onLoad: -1 },
      },
    ];
  }
  log.entries = items.map((item) => buildEntry(item, pageref));
  if (options?.comment) log.comment = options.comment;
  return { log };
}
