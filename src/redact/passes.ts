/**
 * Redaction runs in two passes over the same shapes (an Exchange, a HAR document). The structural pass
 * removes credentials where they stand and drops them in a sink; the scrub pass then removes every known
 * secret from every string. A walker knows the shape; a pass knows what to do with each kind of string.
 */
import { noteCookieValue, redactHeaderValue } from './header-rules.ts';
import { REDACTED, type Scrubber, type SecretSink } from './scrub.ts';
import { redactFieldValue } from './secret-fields.ts';
import { decodeBasic, redactBodyStructure, redactTextStructure, redactUrlText } from './text.ts';

export interface Pass {
  url(value: string): string;
  text(value: string): string;
  header(name: string, value: string): string;
  /** A named parameter already split out (HAR queryString, postData.params). */
  field(name: string, value: string): string;
  body(text: string, mimeType: string | undefined): string;
  /** A cookie object's value (HAR cookies[]): names stay, values go. */
  cookie(name: string, value: string): string;
  /** A parameter name (HAR queryString[].name): kept by the structural pass, scrubbed of known secrets. */
  name(value: string): string;
}

export function structuralPass(sink: SecretSink): Pass {
  const text = (value: string): string => redactTextStructure(value, sink);
  return {
    url: (value) => redactUrlText(value, sink),
    text,
    header: (name, value) => redactHeaderValue(name, value, sink),
    field: (name, value) => text(redactFieldValue(name, value, sink)),
    body: (value, mimeType) => redactBodyStructure(value, mimeType, sink),
    cookie: (name, value) => {
      if (value === '' || value === REDACTED) return value;
      noteCookieValue(name, value, sink);
      return REDACTED;
    },
    name: (value) => value,
  };
}

export function scrubPass(scrub: Scrubber): Pass {
  return {
    url: scrub,
    text: scrub,
    header: (_name, value) => scrub(value),
    field: (_name, value) => scrub(value),
    body: (value) => scrub(value),
    cookie: (_name, value) => scrub(value),
    name: scrub,
  };
}

/**
 * Fields that hold protocol vocabulary or timestamps, never a credential: they are not rewritten, so a
 * password that happens to equal "GET" or a year cannot corrupt a HAR that other tools must still read.
 */
const VERBATIM_KEYS: ReadonlySet<string> = new Set([
  'startedDateTime',
  'httpVersion',
  'method',
  'serverIPAddress',
  'serverIp',
  'connection',
  'mimeType',
  'encoding',
  'pageref',
  'expires',
]);

/**
 * The objects being copied, outermost first, with their copies: a cycle always points back to an ancestor, so
 * a cyclic document is copied as a cyclic document instead of recursing forever. (A stack is cheaper than a
 * WeakMap on the worker's hot path, where records are a few levels deep.)
 */
export interface Seen {
  originals: object[];
  copies: unknown[];
}

export const newSeen = (): Seen => ({ originals: [], copies: [] });

type Fill = (key: string, value: unknown) => unknown;

/** A copy of an array or object whose entries are rewritten by `fill`. Keys (names) are never rewritten. */
export function copyWith(value: object, seen: Seen, fill: Fill): unknown {
  const ancestor = seen.originals.lastIndexOf(value);
  if (ancestor >= 0) return seen.copies[ancestor];
  const copy: unknown[] | Record<string, unknown> = Array.isArray(value) ? [] : {};
  seen.originals.push(value);
  seen.copies.push(copy);
  if (Array.isArray(value)) {
    const list = copy as unknown[];
    for (let index = 0; index < value.length; index++) list.push(fill(String(index), value[index]));
  } else {
    const record = copy as Record<string, unknown>;
    const source = value as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      const item = fill(key, source[key]);
      // JSON.parse makes "__proto__" an own key; plain assignment would set the copy's prototype instead.
      if (key === '__proto__') {
        Object.defineProperty(record, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else record[key] = item;
    }
  }
  seen.originals.pop();
  seen.copies.pop();
  return copy;
}

/** Any value of unknown shape: every string goes through the text rule, except verbatim keys. */
export function walkAny(value: unknown, pass: Pass, seen: Seen, key = ''): unknown {
  if (typeof value === 'string') return VERBATIM_KEYS.has(key) ? value : pass.text(value);
  if (value === null || typeof value !== 'object') return value;
  return copyWith(value, seen, (childKey, child) => walkAny(child, pass, seen, childKey));
}

/** `[{ name, value }]` lists (headers, queryString, params, cookies) with the rule for their values. */
export function walkNamedList(
  list: unknown,
  pass: Pass,
  seen: Seen,
  valueRule: (name: string, value: string) => string,
  nameRule: (name: string) => string = (name) => name,
): unknown {
  if (!Array.isArray(list)) return walkAny(list, pass, seen);
  return copyWith(list, seen, (_index, item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return walkAny(item, pass, seen);
    const record = item as Record<string, unknown>;
    const name = typeof record.name === 'string' ? record.name : '';
    return copyWith(item, seen, (key, child) => {
      if (key === 'name') return typeof child === 'string' ? nameRule(child) : child;
      if (key === 'value' && typeof child === 'string') return valueRule(name, child);
      return walkAny(child, pass, seen, key);
    });
  });
}

const utf8 = new TextEncoder();

/** Base64 response bodies (HAR content.encoding) are redacted as text when they decode to UTF-8 text. */
export function walkEncodedBody(text: string, mimeType: string | undefined, pass: Pass): string {
  const decoded = decodeBasic(text.replace(/\s+/g, ''));
  if (decoded === undefined || decoded.includes('\u0000')) return pass.text(text);
  const redacted = pass.body(decoded, mimeType);
  if (redacted === decoded) return text;
  let binary = '';
  for (const byte of utf8.encode(redacted)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
