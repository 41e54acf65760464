/**
 * How each credential-bearing header is redacted. Header NAMES always stay (they are vendor evidence:
 * `cf-ray`, `x-amz-cf-pop`, `server`…); values are redacted by the rule of their row, and every other header
 * value goes through the free-text rules and the secret scrubber.
 */
import type { Header } from '../types.ts';
import { noteSecret, REDACTED, type SecretSink } from './scrub.ts';
import { secretFieldRule } from './secret-fields.ts';
import { decodeBasic, noteBasicCredentials, redactTextStructure, redactUrlText } from './text.ts';
import { redactUrlStructure } from './url.ts';

type HeaderTreatment =
  /** `scheme credentials`: the scheme stays (it says which auth was tried), the credentials go. */
  | 'credentials'
  /** `a=1; b=2`: names stay, values go. */
  | 'cookie'
  /** `name=value; Path=/; Expires=…`: the name and the attributes stay, the value goes. */
  | 'set-cookie'
  /** A URL, redacted as URLs are. */
  | 'url'
  /** `<url>; rel=…` lists. */
  | 'link'
  /** The whole value is a secret. */
  | 'secret';

interface HeaderRule {
  /** Lower-case header name, or a pattern tried on the lower-cased name. */
  match: string | RegExp;
  treatment: HeaderTreatment;
}

// Each row's comment gives its source: documentation, kept out of the bundle the worker loads.

const HEADER_RULES: readonly HeaderRule[] = [
  {
    match: 'authorization',
    treatment: 'credentials',
    // RFC 9110 §11.6.2; Stalker sends Bearer <token>
  },
  // RFC 9110 §11.7.2
  { match: 'proxy-authorization', treatment: 'credentials' },
  // RFC 6265 §5.4; Stalker sends mac=<MAC> as a cookie
  { match: 'cookie', treatment: 'cookie' },
  // RFC 6265 §4.1; names like __cf_bm are evidence
  { match: 'set-cookie', treatment: 'set-cookie' },
  // RFC 9110 §10.1.3: the page URL, with its query
  { match: 'referer', treatment: 'url' },
  // RFC 9110 §10.2.2: redirects carry signed URLs
  { match: 'location', treatment: 'url' },
  // RFC 9110 §8.7
  { match: 'content-location', treatment: 'url' },
  // RFC 6454 §7
  { match: 'origin', treatment: 'url' },
  // RFC 8288: URLs between angle brackets
  { match: 'link', treatment: 'link' },
  // AWS STS session token header (SigV4)
  { match: 'x-amz-security-token', treatment: 'secret' },
  // Google Cloud API key header
  { match: 'x-goog-api-key', treatment: 'secret' },
  // X-Api-Key, X-Auth-Token (OpenStack), X-Plex-Token, X-Emby-Token, X-Access-Token, X-Session-Id, X-CSRF-Token…
  {
    match: /^(x-)?(.+-)?(api-?key|token|secret|password|session-?id|session|signature)$/,
    treatment: 'secret',
    // custom credential headers
  },
  // X-Emby-Authorization and alike
  { match: /^x-.*authorization$/, treatment: 'credentials' },
];

const exactRules = new Map<string, HeaderRule>();
const patternRules: HeaderRule[] = [];
for (const rule of HEADER_RULES) {
  if (typeof rule.match === 'string') exactRules.set(rule.match, rule);
  else patternRules.push(rule);
}

/** A header named like a secret field (`SN`, `X-Username`, `X-Password`, `X-Mac`, `X-Token`) holds one. */
const SECRET_VALUE: HeaderRule = { match: 'named-secret', treatment: 'secret' };

function headerRule(name: string): HeaderRule | undefined {
  const lower = name.trim().toLowerCase();
  const exact = exactRules.get(lower);
  if (exact) return exact;
  for (const rule of patternRules) if ((rule.match as RegExp).test(lower)) return rule;
  // iptvnator sends the Stalker serial as an `SN:` header (libs/shared/interfaces/src/lib/
  // stalker-request-identity.util.ts L47–L63, 4gray/iptvnator@cb37f62); proxies pass accounts the same way.
  return secretFieldRule(lower.replace(/^x-/, '')) ? SECRET_VALUE : undefined;
}

