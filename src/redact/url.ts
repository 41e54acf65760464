/**
 * Structural redaction of one URL, done on the string (never through `new URL`): the stored URL keeps its
 * exact spelling, relative and malformed URLs are handled the same way, and nothing throws.
 */
import { type AccountRoute, ROUTES_BY_KEYWORD, SHORT_FORM_PATH_WORDS } from './routes.ts';
import { decodeLoose, noteSecret, REDACTED, REDACTED_PASS, REDACTED_USER, type SecretSink } from './scrub.ts';
import { redactFieldValue } from './secret-fields.ts';

/** A stream id, maybe with its container (`123`, `123.ts`, `123.mpegts`, `123.ch`). */
const STREAM_ID = /^\d{1,12}(\.[A-Za-z0-9]{1,10})?$/;

/**
 * An opaque token in a path: an access token (32 hex), base64url of an encrypted account, a link key. Long,
 * of the token alphabets, letters and digits mixed: `index.m3u8`, `login` or `channel1` are not.
 */
const TOKEN_LIKE = /^[A-Za-z0-9_~+=%-]{16,512}$/;
const isTokenLike = (segment: string): boolean =>
  TOKEN_LIKE.test(segment) && /\d/.test(segment) && /[A-Za-z]/.test(segment);

/** A route keyword is never a secret, even where it stands as one (`/live/live/…`): scrubbing it would eat paths. */
function noteSegment(sink: SecretSink, segment: string): void {
  if (!ROUTES_BY_KEYWORD.has(segment.toLowerCase())) noteSecret(sink, segment);
}

/** Redacts segments at `userIndex` and `passIndex`, collecting their decoded values. */
function redactAccountSegments(
  segments: string[],
  userIndex: number,
  passIndex: number,
  sink: SecretSink,
): void {
  const user = segments[userIndex] ?? '';
  const pass = segments[passIndex] ?? '';
  noteSegment(sink, user);
  noteSegment(sink, pass);
  if (user !== REDACTED_USER && pass !== REDACTED_PASS && user !== '' && pass !== '') {
    noteSecret(sink, `${decodeLoose(user)}:${decodeLoose(pass)}`);
  }
  segments[userIndex] = REDACTED_USER;
  segments[passIndex] = REDACTED_PASS;
}

function routeApplies(route: AccountRoute, segments: readonly string[], at: number): boolean {
  const after = segments.length - at - 1;
  if (after < route.minAfter || (route.maxAfter !== undefined && after > route.maxAfter)) return false;
  if (route.streamIdAt !== undefined && !STREAM_ID.test(segments[at + 1 + route.streamIdAt] ?? ''))
    return false;
  // A token row needs a token where it says; an account row also takes tokens it finds (hlsr, hls).
  if (!route.account)
    return (route.tokens ?? []).every((offset) => isTokenLike(segments[at + 1 + offset] ?? ''));
  return true;
}

function applyRoute(route: AccountRoute, segments: string[], at: number, sink: SecretSink): void {
  if (route.account)
    redactAccountSegments(segments, at + 1 + route.account[0], at + 1 + route.account[1], sink);
  for (const offset of route.tokens ?? []) {
    const index = at + 1 + offset;
    const token = segments[index] ?? '';
    if (token === '' || token === REDACTED || token === REDACTED_USER || token === REDACTED_PASS) continue;
    noteSegment(sink, token);
    segments[index] = REDACTED;
  }
}

/** The account routes of ACCOUNT_ROUTES applied to one path split on "/"; true when one matched. */
function redactSegments(segments: string[], sink: SecretSink): boolean {
  for (let at = 0; at < segments.length; at++) {
    const routes = ROUTES_BY_KEYWORD.get((segments[at] ?? '').toLowerCase());
    const route = routes?.find((candidate) => routeApplies(candidate, segments, at));
    if (route) {
      applyRoute(route, segments, at, sink);
      return true;
    }
  }
  // Short form http://host:port/USER/PASS/1234: exactly three segments after the host.
  const [root, first = '', second = '', last = ''] = segments;
  if (segments.length === 4 && root === '' && first !== '' && second !== '' && STREAM_ID.test(last)) {
    if (!SHORT_FORM_PATH_WORDS.has(first.toLowerCase())) {
      redactAccountSegments(segments, 1, 2, sink);
      return true;
    }
  }
  return false;
}

