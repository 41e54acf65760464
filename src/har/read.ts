/**
 * HAR (1.1/1.2, as Chrome DevTools, Firefox DevTools and our own export write it) → Exchange[].
 *
 * Runs on files of 100k entries: one JSON.parse, then one pass that copies only the fields the engine
 * reads. Bad input fails with one HarInputError whose message a viewer can act on; a few broken entries are
 * skipped and reported once through `onWarning`.
 */
import type { CaptureContext, Exchange, Header } from '../types.ts';
import { CONTEXT_FIELD, CONTEXT_FIELDS, DURATION_UNKNOWN_FIELD } from './schema.ts';

/** The one error type of HAR input: its message is meant for the person who picked the file. */
export class HarInputError extends Error {
  override name = 'HarInputError';
}

export interface HarReadOptions {
  /** Called once per kind of problem that did not stop the import (skipped entries, bad dates). */
  onWarning?: (message: string) => void;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How many leading characters are sniffed for binary content: enough for any magic number. */
const SNIFF = 512;

/** Tells what a non-JSON file most likely is, from its first characters; undefined when it may be JSON. */
function sniffNotJson(text: string, start: number): string | undefined {
  const first = text.charCodeAt(start);
  // gzip (1f 8b) and zip ("PK\x03\x04"): a compressed export, read as text by the picker.
  // Read as UTF-8 (File.text(), readFile 'utf8') the 0x8b byte becomes U+FFFD.
  const second = text.charCodeAt(start + 1);
  if (first === 0x1f && (second === 0x8b || second === 0xfffd)) return 'This file is gzip-compressed';
  if (text.startsWith('PK\u0003\u0004', start)) return 'This file is a ZIP archive';
  const head = text.slice(start, start + SNIFF);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0 || code === 0xfffd) return 'This file is binary data';
  }
  if (first === 0x7b /* { */) return undefined;
  if (first === 0x5b /* [ */) return 'This is a JSON list, but a HAR is an object with "log.entries"';
  if (first === 0x3c /* < */) return 'This looks like an HTML or XML page';
  return 'This is not JSON';
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // JSON whitespace plus the byte-order mark some editors write.
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09 && code !== 0xfeff) return i;
  }
  return -1;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

/**
 * Where JSON.parse stopped, from its message: V8 says "at position N" (not always), SpiderMonkey "at line L
 * column C", JavaScriptCore nothing useful. Never echoes the engine's message: it quotes the input.
 */
function describeSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const end = text.trimEnd().length;
  if (/end of (?:JSON input|data)|Unexpected EOF/i.test(message)) {
    return 'The file is cut short (truncated JSON): the export or the download did not finish';
  }
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const at = Number(position[1]);
    if (at >= end - 1 && /Unterminated|Expected/i.test(message)) {
      return 'The file is cut short (truncated JSON): the export or the download did not finish';
    }
    return `This is not valid JSON (error at ${lineAndColumn(text, at)})`;
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `This is not valid JSON (error at line ${lineColumn[1]}, column ${lineColumn[2]})`;
  return 'This is not valid JSON';
}

const HINT = 'Export it again from the Network panel (⋮ / ⚙ → "Save all as HAR") and pick that file.';

export function parseHar(text: string, options?: HarReadOptions): Exchange[] {
  if (typeof text !== 'string') throw new HarInputError(`No text to read. ${HINT}`);
  const start = firstNonSpace(text);
  if (start < 0) throw new HarInputError(`The file is empty. ${HINT}`);
  const notJson = sniffNotJson(text, start);
  if (notJson) throw new HarInputError(`${notJson}, not a HAR file. ${HINT}`);
  let value: unknown;
  try {
    value = JSON.parse(start > 0 ? text.slice(start) : text);
  } catch (error) {
    throw new HarInputError(`${describeSyntaxError(error, text)}. ${HINT}`);
  }
  return readLog(value, options, true);
}

/**
 * Header lists as Header[]. When the HAR came from our own JSON.parse nobody else holds it, so a list whose
 * items are all {name: string, value: string} is kept as is: copying 1M headers was 40% of the mapping time
 * of a 100k-entry file.
 */
function readHeaders(list: unknown, owned: boolean): Header[] {
  if (!Array.isArray(list)) return [];
  if (owned && list.every(isHeader)) return list as Header[];
  const headers: Header[] = new Array(list.length);
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as { name?: unknown; value?: unknown } | null;
    if (item === null || typeof item !== 'object' || typeof item.name !== 'string') continue;
    const value = item.value;
    headers[count++] = { name: item.name, value: typeof value === 'string' ? value : String(value ?? '') };
  }
  if (count < list.length) headers.length = count;
  return headers;
}

function readContext(entry: Json): CaptureContext | undefined {
  const raw = entry[CONTEXT_FIELD];
  let context: Record<string, unknown> | undefined;
  if (isObject(raw)) {
    context = {};
    for (const [key, type] of CONTEXT_FIELDS) {
      const value = raw[key];
      if (typeof value !== type) continue;
      if (type === 'number' && !Number.isFinite(value)) continue;
      context[key] = value;
    }
  }
  // Chrome DevTools' own extensions, kept when our context does not already say it.
  const resourceType = entry._resourceType;
  if (typeof resourceType === 'string' && resourceType && context?.resourceType === undefined) {
    context ??= {};
    context.resourceType = resourceType;
  }
  const fromCache = entry._fromCache;
  if ((fromCache === 'disk' || fromCache === 'memory') && context?.fromCache === undefined) {
    context ??= {};
    context.fromCache = true;
  }
  return context as CaptureContext | undefined;
}

