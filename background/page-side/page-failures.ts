/**
 * The failure half of the page hook (panel-page-hook.ts, MAIN world): every response the page reads through
 * fetch() or XHR with a refusal or server status (≥ 400), or a transport failure (fetch rejected, XHR error
 * or timeout), is reported as a DOM event for the relay (src/capture/page-report.ts). A small textual error body
 * (≤ 64 KB) is read from a clone and shrunk to the page reader's excerpt in the page, so at most 4 KB of
 * visible text crosses over. Aborts are the page's own doing and are not reported.
 */

import {
  type FailureReport,
  isErrorTextType,
  MAX_ERROR_BODY_CHARS,
  PAGE_FAILURE_CHANNEL,
} from '../../src/capture/page-report.ts';
import { isPanelApiUrl } from '../../src/knowledge/panels/page-reply.ts';
import { redactText, redactUrl, secretsOfUrls } from '../../src/redact/index.ts';
import { bodyExcerpt } from './page-excerpt.ts';

/** What of the page's window the failure reports need. */
export interface FailureScope {
  CustomEvent: typeof CustomEvent;
  dispatchEvent(event: Event): boolean;
  crypto?: Pick<Crypto, 'getRandomValues'>;
  location?: { href: string };
}

export interface FailedRequest {
  url: string;
  method: string;
  status: number;
  startedAt: number;
  via: FailureReport['via'];
}

/** randomUUID needs a secure context, and IPTV pages are often plain http: build the id from random bytes. */
export function reportId(scope: Pick<FailureScope, 'crypto'>): string {
  const bytes = new Uint8Array(12);
  if (scope.crypto) scope.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function postFailure(scope: FailureScope, request: FailedRequest, excerpt?: string): void {
  const report: FailureReport = {
    id: reportId(scope),
    url: redactUrl(request.url),
    method: request.method,
    status: request.status,
    startedAt: request.startedAt,
    durationMs: Math.max(0, Date.now() - request.startedAt),
    via: request.via,
  };
  // The page alone knows the raw URL (and its own): a panel that echoes the account in its error page, in
  // any case, loses it here, before anything leaves the page.
  if (excerpt) report.excerpt = redactText(excerpt, secretsOfUrls([request.url, scope.location?.href ?? '']));
  try {
    // A string detail crosses from the page's world to the relay's in both browsers; objects may not.
    scope.dispatchEvent(new scope.CustomEvent(PAGE_FAILURE_CHANNEL, { detail: JSON.stringify(report) }));
  } catch {
    // The page replaced CustomEvent or dispatchEvent: this failure goes unreported.
  }
}

/** The body of our copy as text, or null past the cap (our copy is cancelled; the page's flows on). */
async function readText(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
      if (text.length > MAX_ERROR_BODY_CHARS) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
    }
  } catch {
    return null;
  }
}

/** Whether the body is worth reading: textual, small, and not a panel API's (the panel filter reads those). */
function readableError(url: string, contentType: string | null, length: number): boolean {
  return !isPanelApiUrl(url) && isErrorTextType(contentType) && !(length > MAX_ERROR_BODY_CHARS);
}

/** A fetch() answered: reports it when it failed, with its body's excerpt when readable. */
export function fetchAnswered(
  scope: FailureScope,
  response: Response,
  method: string,
  startedAt: number,
): void {
  if (typeof response?.clone !== 'function' || typeof response.headers?.get !== 'function') return;
  if (response.status < 400 || response.type === 'opaque' || response.type === 'opaqueredirect') return;
  const request: FailedRequest = {
    url: response.url,
    method,
    status: response.status,
    startedAt,
    via: 'fetch',
  };
  const contentType = response.headers.get('content-type');
  if (!readableError(response.url, contentType, Number(response.headers.get('content-length')))) {
    postFailure(scope, request);
    return;
  }
  let copy: Response;
  try {
    copy = response.clone();
  } catch {
    postFailure(scope, request);
    return;
  }
  readText(copy)
    .then((text) => postFailure(scope, request, text ? bodyExcerpt(text, contentType) : undefined))
    .catch(() => postFailure(scope, request));
}

/** The URL a fetch() was called with, absolute (the response, which would say, never came). */
export function requestUrl(scope: FailureScope, input: unknown): string | null {
  try {
    const raw =
      typeof (input as { url?: unknown })?.url === 'string' ? (input as { url: string }).url : input;
    return new URL(String(raw), scope.location?.href).href;
  } catch {
    return null;
  }
}

/** A fetch() rejected: a transport failure, unless the page aborted it. */
export function fetchRejected(
  scope: FailureScope,
  error: unknown,
  url: string | null,
  method: string,
  startedAt: number,
) {
  if (!url || (error as { name?: unknown } | null)?.name === 'AbortError') return;
  postFailure(scope, { url, method, status: 0, startedAt, via: 'fetch' });
}

/** The excerpt of a finished XHR's body, whatever responseType the page chose (blobs and documents aside). */
function xhrText(xhr: XMLHttpRequest): string | null {
  if (xhr.responseType === '' || xhr.responseType === 'text') return xhr.responseText;
  if (xhr.responseType === 'json') return xhr.response === null ? null : JSON.stringify(xhr.response);
  if (xhr.responseType === 'arraybuffer' && xhr.response instanceof ArrayBuffer) {
    return xhr.response.byteLength <= MAX_ERROR_BODY_CHARS ? new TextDecoder().decode(xhr.response) : null;
  }
  return null;
}

/** An XHR ended (loadend): reports a failed status with its excerpt, or an error/timeout as status 0. */
export function xhrEnded(
  scope: FailureScope,
  xhr: XMLHttpRequest,
  request: Omit<FailedRequest, 'status' | 'via'>,
  aborted: boolean,
): void {
  if (xhr.status === 0) {
    if (!aborted) postFailure(scope, { ...request, status: 0, via: 'xhr' });
    return;
  }
  if (xhr.status < 400) return;
  const url = xhr.responseURL || request.url;
  const failed: FailedRequest = { ...request, url, status: xhr.status, via: 'xhr' };
  const contentType = xhr.getResponseHeader('content-type');
  const text = readableError(url, contentType, 0) ? xhrText(xhr) : null;
  postFailure(
    scope,
    failed,
    text && text.length <= MAX_ERROR_BODY_CHARS ? bodyExcerpt(text, contentType) : undefined,
  );
}
