/**
 * An IPTV M3U playlist → the channels to test, with the headers each one asks its player to send.
 *
 * The line structure (which tags belong to which URI) is read by `m3u8-parser` (video.js), with one custom
 * tag parser per header-carrying directive; only what that library does not know is written here: the
 * `#EXTINF:<duration> key="value"…,<name>` attributes of IPTV playlists (read quote-aware: a logo URL or a
 * group title may hold a comma) and the header syntaxes players agree on:
 * - `#EXTVLCOPT:http-user-agent=…` / `http-referrer=…`: VLC's own option names (videolan/vlc
 *   modules/access/http.c `add_string("http-referrer")`, `"http-user-agent"`), read by IPTV players too;
 * - `#EXTHTTP:{"User-Agent":…,"cookie":…}`: one JSON object of headers (TiviMate / OTT Navigator convention,
 *   parsed the same way by Raiper34/m3u-parser-generator@v5.0.2:src/m3u-parser.ts);
 * - `#KODIPROP:inputstream.adaptive.stream_headers=` / `manifest_headers=`: URL-encoded `Name=value&…`
 *   (xbmc/inputstream.adaptive wiki, "Integration");
 * - `url|User-Agent=…&Referer=…`: Kodi's header suffix on the URL itself, URL-encoded the same way.
 * The last one given wins, in that order of strength: the URL suffix, then #EXTHTTP, #KODIPROP, #EXTVLCOPT.
 */
import { Parser } from 'm3u8-parser';
import type { ChannelSpec } from './types.ts';

export class PlaylistError extends Error {
  override name = 'PlaylistError';
}

interface CustomTags {
  vlcUserAgent?: string;
  vlcReferrer?: string;
  extHttp?: string;
  kodiStreamHeaders?: string;
  kodiManifestHeaders?: string;
  extGroup?: string;
}

/** Header names as players spell them, folded to the one spelling the check sends. */
const HEADER_NAMES: Readonly<Record<string, string>> = {
  'user-agent': 'User-Agent',
  'http-user-agent': 'User-Agent',
  referer: 'Referer',
  referrer: 'Referer',
  'http-referrer': 'Referer',
  'http-referer': 'Referer',
  origin: 'Origin',
  cookie: 'Cookie',
};

/** Never taken from a playlist: they belong to the connection, and a hostile list could abuse them. */
const REFUSED_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'expect',
]);

const MAX_HEADER_VALUE = 1024;

function headerName(raw: string): string | null {
  const trimmed = raw.trim();
  const lower = trimmed.toLowerCase();
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/.test(trimmed) || REFUSED_HEADERS.has(lower)) return null;
  return HEADER_NAMES[lower] ?? trimmed;
}

function addHeader(headers: Record<string, string>, name: string, value: unknown): void {
  const key = headerName(name);
  if (!key || typeof value !== 'string') return;
  // A header value may not hold a line break (RFC 9110 §5.5); cut, never forward.
  const clean = value.replace(/[\r\n\0]/g, '').trim();
  if (clean && clean.length <= MAX_HEADER_VALUE) headers[key] = clean;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `Name=value&Name2=value2`, URL-encoded (Kodi). */
function addEncodedHeaders(headers: Record<string, string>, text: string): void {
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    if (equals > 0) addHeader(headers, decode(pair.slice(0, equals)), decode(pair.slice(equals + 1)));
  }
}

function addJsonHeaders(
  headers: Record<string, string>,
  json: string,
  warn: (message: string) => void,
): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    warn('an #EXTHTTP line is not valid JSON: ignored');
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const object = value as Record<string, unknown>;
  // Some generators nest the headers: {"headers": {...}}.
  const nested = object.headers;
  const source =
    typeof nested === 'object' && nested !== null && !Array.isArray(nested)
      ? (nested as Record<string, unknown>)
      : object;
  for (const [name, item] of Object.entries(source)) addHeader(headers, name, item);
}

interface ExtInf {
  attributes: Record<string, string>;
  name: string;
}

/** `-1 tvg-id="x" group-title="A, B",Name, with commas` → attributes and name; quotes protect commas. */
export function parseExtInf(title: string): ExtInf {
  const attributes: Record<string, string> = {};
  let index = 0;
  // The duration first.
  while (index < title.length && /[-\d.]/.test(title[index] ?? '')) index++;
  for (;;) {
    while (title[index] === ' ' || title[index] === '\t') index++;
    if (index >= title.length || title[index] === ',') break;
    const equals = title.indexOf('=', index);
    const comma = title.indexOf(',', index);
    if (equals < 0 || (comma >= 0 && comma < equals)) {
      index = comma < 0 ? title.length : comma;
      break;
    }
    const key = title.slice(index, equals).trim().toLowerCase();
    let value: string;
    if (title[equals + 1] === '"') {
      const close = title.indexOf('"', equals + 2);
      value = title.slice(equals + 2, close < 0 ? title.length : close);
      index = close < 0 ? title.length : close + 1;
    } else {
      let end = equals + 1;
      while (end < title.length && title[end] !== ' ' && title[end] !== ',') end++;
      value = title.slice(equals + 1, end);
      index = end;
    }
    // Plain own keys only: a hostile "__proto__" stays a string key of a null-prototype-free copy.
    if (/^[a-z0-9_.-]{1,64}$/.test(key) && key !== '__proto__') attributes[key] = value;
  }
  const name = title[index] === ',' ? title.slice(index + 1).trim() : '';
  return { attributes, name };
}

