/**
 * Credential redaction: the product's privacy promise. Nothing stored or exported may hold a credential,
 * yet the evidence (status, vendor headers, hosts, stream ids, expiry times) must survive.
 *
 * Two passes. The structural pass removes credentials where they stand — Xtream path segments, secret query
 * and form fields, JSON keys, URL userinfo, Authorization/Cookie values, MAC addresses, JWTs — and collects
 * them. The scrub pass then removes every collected secret from every string, raw, percent-encoded,
 * JSON-escaped and base64: a password seen once is gone everywhere. Across several records (a HAR, a store)
 * secrets are collected from all of them first.
 */
import { getHeader } from '../http/headers.ts';
import type { Exchange, Header } from '../types.ts';
import { walkHar } from './har.ts';
import { isHeader, redactHeaderList } from './header-rules.ts';
import { copyWith, newSeen, type Pass, scrubPass, structuralPass, walkAny, walkNamedList } from './passes.ts';
import { compileScrubber } from './scrub.ts';
import { redactBodyStructure, redactTextStructure, redactUrlText } from './text.ts';

export { KEPT_FIELDS, SECRET_FIELDS, secretFieldRule } from './secret-fields.ts';

/**
 * An Exchange that may also carry the request body (HAR postData.text). Not in the shared types yet; the
 * redaction keeps it, and any other extra field, redacted like free text.
 */
export interface ExchangeWithRequestBody extends Exchange {
  requestBody?: string;
  requestMimeType?: string;
}

function walkExchange<T extends Exchange>(exchange: T, pass: Pass): T {
  const seen = newSeen();
  if (exchange === null || typeof exchange !== 'object') return walkAny(exchange, pass, seen) as T;
  const record = exchange as ExchangeWithRequestBody;
  const headerList = Array.isArray(record.requestHeaders) ? record.requestHeaders : [];
  const requestMimeType = record.requestMimeType ?? safeHeader(headerList, 'content-type');
  return copyWith(exchange, seen, (key, value) => {
    if (typeof value === 'string') {
      if (key === 'url') return pass.url(value);
      if (key === 'body') return pass.body(value, record.mimeType);
      if (key === 'requestBody') return pass.body(value, requestMimeType);
    }
    if (key === 'requestHeaders' || key === 'responseHeaders') {
      return walkNamedList(value, pass, seen, pass.header);
    }
    if (key === 'context' && value !== null && typeof value === 'object') {
      return copyWith(value, seen, (contextKey, item) =>
        contextKey === 'initiator' && typeof item === 'string'
          ? pass.url(item)
          : walkAny(item, pass, seen, contextKey),
      );
    }
    return walkAny(value, pass, seen, key);
  }) as T;
}

function safeHeader(headers: readonly Header[], name: string): string | undefined {
  try {
    return getHeader(headers, name);
  } catch {
    return undefined;
  }
}

function asList(input: Exchange | readonly Exchange[]): readonly Exchange[] {
  return Array.isArray(input) ? input : [input as Exchange];
}

/** Every secret of one exchange or of several (URL, headers, bodies, context), as found by the rules. */
export function collectSecrets(input: Exchange | readonly Exchange[]): ReadonlySet<string> {
  const sink = new Set<string>();
  const pass = structuralPass(sink);
  for (const exchange of asList(input)) walkExchange(exchange, pass);
  return sink;
}

/** A redacted deep copy; `extraSecrets` (e.g. from other records of the same session) are scrubbed too. */
export function redactExchange<T extends Exchange>(exchange: T, extraSecrets?: Iterable<string>): T {
  const sink = new Set<string>(extraSecrets ?? []);
  const structural = walkExchange(exchange, structuralPass(sink));
  return walkExchange(structural, scrubPass(compileScrubber(sink)));
}

/** Redacts several exchanges with the secrets of all of them: a password seen in one leaves all. */
export function redactExchanges<T extends Exchange>(exchanges: readonly T[]): T[] {
  const sink = new Set<string>();
  const pass = structuralPass(sink);
  const structural = exchanges.map((exchange) => walkExchange(exchange, pass));
  const scrub = scrubPass(compileScrubber(sink));
  return structural.map((exchange) => walkExchange(exchange, scrub));
}

/** One URL (absolute, relative or malformed): userinfo, Xtream segments, secret fields, then known secrets. */
export function redactUrl(url: string, secrets?: Iterable<string>): string {
  if (typeof url !== 'string') return url;
  const sink = new Set<string>(secrets ?? []);
  const structural = redactUrlText(url, sink);
  return compileScrubber(sink)(structural);
}

/** The secrets one URL carries (its account segments, tokens, secret fields), for scrubbing text about it. */
export function secretsOfUrls(urls: Iterable<string>): Set<string> {
  const sink = new Set<string>();
  for (const url of urls) if (typeof url === 'string') redactUrlText(url, sink);
  return sink;
}

/** A header list: names kept, credential values redacted by the header table, known secrets scrubbed. */
export function redactHeaders(headers: readonly Header[], secrets?: Iterable<string>): Header[] {
  const sink = new Set<string>(secrets ?? []);
  const structural = redactHeaderList(headers, sink);
  if (!Array.isArray(structural)) return structural;
  const scrub = compileScrubber(sink);
  return structural.map((header) => (isHeader(header) ? { ...header, value: scrub(header.value) } : header));
}

/** Free text (an error page, a log line, a playlist). */
export function redactText(text: string, secrets?: Iterable<string>): string {
  if (typeof text !== 'string') return text;
  const sink = new Set<string>(secrets ?? []);
  const structural = redactTextStructure(text, sink);
  return compileScrubber(sink)(structural);
}

/** A request or response body of the given MIME type (form, JSON, M3U, HTML…). */
export function redactBody(text: string, mimeType: string | undefined, secrets?: Iterable<string>): string {
  if (typeof text !== 'string') return text;
  const sink = new Set<string>(secrets ?? []);
  const structural = redactBodyStructure(text, mimeType, sink);
  return compileScrubber(sink)(structural);
}

/**
 * A redacted deep copy of a HAR 1.2 document: secrets are collected over all entries and pages first, then
 * scrubbed everywhere. Every entry and field is kept; odd input is walked generically and never throws.
 */
export function redactHarDocument(har: unknown): unknown {
  const sink = new Set<string>();
  const structural = walkHar(har, structuralPass(sink));
  return walkHar(structural, scrubPass(compileScrubber(sink)));
}
