/**
 * HAR (1.1/1.2, as Chrome DevTools, Firefox DevTools and our own export write it) → Exchange[].
 *
 * Runs on files of 100k entries: one JSON.parse, then one pass that copies only the fields the engine
 * reads. Bad input fails with one HarInputError whose message a viewer can act on; a few broken entries are
 * skipped and reported once through `onWarning`.
 */
import { getHeader } from '../../http/headers.ts';
import { namesTransportFailure } from '../../knowledge/transport/status-text.ts';
import type { CaptureContext, Exchange, Header, Localized } from '../../types.ts';
import { CONTEXT_FIELD, CONTEXT_FIELDS, DURATION_UNKNOWN_FIELD } from './schema.ts';

/** What was wrong with the input, for a UI that picks its own words. */
export type HarErrorCode =
  | 'no-text'
  | 'empty'
  | 'gzip'
  | 'zip'
  | 'binary'
  | 'json-list'
  | 'markup'
  | 'not-json'
  | 'invalid-json'
  | 'truncated'
  | 'not-har'
  | 'too-deep'
  | 'no-readable-entries';

/** The one error type of HAR input: its text is meant for the person who picked the file. */
export class HarInputError extends Error {
  override name = 'HarInputError';
  readonly code: HarErrorCode;
  /** The message in both languages; `message` is the English one. */
  readonly text: Localized;

  constructor(code: HarErrorCode, problem: Localized) {
    const text = { en: `${problem.en}. ${HINT.en}.`, fr: `${problem.fr}. ${HINT.fr}.` };
    super(text.en);
    this.code = code;
    this.text = text;
  }
}

const HINT: Localized = {
  en: 'Export it again from the browser\'s Network panel (right-click a request → "Save all as HAR") and pick that file',
  fr: "Exportez-le à nouveau depuis l'onglet Réseau du navigateur (clic droit sur une requête → enregistrer tout au format HAR) et choisissez ce fichier",
};

/**
 * Deeper than this is not a browser's export (Chrome's HAR is 6 levels deep, our `_context` 2 more): a
 * document built to overflow the stack of whoever walks it recursively.
 */
export const MAX_DEPTH = 64;

const PROBLEMS: Readonly<Record<Exclude<HarErrorCode, 'invalid-json' | 'no-readable-entries'>, Localized>> = {
  'no-text': { en: 'There is no text to read', fr: "Il n'y a aucun texte à lire" },
  empty: { en: 'The file is empty', fr: 'Le fichier est vide' },
  gzip: {
    en: 'This file is gzip-compressed, not a HAR file',
    fr: "Ce fichier est compressé (gzip), ce n'est pas un fichier HAR",
  },
  zip: {
    en: 'This file is a ZIP archive, not a HAR file',
    fr: 'Ce fichier est une archive ZIP, pas un fichier HAR',
  },
  binary: {
    en: 'This file is binary data, not a HAR file',
    fr: 'Ce fichier contient des données binaires, pas un HAR',
  },
  'json-list': {
    en: 'This is a JSON list, but a HAR is an object with "log.entries"',
    fr: "C'est une liste JSON, alors qu'un HAR est un objet avec « log.entries »",
  },
  markup: {
    en: 'This looks like an HTML or XML page, not a HAR file',
    fr: 'Cela ressemble à une page HTML ou XML, pas à un fichier HAR',
  },
  'not-json': {
    en: 'This is not JSON, so not a HAR file',
    fr: "Ce n'est pas du JSON, donc pas un fichier HAR",
  },
  truncated: {
    en: 'The file is cut short (truncated JSON): the export or the download did not finish',
    fr: "Le fichier est incomplet (JSON tronqué) : l'export ou le téléchargement ne s'est pas terminé",
  },
  'not-har': {
    en: 'This JSON is not a HAR: it has no "log" object with an "entries" list',
    fr: "Ce JSON n'est pas un HAR : il n'a pas d'objet « log » avec une liste « entries »",
  },
  'too-deep': {
    en: `This file nests values more than ${MAX_DEPTH} levels deep: no browser exports a HAR like that`,
    fr: `Ce fichier imbrique des valeurs sur plus de ${MAX_DEPTH} niveaux : aucun navigateur n'exporte un HAR ainsi`,
  },
};

/** How the streaming reader (cli/har-stream.ts) reports what is wrong with a file: the same messages. */
export function harInputError(code: keyof typeof PROBLEMS): HarInputError {
  return new HarInputError(code, PROBLEMS[code]);
}

