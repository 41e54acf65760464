/**
 * The second half of redaction: once the structural pass has found the secrets of a record (or of a
 * whole HAR), every string is scrubbed of them in the forms they travel in — raw, percent-encoded,
 * JSON-escaped and base64 — because a password seen in a player_api.php query also comes back in a
 * playlist line, a Referer, a Basic header or a base64 token.
 */

/** What replaces a credential. Upper-case words keep a path or a query readable and survive URL parsing. */
export const REDACTED = 'REDACTED';
export const REDACTED_USER = 'REDACTED_USER';
export const REDACTED_PASS = 'REDACTED_PASS';

/** Placeholders are atomic for the scrubber: a secret that happens to be a piece of one never eats it. */
const PLACEHOLDERS: readonly string[] = [REDACTED_USER, REDACTED_PASS, REDACTED];

/**
 * Below this length a secret is only removed where it stands (its query field, its path segment): scrubbing
 * "ab" or "42" from every string would destroy stream ids, dates and header values — the evidence.
 */
const MIN_GLOBAL_SECRET_LENGTH = 3;

/** Where the structural pass drops what it removed; `undefined` when the caller only wants the output. */
export type SecretSink = Set<string> | undefined;

function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.includes(value);
}

/** Records a removed value, and its percent-decoded form when it was sent encoded. */
export function noteSecret(sink: SecretSink, raw: string): void {
  if (!sink) return;
  const value = raw.trim();
  if (value === '' || isPlaceholder(value)) return;
  sink.add(value);
  const decoded = decodeLoose(value);
  if (decoded !== value && decoded.trim() !== '') sink.add(decoded);
}

/** Percent- and form-decoding that never throws: a malformed escape leaves the text as it was. */
export function decodeLoose(value: string): string {
  if (!value.includes('%') && !value.includes('+')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

const utf8 = new TextEncoder();

/** base64 without its `=` padding (a loop: `/=+$/` retries from every `=` of a long run). */
function withoutPadding(base64: string): string {
  let end = base64.length;
  while (end > 0 && base64.charCodeAt(end - 1) === 0x3d) end--;
  return base64.slice(0, end);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const toBase64Url = (base64: string): string => base64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * Base64 of the secret at the three byte alignments it can have inside a longer encoded blob (a JWT payload,
 * a Stalker token, Basic of user:pass), without the edge characters that mix with the neighbouring bytes.
 * RFC 4648 §4: each character carries 6 bits, so a secret that starts on byte 1 or 2 of a group shifts.
 */
function base64Forms(secret: string): string[] {
  const bytes = utf8.encode(secret);
  const forms: string[] = [];
  const full = toBase64(bytes);
  forms.push(full, withoutPadding(full));
  for (const offset of [0, 1, 2]) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = withoutPadding(toBase64(padded));
    const dropStart = offset === 0 ? 0 : Math.floor((offset * 8) / 6) + 1;
    const dropEnd = ((offset + bytes.length) * 8) % 6 === 0 ? 0 : 1;
    const core = encoded.slice(dropStart, encoded.length - dropEnd);
    // Shorter cores match random base64 by chance; the exact encodings above still catch short secrets.
    if (core.length >= 6) forms.push(core);
  }
  return [...forms, ...forms.map(toBase64Url)];
}

/** URLSearchParams' serializer is the strict form encoding (RFC 1866 / WHATWG): PHP and Java encode alike. */
function formEncode(secret: string): string {
  return new URLSearchParams([['', secret]]).toString().slice(1);
}

/** Every spelling under which a secret can reach a stored string. */
function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const component = encodeURIComponent(secret);
  const form = formEncode(secret);
  const json = JSON.stringify(secret).slice(1, -1);
  // Encoded twice: a URL passed as a parameter of a URL that was itself passed as one.
  for (const encoded of [component, form, json, json.replace(/\//g, '\\/'), encodeURIComponent(component)]) {
    forms.add(encoded);
  }
  for (const base64 of base64Forms(secret)) forms.add(base64);
  return [...forms].filter((entry) => entry.length >= MIN_GLOBAL_SECRET_LENGTH);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled "remove these secrets" pass: build it once per record (or per HAR), apply it to every string. */
export type Scrubber = (text: string) => string;

const identity: Scrubber = (text) => text;

/** The worker redacts record after record of the same account: the compiled matcher is reused. */
const scrubberCache = new Map<string, Scrubber>();
const SCRUBBER_CACHE_SIZE = 32;

export function compileScrubber(secrets: Iterable<string> | undefined): Scrubber {
  if (!secrets) return identity;
  const eligible = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret === 'string' && secret.length >= MIN_GLOBAL_SECRET_LENGTH && !isPlaceholder(secret)) {
      eligible.add(secret);
    }
  }
  if (eligible.size === 0) return identity;
  const key = [...eligible].sort().join('\u0000');
  const cached = scrubberCache.get(key);
  if (cached) return cached;
  const forms = new Set<string>();
  for (const secret of eligible) for (const form of secretForms(secret)) forms.add(form);
  // Longest first, so an encoded form is replaced whole rather than around its raw core.
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const protectedWords = [...PLACEHOLDERS].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Case-insensitive: panels echo the account in their own case ("USER JOHN IS BANNED"), and percent escapes
  // come in both cases. Base64 forms match case-insensitively too: a false hit needs six or more characters
  // of the secret's own encoding, and costs an over-redacted word, never a leak.
  const pattern = new RegExp(`(${protectedWords.join('|')})|(?:${alternatives.join('|')})`, 'gi');
  const scrubber: Scrubber = (text) =>
    text === ''
      ? text
      : text.replace(pattern, (_match, placeholder: string | undefined) => placeholder ?? REDACTED);
  if (scrubberCache.size >= SCRUBBER_CACHE_SIZE) {
    const oldest = scrubberCache.keys().next().value;
    if (oldest !== undefined) scrubberCache.delete(oldest);
  }
  scrubberCache.set(key, scrubber);
  return scrubber;
}
