/**
 * The Subsonic API, spoken by Subsonic and the music and media servers that copy it (Navidrome, Airsonic, gonic, LMS,
 * Funkwhale), answers every call with HTTP 200 and says in its body whether it failed: `<subsonic-response
 * status="failed" …><error code="40" message="Wrong username or password"/></subsonic-response>`, or the same in JSON,
 * {"subsonic-response": {"status": "failed", …, "error": {"code": 40, …}}} (both from Subsonic's own demo server in
 * https://dev.funkwhale.audio/funkwhale/funkwhale/issues/616). Its codes are documented
 * (opensubsonic/open-subsonic-api@c13875dd1bcbf45ba927c0010a8ba36c9a2b5789:content/en/docs/Responses/error.md).
 */
import { decodeEntities } from '../../http/markup.ts';
import type { Layer } from '../../types.ts';
import type { Stated } from './stated.ts';

/**
 * What each code says of the refusal. 0 (a generic error) says nothing; 10 (a required parameter missing) is read
 * below.
 */
const CODE_LAYERS: Readonly<Record<number, Layer>> = {
  // "Incompatible … protocol version. Client must upgrade": the server's rule about the viewer's app.
  20: 'app',
  // "… Server must upgrade".
  30: 'server',
  // Wrong username or password; token login not offered to LDAP users; a login mechanism not supported; two
  // conflicting ones; an invalid API key.
  40: 'auth',
  41: 'auth',
  42: 'auth',
  43: 'auth',
  44: 'auth',
  // The user may not do this; the server's trial is over (the account's plan, not the password).
  50: 'account',
  60: 'account',
  70: 'not-found',
};

/**
 * A missing parameter (code 10) is a missing credential only when it names one: every call carries `u` and `p`, or
 * `t` and `s` (the API reference's parameters), or OpenSubsonic's `apiKey`. Navidrome names it in double quotes
 * (`Missing required parameter "u"`), LMS in single ones (`required parameter 'p' is missing`,
 * https://github.com/epoupon/lms/discussions/212); Subsonic names none, and another parameter is the app's request.
 */
const NAMED_PARAMETER = /parameter\s+["'‘“]([A-Za-z]{1,8})["'’”]/;
const CREDENTIALS: ReadonlySet<string> = new Set(['u', 'p', 't', 's', 'apikey']);

/** Where the answer says it is a Subsonic one: its root element or key, at the start of the body. */
const HEAD = 256;
const LIMIT = 8 * 1024;
const TAG_LIMIT = 400;
const TAG_CODE = /\bcode\s*=\s*"(\d{1,3})"/;
const TAG_MESSAGE = /\bmessage\s*=\s*"([^"]{0,200})"/;

function stated(code: number, message: string): Stated | null {
  let layer = CODE_LAYERS[code];
  if (code === 10) {
    const name = NAMED_PARAMETER.exec(message)?.[1]?.toLowerCase();
    layer = name && CREDENTIALS.has(name) ? 'auth' : undefined;
  }
  if (!layer) return null;
  const words = message.trim().slice(0, 120);
  return { layer, phrase: words ? `Subsonic error ${code}: ${words}` : `Subsonic error ${code}` };
}

/** The code and message of a JSON answer's error, if it is a Subsonic answer. */
function fromJson(body: string): Stated | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const reply = (parsed as Record<string, unknown> | null)?.['subsonic-response'];
  if (typeof reply !== 'object' || reply === null) return null;
  const error = (reply as Record<string, unknown>).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as Record<string, unknown>;
  const number = typeof code === 'number' ? code : typeof code === 'string' ? Number(code) : Number.NaN;
  return Number.isInteger(number) ? stated(number, typeof message === 'string' ? message : '') : null;
}

/** The refusal a Subsonic answer states in its error, if the body is one. */
export function subsonicRefusal(body: string): Stated | null {
  if (body.length > LIMIT) return null;
  const at = body.indexOf('subsonic-response');
  if (at < 0 || at > HEAD) return null;
  if (/^\s*\{/.test(body)) return fromJson(body);
  // The error element found with indexOf, not a pattern: a body of repeated "<error" costs its length once.
  const start = body.indexOf('<error');
  if (start < 0) return null;
  const end = body.indexOf('>', start);
  const tag = body.slice(start, end < 0 ? start + TAG_LIMIT : Math.min(end, start + TAG_LIMIT));
  const code = TAG_CODE.exec(tag)?.[1];
  if (!code) return null;
  return stated(Number(code), decodeEntities(TAG_MESSAGE.exec(tag)?.[1] ?? ''));
}
