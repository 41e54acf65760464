/**
 * Structural redaction of free text: bodies (JSON, form, M3U playlists, HTML error pages), header values and
 * any other stored string. Every step is a precompiled pattern guarded by a cheap `includes` test, and every
 * step leaves its own output unchanged (redaction is idempotent).
 */

import { redactMacs } from './mac.ts';
import { noteSecret, REDACTED, type SecretSink } from './scrub.ts';
import { redactFieldValue } from './secret-fields.ts';
import { decodeRepeatedly, redactParams, redactUrlStructure, redactXtreamPath } from './url.ts';

/**
 * Absolute URLs, also JSON-escaped (`http:\/\/…`). Spaces, double quotes and angle brackets end them; a single
 * quote is a legal URL character (encodeURIComponent keeps it) and only ends a URL that one opened.
 */
const ABSOLUTE_URL = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}:(?:\\?\/){2}[^\s"<>`]+/g;

/**
 * A run of characters that can belong to a path: host-less routes stand in playlists (`/hls/…`, key URIs
 * `URI="/key/…"`), JSON and log text. Linear: a run never backtracks into its neighbour.
 */
const PATH_RUN = /[^\s"'<>()`,;]+/g;

/** A match that a single quote opened ends at the next single quote (`href='…'`): the rest is left as found. */
function splitAtClosingQuote(match: string, openedByQuote: boolean): [string, string] {
  const quote = openedByQuote ? match.indexOf("'") : -1;
  return quote < 0 ? [match, ''] : [match.slice(0, quote), match.slice(quote)];
}

/**
 * A host-less path in text (`/live/USER/PASS/1.ts`, `../hls/…`, `src=/play/TOKEN`): the path routes apply
 * up to its query, which the name=value rule reads. Runs that are not paths (prose, dates) are left alone.
 */
function redactPathRun(run: string, sink: SecretSink): string {
  if (!run.includes('/') || run.includes('://') || run.includes(':\\/')) return run;
  const start = /^\.{0,2}\//.test(run) ? 0 : run.indexOf('=/') + 1;
  if (start === 0 && !/^\.{0,2}\//.test(run)) return run;
  const end = run.slice(start).search(/[?#]/);
  const stop = end < 0 ? run.length : start + end;
  const path = run.slice(start, stop);
  const redacted = redactXtreamPath(path, sink);
  return redacted === path ? run : run.slice(0, start) + redacted + run.slice(stop);
}

/**
 * URLs written percent-encoded in text (`http%3a//host%3a8080/USER/PASS/1` in Enigma2 service lines,
 * `http%253A%252F%252F…` encoded twice): decoded, redacted, and left decoded when anything was removed.
 */
function redactEncodedUrls(text: string, sink: SecretSink): string {
  return text.replace(PATH_RUN, (run) => {
    if (!/%(?:25)?3a/i.test(run)) return run;
    const { text: decoded } = decodeRepeatedly(run);
    if (!decoded.includes('://')) return run;
    const redacted = decoded.replace(ABSOLUTE_URL, (url) => redactUrlStructure(url, sink));
    return redacted === decoded ? run : redacted;
  });
}

/**
 * A credential assigned in a page's script or a config dump: `var password = "…"`, `pass: '…'`,
 * `$username = "…"` (JSON's quoted keys are JSON_FIELD's). Only account-like names: a minified `e="…"`
 * is code, not a secret.
 */
const SCRIPT_ASSIGNMENT =
  /(?<![\w$])([A-Za-z_$][\w$]{0,40})([ \t]{0,8}[:=][ \t]{0,8})(?:"([^"\\\r\n]{1,256})"|'([^'\\\r\n]{1,256})')/g;
const ACCOUNT_NAME = /user|login|pass|pwd|token|secret|mac|serial|api_?key/i;

function redactScriptAssignments(text: string, sink: SecretSink): string {
  return text.replace(
    SCRIPT_ASSIGNMENT,
    (match, name: string, assign: string, double: string | undefined, single: string | undefined) => {
      if (!ACCOUNT_NAME.test(name)) return match;
      const quote = double === undefined ? "'" : '"';
      const value = double ?? single ?? '';
      const redacted = redactFieldValue(name, value, sink);
      return redacted === value ? match : `${name}${assign}${quote}${redacted}${quote}`;
    },
  );
}

/** `"key": "value"` or `"key": 123` in JSON (or JSON-like JavaScript); the key is looked up in the table. */
const JSON_FIELD = /"([^"\\\r\n]{1,64})"(\s*:\s*)("(?:[^"\\\r\n]|\\.)*"|-?\d+(?:\.\d+)?(?![\d.]))/g;

/**
 * `name=value` after a separator (query-like text, form bodies, log lines, Digest parameters, config dumps).
 * A value may be quoted (`password="…"`, the quotes stay) or bare; a bare value may hold an apostrophe
 * (encodeURIComponent keeps it) but does not end with one, so `href='…?token=x'` keeps its closing quote.
 */
const KEY_VALUE =
  /(^|[?&;,\s])([A-Za-z0-9_.[\]-]{1,64})=("[^"\r\n]*"|'[^'\r\n]*'|[^&\s;#"'<>,]*(?:'[^&\s;#"'<>,]+)*)/g;

/** RFC 7617: Basic credentials are base64(user ":" pass). */
const BASIC_CREDENTIALS = /\b(Basic\s+)([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/gi;

/** RFC 6750 bearer tokens written out in text; a digit is required so "Bearer realm" prose stays. */
const BEARER_TOKEN = /\b(Bearer\s+)([A-Za-z0-9._~+/-]{16,}=*)/gi;

/**
 * RFC 7519 JWS compact form: base64url('{"…') . base64url('{"…') . signature — a bearer credential anywhere.
 * Found in runs of the token alphabet (linear), then checked in code: a pattern that starts at every `eyJ`
 * of a long run rescans it each time.
 */
const TOKEN_RUN = /[A-Za-z0-9_.-]{16,}/g;
const JWT_PART = /^eyJ[A-Za-z0-9_-]{5,}$/;

function redactJwts(text: string, sink: SecretSink): string {
  return text.replace(TOKEN_RUN, (run) => {
    let from = run.indexOf('eyJ');
    // The token starts the run or follows a '-' (where `\beyJ` would start inside the run).
    while (from > 0 && run[from - 1] !== '-') from = run.indexOf('eyJ', from + 1);
    if (from < 0) return run;
    const parts = run.slice(from).split('.', 3);
    if (parts.length < 3 || !JWT_PART.test(parts[0] ?? '') || !JWT_PART.test(parts[1] ?? '')) return run;
    const token = parts.join('.');
    noteSecret(sink, token);
    return `${run.slice(0, from)}${REDACTED}${run.slice(from + token.length)}`;
  });
}

function redactJsonFields(text: string, sink: SecretSink): string {
  return text.replace(JSON_FIELD, (match, name: string, colon: string, rawValue: string) => {
    const quoted = rawValue.startsWith('"');
    let value = rawValue;
    if (quoted) {
      try {
        value = JSON.parse(rawValue) as string;
      } catch {
        value = rawValue.slice(1, -1);
      }
    }
    const redacted = redactFieldValue(name, value, sink);
    if (redacted === value) return match;
    return `"${name}"${colon}${JSON.stringify(redacted)}`;
  });
}

function redactKeyValues(text: string, sink: SecretSink): string {
  return text.replace(KEY_VALUE, (match, separator: string, name: string, found: string) => {
    const quote = found.length >= 2 && (found[0] === '"' || found[0] === "'") ? found[0] : '';
    const value = quote ? found.slice(1, -1) : found;
    const redacted = redactFieldValue(name, value, sink);
    if (redacted !== value) return `${separator}${name}=${quote}${redacted}${quote}`;
    // A quoted value may hold fields of its own (HLS `URI="key.php?token=…"`).
    if (!quote || !value.includes('=')) return match;
    const inner = redactKeyValues(value, sink);
    return inner === value ? match : `${separator}${name}=${quote}${inner}${quote}`;
  });
}

function redactAuthSchemes(text: string, sink: SecretSink): string {
  let out = text;
  if (/basic/i.test(out)) {
    out = out.replace(BASIC_CREDENTIALS, (match, scheme: string, encoded: string) => {
      const decoded = decodeBasic(encoded);
      if (decoded === undefined || !decoded.includes(':')) return match;
      noteBasicCredentials(decoded, encoded, sink);
      return `${scheme}${REDACTED}`;
    });
  }
  if (/bearer/i.test(out)) {
    out = out.replace(BEARER_TOKEN, (match, scheme: string, token: string) => {
      if (!/\d/.test(token) || token === REDACTED) return match;
      noteSecret(sink, token);
      return `${scheme}${REDACTED}`;
    });
  }
  return out;
}

/** base64 → UTF-8 text, or undefined when it is not valid base64 of UTF-8. */
export function decodeBasic(encoded: string): string | undefined {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** user:pass from Basic: the pair, each half and the encoded blob are all secrets. */
export function noteBasicCredentials(decoded: string, encoded: string, sink: SecretSink): void {
  noteSecret(sink, encoded);
  noteSecret(sink, decoded);
  const colon = decoded.indexOf(':');
  if (colon >= 0) {
    noteSecret(sink, decoded.slice(0, colon));
    noteSecret(sink, decoded.slice(colon + 1));
  }
}

/** Every structural rule that applies to free text. The caller scrubs known secrets afterwards. */
export function redactTextStructure(text: string, sink: SecretSink): string {
  if (text === '') return text;
  let out = text;
  if (out.includes('/')) {
    if (out.includes(':/') || out.includes(':\\/')) {
      out = out.replace(ABSOLUTE_URL, (match: string, offset: number, whole: string) => {
        const [url, rest] = splitAtClosingQuote(match, whole[offset - 1] === "'");
        return redactUrlStructure(url, sink) + rest;
      });
    }
    out = out.replace(PATH_RUN, (run) => redactPathRun(run, sink));
  }
  if (out.includes('%') && /%(?:25)?3a(?:%(?:25)?2f|\/)/i.test(out)) out = redactEncodedUrls(out, sink);
  if (out.includes('":')) out = redactJsonFields(out, sink);
  if (out.includes('=')) out = redactKeyValues(out, sink);
  if (out.includes('=') || out.includes(':')) out = redactScriptAssignments(out, sink);
  if (/basic|bearer/i.test(out)) out = redactAuthSchemes(out, sink);
  if (out.includes('eyJ')) out = redactJwts(out, sink);
  return redactMacs(out, sink);
}

/**
 * A field that holds one URL (request URL, Referer, redirectURL, initiator): the URL rules, then the rules
 * that can still apply inside a URL (path parameters like `;jsessionid=`, JWTs in paths, MACs). Prose around
 * a URL (whitespace) gets the full free-text rules instead.
 */
export function redactUrlText(url: string, sink: SecretSink): string {
  if (url === '' || /\s/.test(url.trim())) return redactTextStructure(url, sink);
  let out = redactUrlStructure(url, sink);
  if (out.includes(';')) out = redactKeyValues(out, sink);
  if (out.includes('eyJ')) out = redactJwts(out, sink);
  return redactMacs(out, sink);
}

const FORM_MIME = /application\/x-www-form-urlencoded/i;

/** A request or response body: a form body is parsed as parameters first, then the text rules apply. */
export function redactBodyStructure(text: string, mimeType: string | undefined, sink: SecretSink): string {
  let out = text;
  if (mimeType && FORM_MIME.test(mimeType) && !out.includes('\n')) out = redactParams(out, sink);
  return redactTextStructure(out, sink);
}