/** Broken JSON found by the streaming reader: in entry `entry` (1-based), or in the brackets around them. */
export function invalidJsonError(entry?: number): HarInputError {
  return new HarInputError(
    'invalid-json',
    entry === undefined
      ? {
          en: 'This is not valid JSON (its brackets do not match)',
          fr: "Ce n'est pas du JSON valide (ses crochets ne correspondent pas)",
        }
      : {
          en: `This is not valid JSON (in entry ${entry})`,
          fr: `Ce n'est pas du JSON valide (dans l'entrée ${entry})`,
        },
  );
}

function fail(code: keyof typeof PROBLEMS): never {
  throw new HarInputError(code, PROBLEMS[code]);
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

/**
 * Throws `too-deep` when a parsed document nests deeper than MAX_DEPTH: walked with an explicit stack, so
 * the check itself cannot overflow what it protects (the redaction walk, the exports).
 */
export function assertDepth(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= MAX_DEPTH) fail('too-deep');
    for (const child of Object.values(item))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
}

/** The first characters of a file (the streaming reader's head): throws what `parseHar` would for them. */
export function sniffHarHead(head: string): void {
  const start = firstNonSpace(head);
  if (start < 0) fail('empty');
  const notJson = sniffNotJson(head, start);
  if (notJson) fail(notJson);
}

/** Tells what a non-JSON file most likely is, from its first characters; undefined when it may be JSON. */
function sniffNotJson(text: string, start: number): keyof typeof PROBLEMS | undefined {
  const first = text.charCodeAt(start);
  // gzip (1f 8b) and zip ("PK\x03\x04"): a compressed export, read as text by the picker.
  // Read as UTF-8 (File.text(), readFile 'utf8') the 0x8b byte becomes U+FFFD.
  const second = text.charCodeAt(start + 1);
  if (first === 0x1f && (second === 0x8b || second === 0xfffd)) return 'gzip';
  if (text.startsWith('PK\u0003\u0004', start)) return 'zip';
  const head = text.slice(start, start + SNIFF);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0 || code === 0xfffd) return 'binary';
  }
  if (first === 0x7b /* { */) return undefined;
  if (first === 0x5b /* [ */) return 'json-list';
  if (first === 0x3c /* < */) return 'markup';
  return 'not-json';
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // JSON whitespace plus the byte-order mark some editors write.
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09 && code !== 0xfeff) return i;
  }
  return -1;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Where JSON.parse stopped, from its message: V8 says "at position N" (not always), SpiderMonkey "at line L
 * column C", JavaScriptCore nothing useful. Never echoes the engine's message: it quotes the input.
 * `offset` is where the parsed text starts in `text` (leading blanks and byte-order mark skipped).
 */
function syntaxError(error: unknown, text: string, offset: number): HarInputError {
  const message = error instanceof Error ? error.message : '';
  if (/end of (?:JSON input|data)|Unexpected EOF/i.test(message))
    return new HarInputError('truncated', PROBLEMS.truncated);
  let where: { line: number; column: number } | undefined;
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const at = Number(position[1]) + offset;
    if (at >= text.trimEnd().length - 1 && /Unterminated|Expected/i.test(message)) {
      return new HarInputError('truncated', PROBLEMS.truncated);
    }
    where = lineAndColumn(text, at);
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!where && lineColumn) where = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  if (!where)
    return new HarInputError('invalid-json', {
      en: 'This is not valid JSON',
      fr: "Ce n'est pas du JSON valide",
    });
  return new HarInputError('invalid-json', {
    en: `This is not valid JSON (error at line ${where.line}, column ${where.column})`,
    fr: `Ce n'est pas du JSON valide (erreur ligne ${where.line}, colonne ${where.column})`,
  });
}

