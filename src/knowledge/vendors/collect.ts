import { requestCookieNames, setCookieNames } from '../../http/headers.ts';
import { decodeEntities } from '../../http/markup.ts';
import type { Exchange } from '../../types.ts';
import {
  BODY_SCAN_LIMIT,
  type CompiledIndex,
  escapeRegExp,
  type FlatRow,
  type MarkerRef,
} from './compile.ts';
import type { Marker } from './schema.ts';

/**
 * Row index → evidence per marker index (sparse). The first occurrence wins, so both collectors below must
 * visit headers, cookies and the body in the same order: that is what makes their results identical.
 */
export type Hits = Map<number, (string | undefined)[]>;

const EVIDENCE_LIMIT = 120;

export function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_LIMIT ? `${flat.slice(0, EVIDENCE_LIMIT - 1)}…` : flat;
}

export function scannedBody(exchange: Exchange): string {
  const body = exchange.body ?? '';
  // Read as a person reads the page: some deny pages escape every punctuation mark of their own text, and the
  // markers are written as read (Akamai's "Reference&#32;&#35;18&#46;44db1cb8…" as curl printed it,
  // https://github.com/akamai/cli/issues/82).
  return decodeEntities(body.length > BODY_SCAN_LIMIT ? body.slice(0, BODY_SCAN_LIMIT) : body);
}

/** Host of an absolute URL, lower case; a regex so a malformed URL never throws in the worker. */
function hostOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/**
 * Lower-case names of the URL's parameters: the query's, and `name=` path segments (Akamai puts its token
 * there: `/master/hdntl=exp=…~hmac=…/4.m3u8`). Names only: the values are the secrets.
 */
function urlParamNames(url: string): string[] {
  const names: string[] = [];
  const found = /[?&/;]([a-z0-9_.-]{1,40})=/gi;
  const end = url.indexOf('#');
  const text = end >= 0 ? url.slice(0, end) : url;
  for (let match = found.exec(text); match; match = found.exec(text)) names.push(match[1]!.toLowerCase());
  return names;
}

/**
 * Positions in the host list of the suffixes a host ends with (itself, then after each dot), in the list's order
 * as the naive path visits them: a look-up per label rather than a test per listed host.
 */