function isHeader(item: unknown): boolean {
  const header = item as { name?: unknown; value?: unknown } | null;
  return (
    header !== null &&
    typeof header === 'object' &&
    typeof header.name === 'string' &&
    typeof header.value === 'string'
  );
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Bodies worth decoding from base64: the ones the panel and vendor readers look into. */
const TEXTUAL_MIME = /^text\/|json|xml|javascript|ecmascript|mpegurl|x-www-form-urlencoded/i;
let utf8: TextDecoder | undefined;

/** content.text as text: base64 is decoded for textual types only (a video segment is not read). */
function decodeBody(text: unknown, encoding: unknown, mimeType: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (encoding !== 'base64' || text === '') return text;
  if (!mimeType || !TEXTUAL_MIME.test(mimeType)) return undefined;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    utf8 ??= new TextDecoder('utf-8');
    return utf8.decode(bytes);
  } catch {
    // Not base64 after all: a body we cannot read is no body, not a failed import.
    return undefined;
  }
}

interface Problems {
  skipped: number;
  firstSkip?: string;
  badDates: number;
}

function readEntry(raw: unknown, index: number, problems: Problems, owned: boolean): Exchange | undefined {
  if (!isObject(raw)) return skip(problems, `entry ${index + 1} is not an object`);
  const request = raw.request;
  if (!isObject(request)) return skip(problems, `entry ${index + 1} has no request`);
  const url = request.url;
  if (typeof url !== 'string' || url === '') return skip(problems, `entry ${index + 1} has no request.url`);
  const response = isObject(raw.response) ? raw.response : undefined;

  let startedAt = typeof raw.startedDateTime === 'string' ? Date.parse(raw.startedDateTime) : Number.NaN;
  if (Number.isNaN(startedAt)) {
    startedAt = 0;
    problems.badDates++;
  }
  const status = response ? Number(response.status) : 0;
  const exchange: Exchange = {
    url,
    method: nonEmpty(request.method) ?? 'GET',
    status: Number.isFinite(status) && status > 0 ? Math.trunc(status) : 0,
    startedAt,
    requestHeaders: readHeaders(request.headers, owned),
    responseHeaders: response ? readHeaders(response.headers, owned) : [],
  };
  if (response) {
    const statusText = nonEmpty(response.statusText);
    if (statusText) exchange.statusText = statusText;
    // Chrome writes the net error in response._error (null when none); older tools put it on the entry.
    const error = nonEmpty(response._error) ?? nonEmpty(raw._error) ?? nonEmpty(response._failureText);
    if (error) exchange.error = error;
    const content = response.content;
    if (isObject(content)) {
      const mimeType = nonEmpty(content.mimeType);
      // "x-unknown" is Chrome's placeholder for "no Content-Type".
      if (mimeType && mimeType !== 'x-unknown') exchange.mimeType = mimeType;
      const body = decodeBody(content.text, content.encoding, mimeType);
      if (body !== undefined) exchange.body = body;
    }
  } else {
    const error = nonEmpty(raw._error);
    if (error) exchange.error = error;
  }
  const time = raw.time;
  if (
    typeof time === 'number' &&
    time >= 0 &&
    Number.isFinite(time) &&
    raw[DURATION_UNKNOWN_FIELD] !== true
  ) {
    exchange.durationMs = time;
  }
  const serverIp = nonEmpty(raw.serverIPAddress);
  // Chrome writes IPv6 addresses in brackets ("[2001:db8::1]").
  if (serverIp) exchange.serverIp = serverIp.startsWith('[') ? serverIp.replace(/^\[|\]$/g, '') : serverIp;
  const context = readContext(raw);
  if (context) exchange.context = context;
  return exchange;
}

function skip(problems: Problems, reason: string): undefined {
  problems.skipped++;
  problems.firstSkip ??= reason;
  return undefined;
}

/** Reads an already parsed HAR (e.g. from a structured clone); the value is not modified nor aliased. */
export function readHar(value: unknown, options?: HarReadOptions): Exchange[] {
  return readLog(value, options, false);
}

function readLog(value: unknown, options: HarReadOptions | undefined, owned: boolean): Exchange[] {
  if (!isObject(value)) throw new HarInputError(`This JSON is not a HAR: it is not an object. ${HINT}`);
  const log = value.log;
  if (!isObject(log)) throw new HarInputError(`This JSON is not a HAR: it has no "log" object. ${HINT}`);
  const entries = log.entries;
  if (!Array.isArray(entries)) {
    throw new HarInputError(`This JSON is not a HAR: "log.entries" is missing or not a list. ${HINT}`);
  }
  const problems: Problems = { skipped: 0, badDates: 0 };
  const exchanges: Exchange[] = [];
  for (let i = 0; i < entries.length; i++) {
    const exchange = readEntry(entries[i], i, problems, owned);
    if (exchange) exchanges.push(exchange);
  }
  if (entries.length > 0 && exchanges.length === 0) {
    throw new HarInputError(
      `None of the ${entries.length} HAR entries is a readable request (${problems.firstSkip}). ${HINT}`,
    );
  }
  const warn = options?.onWarning;
  if (warn && problems.skipped > 0) {
    warn(
      `Skipped ${problems.skipped} of ${entries.length} HAR entries that are not requests (${problems.firstSkip}).`,
    );
  }
  if (warn && problems.badDates > 0) {
    warn(`${problems.badDates} HAR entries have no valid startedDateTime: their time is unknown.`);
  }
  return exchanges;
}
