/**
 * Structural redaction of one URL, done on the string (never through `new URL`): the stored URL keeps its
 * exact spelling, relative and malformed URLs are handled the same way, and nothing throws.
 */
import { decodeLoose, noteSecret, REDACTED_PASS, REDACTED_USER, type SecretSink } from './scrub.ts';
import { redactFieldValue } from './secret-fields.ts';

/**
 * Xtream Codes stream paths carry the account as two path segments:
 * /live/USER/PASS/1234.ts, /movie/USER/PASS/1234.mkv, /series/USER/PASS/1234.mp4,
 * /timeshift/USER/PASS/120/2024-01-01:10-00/1234.ts (public Xtream API references and playlists).
 */
const XTREAM_KINDS = new Set(['live', 'movie', 'series', 'timeshift']);

/** The last segment of an Xtream stream path: the numeric stream id, maybe with its container. */
const STREAM_ID = /^\d+(\.[A-Za-z0-9]{1,5})?$/;

/**
 * First segments that are never an Xtream username in the short form /USER/PASS/1234: common path words of
 * CDNs and players, so `/hls/channel/1234.ts` keeps its path (evidence) while `/john/s3cret/1234` does not.
 */
const SHORT_FORM_PATH_WORDS = new Set([
  ...XTREAM_KINDS,
  'hls',
  'hlsr',
  'dash',
  'vod',
  'stream',
  'streams',
  'segment',
  'segments',
  'chunks',
  'media',
  'images',
  'img',
  'static',
  'assets',
  'logo',
  'logos',
  'epg',
  'api',
  'play',
  'content',
]);

/** Redacts segments i and i+1 of a path split on "/", collecting their decoded values. */
function redactAccountSegments(segments: string[], userIndex: number, sink: SecretSink): void {
  const user = segments[userIndex] ?? '';
  const pass = segments[userIndex + 1] ?? '';
  noteSecret(sink, user);
  noteSecret(sink, pass);
  if (user !== REDACTED_USER && pass !== REDACTED_PASS && user !== '' && pass !== '') {
    noteSecret(sink, `${decodeLoose(user)}:${decodeLoose(pass)}`);
  }
  segments[userIndex] = REDACTED_USER;
  segments[userIndex + 1] = REDACTED_PASS;
}

export function redactXtreamPath(path: string, sink: SecretSink): string {
  if (!path.includes('/')) return path;
  const segments = path.split('/');
  const last = segments[segments.length - 1] ?? '';
  if (!STREAM_ID.test(last)) return path;
  const kindIndex = segments.findIndex((segment) => XTREAM_KINDS.has(segment.toLowerCase()));
  if (kindIndex >= 0 && segments.length - kindIndex >= 4) {
    redactAccountSegments(segments, kindIndex + 1, sink);
    return segments.join('/');
  }
  // Short form http://host:port/USER/PASS/1234: exactly three segments after the host.
  const first = segments[1] ?? '';
  if (segments.length === 4 && segments[0] === '' && first !== '' && (segments[2] ?? '') !== '') {
    if (!SHORT_FORM_PATH_WORDS.has(first.toLowerCase())) redactAccountSegments(segments, 1, sink);
    return segments.join('/');
  }
  return path;
}

/** `a=1&b=2` (query, fragment or form body): secret values replaced, names and order kept. */
export function redactParams(params: string, sink: SecretSink, depth = 0): string {
  if (!params.includes('=')) return params;
  return params
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals <= 0) return pair;
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      const redacted = redactFieldValue(name, value, sink);
      if (redacted !== value) return `${name}=${redacted}`;
      return `${name}=${redactNestedUrl(value, sink, depth)}`;
    })
    .join('&');
}

/** A URL passed as a parameter (?url=…, ?redirect=…) is redacted in place, in the encoding it came in. */
function redactNestedUrl(value: string, sink: SecretSink, depth: number): string {
  if (depth >= 3 || value.length < 8) return value;
  const decoded = decodeLoose(value);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(decoded)) return value;
  const redacted = redactUrlStructure(decoded, sink, depth + 1);
  if (redacted === decoded) return value;
  return decoded === value ? redacted : encodeURIComponent(redacted);
}

const URL_PARTS = /^([a-zA-Z][a-zA-Z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#[\s\S]*)?$/;

/** `//user:pass@host:port` → `//REDACTED_USER:REDACTED_PASS@host:port` (RFC 3986 §3.2.1, deprecated but sent). */
function redactAuthority(authority: string, sink: SecretSink): string {
  const at = authority.lastIndexOf('@');
  if (at < 0) return authority;
  const userinfo = authority.slice(2, at);
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const pass = colon < 0 ? '' : userinfo.slice(colon + 1);
  noteSecret(sink, user);
  noteSecret(sink, pass);
  if (user !== '' && pass !== '' && user !== REDACTED_USER) {
    noteSecret(sink, `${decodeLoose(user)}:${decodeLoose(pass)}`);
  }
  const redactedUser = user === '' ? '' : REDACTED_USER;
  const redactedInfo = colon < 0 ? redactedUser : `${redactedUser}:${pass === '' ? '' : REDACTED_PASS}`;
  return `//${redactedInfo}${authority.slice(at)}`;
}

/**
 * Userinfo, Xtream account segments, secret query and fragment fields. JSON-escaped URLs (`http:\/\/…`, as
 * PHP's json_encode writes them in player_api.php answers) are unescaped, redacted and escaped back.
 */
export function redactUrlStructure(url: string, sink: SecretSink, depth = 0): string {
  // Whitespace means prose around a URL (a page title, a log line): the free-text rules handle it.
  if (/\s/.test(url.trim())) return url;
  if (url.includes('\\/')) {
    const unescaped = url.replace(/\\\//g, '/');
    const redacted = redactUrlStructure(unescaped, sink, depth);
    return redacted === unescaped ? url : redacted.replace(/\//g, '\\/');
  }
  const parts = URL_PARTS.exec(url);
  if (!parts) return url;
  const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = parts;
  const redactedAuthority = authority.includes('@') ? redactAuthority(authority, sink) : authority;
  const redactedPath = redactXtreamPath(path, sink);
  const redactedQuery = query === '' ? query : `?${redactParams(query.slice(1), sink, depth)}`;
  const redactedFragment = fragment === '' ? fragment : `#${redactParams(fragment.slice(1), sink, depth)}`;
  return scheme + redactedAuthority + redactedPath + redactedQuery + redactedFragment;
}