function hostSuffixes(host: string, index: CompiledIndex): number[] {
  const found: number[] = [];
  if (!host) return found;
  for (let from = 0; ; ) {
    const at = index.hostAt.get(from === 0 ? host : host.slice(from));
    if (at !== undefined) found.push(at);
    const dot = host.indexOf('.', from);
    if (dot < 0) break;
    from = dot + 1;
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
}

/** A path ending in a server-side script's extension, before the query. */
const SCRIPT_PAGE = /^[^?#]*\.(?:aspx?|php\d?|jsp|cgi)(?:[?#;]|$)/i;

/** The reason phrase, URL and body patterns: few markers, each tried on its own. */
/**
 * The answer's reason phrase, read once per answer. Some recorders keep the status line as a header of its own
 * ("HTTP/1.1 503 Service Unavailable: Back-end server is at capacity",
 * sitespeedio/pagexray@c9f22741d20bdb171b695de66fe2614d43fdb961:test/files/www.nytimes.com.har): its reason counts too.
 */
function reasonOf(exchange: Exchange): string {
  const recorded = exchange.responseHeaders.find((header) => /^HTTP\/\d/i.test(header.name))?.value;
  return recorded ? `${exchange.statusText ?? ''} ${recorded}` : (exchange.statusText ?? '');
}

/** What a URL or body pattern runs on. */
const patternTarget = (marker: Marker, exchange: Exchange, body: string): string =>
  marker.on === 'url' ? exchange.url : body;

function patternEvidence(marker: Marker, found: RegExpExecArray): string {
  // A marker made of lookaheads (kept linear on hostile URLs) matches an empty string: name it instead.
  return marker.on === 'url' ? `url: ${found[0] || marker.key}` : `body: "${found[0]}"`;
}

function scanMarker(marker: Marker, exchange: Exchange, body: string, reason: string): string | undefined {
  if (marker.on === 'reason')
    return reason.toLowerCase().includes(marker.key.toLowerCase()) ? `reason: "${reason}"` : undefined;
  if (marker.on !== 'url' && marker.on !== 'body-match') return undefined;
  const found = marker.value?.exec(patternTarget(marker, exchange, body));
  return found ? patternEvidence(marker, found) : undefined;
}

/**
 * The URL and body patterns of one answer: each distinct pattern runs once, and not at all when the text lacks
 * what every match must hold (required-text.ts); then each marker takes its pattern's result, in the scans' order
 * as the naive path's.
 */
function scanPatterns(
  hits: Hits,
  exchange: Exchange,
  body: string,
  bodyTexts: ReadonlySet<string>,
  rows: readonly FlatRow[],
  index: CompiledIndex,
): void {
  const { slotPatterns, slotOnUrl, slotTexts } = index;
  const url = exchange.url;
  const lowUrl = url.toLowerCase();
  const found: (RegExpExecArray | null)[] = new Array(slotPatterns.length).fill(null);
  for (let slot = 0; slot < slotPatterns.length; slot++) {
    const pattern = slotPatterns[slot];
    if (!pattern) continue;
    const onUrl = slotOnUrl[slot] === true;
    const texts = slotTexts[slot];
    let holds = !texts;
    // A URL is short: a search per text. A body's texts were met, or not, by the one body scan.
    if (texts)
      for (let at = 0; at < texts.length && !holds; at++) {
        const text = texts[at] as string;
        holds = onUrl ? lowUrl.includes(text) : bodyTexts.has(text);
      }
    if (holds) found[slot] = pattern.exec(onUrl ? url : body);
  }
  const reason = reasonOf(exchange);
  const { scans, scanSlots } = index;
  for (let at = 0; at < scans.length; at++) {
    const ref = scans[at] as MarkerRef;
    const marker = rows[ref.row]?.markers[ref.marker];
    if (!marker) continue;
    const slot = scanSlots[at] ?? -1;
    // A slot without a pattern (a reason phrase, a stateful pattern) is tried on its own, as the naive path does.
    const match = slotPatterns[slot] ? found[slot] : undefined;
    const evidence =
      match === undefined
        ? scanMarker(marker, exchange, body, reason)
        : match
          ? patternEvidence(marker, match)
          : undefined;
    if (evidence !== undefined) record(hits, ref, evidence);
  }
}

function record(hits: Hits, ref: MarkerRef, evidence: string): void {
  let list = hits.get(ref.row);
  if (!list) {
    list = [];
    hits.set(ref.row, list);
  }
  if (list[ref.marker] === undefined) list[ref.marker] = clip(evidence);
}

/**
 * Header values repeat from one request to the next (the same `server: cloudflare` on every segment), and a
 * name like `server` has a value pattern in many rows: remember which markers a name/value pair satisfied.
 */
const VALUE_CACHE_LIMIT = 512;
const valueCaches = new WeakMap<CompiledIndex, Map<string, readonly MarkerRef[]>>();

function valueMatches(
  name: string,
  value: string,
  refs: readonly MarkerRef[],
  rows: readonly FlatRow[],
  index: CompiledIndex,
): readonly MarkerRef[] {
  const pattern = (ref: MarkerRef) => rows[ref.row]?.markers[ref.marker]?.value;
  if (!refs.some(pattern)) return refs;
  let cache = valueCaches.get(index);
  if (!cache) {
    cache = new Map();
    valueCaches.set(index, cache);
  }
  const key = `${name}\n${value}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const matched = refs.filter((ref) => pattern(ref)?.test(value) ?? true);
  // Unique values would grow the cache forever: start over when it is full.
  if (cache.size >= VALUE_CACHE_LIMIT) cache.clear();
  cache.set(key, matched);
  return matched;
}

/** The hot path: one pass over headers and cookies with map look-ups, one combined scan of the body. */
export function collectIndexed(exchange: Exchange, rows: readonly FlatRow[], index: CompiledIndex): Hits {
  const hits: Hits = new Map();
  const matchCookie = (name: string, source: string) => {
    const sent = source === 'cookie';
    const fits = (ref: MarkerRef) => !sent || rows[ref.row]?.markers[ref.marker]?.sent === true;
    for (const ref of index.cookies.get(name) ?? []) if (fits(ref)) record(hits, ref, `${source}: ${name}`);
    for (const { prefix, refs } of index.cookiePrefixes)
      if (name.startsWith(prefix))
        for (const ref of refs) if (fits(ref)) record(hits, ref, `${source}: ${name}`);
  };
  for (const header of exchange.responseHeaders) {
    const name = header.name.toLowerCase();
    const refs = index.headers.get(name);
    if (refs)
      for (const ref of valueMatches(name, header.value, refs, rows, index))
        record(hits, ref, `${name}: ${header.value}`);
    // A prefix marker's value is held as the named markers' are (the naive path's check): Fastly's node name (review).
    for (const { prefix, refs } of index.headerPrefixes)
      if (name.startsWith(prefix))
        for (const ref of refs)
          if (rows[ref.row]?.markers[ref.marker]?.value?.test(header.value) ?? true)
            record(hits, ref, `${name}: ${header.value}`);
    if (name === 'set-cookie')
      for (const cookie of setCookieNames([header])) matchCookie(cookie, 'set-cookie');
  }
  for (const cookie of requestCookieNames(exchange.requestHeaders)) matchCookie(cookie, 'cookie');
  const host = hostOf(exchange.url);
  for (const at of hostSuffixes(host, index))
    for (const ref of index.hosts[at]?.refs ?? []) record(hits, ref, `host: ${host}`);
  const body = scannedBody(exchange);
  // The body patterns' required texts the scan met: a pattern whose texts it did not meet is not run.
  const bodyTexts = new Set<string>();
  if (index.body && body) {
    // One shared global RegExp: the worker runs this synchronously, so resetting lastIndex is enough.
    const scanner = index.body;
    scanner.lastIndex = 0;
    for (let found = scanner.exec(body); found; found = scanner.exec(body)) {
      const key = found[0].toLowerCase();
      for (const text of index.bodyTexts.get(key) ?? []) bodyTexts.add(text);
      for (const ref of index.bodyRefs.get(key) ?? []) {
        const literal = rows[ref.row]?.markers[ref.marker]?.key ?? '';
        record(hits, ref, `body: "${body.slice(found.index, found.index + literal.length)}"`);
      }
      scanner.lastIndex = found.index + 1;
    }
  }
  // A media server serves no script pages: its session or token parameter on one (a site's .aspx key page handed Wowza's
  // wowzasessionid, https://github.com/selsta/hlsdl/issues/61) was carried by the site's own program.
  const scriptPage = SCRIPT_PAGE.test(exchange.url);
  for (const name of urlParamNames(exchange.url))
    for (const ref of index.params.get(name) ?? [])
      if (!scriptPage || rows[ref.row]?.kind !== 'stream') record(hits, ref, `param: ${name}`);
  scanPatterns(hits, exchange, body, bodyTexts, rows, index);
  return hits;
}

/** One case-insensitive pattern per body marker, for the naive matcher only. */
const naiveBodyPatterns = new WeakMap<Marker, RegExp>();

function naiveBodyPattern(marker: Marker): RegExp {
  let pattern = naiveBodyPatterns.get(marker);
  if (!pattern) {
    pattern = new RegExp(escapeRegExp(marker.key), 'i');
    naiveBodyPatterns.set(marker, pattern);
  }
  return pattern;
}

function naiveMarker(
  marker: Marker,
  exchange: Exchange,
  body: string,
  row: FlatRow,
  reason: string,
): string | undefined {
  switch (marker.on) {
    case 'header':
    case 'header-prefix': {
      const key = marker.key.toLowerCase();
      for (const header of exchange.responseHeaders) {
        const name = header.name.toLowerCase();
        const nameOk = marker.on === 'header' ? name === key : name.startsWith(key);
        if (nameOk && (!marker.value || marker.value.test(header.value))) return `${name}: ${header.value}`;
      }
      return undefined;
    }
    case 'cookie':
    case 'cookie-prefix': {
      const fits = (name: string) =>
        marker.on === 'cookie' ? name === marker.key : name.startsWith(marker.key);
      const set = setCookieNames(exchange.responseHeaders).find(fits);
      if (set !== undefined) return `set-cookie: ${set}`;
      const sent = marker.sent ? requestCookieNames(exchange.requestHeaders).find(fits) : undefined;
      return sent === undefined ? undefined : `cookie: ${sent}`;
    }
    case 'host': {
      const host = hostOf(exchange.url);
      return hostMatches(host, marker.key.toLowerCase()) ? `host: ${host}` : undefined;
    }
    case 'body': {
      const found = naiveBodyPattern(marker).exec(body);
      return found ? `body: "${found[0]}"` : undefined;
    }
    case 'param': {
      const name = marker.key.toLowerCase();
      if (row.kind === 'stream' && SCRIPT_PAGE.test(exchange.url)) return undefined;
      return urlParamNames(exchange.url).includes(name) ? `param: ${name}` : undefined;
    }
    default:
      return scanMarker(marker, exchange, body, reason);
  }
}

/** The reference: every marker of every row, tried one by one. Same results, many more passes. */
export function collectNaive(exchange: Exchange, rows: readonly FlatRow[]): Hits {
  const hits: Hits = new Map();
  const body = scannedBody(exchange);
  const reason = reasonOf(exchange);
  rows.forEach((row, rowIndex) => {
    row.markers.forEach((marker, markerIndex) => {
      const evidence = naiveMarker(marker, exchange, body, row, reason);
      if (evidence !== undefined) record(hits, { row: rowIndex, marker: markerIndex }, evidence);
    });
  });
  return hits;
}