/** `http://host/x.ts|User-Agent=…` → the URL and its headers. */
function splitPipe(uri: string): { url: string; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const pipe = uri.indexOf('|');
  if (pipe < 0) return { url: uri.trim(), headers };
  addEncodedHeaders(headers, uri.slice(pipe + 1));
  return { url: uri.slice(0, pipe).trim(), headers };
}

function parserWithTags(): Parser {
  const parser = new Parser();
  const tag = (expression: RegExp, customType: keyof CustomTags, prefix: number) =>
    parser.addParser({
      expression,
      customType,
      segment: true,
      dataParser: (line: string) => line.slice(prefix),
    });
  tag(/^#EXTVLCOPT:http-user-agent=/i, 'vlcUserAgent', '#EXTVLCOPT:http-user-agent='.length);
  tag(/^#EXTVLCOPT:http-referr?er=/i, 'vlcReferrer', '#EXTVLCOPT:'.length);
  tag(/^#EXTHTTP:/i, 'extHttp', '#EXTHTTP:'.length);
  tag(
    /^#KODIPROP:inputstream\.adaptive\.stream_headers=/i,
    'kodiStreamHeaders',
    '#KODIPROP:inputstream.adaptive.stream_headers='.length,
  );
  tag(
    /^#KODIPROP:inputstream\.adaptive\.manifest_headers=/i,
    'kodiManifestHeaders',
    '#KODIPROP:inputstream.adaptive.manifest_headers='.length,
  );
  tag(/^#EXTGRP:/i, 'extGroup', '#EXTGRP:'.length);
  return parser;
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export interface ParsedPlaylist {
  channels: ChannelSpec[];
  /** Entries left out (not http(s), no URL), with the reason counted. */
  skipped: number;
  warnings: string[];
}

/**
 * Reads an IPTV playlist. Relative entries resolve against `baseUrl` when the list came from a URL. Throws
 * PlaylistError when the text is not an M3U at all.
 */
export function parseIptvPlaylist(text: string, baseUrl?: string): ParsedPlaylist {
  const clean = text.replace(/^\ufeff/, '');
  if (!clean.trimStart().toUpperCase().startsWith('#EXTM3U')) {
    throw new PlaylistError('this is not an M3U playlist (it does not start with #EXTM3U)');
  }
  const warnings = new Set<string>();
  const parser = parserWithTags();
  parser.on('warn', () => undefined);
  parser.push(clean);
  parser.end();
  const channels: ChannelSpec[] = [];
  let skipped = 0;
  for (const segment of parser.manifest.segments) {
    const custom = ((segment as { custom?: CustomTags }).custom ?? {}) as CustomTags;
    const extInf = parseExtInf(segment.title ?? '');
    const { url: rawUrl, headers: pipeHeaders } = splitPipe(segment.uri ?? '');
    let url = rawUrl;
    if (baseUrl && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      try {
        url = new URL(url, baseUrl).href;
      } catch {
        // left as is, then skipped below
      }
    }
    if (!isWebUrl(url)) {
      skipped++;
      continue;
    }
    const headers: Record<string, string> = {};
    if (custom.vlcUserAgent) addHeader(headers, 'User-Agent', custom.vlcUserAgent);
    if (custom.vlcReferrer) {
      const equals = custom.vlcReferrer.indexOf('=');
      addHeader(headers, 'Referer', custom.vlcReferrer.slice(equals + 1));
    }
    if (custom.kodiManifestHeaders) addEncodedHeaders(headers, custom.kodiManifestHeaders);
    if (custom.kodiStreamHeaders) addEncodedHeaders(headers, custom.kodiStreamHeaders);
    if (custom.extHttp) addJsonHeaders(headers, custom.extHttp, (message) => warnings.add(message));
    Object.assign(headers, pipeHeaders);
    const attributes = extInf.attributes;
    const spec: ChannelSpec = {
      name: extInf.name || attributes['tvg-name'] || url,
      group: attributes['group-title'] || custom.extGroup?.trim() || '',
      url,
      headers,
      source: { attributes },
    };
    if (attributes['tvg-id']) spec.tvgId = attributes['tvg-id'];
    // Player-wide attributes some generators put on the entry instead of a tag.
    if (attributes['user-agent'] && !headers['User-Agent'])
      addHeader(headers, 'User-Agent', attributes['user-agent']);
    if (attributes.referrer && !headers.Referer) addHeader(headers, 'Referer', attributes.referrer);
    channels.push(spec);
  }
  return { channels, skipped, warnings: [...warnings] };
}

/** The attributes kept for --out-m3u, in a stable order. */
export function entryAttributes(spec: ChannelSpec): Record<string, string> {
  const source = spec.source as { attributes?: Record<string, string> } | undefined;
  return source?.attributes ?? {};
}