/** Percent-decoding repeated while it changes (a URL encoded twice), at most three times. */
export function decodeRepeatedly(value: string): { text: string; levels: number } {
  let text = value;
  let levels = 0;
  while (levels < 3 && text.includes('%')) {
    const next = decodeLoose(text.replace(/\+/g, '%2B'));
    if (next === text) break;
    text = next;
    levels++;
  }
  return { text, levels };
}

/** Characters a decoded path must not carry back into a URL: they would end the path or the URL. */
const PATH_BREAKERS = /[?#\s"<>]/g;

/**
 * A path with its account segments replaced (see routes.ts). The path is also read decoded: a panel's
 * nginx matches `%2F`-encoded slashes (and a proxy may encode the whole path twice), so a path that only
 * shows its route once decoded is returned decoded and redacted. Secrets of both readings are collected.
 */
export function redactXtreamPath(path: string, sink: SecretSink): string {
  if (!path.includes('/') && !path.includes('%')) return path;
  const segments = path.split('/');
  const matched = redactSegments(segments, sink);
  const { text: decoded, levels } = path.includes('%') ? decodeRepeatedly(path) : { text: path, levels: 0 };
  if (levels === 0) return matched ? segments.join('/') : path;
  const decodedSegments = decoded.split('/');
  const decodedMatched = redactSegments(decodedSegments, sink);
  if (matched) return segments.join('/');
  if (!decodedMatched) return path;
  return decodedSegments.join('/').replace(PATH_BREAKERS, (char) => encodeURIComponent(char));
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

/** A URL somewhere in a text: the scheme, then anything up to a space, a quote or an angle bracket. */
const URL_IN_TEXT = /[a-zA-Z][a-zA-Z0-9+.-]{1,15}:\/\/[^\s"'<>]+/g;

/**
 * A URL passed as a parameter (?url=…, ?redirect=…), a Stalker `cmd` (`ffrt http://host/live/USER/PASS/1.ts`,
 * stalker_portal itv.class.php) or a path (`?next=/live/USER/PASS/1.ts`), maybe encoded twice: redacted in
 * place and given back in the encoding it came in.
 */
function redactNestedUrl(value: string, sink: SecretSink, depth: number): string {
  if (depth >= 3 || value.length < 8) return value;
  const { text: decoded, levels } = decodeRepeatedly(value);
  if (!decoded.includes('/')) return value;
  const redacted = decoded.includes('://')
    ? decoded.replace(URL_IN_TEXT, (url) => redactUrlStructure(url, sink, depth + 1))
    : redactUrlStructure(decoded, sink, depth + 1);
  if (redacted === decoded) return value;
  let encoded = redacted;
  for (let level = 0; level < levels; level++) encoded = encodeURIComponent(encoded);
  return encoded;
}

/**
 * A fragment: parameters (`#access_token=…`, Stalker's OAuth redirect), and a route or a URL when it holds
 * one (single-page players route with `#/live/USER/PASS/1.ts`).
 */
function redactFragment(fragment: string, sink: SecretSink, depth: number): string {
  const params = redactParams(fragment, sink, depth);
  if (depth >= 3 || !params.includes('/')) return params;
  return params.includes('://')
    ? params.replace(URL_IN_TEXT, (url) => redactUrlStructure(url, sink, depth + 1))
    : redactUrlStructure(params, sink, depth + 1);
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
  const redactedFragment = fragment === '' ? fragment : `#${redactFragment(fragment.slice(1), sink, depth)}`;
  return scheme + redactedAuthority + redactedPath + redactedQuery + redactedFragment;
}
