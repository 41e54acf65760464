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
 * What each code says of the refusal, and the documentation's words for it when the server sends no message. 0 (a
 * generic error) says nothing; 10 (a required parameter missing) is read below; 70 (data not found) is also the
 * normal answer to a play queue, a bookmark list or a radio list nobody saved, and a missing cover art beside a stream
 * would outrank the stream's own failure (reviews "28." and "70."): no refusal.
 */
const CODES: Readonly<Record<number, readonly [Layer, string]>> = {
  // The server's rule about the viewer's app.
  20: ['app', 'the app is too old for this server'],
  30: ['server', 'the server is too old for this app'],
  40: ['auth', 'wrong username or password'],
  41: ['auth', 'token login is not offered to LDAP users'],
  42: ['auth', 'this way of logging in is not supported'],
  43: ['auth', 'conflicting ways of logging in were sent'],
  44: ['auth', 'invalid API key'],
  // A role the user lacks on this server (admin calls, the jukebox): what the account may do, not its password.
  50: ['account', 'this user may not do that'],
  // The server's own licence ran out: its owner's side, nothing the viewer's account can change (review).
  60: ['server', "the server's trial period is over"],
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
const FAILED = /\bstatus\s*=\s*"failed"/;
const TAG_CODE = /\bcode\s*=\s*"(\d{1,3})"/;
const TAG_MESSAGE = /\bmessage\s*=\s*"([^"]{0,200})"/;

function stated(code: number, message: string): Stated | null {
  let known = CODES[code];
  if (code === 10) {
    const name = NAMED_PARAMETER.exec(message)?.[1]?.toLowerCase();
    known = name && CREDENTIALS.has(name) ? ['auth', 'the login was not sent'] : undefined;
  }
  if (!known) return null;
  const words = message.trim().slice(0, 80);
  return {
    layer: known[0],
    phrase: `music server (Subsonic API) error ${code}: ${words || known[1]}`,
  };
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
  if ((reply as Record<string, unknown>).status !== 'failed') return null;
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
  // The root element says it failed: an answer that succeeded may carry "<error" in a comment or a text (review).
  const rootEnd = body.indexOf('>', at);
  if (rootEnd < 0 || !FAILED.test(body.slice(at, rootEnd))) return null;
  // The error element found with indexOf, not a pattern: a body of repeated "<error" costs its length once.
  const start = body.indexOf('<error', rootEnd);
  if (start < 0) return null;
  const end = body.indexOf('>', start);
  const tag = body.slice(start, end < 0 ? start + TAG_LIMIT : Math.min(end, start + TAG_LIMIT));
  const code = TAG_CODE.exec(tag)?.[1];
  if (!code) return null;
  return stated(Number(code), decodeEntities(TAG_MESSAGE.exec(tag)?.[1] ?? ''));
}