/** A cookie value worth scrubbing everywhere: a secret name, or a long token-like value (session ids). */
export function noteCookieValue(name: string, value: string, sink: SecretSink): void {
  if (secretFieldRule(name) || (value.length >= 16 && /\d/.test(value) && /^[\w+/=.~%:-]+$/.test(value))) {
    noteSecret(sink, value);
  }
}

function redactCookiePair(pair: string, sink: SecretSink): string {
  const equals = pair.indexOf('=');
  if (equals < 0) return pair;
  const name = pair.slice(0, equals);
  const value = pair.slice(equals + 1).trim();
  if (value === '' || value === REDACTED) return pair;
  noteCookieValue(name.trim(), value.replace(/^"|"$/g, ''), sink);
  return `${name}=${REDACTED}`;
}

function redactCredentials(value: string, sink: SecretSink): string {
  const match = /^(\s*)([A-Za-z][\w.-]*)(\s+)([\s\S]+)$/.exec(value);
  if (!match) {
    if (value.trim() === '' || value.trim() === REDACTED) return value;
    noteSecret(sink, value);
    return REDACTED;
  }
  const [, lead = '', scheme = '', space = ' ', credentials = ''] = match;
  if (credentials.trim() === REDACTED) return value;
  noteSecret(sink, credentials);
  if (scheme.toLowerCase() === 'basic') {
    const decoded = decodeBasic(credentials.trim());
    if (decoded !== undefined) noteBasicCredentials(decoded, credentials.trim(), sink);
  } else {
    // Digest / AWS4 / MediaBrowser parameter lists: each named secret is also scrubbed elsewhere.
    redactTextStructure(credentials.replace(/,\s*/g, '&').replace(/"/g, ''), sink);
  }
  return `${lead}${scheme}${space}${REDACTED}`;
}

/** One header value, structurally redacted (the removed parts go to the sink). */
export function redactHeaderValue(name: string, value: string, sink: SecretSink): string {
  if (typeof value !== 'string' || value === '') return value;
  const rule = headerRule(name);
  switch (rule?.treatment) {
    case 'credentials':
      return redactCredentials(value, sink);
    case 'cookie':
      return value
        .split(';')
        .map((pair) => redactCookiePair(pair, sink))
        .join(';');
    case 'set-cookie':
      // Chrome and HAR exporters join several Set-Cookie lines with "\n".
      return value
        .split('\n')
        .map((line) => {
          const semicolon = line.indexOf(';');
          const first = semicolon < 0 ? line : line.slice(0, semicolon);
          const attributes = semicolon < 0 ? '' : redactTextStructure(line.slice(semicolon), sink);
          return redactCookiePair(first, sink) + attributes;
        })
        .join('\n');
    case 'url':
      return redactUrlText(value, sink);
    case 'link':
      return redactTextStructure(
        value.replace(/<([^<>]*)>/g, (_match, url: string) => `<${redactUrlStructure(url, sink)}>`),
        sink,
      );
    case 'secret':
      if (value.trim() === REDACTED) return value;
      noteSecret(sink, value);
      return REDACTED;
    default:
      return redactTextStructure(value, sink);
  }
}

/** Structural pass over a header list: a new list, same names and order. */
export function redactHeaderList(headers: readonly Header[], sink: SecretSink): Header[] {
  if (!Array.isArray(headers)) return headers as Header[];
  return headers.map((header) =>
    isHeader(header) ? { ...header, value: redactHeaderValue(header.name, header.value, sink) } : header,
  );
}

/** Records from storage or a HAR may hold anything: only well-formed headers are rewritten. */
export function isHeader(value: unknown): value is Header {
  const header = value as Header | null;
  return (
    typeof header === 'object' &&
    header !== null &&
    typeof header.name === 'string' &&
    typeof header.value === 'string'
  );
}