export function parseHar(text: string, options?: HarReadOptions): Exchange[] {
  if (typeof text !== 'string') fail('no-text');
  const start = firstNonSpace(text);
  if (start < 0) fail('empty');
  const notJson = sniffNotJson(text, start);
  if (notJson) fail(notJson);
  let value: unknown;
  try {
    value = JSON.parse(start > 0 ? text.slice(start) : text);
  } catch (error) {
    throw syntaxError(error, text, start);
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

type SkipReason = 'not an object' | 'no request' | 'no request.url';

const SKIP_REASONS_FR: Readonly<Record<SkipReason, string>> = {
  'not an object': "n'est pas un objet",
  'no request': "n'a pas de request",
  'no request.url': "n'a pas de request.url",
};

interface Problems {
  skipped: number;
  firstSkip?: { entry: number; reason: SkipReason };
  badDates: number;
}

function readEntry(raw: unknown, index: number, problems: Problems, owned: boolean): Exchange | undefined {
  if (!isObject(raw)) return skip(problems, index, 'not an object');
  const request = raw.request;
  if (!isObject(request)) return skip(problems, index, 'no request');
  const url = request.url;
  if (typeof url !== 'string' || url === '') return skip(problems, index, 'no request.url');
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
  const postData = request.postData;
  if (isObject(postData) && typeof postData.text === 'string' && postData.text !== '') {
    exchange.requestBody = postData.text;
    const postMime = nonEmpty(postData.mimeType);
    if (postMime) exchange.requestMimeType = postMime;
  }
  if (response) {
    // HAR 1.2's redirectURL is "the Location response header"; a tool that kept it and not the header (a log
    // turned into HAR) still says where the redirect went.
    const redirect = nonEmpty(response.redirectURL);
    if (redirect && getHeader(exchange.responseHeaders, 'location') === undefined)
      exchange.responseHeaders.push({ name: 'location', value: redirect });
    const statusText = nonEmpty(response.statusText);
    if (statusText) exchange.statusText = statusText;
    // Chrome writes the net error in response._error (null when none); older tools put it on the entry.
    // A request with no answer (status 0) whose tool wrote the failure as its status text, as logs turned into HAR do
    // ("Received a GOAWAY with error code ENHANCE_YOUR_CALM …"): the failure's words, not lost. Only words a transport
    // failure is named by: "(pending)", "canceled" or "OK" there are a tool's state, not a failure (review).
    const error =
      nonEmpty(response._error) ??
      nonEmpty(raw._error) ??
      nonEmpty(response._failureText) ??
      (response.status === 0 &&
      !('_error' in response) &&
      !('_error' in raw) &&
      namesTransportFailure(statusText ?? '')
        ? statusText
        : undefined);
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

function skip(problems: Problems, index: number, reason: SkipReason): undefined {
  problems.skipped++;
  problems.firstSkip ??= { entry: index + 1, reason };
  return undefined;
}

/**
 * Entries one at a time, as a streaming reader parses them: the same checks and warnings as `parseHar`,
 * without the whole document in memory. `finish` says what was skipped, or throws when nothing was readable.
 */
export function harEntryReader(options?: HarReadOptions): {
  entry(raw: unknown): Exchange | undefined;
  finish(): number;
} {
  const problems: Problems = { skipped: 0, badDates: 0 };
  let count = 0;
  return {
    entry(raw) {
      const exchange = readEntry(raw, count, problems, true);
      count++;
      return exchange;
    },
    finish() {
      reportProblems(problems, count, count - problems.skipped, options);
      return count;
    },
  };
}

/** Reads an already parsed HAR (e.g. from a structured clone); the value is not modified nor aliased. */
export function readHar(value: unknown, options?: HarReadOptions): Exchange[] {
  return readLog(value, options, false);
}

function readLog(value: unknown, options: HarReadOptions | undefined, owned: boolean): Exchange[] {
  const log = isObject(value) ? value.log : undefined;
  const entries = isObject(log) ? log.entries : undefined;
  if (!Array.isArray(entries)) fail('not-har');
  const problems: Problems = { skipped: 0, badDates: 0 };
  const exchanges: Exchange[] = [];
  for (let i = 0; i < entries.length; i++) {
    const exchange = readEntry(entries[i], i, problems, owned);
    if (exchange) exchanges.push(exchange);
  }
  reportProblems(problems, entries.length, exchanges.length, options);
  return exchanges;
}

function reportProblems(problems: Problems, total: number, read: number, options?: HarReadOptions): void {
  const first = problems.firstSkip;
  if (total > 0 && read === 0 && first) {
    throw new HarInputError('no-readable-entries', {
      en: `None of the ${total} HAR entries is a readable request (entry ${first.entry}: ${first.reason})`,
      fr: `Aucune des ${total} entrées du HAR n'est une requête lisible (l'entrée ${first.entry} ${SKIP_REASONS_FR[first.reason]})`,
    });
  }
  const warn = options?.onWarning;
  if (warn && first) {
    warn(
      `Skipped ${problems.skipped} of ${total} HAR entries that are not requests (entry ${first.entry}: ${first.reason}).`,
    );
  }
  if (warn && problems.badDates > 0) {
    warn(`${problems.badDates} HAR entries have no valid startedDateTime: their time is unknown.`);
  }
}
